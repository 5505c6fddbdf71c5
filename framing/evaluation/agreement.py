"""Agreement between two annotators of a gold set (labels 0/1/2 per dimension, as in ANNOTATION.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


def cohen_kappa(a: Sequence[int], b: Sequence[int], *, weighted: bool = False) -> float | None:
    """Cohen's kappa of two label sequences; ``weighted`` uses linear weights for the ordinal 0/1/2 scale.

    Returns None when it is undefined (no items, or both annotators used one label only and agree).
    """
    if len(a) != len(b):
        raise ValueError("the two annotators must label the same items")
    if not a:
        return None
    labels = sorted(set(a) | set(b))
    span = (max(labels) - min(labels)) or 1

    def disagreement(x: int, y: int) -> float:
        return abs(x - y) / span if weighted else float(x != y)

    observed = sum(disagreement(x, y) for x, y in zip(a, b, strict=True)) / len(a)
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[x] * count_b[y] * disagreement(x, y) for x in labels for y in labels) / (
        len(a) * len(a)
    )
    if expected == 0:
        return None
    return 1 - observed / expected


def agreement(
    first: Mapping[str, Mapping[str, int]], second: Mapping[str, Mapping[str, int]]
) -> dict[str, dict[str, float | int | None]]:
    """Per dimension: items both labelled, raw agreement, Cohen's kappa (presence) and weighted kappa (0/1/2).

    Args:
        first: Item id -> dimension -> label (0, 1 or 2) of one annotator.
        second: The same for the other annotator.
    """
    shared = sorted(set(first) & set(second))
    dimensions = sorted({d for i in shared for d in first[i]} & {d for i in shared for d in second[i]})
    report: dict[str, dict[str, float | int | None]] = {}
    for dimension in dimensions:
        ids = [i for i in shared if dimension in first[i] and dimension in second[i]]
        a = [first[i][dimension] for i in ids]
        b = [second[i][dimension] for i in ids]
        present_a = [int(x > 0) for x in a]
        present_b = [int(x > 0) for x in b]
        report[dimension] = {
            "n": len(ids),
            "agreement": round(sum(x == y for x, y in zip(present_a, present_b, strict=True)) / len(ids), 4)
            if ids
            else None,
            "kappa": _round(cohen_kappa(present_a, present_b)),
            "weighted_kappa": _round(cohen_kappa(a, b, weighted=True)),
        }
    return report


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
