"""Scores of a prediction against gold labels: precision, recall and F1 with their counts, ROC-AUC, PR-AUC.

Every score that rests on counts returns the counts with it, so a reader can rebuild the score.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


def precision_recall_f1(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts, with the counts.

    Args:
        tp: True positives.
        fp: False positives.
        fn: False negatives.

    Returns:
        ``precision``, ``recall``, ``f1`` (in [0, 1], 0/0 counted as 0.0), then ``tp``, ``fp``, ``fn``.
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def classification(labels: Sequence[int], predicted: Sequence[bool]) -> dict[str, float | int]:
    """Precision, recall, F1 and counts of a 0/1 prediction (see :func:`precision_recall_f1`)."""
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if p and not y)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    return precision_recall_f1(tp, fp, fn)


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the ROC curve (Mann–Whitney, ties counted half); None when one class is missing."""
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the precision–recall curve as average precision; tied scores enter together."""
    positives = sum(labels)
    if not positives:
        return None
    by_score: dict[float, list[int]] = defaultdict(list)
    for y, s in zip(labels, scores, strict=True):
        by_score[s].append(y)
    true_positives = seen = 0
    area = 0.0
    for score in sorted(by_score, reverse=True):
        group = by_score[score]
        gained = sum(group)
        true_positives += gained
        seen += len(group)
        area += gained / positives * (true_positives / seen)
    return area
