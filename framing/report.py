"""A self-contained HTML report of highlighted articles, with the comparison on top for several.

Each article shows its text with the evidence highlighted by dimension, quotations marked with their
speakers, an arc chart and a speaker table.

The page needs nothing from the network: CSS is inline, charts are inline SVG (text kept as text), and
there is no script at all. It is rendered by a Jinja2 template with autoescaping, so every string that
comes from an article, its metadata or a lexicon is escaped; a Content-Security-Policy that forbids
scripts is a second line of defence. The same pieces render in Jupyter (``_repr_html_``).

Evidence spans may overlap or nest (a responsibility span "Russia's invasion" contains a threat span
"invasion"), and quotations cross sentence boundaries. :func:`nest` turns the spans into a tree of
properly nested elements, cutting a span that crosses its parent's end into fragments; only the first
fragment of a span is focusable and carries the tooltip.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from framing._report_index import MAX_ARTICLES, article_rows, short_labels
from framing.charts import PALETTE
from framing.keyness import g2_p_value

if TYPE_CHECKING:
    import jinja2

    from framing.aggregate import SpeakerTable
    from framing.compare import Comparison
    from framing.lexicon import LexiconSet
    from framing.results import ArticleResult

UNDERLINES = ("solid", "dashed", "dotted", "double")
"""Underline styles cycled with the colours, so that dimensions differ by more than hue."""
MAX_STACK = 4
"""Nested highlights stack their underlines up to this depth; deeper ones share the last offset."""
KINDS = ("sentence", "quote", "source", "match")
"""Span kinds, outermost first when spans share their extent."""
_FRAGMENTS = itertools.count()
"""Numbers Jupyter fragments, so that element ids stay unique among the outputs of one notebook."""


@dataclass(frozen=True, slots=True)
class Span:
    """One element to draw over ``text[start:end]``.

    Attributes:
        start: First character.
        end: Offset after the last character.
        kind: One of :data:`KINDS`.
        id: Unique within the page; the first fragment's tooltip has id ``tip-{id}``.
        label: Short accessible label ("threat/attack", "quote: Andrei Boharev").
        details: (name, value) rows of the tooltip.
        style: CSS class of the colour and underline (``d0``... for a dimension's index).
        part: 0 for the fragment that holds the start, 1, 2... for the rest of a cut span.
    """

    start: int
    end: int
    kind: str
    id: str
    label: str
    details: tuple[tuple[str, str], ...] = ()
    style: str = ""
    part: int = 0

    @property
    def order(self) -> tuple[int, int, int, str]:
        """Sort key: earliest first, then longest, then outer kinds, then id (stable output)."""
        return (self.start, -self.end, KINDS.index(self.kind), self.id)


@dataclass(frozen=True, slots=True)
class Node:
    """A span with its contents: text strings and nested nodes."""

    span: Span
    children: tuple[Node | str, ...] = field(default=())

    @property
    def stack(self) -> int:
        """How many match underlines this element and the ones inside it stack (1 for a plain match)."""
        inner = max((c.stack for c in self.children if isinstance(c, Node)), default=0)
        return min(inner + (self.span.kind == "match"), MAX_STACK)


def nest(text: str, spans: Sequence[Span], start: int = 0, end: int | None = None) -> list[Node | str]:
    """Properly nested nodes for ``spans`` over ``text[start:end]``.

    A span that starts inside another and ends after it is cut at the other's end; the piece after it
    continues as a fragment (``part`` 1, 2...). Empty spans are dropped. Concatenating the text of the
    result gives back ``text[start:end]``.
    """
    end = len(text) if end is None else end
    pending = sorted((s for s in spans if s.start < s.end), key=lambda s: s.order)
    out: list[Node | str] = []
    position = start
    while pending:
        outer = pending.pop(0)
        if outer.start > position:
            out.append(text[position : outer.start])
        inside: list[Span] = []
        rest: list[Span] = []
        for other in pending:
            if other.start >= outer.end:
                rest.append(other)
            elif other.end <= outer.end:
                inside.append(other)
            else:
                inside.append(replace(other, end=outer.end))
                rest.append(replace(other, start=outer.end, part=other.part + 1))
        out.append(Node(outer, tuple(nest(text, inside, outer.start, outer.end))))
        position = outer.end
        pending = sorted(rest, key=lambda s: s.order)
    if position < end:
        out.append(text[position:end])
    return out


def _number(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def dimension_styles(dimensions: Sequence[str]) -> dict[str, str]:
    """Dimension -> CSS class (``d0``, ``d1``...): classes come from positions, never from names."""
    return {d: f"d{i % len(PALETTE)}" for i, d in enumerate(dimensions)}


def spans(result: ArticleResult, prefix: str = "a0") -> list[Span]:
    """Every sentence, quotation, source and match of ``result`` as spans to draw."""
    styles = dimension_styles(result.dimensions)
    out = []
    for s in result.sentences:
        scores = [
            (d, f"{_number(s.scores[d])}{' (present)' if s.present.get(d) else ''}")
            for d in result.dimensions
        ]
        out.append(
            Span(s.start, s.end, "sentence", f"{prefix}-s{s.index}", f"sentence {s.index}",
                 (("speaker", f"{s.speaker} ({s.source_type})"), *scores), "boiler" if s.boilerplate else "")
        )  # fmt: skip
    for n, a in enumerate(result.attributions):
        details = [("speaker", a.speaker), ("source type", a.source_type), ("kind", a.kind)]
        details += [
            (k, v) for k, v in (("cue", a.cue), ("stance", a.cue_stance), ("channel", a.channel)) if v
        ]
        details.append(("rule", a.rule))
        out.append(Span(a.content_start, a.content_end, "quote", f"{prefix}-q{n}", a.speaker, tuple(details),
                        "scare" if a.kind == "scare" else ""))  # fmt: skip
        if a.source_start is not None and a.source_end is not None:
            out.append(Span(a.source_start, a.source_end, "source", f"{prefix}-w{n}", f"source: {a.speaker}",
                            (("speaker", a.speaker), ("source type", a.source_type))))  # fmt: skip
    for n, m in enumerate(result.matches):
        details = [("dimension", m.dimension), ("subcategory", m.subcategory), ("pattern", m.pattern),
                   ("weight", _number(m.weight))]  # fmt: skip
        details += [("modifier", modifier) for modifier in m.modifiers]
        if m.lexicon != m.dimension:
            details.append(("lexicon", m.lexicon))
        style = styles.get(m.dimension, "d7") + (" zero" if m.weight == 0 else "")
        out.append(Span(m.start, m.end, "match", f"{prefix}-m{n}", m.subcategory, tuple(details), style))
    return out


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What the template needs for one article."""

    id: str
    result: ArticleResult
    nodes: tuple[Node | str, ...]
    metadata: tuple[tuple[str, str], ...]
    speakers: SpeakerTable | None
    arc_svg: str
    arc_summary: str


def _arc_summary(result: ArticleResult) -> str:
    """A text alternative of the arc: where each dimension drawn peaks and with which words."""
    from framing.charts import arc_dimensions

    parts = []
    for dimension in arc_dimensions(result.dimensions):
        scores = [s.scores[dimension] for s in result.sentences]
        if not scores or max(scores) <= 0:
            parts.append(f"{dimension}: no evidence")
            continue
        peak = scores.index(max(scores))
        top = max(
            (m for m in result.sentences[peak].evidence if m.dimension == dimension and m.weight > 0),
            key=lambda m: m.weight,
        )
        parts.append(
            # Sentence numbers count from 0 everywhere (the chart's axis, the tables' index column).
            f"{dimension} peaks at sentence {peak} ({_number(scores[peak])}, “{top.text}”)"
        )
    return "; ".join(parts) + "."


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"),
        # Always on, whatever the file name: every string from an article or lexicon is untrusted.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["number"] = _number
    environment.filters["g2_p"] = g2_p_value  # the p-value of a G² cut-off, for the key-term notes
    return environment


def _palette(dimensions: Sequence[str]) -> list[dict[str, str]]:
    styles = dimension_styles(dimensions)
    return [
        {
            "dimension": d,
            "style": styles[d],
            "colour": PALETTE[i % len(PALETTE)],
            "underline": UNDERLINES[i % len(UNDERLINES)],
        }
        for i, d in enumerate(dimensions)
    ]


def _styles() -> list[dict[str, str]]:
    return [
        {"style": f"d{i}", "colour": colour, "underline": UNDERLINES[i % len(UNDERLINES)]}
        for i, colour in enumerate(PALETTE)
    ]


def _article_view(result: ArticleResult, prefix: str, *, metadata: Mapping[str, Any] | None = None,
                  lexicons: LexiconSet | None = None, arc_svg: str = "", arc_summary: str = "",
                  with_speakers: bool = True) -> ArticleView:  # fmt: skip
    from framing.aggregate import speaker_profiles

    return ArticleView(
        id=prefix,
        result=result,
        nodes=tuple(nest(result.text, spans(result, prefix))),
        metadata=tuple((str(k), str(v)) for k, v in (metadata or {}).items()),
        speakers=speaker_profiles([result], lexicons) if with_speakers else None,
        arc_svg=arc_svg,
        arc_summary=arc_summary,
    )


def _check_request(results: Sequence[ArticleResult], max_articles: int | None) -> None:
    """Refuse a report of nothing, or one that would show fewer than one article in detail."""
    from framing.errors import FramingError

    if not results:
        raise FramingError("nothing to report: pass at least one analysed article")
    if max_articles is not None and max_articles < 1:
        raise FramingError(f"max_articles must be at least 1 (or None for all), got {max_articles}")


def html_report(
    results: Sequence[ArticleResult],
    *,
    comparison: Comparison | None = None,
    metadata: Mapping[str, Mapping[str, Any]] | None = None,
    lexicons: LexiconSet | None = None,
    title: str = "Framing report",
    shared_y: bool | None = None,
    no_comparison: str = "",
    max_articles: int | None = MAX_ARTICLES,
) -> str:
    """A self-contained HTML page: the comparison on top, then highlighted articles, arcs, speakers.

    Args:
        results: Analysed articles, in the order to show them.
        comparison: The comparison to show on top; computed by article (seed 0) when there are several
            articles and none is given.
        metadata: Document id -> fields shown under the article's heading.
        lexicons: For speaker name merging (built-in when omitted).
        title: The page title.
        shared_y: One y scale for every arc (default: on for several articles).
        no_comparison: Why there is no comparison (e.g. an article of one sentence), said where it would be;
            when several articles have too few sentences to compare, the page says so itself.
        max_articles: Show the first this many articles in detail (text, arc, speakers, sentence scores;
            default :data:`MAX_ARTICLES`), ``None`` for all. The others are listed at the end with their
            scores under a note that says how many and how to see them. The comparison is the one given,
            or by article, which keeps the largest :data:`framing.compare.MAX_GROUPS` articles only.

    Returns:
        The page, whole. It loads nothing from the network and runs no script.
    """
    from framing import charts

    _check_request(results, max_articles)
    if comparison is None and len(results) > 1 and not no_comparison:
        comparison, no_comparison = comparison_or_reason(results)
    shared_y = len(results) > 1 if shared_y is None else shared_y
    shown = results[:max_articles]  # the arcs and highlighted texts are what costs time and megabytes
    # the scale of the articles and dimensions the arcs draw, as `framing chart arc` sets it
    ymax = charts.shared_ymax(shown, charts.arc_dimensions(results[0].dimensions)) if shared_y else None
    from framing import __version__

    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            articles=_article_views(shown, metadata or {}, lexicons, ymax),
            n_articles=len(results),
            others=article_rows(results[len(shown) :]),
            labels=short_labels(comparison),
            comparison=comparison,
            profile_svg="" if comparison is None else _profile_svg(comparison),
            palette=_palette(results[0].dimensions),
            styles=_styles(),
            version=__version__,
            shared_y=shared_y,
            no_comparison=no_comparison,
        )
    )


def _article_views(results: Sequence[ArticleResult], metadata: Mapping[str, Mapping[str, Any]],
                   lexicons: LexiconSet | None, ymax: float | None) -> list[ArticleView]:  # fmt: skip
    """The articles shown in detail, each with its arc drawn on the shared scale ``ymax``."""
    views = []
    for i, result in enumerate(results):
        svg, summary = _arc_svg(result, ymax)
        views.append(_article_view(result, f"a{i}", metadata=metadata.get(result.doc), lexicons=lexicons,
                                   arc_svg=svg, arc_summary=summary))  # fmt: skip
    return views


def comparison_or_reason(results: Sequence[ArticleResult], **options: Any) -> tuple[Comparison | None, str]:
    """The comparison of ``results`` (see :func:`framing.compare.compare`), or why there is none.

    A report of several articles is still worth having when they cannot be compared (one is a single
    sentence), so too few groups is a reason to leave the comparison out, not an error.
    """
    from framing.compare import compare
    from framing.errors import TooFewGroupsError

    try:
        return compare(results, **options), ""
    except TooFewGroupsError as error:
        return None, str(error)


def _arc_svg(result: ArticleResult, ymax: float | None) -> tuple[str, str]:
    """The article's arc chart as inline SVG, and the summary in words that describes it to a reader."""
    from framing import charts

    figure, [ax] = charts.new_figure((9, 3.6))
    charts.arc(result, ymax=ymax, ax=ax)
    summary = _arc_summary(result)
    return charts.to_svg(figure, title=f"Framing arc of {result.doc}", description=summary), summary


def _profile_svg(comparison: Comparison) -> str:
    """The comparison's profile chart as inline SVG, described by its verdicts."""
    from framing import charts

    figure, [ax] = charts.new_figure()
    charts.profile(comparison, ax=ax)
    description = " ".join(comparison.verdicts())
    return charts.to_svg(figure, title=f"Framing profile by {comparison.by}", description=description)


def article_html(result: ArticleResult) -> str:
    """An HTML fragment for Jupyter: the highlighted text with its legend and tooltips (no charts)."""
    view = _article_view(result, f"f{next(_FRAGMENTS)}", with_speakers=False)
    return (
        _environment()
        .get_template("fragment.html.j2")
        .render(what="article", article=view, palette=_palette(result.dimensions), styles=_styles())
    )


def comparison_html(comparison: Comparison) -> str:
    """An HTML fragment for Jupyter: the groups × dimensions table and one verdict per dimension."""
    return (
        _environment()
        .get_template("fragment.html.j2")
        .render(what="comparison", comparison=comparison, palette=[], styles=_styles())
    )


def speakers_html(table: SpeakerTable) -> str:
    """An HTML fragment for Jupyter: one row per speaker with the framing profile."""
    return (
        _environment()
        .get_template("fragment.html.j2")
        .render(what="speakers", speakers=table, palette=[], styles=_styles())
    )
