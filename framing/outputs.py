"""Render results as text: an aligned table for reading, CSV, JSON and JSON Lines for tools.

The JSON schemas are documented in ``docs/output.md``. Rendering needs no pandas, so the CLI stays fast.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from framing.errors import UnknownNameError

if TYPE_CHECKING:  # annotations only: `framing score` never loads comparisons or speaker tables
    from framing.aggregate import SpeakerTable
    from framing.compare import Comparison
    from framing.lexicon import Lexicon, LexiconSet
    from framing.results import ArticleResult

FORMATS = ("table", "csv", "json", "jsonl")
TABLE_FORMATS = (*FORMATS, "parquet")
"""Formats of the commands that write tables; ``parquet`` renders to bytes (it needs a file, not stdout)."""
LEVELS = ("sentence", "document")
TEXT_WIDTH = 60
"""Sentence text is cut to this many characters in tables."""


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
        level: ``sentence`` (a record per sentence) or ``document`` (a record per article).
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
        return _sentence_table(results, evidence) if level == "sentence" else _document_table(results)
    extras = list(metadata) if metadata is not None else [{} for _ in results]
    if level == "sentence":
        records = [
            _with(s.to_dict(r.doc), m) for r, m in zip(results, extras, strict=True) for s in r.sentences
        ]
        rows = [_with(row, m) for r, m in zip(results, extras, strict=True) for row in r.sentence_rows()]
    else:
        records = [_with(r.document.to_dict(), m) for r, m in zip(results, extras, strict=True)]
        rows = [_with(r.document.row(), m) for r, m in zip(results, extras, strict=True)]
    if format == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False, default=str) + "\n" for record in records)
    if format == "json":
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    return _parquet(rows) if format == "parquet" else _csv(rows)


def _with(record: dict[str, Any], metadata: Mapping[str, Any]) -> dict[str, Any]:
    extra = {f"input_{k}" if k in record else k: v for k, v in metadata.items()}
    return {**record, **extra}


def _parquet(rows: list[dict[str, Any]]) -> bytes:
    import io as _io

    import pandas as pd

    buffer = _io.BytesIO()
    pd.DataFrame(rows).to_parquet(buffer, index=False)
    return buffer.getvalue()


def _csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(value: float) -> str:
    return f"{value:.2f}" if value else "-"


def _cut(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _sentence_table(results: Sequence[ArticleResult], evidence: bool) -> str:
    lines = []
    for result in results:
        dims = result.dimensions
        widths = [max(len(d), 5) for d in dims]
        lines.append(f"== {result.doc} ({len(result.sentences)} sentences)")
        header = "  ".join(["  #", *(d.rjust(w) for d, w in zip(dims, widths, strict=True)), "text"])
        lines.append(header)
        for s in result.sentences:
            cells = [_cell(s.scores[d]).rjust(w) for d, w in zip(dims, widths, strict=True)]
            text = "[boilerplate] " + _cut(s.text) if s.boilerplate else _cut(s.text)
            lines.append("  ".join([str(s.index).rjust(3), *cells, text]))
            if evidence:
                for m in s.evidence:
                    note = f"  ({'; '.join(m.modifiers)})" if m.modifiers else ""
                    lines.append(f"       {m.subcategory:<34} {m.weight:>5.2f}  '{m.text}'{note}")
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
            *(_cell(r.scores[d]) for d in dims),
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


def render_lexicon_list(lexicons: LexiconSet) -> str:
    """One line per lexicon: name, number of entries, negation target, origin, description."""
    rows = [("name", "entries", "negated", "file", "description")]
    rows += [(lx.name, str(len(lx.entries)), lx.negated, lx.origin, lx.description) for lx in lexicons]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)), row[4]]) for row in rows]
    modifiers = (
        f"modifiers: {len(lexicons.negators)} negators, {len(lexicons.intensifiers)} intensifiers, "
        f"{len(lexicons.diminishers)} diminishers; {len(lexicons.abbreviations)} abbreviations, "
        f"{len(lexicons.boilerplate)} boilerplate patterns ({lexicons.origin})"
    )
    return "\n".join([*lines, "", modifiers]) + "\n"


def render_lexicon(lexicon: Lexicon, *, format: str = "table") -> str:
    """Every entry of a lexicon with its subcategory, weight and provenance."""
    if format not in ("table", "json"):
        raise UnknownNameError("format", format, ("table", "json"))
    if format == "json":
        return (
            json.dumps(
                {
                    "name": lexicon.name,
                    "description": lexicon.description,
                    "license": lexicon.license,
                    "negated": lexicon.negated,
                    "sources": dict(lexicon.sources),
                    "entries": [
                        {
                            "pattern": e.pattern,
                            "subcategory": e.subcategory,
                            "weight": e.weight,
                            "source": e.source,
                            "note": e.note,
                        }
                        for e in lexicon.entries
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    lines = [
        f"{lexicon.name}: {lexicon.description}",
        f"file: {lexicon.origin}   licence: {lexicon.license}   negated counts as: {lexicon.negated}",
        f"{len(lexicon.entries)} entries in {len(lexicon.subcategories)} subcategories: "
        + ", ".join(lexicon.subcategories),
        "sources:",
        *(f"  {key} = {citation}" for key, citation in lexicon.sources.items()),
        "",
    ]
    width = max(len("pattern"), *(len(e.pattern) for e in lexicon.entries))
    sub_width = max(len("subcategory"), *(len(e.subcategory) for e in lexicon.entries))
    lines.append(f"{'pattern'.ljust(width)}  {'subcategory'.ljust(sub_width)}  weight  source")
    for e in lexicon.entries:
        lines.append(
            f"{e.pattern.ljust(width)}  {e.subcategory.ljust(sub_width)}  {e.weight:>6g}  {e.source}"
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
    rows = [_with(row, m) for r, m in zip(results, extras, strict=True) for row in r.attribution_rows()]
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    return _parquet(rows) if format == "parquet" else _csv(rows)


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
                "content": _cut(
                    result.text[a.content_start : min(a.content_end, a.content_start + 4 * TEXT_WIDTH)], 50
                ),
            }
            for a in result.attributions
        ]
        lines.append(f"== {result.doc} ({len(table)} attributions)")
        lines.extend(_aligned(table, (*columns, "content")))
        lines.append("")
    return "\n".join(lines)


def render_speakers(table: SpeakerTable, *, format: str = "table") -> str | bytes:
    """One row per speaker across all articles, with the framing profile (mean score per sentence)."""
    if format not in TABLE_FORMATS:
        raise UnknownNameError("format", format, TABLE_FORMATS)
    rows = [s.row() for s in table.speakers]
    aliases = [{"name": a, "possible_alias_of": b} for a, b in table.possible_aliases]
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format == "json":
        return (
            json.dumps({"speakers": rows, "possible_aliases": aliases}, ensure_ascii=False, indent=2) + "\n"
        )
    if format in ("csv", "parquet"):
        return _parquet(rows) if format == "parquet" else _csv(rows)
    shown = [
        {
            **{k: str(v) for k, v in row.items() if k not in (*table.dimensions, "names", "stances")},
            **{d: _cell(row[d]) for d in table.dimensions},
        }
        for row in rows
    ]
    columns = (
        "speaker",
        "source_type",
        "documents",
        "sentences",
        "quotes",
        "attributions",
        *table.dimensions,
    )
    lines = _aligned(shown, columns, right=set(columns[2:]))
    lines.append("")
    lines.append(
        "profile columns: mean score per sentence carrying the speaker's words (--format csv|json for stances and spellings)"
    )
    for a, b in table.possible_aliases:
        lines.append(f"possible alias (not merged): {a} ~ {b}")
    return "\n".join(lines) + "\n"


def _aligned(
    rows: Sequence[dict[str, str]], columns: Sequence[str], right: set[str] | None = None
) -> list[str]:
    right = right or set()
    widths = {c: max([len(c), *(len(r[c]) for r in rows)]) for c in columns}

    def fit(c: str, v: str) -> str:
        return v.rjust(widths[c]) if c in right else v.ljust(widths[c])

    lines = ["  ".join(fit(c, c) for c in columns).rstrip()]
    lines += ["  ".join(fit(c, r[c]) for c in columns).rstrip() for r in rows]
    return lines


def render_evaluation(report: Mapping[str, Any], *, format: str = "table") -> str:
    """An evaluation report: metrics per dimension (and per peer), or the whole report as JSON."""
    if format not in ("table", "json"):
        raise UnknownNameError("format", format, ("table", "json"))
    if format == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"

    def num(value: Any) -> str:
        return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)

    head = f"{report['dataset']} {report['split']} (part {report.get('part', 'all')}): {report['n']} items"
    columns = ("dimension", "precision", "recall", "f1", "roc_auc", "pr_auc", "threshold", "n_positive")
    rows = [{"dimension": d, **{c: num(m.get(c)) for c in columns[1:]}} for d, m in report["metrics"].items()]
    lines = [head, *_aligned(rows, columns, right=set(columns[1:]))]
    for peer, scores in report.get("peers", {}).items():
        for dimension, m in scores.items():
            if dimension != "description":
                f1 = f", f1 (score > 0) {num(m['f1_at_any'])}" if "f1_at_any" in m else ""
                lines.append(
                    f"peer {peer} on {dimension}: roc_auc {num(m['roc_auc'])}, pr_auc {num(m['pr_auc'])}{f1}"
                )
    speakers = report.get("speakers")
    if speakers:
        lines.append(
            f"speaker accuracy {num(speakers['speaker_accuracy'])}, "
            f"source type accuracy {num(speakers['source_type_accuracy'])} (AUTHOR included)"
        )
    spans = report.get("attribution_spans")
    if spans:
        span_rows = [
            {"metric": n, **{c: num(m[c]) for c in ("precision", "recall", "f1")}} for n, m in spans.items()
        ]
        lines += [
            "",
            *_aligned(
                span_rows, ("metric", "precision", "recall", "f1"), right={"precision", "recall", "f1"}
            ),
        ]
    return "\n".join(lines) + "\n"


def render_comparison(comparison: Comparison, *, format: str = "table", key_terms: int = 3) -> str | bytes:
    """Differences between groups with CIs and p-values, and the key terms behind them."""
    if format not in TABLE_FORMATS:
        raise UnknownNameError("format", format, TABLE_FORMATS)
    differences = [asdict(d) for d in comparison.differences]
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in differences)
    if format in ("csv", "parquet"):
        return _parquet(differences) if format == "parquet" else _csv(differences)
    if format == "json":
        data = {
            "by": comparison.by,
            "seed": comparison.seed,
            "n_resamples": comparison.n_resamples,
            "n_permutations": comparison.n_permutations,
            "left_out": list(comparison.left_out),
            "verdicts": list(comparison.verdicts()),
            "min_g2": comparison.min_g2,
            "key_terms_dropped": comparison.key_terms_dropped,
            "profiles": [asdict(p) for p in comparison.profiles],
            "differences": differences,
            "key_terms": [{**asdict(k), "favours": k.favours} for k in comparison.key_terms],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sizes = {p.group: p.n_sentences for p in comparison.profiles}
    # The result first: groups × dimensions, then one sentence per dimension; the details follow.
    means = [
        {
            "group": p.group,
            "sentences": str(p.n_sentences),
            **{d: f"{p.mean[d]:.3f}" for d in comparison.dimensions},
        }
        for p in comparison.profiles
    ]
    lines = _aligned(
        means, ("group", "sentences", *comparison.dimensions), right={"sentences", *comparison.dimensions}
    )
    lines += list(comparison.verdicts())
    lines += [
        "",
        f"Framing compared by {comparison.by}: mean score per sentence; 95% bootstrap CI of the difference "
        f"({comparison.n_resamples} resamples), two-sided permutation p ({comparison.n_permutations} permutations), "
        f"Holm-adjusted over all {len(comparison.differences)} tests; seed {comparison.seed}.",
    ]
    if comparison.left_out:
        lines.append(f"Left out (beyond the largest groups): {', '.join(comparison.left_out)}")
    pairs = dict.fromkeys((d.group_a, d.group_b) for d in comparison.differences)
    for a, b in pairs:
        lines += ["", f"== A = {a} ({sizes[a]} sentences)  vs  B = {b} ({sizes[b]} sentences)"]
        rows = [
            {
                "dimension": d.dimension,
                "A": f"{d.mean_a:.3f}",
                "B": f"{d.mean_b:.3f}",
                "A - B": f"{d.difference:+.3f}",
                "95% CI": f"[{d.ci_low:+.3f}, {d.ci_high:+.3f}]",
                "p": f"{d.p_value:.4f}",
                "p (Holm)": f"{d.p_holm:.4f}",
            }
            for d in comparison.differences
            if (d.group_a, d.group_b) == (a, b)
        ]
        columns = ("dimension", "A", "B", "A - B", "95% CI", "p", "p (Holm)")
        lines += _aligned(rows, columns, right=set(columns[1:]))
        terms = [k for k in comparison.key_terms if (k.group_a, k.group_b) == (a, b)]
        if terms:
            lines.append("key terms (G², log2 ratio; + = more in A):")
            for dimension in comparison.dimensions:
                top = [k for k in terms if k.dimension == dimension][:key_terms]
                if top:
                    shown = ", ".join(f"{k.term} ({k.g2:.1f}, {k.log_ratio:+.1f})" for k in top)
                    lines.append(f"  {dimension}: {shown}")
    lines.append(
        f"key terms: {len(comparison.key_terms)} with G² ≥ {comparison.min_g2:g} (p < 0.05) listed, "
        f"{comparison.key_terms_dropped} weaker key terms dropped"
    )
    return "\n".join(lines) + "\n"
