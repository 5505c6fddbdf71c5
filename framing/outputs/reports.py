"""Evaluation reports and comparisons as text, CSV, JSON or Parquet."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from framing._verdicts import p_floors, p_text
from framing.errors import UnknownNameError
from framing.keyness import g2_p_value
from framing.outputs.cells import TABLE_FORMATS, aligned, counted, csv_text, parquet_bytes

if TYPE_CHECKING:
    from framing.compare import Comparison


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
    lines = [head, *aligned(rows, columns, right=set(columns[1:]))]
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
            *aligned(span_rows, ("metric", "precision", "recall", "f1"), right={"precision", "recall", "f1"}),
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
        return parquet_bytes(differences) if format == "parquet" else csv_text(differences)
    if format == "json":
        data = {
            "by": comparison.by,
            "seed": comparison.seed,
            "n_resamples": comparison.n_resamples,
            "n_permutations": comparison.n_permutations,
            "n_permutations_refined": comparison.n_permutations_refined,
            "left_out": list(comparison.left_out),
            "too_small": list(comparison.too_small),
            "verdicts": list(comparison.verdicts()),
            "min_g2": comparison.min_g2,
            "key_terms_dropped": comparison.key_terms_dropped,
            "profiles": [asdict(p) for p in comparison.profiles],
            "differences": differences,
            "key_terms": [{**asdict(k), "favours": k.favours} for k in comparison.key_terms],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return _comparison_table(comparison, key_terms)


def _comparison_table(comparison: Comparison, key_terms: int) -> str:
    """The comparison as text: the groups x dimensions table and verdicts first, then each pair's details."""
    lines = _comparison_summary(comparison)
    pairs = dict.fromkeys((d.group_a, d.group_b) for d in comparison.differences)
    for a, b in pairs:
        lines += _comparison_pair(comparison, a, b, key_terms)
    shown = sum(
        min(key_terms, n)
        for n in Counter((k.group_a, k.group_b, k.dimension) for k in comparison.key_terms).values()
    )
    lines.append(
        f"key terms: {len(comparison.key_terms)} with G² ≥ {comparison.min_g2:g} "
        f"(p ≤ {g2_p_value(comparison.min_g2):.2g} each), {shown} shown above (the {key_terms} strongest per "
        f"dimension and pair; --format json lists all), {comparison.key_terms_dropped} weaker terms dropped; "
        "each term is tested alone (no correction for the many terms): they point to the words behind a "
        "difference, they do not establish one"
    )
    return "\n".join(lines) + "\n"


def _comparison_summary(comparison: Comparison) -> list[str]:
    """The result: groups x dimensions, one verdict per dimension, how it was tested and what was left out."""
    # The result first: groups × dimensions, then one sentence per dimension; the details follow.
    means = [
        {
            "group": p.group,
            "sentences": str(p.n_sentences),
            **{d: f"{p.mean[d]:.3f}" for d in comparison.dimensions},
        }
        for p in comparison.profiles
    ]
    lines = [coverage] if (coverage := comparison.coverage()) else []
    lines += aligned(
        means, ("group", "sentences", *comparison.dimensions), right={"sentences", *comparison.dimensions}
    )
    lines += list(comparison.verdicts())
    lines += [
        "",
        f"Framing compared by {comparison.by}: mean score per sentence; 95% bootstrap CI of the difference "
        f"({comparison.n_resamples} resamples), two-sided permutation p ({comparison.n_permutations} permutations), "
        f"Holm-adjusted over all {len(comparison.differences)} tests; seed {comparison.seed}.",
        "The unit is the sentence, and sentences of one article are not independent draws: the intervals and "
        "p-values describe these texts, not a population of articles or outlets.",
        *_method_notes(comparison),
    ]
    return [*lines, *comparison.left_out_notes()]


def _comparison_pair(comparison: Comparison, a: str, b: str, key_terms: int) -> list[str]:
    """One pair's details: each dimension's difference with its CI and p-values, then its top key terms."""
    sizes = {p.group: p.n_sentences for p in comparison.profiles}
    lines = [
        "",
        f"== A = {a} ({counted(sizes[a], 'sentence')})  vs  B = {b} ({counted(sizes[b], 'sentence')})",
    ]
    floors = p_floors(comparison)
    rows = [
        {
            "dimension": d.dimension,
            "A": f"{d.mean_a:.3f}",
            "B": f"{d.mean_b:.3f}",
            "A - B": f"{d.difference:+.3f}",
            "95% CI": f"[{d.ci_low:+.3f}, {d.ci_high:+.3f}]",
            "p": p_text(d.p_value, floors[0]),
            "p (Holm)": p_text(d.p_holm, floors[1]),
        }
        for d in comparison.differences
        if (d.group_a, d.group_b) == (a, b)
    ]
    columns = ("dimension", "A", "B", "A - B", "95% CI", "p", "p (Holm)")
    lines += aligned(rows, columns, right=set(columns[1:]))
    terms = [k for k in comparison.key_terms if (k.group_a, k.group_b) == (a, b)]
    if terms:
        lines.append("key terms (G², log2 ratio; + = more in A):")
        for dimension in comparison.dimensions:
            top = [k for k in terms if k.dimension == dimension][:key_terms]
            if top:
                shown = ", ".join(f"{k.term} ({k.g2:.1f}, {k.log_ratio:+.1f})" for k in top)
                lines.append(f"  {dimension}: {shown}")
    return lines


SMALL_GROUP = 10
"""Groups with fewer sentences get a note on how to read their intervals."""


def _method_notes(comparison: Comparison) -> list[str]:
    """Say when the tests were refined, which groups are small, and when Holm cannot reach 0.05 at all."""
    from framing.compare import ALPHA

    notes = []
    n_tests = len(comparison.differences)
    if comparison.n_permutations_refined:
        notes.append(
            f"Tests with p < 0.05 are run again with {comparison.n_permutations_refined} permutations, so that "
            f"Holm over {n_tests} tests can reach significance."
        )
    small = [f"{p.group} ({p.n_sentences})" for p in comparison.profiles if p.n_sentences < SMALL_GROUP]
    if small:
        notes.append(
            f"Groups of fewer than {SMALL_GROUP} sentences: {', '.join(small)}. At this size the bootstrap "
            "interval is rough and can exclude 0 while the permutation p is large: go by the p-value."
        )
    if comparison.holm_floor >= ALPHA:
        notes.append(
            f"With {n_tests} tests no difference can be significant after Holm (smallest possible p "
            f"{comparison.holm_floor:.3f}): compare fewer groups (--max-groups) or raise --permutations."
        )
    return notes
