"""Validity: framing's dimension scores against human labels, with peer tools on the same items.

An item (sentence, paragraph, tweet) is scored by analysing its text; its score for a dimension is the
sum of its sentences' scores. "Present" means score ≥ the dimension's threshold, fixed in the lexicon's
header (``# threshold:``) and never tuned at evaluation time. Reported per dimension: precision, recall and
F1 at that threshold, ROC-AUC and PR-AUC (average precision) of the raw score, and an error analysis:
recall per gold category, precision per framing subcategory, and the top false positives and negatives
with their evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from framing.analyze import analyze
from framing.evaluation.items import Item
from framing.evaluation.metrics import average_precision, classification, roc_auc
from framing.evaluation.peers import available_peers
from framing.lexicon import LexiconSet

# roc_auc, average_precision and classification moved to metrics.py; re-exported for existing imports.
__all__ = ["TOP_ERRORS", "average_precision", "classification", "evaluate_items", "roc_auc"]

TOP_ERRORS = 10


def evaluate_items(
    items: Sequence[Item], lexicons: LexiconSet, *, peers: bool = True, top_errors: int = TOP_ERRORS
) -> dict[str, Any]:
    """Score ``items`` and measure each labelled dimension against its gold labels.

    Returns:
        ``{"n", "metrics": {dim: {...}}, "errors": {dim: {...}}, "peers": {peer: {dim: {...}}}}``.
    """
    dimensions = sorted({d for item in items for d in item.labels if d in lexicons.dimensions})
    analysed = []
    for item in items:
        result = analyze(item.text, lexicons=lexicons, doc=item.id)
        totals = {d: sum(s.scores[d] for s in result.sentences) for d in dimensions}
        evidence = [m for m in result.matches if m.weight > 0]
        analysed.append((item, totals, evidence))

    metrics: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    for dimension in dimensions:
        rows = [
            (item, totals[dimension], evidence)
            for item, totals, evidence in analysed
            if dimension in item.labels
        ]
        labels = [item.labels[dimension] for item, _, _ in rows]
        scores = [score for _, score, _ in rows]
        threshold = lexicons[dimension].threshold
        predicted = [score >= threshold for score in scores]
        counts = classification(labels, predicted)
        metrics[dimension] = {
            **{k: _round(v) for k, v in counts.items()},
            "roc_auc": _round(roc_auc(labels, scores)),
            "pr_auc": _round(average_precision(labels, scores)),
            "threshold": threshold,
            "n": len(rows),
            "n_positive": sum(labels),
        }
        errors[dimension] = _errors(rows, dimension, threshold, top_errors)

    report: dict[str, Any] = {"n": len(items), "metrics": metrics, "errors": errors}
    if peers:
        report["peers"] = _peers(items, dimensions)
    return report


def _errors(
    rows: Sequence[tuple[Item, float, Sequence[Any]]], dimension: str, threshold: float, top: int
) -> dict[str, Any]:
    """Recall by gold category, precision by framing subcategory, and the worst false positives and negatives."""
    by_category: dict[str, list[bool]] = defaultdict(list)
    fired: dict[str, list[int]] = defaultdict(list)
    for item, score, evidence in rows:
        if item.labels[dimension]:
            for category in _categories(item):
                by_category[category].append(score >= threshold)
        for subcategory in {m.subcategory for m in evidence if m.dimension == dimension}:
            fired[subcategory].append(item.labels[dimension])
    false_positives = sorted(
        (
            (item, score, evidence)
            for item, score, evidence in rows
            if not item.labels[dimension] and score >= threshold
        ),
        key=lambda r: -r[1],
    )[:top]
    false_negatives = sorted(
        (
            (item, score, evidence)
            for item, score, evidence in rows
            if item.labels[dimension] and score < threshold
        ),
        key=lambda r: (r[1], r[0].id),
    )[:top]
    return {
        "recall_by_gold_category": {
            c: {"recall": _round(sum(hits) / len(hits)), "n": len(hits)}
            for c, hits in sorted(by_category.items())
        },
        "precision_by_subcategory": {
            s: {"precision": _round(sum(gold) / len(gold)), "n": len(gold)}
            for s, gold in sorted(fired.items(), key=lambda kv: -len(kv[1]))
        },
        "false_positives": [
            _example(item, score, evidence, dimension) for item, score, evidence in false_positives
        ],
        "false_negatives": [
            _example(item, score, evidence, dimension) for item, score, evidence in false_negatives
        ],
    }


def _categories(item: Item) -> list[str]:
    labels = sorted({label for _, _, label in item.gold})
    return labels or ([item.category] if item.category else ["(none)"])


def _example(item: Item, score: float, evidence: Sequence[Any], dimension: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "score": _round(score),
        "text": item.text if len(item.text) <= 300 else item.text[:299] + "…",
        "evidence": [
            f"{m.subcategory}: {m.text} ({m.weight:g})" for m in evidence if m.dimension == dimension
        ],
        "gold": [f"{label}: {item.text[a:b]}" for a, b, label in item.gold][:5],
    }


def _peers(items: Sequence[Item], dimensions: Sequence[str]) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for peer in available_peers():
        scored = [d for d in dimensions if d in peer.dimensions]
        if not scored:
            continue
        report[peer.name] = {"description": peer.description}
        for dimension in scored:
            rows = [item for item in items if dimension in item.labels]
            labels = [item.labels[dimension] for item in rows]
            scores = [peer.score(item.text, dimension) for item in rows]
            counts = classification(labels, [s > 0 for s in scores])
            report[peer.name][dimension] = {
                "roc_auc": _round(roc_auc(labels, scores)),
                "pr_auc": _round(average_precision(labels, scores)),
                "f1_at_any": _round(counts["f1"]),
            }
    return report


def _round(value: float | int | None) -> float | int | None:
    if value is None or isinstance(value, int):
        return value
    return round(value, 4)
