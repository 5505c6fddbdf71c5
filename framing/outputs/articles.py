"""Sentence, document and quotation rows of analysed articles, as a table, CSV, JSON, JSON Lines or Parquet."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from framing.errors import UnknownNameError
from framing.outputs.cells import (
    LEVELS,
    TABLE_FORMATS,
    TEXT_WIDTH,
    aligned,
    cell,
    counted,
    csv_text,
    cut,
    parquet_bytes,
    with_metadata,
)

if TYPE_CHECKING:
    from framing.results import ArticleResult


def render(
    results: Sequence[ArticleResult],
    *,
    format: str = "table",
    level: str = "sentence",
    evidence: bool = False,
    metadata: Sequence[Mapping[str, Any]] | None = None,
) -> str | bytes:
    """Render analysed articles.

    Args:
        results: The articles, in input order.
        format: One of :data:`TABLE_FORMATS`.
        level: ``sentence`` (a record per sentence), ``document`` (a record per article) or
            ``evidence`` (a record per match: sentence, dimension, subcategory, pattern, offsets, text,
            weight, modifiers; the rows of ``ArticleResult.to_frame(level="evidence")``).
        evidence: In the table format, list each sentence's matches under it.
        metadata: Per article (aligned with ``results``), the input's other fields: they ride along in
            every record and row (a field named like one of ours gets the prefix ``input_``).

    Returns:
        The whole output, ending in a newline (bytes for ``parquet``).
    """
    if format not in TABLE_FORMATS:
        raise UnknownNameError("format", format, TABLE_FORMATS)
    if level not in LEVELS:
        raise UnknownNameError("level", level, LEVELS)
    if format == "table":
        tables = {"sentence": lambda: _sentence_table(results, evidence), "document": lambda: _document_table(results),
                  "evidence": lambda: _evidence_table(results)}  # fmt: skip
        return tables[level]()
    extras = list(metadata) if metadata is not None else [{} for _ in results]
    pairs = list(zip(results, extras, strict=True))
    if format in ("jsonl", "json"):  # records: nested values kept (an evidence row's modifiers as a list)
        records = [with_metadata(record, m) for r, m in pairs for record in _records(r, level)]
        if format == "jsonl":
            return "".join(json.dumps(record, ensure_ascii=False, default=str) + "\n" for record in records)
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    rows = [
        with_metadata(row, m) for r, m in pairs for row in _rows(r, level)
    ]  # flat: modifiers joined by "; "
    return parquet_bytes(rows) if format == "parquet" else csv_text(rows)


def _records(result: ArticleResult, level: str) -> list[dict[str, Any]]:
    """An article's JSON records at a level: a sentence's, the document's, or each match's."""
    if level == "evidence":
        return [{"doc": result.doc, "sentence": m.sentence, **m.to_dict()} for m in result.matches]
    if level == "sentence":
        return [s.to_dict(result.doc) for s in result.sentences]
    return [result.document.to_dict()]


def _rows(result: ArticleResult, level: str) -> list[dict[str, Any]]:
    """An article's flat rows at a level (CSV, Parquet)."""
    if level == "evidence":
        return list(result.match_rows())
    if level == "sentence":
        return list(result.sentence_rows())
    return [result.document.row()]


def _sentence_table(results: Sequence[ArticleResult], evidence: bool) -> str:
    lines = []
    for result in results:
        dims = result.dimensions
        widths = [max(len(d), 5) for d in dims]
        lines.append(f"== {result.doc} ({counted(len(result.sentences), 'sentence')})")
        header = "  ".join(["  #", *(d.rjust(w) for d, w in zip(dims, widths, strict=True)), "text"])
        lines.append(header)
        for s in result.sentences:
            cells = [cell(s.scores[d]).rjust(w) for d, w in zip(dims, widths, strict=True)]
            text = "[boilerplate] " + cut(s.text) if s.boilerplate else cut(s.text)
            lines.append("  ".join([str(s.index).rjust(3), *cells, text]))
            if evidence:
                for m in s.evidence:
                    note = f"  ({'; '.join(m.modifiers)})" if m.modifiers else ""
                    # A phrase across a line break of wrapped text is shown on one line, as the sentence is.
                    lines.append(
                        f"       {m.subcategory:<34} {m.weight:>5.2f}  '{' '.join(m.text.split())}'{note}"
                    )
        lines.append("")
    return "\n".join(lines)


def _evidence_table(results: Sequence[ArticleResult]) -> str:
    """One aligned table of matches per article: sentence, span, weight, subcategory, text, modifiers."""
    columns = ("sentence", "start", "end", "weight", "subcategory", "pattern", "text", "modifiers")
    lines = []
    for result in results:
        table = [
            {
                **{k: str(v) for k, v in row.items() if k in ("sentence", "start", "end", "subcategory")},
                "weight": cell(row["weight"]),
                "pattern": cut(row["pattern"], 30),
                # A phrase across a line break of wrapped text is shown on one line, as in the sentence table.
                "text": cut(" ".join(row["text"].split()), 40),
                "modifiers": row["modifiers"],
            }
            for row in result.match_rows()
        ]
        lines.append(f"== {result.doc} ({len(table)} match{'' if len(table) == 1 else 'es'})")
        lines.extend(aligned(table, columns, right={"sentence", "start", "end", "weight"}))
        lines.append("")
    return "\n".join(lines)


def _document_table(results: Sequence[ArticleResult]) -> str:
    rows = [r.document for r in results]
    if not rows:
        return "\n"
    dims = results[0].dimensions
    readability = list(rows[0].readability)
    doc_width = max(len("doc"), *(len(r.doc) for r in rows))
    names = ["sentences", "tokens", *dims, *readability]
    widths = [max(len(n), 6) for n in names]
    lines = ["  ".join(["doc".ljust(doc_width), *(n.rjust(w) for n, w in zip(names, widths, strict=True))])]
    for r in rows:
        values = [
            str(r.n_sentences),
            str(r.n_tokens),
            *(cell(r.scores[d]) for d in dims),
            *(f"{r.readability[m]:.1f}" for m in readability),
        ]
        lines.append(
            "  ".join([r.doc.ljust(doc_width), *(v.rjust(w) for v, w in zip(values, widths, strict=True))])
        )
    lines.append("")
    lines.append(
        "scores are weighted sums over sentences; --format csv|json adds densities per 100 tokens and shares"
    )
    return "\n".join(lines) + "\n"


def render_quotes(
    results: Sequence[ArticleResult],
    *,
    format: str = "table",
    metadata: Sequence[Mapping[str, Any]] | None = None,
) -> str | bytes:
    """Every attribution of every article: speaker, type, cue, stance, channel, rule and content."""
    if format not in TABLE_FORMATS:
        raise UnknownNameError("format", format, TABLE_FORMATS)
    if format == "table":
        return _quotes_table(results)
    extras = list(metadata) if metadata is not None else [{} for _ in results]
    rows = [
        with_metadata(row, m) for r, m in zip(results, extras, strict=True) for row in r.attribution_rows()
    ]
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    return parquet_bytes(rows) if format == "parquet" else csv_text(rows)


def _quotes_table(results: Sequence[ArticleResult]) -> str:
    """One aligned table per article, built from the attributions themselves (no full records).

    Articles are kept apart by position, so two with the same id are two tables; the content shown is
    read from a short slice of the text, so a huge content span costs nothing here.
    """
    columns = ("sentences", "speaker", "source_type", "cue", "cue_stance", "channel", "kind", "rule")
    lines = []
    for result in results:
        table = [
            {
                "sentences": " ".join(map(str, a.sentences)),
                "speaker": a.speaker,
                "source_type": a.source_type,
                "cue": a.cue or "",
                "cue_stance": a.cue_stance or "",
                "channel": a.channel or "",
                "kind": a.kind,
                "rule": a.rule,
                "content": cut(
                    result.text[a.content_start : min(a.content_end, a.content_start + 4 * TEXT_WIDTH)], 50
                ),
            }
            for a in result.attributions
        ]
        lines.append(f"== {result.doc} ({len(table)} attributions)")
        lines.extend(aligned(table, (*columns, "content")))
        lines.append("")
    return "\n".join(lines)
