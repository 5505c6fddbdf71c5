"""Charts: the only module that imports matplotlib.

Each function draws on ``ax`` (a new figure when ``ax`` is None) and returns the Axes; none shows or
saves. :func:`save` writes a figure for the command line. Colours are the Okabe–Ito palette, readable
with the common colour-vision deficiencies; the heatmap uses cividis for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from framing.errors import FramingError

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


def _axes(ax: Axes | None, size: tuple[float, float] = (9, 4.5)) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _short(label: str, width: int = 28) -> str:
    name = Path(label).name if "/" in label else label
    return name if len(name) <= width else name[: width - 1] + "…"


def arc(result: ArticleResult, *, dimensions: Sequence[str] | None = None, window: int = 3,
        ax: Axes | None = None) -> Axes:  # fmt: skip
    """Framing through an article: each dimension's score by sentence position, smoothed.

    Args:
        result: An analysed article.
        dimensions: Dimensions to draw (default: reassurance, threat, hedging, attribution).
        window: Width of the centred rolling mean, in sentences.
        ax: Axes to draw on.

    Returns:
        The Axes. The sentence with the strongest score of each dimension is marked with its top match.
    """
    ax = _axes(ax)
    dimensions = list(dimensions or [d for d in ("reassurance", "threat", "hedging", "attribution")
                                      if d in result.dimensions])  # fmt: skip
    positions = list(range(len(result.sentences)))
    for colour, dimension in zip(PALETTE, dimensions, strict=False):
        raw = [s.scores[dimension] for s in result.sentences]
        smooth = _rolling_mean(raw, window)
        ax.plot(positions, smooth, color=colour, linewidth=2, label=dimension)
        ax.scatter(positions, raw, color=colour, s=10, alpha=0.35)
        if raw and max(raw) > 0:
            peak = raw.index(max(raw))
            evidence = [
                m for m in result.sentences[peak].evidence if m.dimension == dimension and m.weight > 0
            ]
            top = max(evidence, key=lambda m: m.weight)
            ax.annotate(f"“{_short(top.text, 22)}”", (peak, raw[peak]), textcoords="offset points", xytext=(4, 6),
                        fontsize=8, color=colour)  # fmt: skip
    ax.set_xlabel("sentence (position in the article)")
    ax.set_ylabel(f"score per sentence (rolling mean of {window})")
    ax.set_title(f"Framing arc: {_short(result.doc, 60) or 'article'}")
    ax.set_xlim(-0.5, max(len(positions) - 0.5, 0.5))
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return ax


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
    ax.set_xticklabels([f"{d} *" if d in significant else d for d in dimensions], rotation=20, ha="right")
    ax.set_ylabel("mean score per sentence")
    ax.set_title(f"Framing profile by {comparison.by} (bars: 95% bootstrap CI; * Holm p < 0.05)")
    ax.legend(fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return ax


def speakers(table: SpeakerTable, *, min_sentences: int = 1, max_speakers: int = 20,
             ax: Axes | None = None) -> Axes:  # fmt: skip
    """Speaker × dimension heatmap of mean scores per sentence, values written in the cells."""
    ax = _axes(ax, (9, 5))
    rows = [s for s in table.speakers if s.n_sentences >= min_sentences][:max_speakers]
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
    ax.set_xticklabels(table.dimensions, rotation=20, ha="right")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([f"{s.speaker} ({s.source_type}, n={s.n_sentences})" for s in rows], fontsize=8)
    ax.set_title("Framing by speaker: mean score per sentence")
    ax.figure.colorbar(image, ax=ax, label="mean score per sentence")
    return ax


def keyness(
    comparison: Comparison, *, dimension: str | None = None, top: int = 12, ax: Axes | None = None
) -> Axes:
    """The terms that drive a difference: log2 ratio of the top terms by G², coloured by the group they favour."""
    ax = _axes(ax)
    terms = [k for k in comparison.key_terms if dimension is None or k.dimension == dimension]
    if not terms:
        raise FramingError("no key terms to draw (a term needs 2+ matches); compare longer or more articles")
    first = terms[0]
    pair = sorted((k for k in terms if (k.group_a, k.group_b) == (first.group_a, first.group_b)),
                  key=lambda k: (-k.g2, k.term))[:top]  # fmt: skip
    pair.reverse()
    colours = [PALETTE[0] if k.log_ratio > 0 else PALETTE[1] for k in pair]
    ax.barh(range(len(pair)), [k.log_ratio for k in pair], color=colours)
    ax.set_yticks(range(len(pair)))
    ax.set_yticklabels([f"{k.term} ({k.dimension}, G²={k.g2:.1f})" for k in pair], fontsize=8)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"log2 ratio: ← more in {_short(first.group_b)} | more in {_short(first.group_a)} →")
    what = dimension or "all dimensions"
    ax.set_title(f"Key terms ({what}), ranked by log-likelihood G²")
    ax.grid(axis="x", alpha=0.3)
    return ax


def new_figure(size: tuple[float, float] = (9, 4.5), rows: int = 1) -> tuple[Figure, list[Axes]]:
    """A figure with ``rows`` stacked Axes, made without pyplot (no display needed), for saving."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(size[0], size[1] * rows), layout="constrained")
    return figure, [figure.add_subplot(rows, 1, i + 1) for i in range(rows)]


def save(figure: Figure, path: str | Path) -> Path:
    """Write ``figure`` as PNG or SVG, whole or not at all.

    Raises:
        FramingError: The extension is neither .png nor .svg, or the folder cannot be written.
    """
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise FramingError(f"cannot write {target}: use a .png or .svg file name")
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(partial, format=target.suffix[1:].lower(), dpi=150)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise FramingError(
            f"cannot write {target} ({error.strerror}); check the folder is writable"
        ) from None
    return target
