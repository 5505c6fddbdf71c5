"""The tables of an :class:`~framing.results.ArticleResult`: flat rows, and pandas frames of them.

The row and frame methods of :class:`~framing.results.ArticleResult` delegate here, so that
:mod:`framing.results` holds the result types and their scores. pandas is imported only when a frame is
asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from framing.results import ArticleResult

_MATCH_COLUMNS = (
    "doc",
    "sentence",
    "dimension",
    "subcategory",
    "pattern",
    "start",
    "end",
    "text",
    "weight",
    "modifiers",
    "lexicon",
)
"""The columns of the matches frame, named so that a text without matches still has them."""

_ATTRIBUTION_COLUMNS = ("doc", "speaker", "source_type", "source_text", "source_start", "source_end", "cue",
                        "cue_start", "cue_end", "cue_stance", "channel", "content_start", "content_end",
                        "content", "kind", "sentences", "rule")  # fmt: skip
"""The columns of the attributions frame (``Attribution.to_dict``), so a text without quotations has them."""


def sentence_rows(result: ArticleResult) -> list[dict[str, Any]]:
    """Flat rows, one per sentence: scores and densities as columns, evidence as a short string."""
    rows = []
    for s in result.sentences:
        row: dict[str, Any] = {
            "doc": result.doc,
            "index": s.index,
            "start": s.start,
            "end": s.end,
            "n_tokens": s.n_tokens,
            "boilerplate": s.boilerplate,
            "speaker": s.speaker,
            "source_type": s.source_type,
        }
        row.update(s.scores)
        row.update({f"{d}_present": v for d, v in s.present.items()})
        row.update({f"{d}_density": v for d, v in s.density.items()})
        row["evidence"] = "; ".join(f"{m.subcategory}:{m.text}" for m in s.evidence if m.weight > 0)
        row["text"] = s.text
        rows.append(row)
    return rows


def match_rows(result: ArticleResult) -> list[dict[str, Any]]:
    """Flat rows, one per match."""
    return [
        {
            "doc": result.doc,
            "sentence": m.sentence,
            **m.to_dict(),
            "modifiers": "; ".join(m.modifiers),
        }
        for m in result.matches
    ]


def attribution_rows(result: ArticleResult) -> list[dict[str, Any]]:
    """Flat rows, one per attribution."""
    rows = []
    for a in result.attributions:
        row = a.to_dict(result.doc, result.text)
        row["sentences"] = " ".join(map(str, a.sentences))
        rows.append(row)
    return rows


def attributions_frame(result: ArticleResult) -> pd.DataFrame:
    """One row per attribution: speaker, source type, cue, stance, channel, content span, rule."""
    import pandas as pd

    frame = pd.DataFrame(attribution_rows(result), columns=list(_ATTRIBUTION_COLUMNS))
    # A quote without a named source or cue has no offsets there: nullable integers, not floats with NaN.
    nullable = {c: "Int64" for c in ("source_start", "source_end", "cue_start", "cue_end")}
    return frame.astype(
        {**nullable, "content_start": "int64", "content_end": "int64"}
    )  # typed when empty too


def sentences_frame(result: ArticleResult) -> pd.DataFrame:
    """One row per sentence: position, speaker, per dimension its score, ``_present`` and ``_density``.

    ``sentence`` repeats ``index`` under the name the matches frame gives it, so the two join on
    ``["doc", "sentence"]``; ``index`` stays, as in the sentence records, CSV and batch rows.
    """
    import pandas as pd

    # The columns are named even without sentences, so that an empty text still has a "speaker" to group by.
    dims = result.dimensions
    columns = ["doc", "index", "start", "end", "n_tokens", "boilerplate", "speaker", "source_type", *dims,
               *(f"{d}_present" for d in dims), *(f"{d}_density" for d in dims), "evidence", "text"]  # fmt: skip
    frame = pd.DataFrame(sentence_rows(result), columns=columns)
    frame.insert(columns.index("index") + 1, "sentence", frame["index"])
    return frame


def matches_frame(result: ArticleResult) -> pd.DataFrame:
    """One row per match: dimension, subcategory, pattern, span, text, weight, modifiers."""
    import pandas as pd

    return pd.DataFrame(match_rows(result), columns=list(_MATCH_COLUMNS))


def document_frame(result: ArticleResult) -> pd.DataFrame:
    """One row for the article: document scores, densities, shares and readability."""
    import pandas as pd

    return pd.DataFrame([result.document.row()])
