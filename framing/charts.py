"""Charts: the only module that imports matplotlib.

Each function draws on ``ax`` (a new figure when ``ax`` is None) and returns the Axes; none shows or
saves. :func:`save` writes a figure for the command line. Colours are the Okabe–Ito palette, readable
with the common colour-vision deficiencies; the heatmap uses cividis for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from framing.errors import FramingError, UnknownNameError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from framing.aggregate import SpeakerTable
    from framing.compare import Comparison
    from framing.results import ArticleResult

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
"""Okabe & Ito (2008), "Color Universal Design"; ordered so that neighbours differ most."""
FORMATS = (".png", ".svg")
CHARTS = ("arc", "profile", "speakers", "keyness")
MAX_ARCS = 12
"""More articles than this do not fit one arc figure (one panel each); profile or report fits them."""
RC = {"svg.fonttype": "none", "svg.hashsalt": "framing"}
"""SVG keeps text as text (searchable, selectable, read by screen readers); a fixed salt keeps ids stable."""


def _axes(ax: Axes | None, size: tuple[float, float] = (9, 4.5)) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _plain(label: object) -> str:
    # A "$" pair would switch matplotlib to mathtext (and an odd "$" can fail to parse): labels come from
    # file names, speakers and terms, so they are always plain text.
    return str(label).replace("$", r"\$")


def _short(label: str, width: int = 28) -> str:
    name = Path(label).name if "/" in label else label
    return _plain(name if len(name) <= width else name[: width - 1] + "…")


ARC_DIMENSIONS = ("reassurance", "threat", "hedging", "attribution")
"""What an arc draws by default: more lines than four are hard to follow."""


def arc_dimensions(dimensions: Sequence[str]) -> list[str]:
    """The dimensions an arc draws by default: :data:`ARC_DIMENSIONS` present, else the first four."""
    return [d for d in ARC_DIMENSIONS if d in dimensions] or list(dimensions[:4])


LABEL_NEAR = 3
"""Sentences apart within which two peak labels of an arc would overlap (the later one is lifted)."""


def shared_ymax(results: Sequence[ArticleResult], dimensions: Sequence[str] | None = None) -> float:
    """The top of one y scale for the arcs of ``results``: room above the largest sentence score drawn.

    ``dimensions``: those drawn (default: every dimension); a scale for others would flatten the lines.
    """
    # The raw points are drawn too, so the scale must hold the largest sentence score, not the smoothed one.
    top = max(
        (s.scores[d] for r in results for s in r.sentences for d in (dimensions or r.dimensions)),
        default=0.0,
    )
    return top * 1.1 or 1.0


def arc(result: ArticleResult, *, dimensions: Sequence[str] | None = None, window: int = 3,
        ymax: float | None = None, ax: Axes | None = None) -> Axes:  # fmt: skip
    """Framing through an article: each dimension's score by sentence position, smoothed.

    Args:
        result: An analysed article.
        dimensions: Dimensions to draw (default: reassurance, threat, hedging, attribution).
        window: Width of the centred rolling mean, in sentences.
        ymax: Top of the y axis (to share one scale between articles); matplotlib's choice when None.
        ax: Axes to draw on.

    Returns:
        The Axes. The sentence with the strongest score of each dimension is marked with its top match.
    """
    ax = _axes(ax)
    dimensions = list(dict.fromkeys(dimensions or arc_dimensions(result.dimensions)))  # each once
    if len(dimensions) > len(PALETTE):
        raise FramingError(
            f"an arc draws at most {len(PALETTE)} dimensions, one colour each; got {len(dimensions)}"
        )
    positions = list(range(len(result.sentences)))
    top = ymax or shared_ymax([result], dimensions)
    labelled: list[tuple[int, float]] = []  # peaks labelled so far: a label near one goes above it
    for colour, dimension in zip(PALETTE, dimensions, strict=False):
        raw = [s.scores[dimension] for s in result.sentences]
        smooth = _rolling_mean(raw, window)
        ax.plot(positions, smooth, color=colour, linewidth=2, label=_plain(dimension))
        ax.scatter(positions, raw, color=colour, s=10, alpha=0.35)
        if raw and max(raw) > 0:
            peak = raw.index(max(raw))
            evidence = [
                m for m in result.sentences[peak].evidence if m.dimension == dimension and m.weight > 0
            ]
            strongest = max(evidence, key=lambda m: m.weight)
            near = sum(abs(x - peak) <= LABEL_NEAR and abs(y - raw[peak]) <= 0.08 * top for x, y in labelled)
            labelled.append((peak, raw[peak]))
            ax.annotate(f"“{_short(strongest.text, 22)}”", (peak, raw[peak]), textcoords="offset points",
                        xytext=(4, 6 + 11 * near), fontsize=8, color=colour)  # fmt: skip
    ax.set_xlabel("sentence (position in the article)")
    ax.set_ylabel(f"score per sentence (rolling mean of {window})")
    ax.set_title(f"Framing arc: {_short(result.doc, 60) or 'article'}")
    ax.set_xlim(-0.5, max(len(positions) - 0.5, 0.5))
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))  # sentences: no tick at 0.4
    ax.set_ylim(bottom=0, top=ymax)
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return ax


def check_arc_count(n: int, max_articles: int = MAX_ARCS) -> None:
    """Refuse more articles than an arc chart can show, before they are analysed (the CLI counts first)."""
    if n > max_articles:
        raise FramingError(
            f"an arc chart draws one panel per article and {n} articles are more than {max_articles}; "
            "use 'framing chart profile' to compare them or 'framing report' for one arc per article"
        )


def arcs(results: Sequence[ArticleResult], *, shared_y: bool | None = None, max_articles: int = MAX_ARCS,
         dimensions: Sequence[str] | None = None) -> Figure:  # fmt: skip
    """One arc panel per article, stacked, in a new figure.

    Args:
        results: The articles, one panel each.
        shared_y: One y scale for all panels, so heights compare across articles (default: on for
            several articles).
        max_articles: Refuse more articles than this: the panels would be unreadable.
        dimensions: Dimensions to draw (see :func:`arc`).

    Raises:
        FramingError: No article, or more than ``max_articles``.
    """
    if not results:
        raise FramingError("no article to draw an arc for")
    check_arc_count(len(results), max_articles)
    shared_y = len(results) > 1 if shared_y is None else shared_y
    drawn = list(dimensions or arc_dimensions(results[0].dimensions))  # as arc() draws them
    ymax = shared_ymax(results, drawn) if shared_y else None
    figure, axes = new_figure(rows=len(results))
    for result, ax in zip(results, axes, strict=True):
        arc(result, dimensions=dimensions, ymax=ymax, ax=ax)
    return figure


def _rolling_mean(values: Sequence[float], window: int) -> list[float]:
    half = max(window, 1) // 2
    return [
        sum(values[max(0, i - half) : i + half + 1]) / len(values[max(0, i - half) : i + half + 1])
        for i in range(len(values))
    ]


def profile(
    comparison: Comparison, *, dimensions: Sequence[str] | None = None, ax: Axes | None = None
) -> Axes:
    """Mean score per sentence of each group, with 95 % bootstrap confidence intervals."""
    ax = _axes(ax)
    dimensions = list(dimensions or comparison.dimensions)
    groups = comparison.profiles
    width = 0.8 / max(len(groups), 1)
    for g, (colour, group) in enumerate(zip(PALETTE, groups, strict=False)):
        xs = [i + (g - (len(groups) - 1) / 2) * width for i in range(len(dimensions))]
        means = [group.mean[d] for d in dimensions]
        errors = [[group.mean[d] - group.ci_low[d] for d in dimensions],
                  [group.ci_high[d] - group.mean[d] for d in dimensions]]  # fmt: skip
        ax.bar(
            xs,
            means,
            width=width * 0.95,
            color=colour,
            label=f"{_short(group.group)} (n={group.n_sentences})",
        )
        ax.errorbar(xs, means, yerr=errors, fmt="none", ecolor="#333333", capsize=3, linewidth=1)
    significant = {
        d.dimension for d in comparison.differences if d.p_holm < 0.05 and d.dimension in dimensions
    }
    ax.set_xticks(range(len(dimensions)))
    ax.set_xticklabels(
        [_plain(f"{d} *" if d in significant else d) for d in dimensions], rotation=20, ha="right"
    )
    ax.set_ylabel("mean score per sentence")
    ax.set_title(_plain(f"Framing profile by {comparison.by} (bars: 95% bootstrap CI; * Holm p < 0.05)"))
    ax.legend(fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return ax


def speakers(table: SpeakerTable, *, min_sentences: int = 1, max_speakers: int = 20,
             ax: Axes | None = None) -> Axes:  # fmt: skip
    """Speaker × dimension heatmap of mean scores per sentence, values written in the cells.

    A speaker with no sentence of its own has no mean to draw and is left out, whatever ``min_sentences``.
    """
    ax = _axes(ax, (9, 5))
    rows = [s for s in table.speakers if s.n_sentences >= max(min_sentences, 1)][:max_speakers]
    if not rows:
        raise FramingError(f"no speaker has {min_sentences}+ sentences; lower the threshold or add articles")
    values = [[s.profile[d] for d in table.dimensions] for s in rows]
    image = ax.imshow(values, cmap="cividis", aspect="auto")
    top = max((v for row in values for v in row), default=0) or 1
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=8,
                    color="black" if value > top * 0.6 else "white")  # fmt: skip
    ax.set_xticks(range(len(table.dimensions)))
    ax.set_xticklabels([_plain(d) for d in table.dimensions], rotation=20, ha="right")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(
        [_plain(f"{s.speaker} ({s.source_type}, n={s.n_sentences})") for s in rows], fontsize=8
    )
    ax.set_title("Framing by speaker: mean score per sentence")
    ax.figure.colorbar(image, ax=ax, label="mean score per sentence")
    return ax


def _stars(p_value: float) -> str:
    return "***" if p_value < 0.001 else "**" if p_value < 0.01 else "*" if p_value < 0.05 else "n.s."


def _no_key_terms(comparison: Comparison, dimension: str | None) -> str:
    """Why there is no key term to draw, and what to try; lowering the cut-off only when there is one."""
    from framing.compare import ALPHA, G2_CUTOFF

    dropped = comparison.key_terms_dropped
    which = f" of {dimension}" if dimension else ""
    if comparison.min_g2 <= 0:
        return f"no key terms{which} to draw (a term needs 2+ matches); compare longer or more articles"
    return (
        f"no key terms{which} to draw: none reaches G² ≥ {comparison.min_g2:g}"
        + (f" ({dropped} weaker terms dropped)" if dropped else " (a term needs 2+ matches)")
        + f"; compare longer or more articles, or pass --min-g2 0 to draw all (G² {G2_CUTOFF} is p = {ALPHA})"
    )


def keyness(
    comparison: Comparison, *, dimension: str | None = None, top: int = 12, ax: Axes | None = None
) -> Axes:
    """The terms that drive a difference: log2 ratio of the top terms by G², coloured by the group they favour.

    Each label ends with the term's significance (``*`` p < 0.05, ``**`` p < 0.01, ``***`` p < 0.001 of
    G², one degree of freedom); a term below the cut-off, if any is given, is drawn hatched and pale.
    One chart shows one pair of groups: a comparison of more groups is refused, with the pairs to choose
    from (compare those two with ``groups=``, ``--group A --group B`` on the command line).
    """
    from framing.compare import ALPHA

    if dimension is not None and dimension not in comparison.dimensions:
        raise UnknownNameError("dimension", dimension, comparison.dimensions)
    ax = _axes(ax)
    terms = [k for k in comparison.key_terms if dimension is None or k.dimension == dimension]
    if not terms:
        raise FramingError(_no_key_terms(comparison, dimension))
    pairs = sorted({(k.group_a, k.group_b) for k in terms})
    if len(pairs) > 1:
        shown = "; ".join(f"{a} / {b}" for a, b in pairs[:6]) + ("; ..." if len(pairs) > 6 else "")
        raise FramingError(
            f"a keyness chart shows one pair of groups, and this comparison has {len(pairs)} pairs with key "
            f"terms ({shown}); compare two groups only (--group A --group B)"
        )
    first = terms[0]
    pair = sorted((k for k in terms if (k.group_a, k.group_b) == (first.group_a, first.group_b)),
                  key=lambda k: (-k.g2, k.term))[:top]  # fmt: skip
    pair.reverse()
    colours = [PALETTE[0] if k.log_ratio > 0 else PALETTE[1] for k in pair]
    bars = ax.barh(range(len(pair)), [k.log_ratio for k in pair], color=colours)
    for bar, k in zip(bars, pair, strict=True):
        if k.p_value >= ALPHA:
            # Not significant: pale and hatched, so it does not read like the others even in greyscale.
            bar.set_alpha(0.35)
            bar.set_hatch("//")
    ax.set_yticks(range(len(pair)))
    ax.set_yticklabels(
        [_plain(f"{k.term} ({k.dimension}, G²={k.g2:.1f}) {_stars(k.p_value)}") for k in pair], fontsize=8
    )
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"log2 ratio: ← more in {_short(first.group_b)} | more in {_short(first.group_a)} →")
    what = _plain(dimension or "all dimensions")
    dropped = f"; {comparison.key_terms_dropped} below dropped" if comparison.key_terms_dropped else ""
    # Two lines: in one, the legend of the stars ran past the right edge of a 9-inch figure.
    ax.set_title(
        f"Key terms ({what}) by log-likelihood G²\n* p<0.05, ** p<0.01, *** p<0.001{dropped}", fontsize=10
    )
    ax.grid(axis="x", alpha=0.3)
    return ax


def new_figure(size: tuple[float, float] = (9, 4.5), rows: int = 1) -> tuple[Figure, list[Axes]]:
    """A figure with ``rows`` stacked Axes, made without pyplot (no display needed), for saving."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(size[0], size[1] * rows), layout="constrained")
    return figure, [figure.add_subplot(rows, 1, i + 1) for i in range(rows)]


def to_svg(figure: Figure, *, title: str = "", description: str = "") -> str:
    """The figure as an SVG element (no XML prolog) to put inline in an HTML page, text kept as text.

    Args:
        figure: The figure.
        title: Accessible name of the image (``<title>``), escaped here.
        description: Longer text alternative (``<desc>``), escaped here.
    """
    import io
    from html import escape

    from matplotlib import rc_context

    buffer = io.StringIO()
    with rc_context(RC):
        # No RDF metadata block: it holds a date (the page would differ on every run) and nothing a reader needs.
        figure.savefig(
            buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None}
        )
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    # role=img makes a screen reader announce the title and description instead of every tick label.
    head_end = svg.index(">") + 1
    head = svg[:head_end].replace("<svg", '<svg role="img" focusable="false"', 1)
    accessible = f"<title>{escape(title)}</title><desc>{escape(description)}</desc>" if title else ""
    return head + accessible + svg[head_end:]


def save(figure: Figure, path: str | Path) -> Path:
    """Write ``figure`` as PNG or SVG (text kept as text), whole or not at all.

    Raises:
        FramingError: The extension is neither .png nor .svg, or the folder cannot be written.
    """
    from framing.files import write_atomic

    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise FramingError(f"cannot write {target}: use a .png or .svg file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, render(figure, target.suffix))
    except OSError as error:
        raise FramingError(
            f"cannot write {target} ({error.strerror}); check the folder is writable"
        ) from None
    return target


def render(figure: Figure, suffix: str) -> bytes:
    """The figure as PNG or SVG bytes (text kept as text), so a command can write it with its other outputs."""
    import io

    from matplotlib import rc_context

    buffer = io.BytesIO()
    with rc_context(RC):
        figure.savefig(buffer, format=suffix.lower().lstrip("."), dpi=150)
    return buffer.getvalue()
