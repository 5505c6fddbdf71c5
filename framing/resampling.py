"""Resampling statistics for comparisons: bootstrap intervals, permutation tests, Holm's adjustment.

Pure functions of numpy arrays and an explicit random generator, so a seed reproduces every number.
Resamples are drawn in batches of a few million cells, so memory does not grow with the group size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

CONFIDENCE = 0.95
"""Coverage of the percentile bootstrap intervals."""


def _batches(n_rows: int, total: int) -> list[int]:
    # Keep each batch of resampled indices around a few million cells, whatever the group size.
    size = max(1, 2_000_000 // max(n_rows, 1))
    return [min(size, total - start) for start in range(0, total, size)]


def bootstrap_means(
    scores: np.ndarray, n_resamples: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval of each column's mean of ``scores`` (rows are sentences)."""
    import numpy as np

    n = len(scores)
    means = []
    for size in _batches(n, n_resamples):
        index = rng.integers(0, n, size=(size, n))
        means.append(scores[index].mean(axis=1))
    stacked = np.concatenate(means)
    tail = (1 - CONFIDENCE) / 2 * 100
    return np.percentile(stacked, tail, axis=0), np.percentile(stacked, 100 - tail, axis=0)


def bootstrap_difference(
    x: np.ndarray, y: np.ndarray, n_resamples: int, rng: np.random.Generator
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``mean(x) - mean(y)``, each group resampled on its own."""
    import numpy as np

    diffs = []
    for size in _batches(len(x) + len(y), n_resamples):
        mean_x = x[rng.integers(0, len(x), size=(size, len(x)))].mean(axis=1)
        mean_y = y[rng.integers(0, len(y), size=(size, len(y)))].mean(axis=1)
        diffs.append(mean_x - mean_y)
    stacked = np.concatenate(diffs)
    tail = (1 - CONFIDENCE) / 2 * 100
    return float(np.percentile(stacked, tail)), float(np.percentile(stacked, 100 - tail))


def permutation_p(x: np.ndarray, y: np.ndarray, n_permutations: int, rng: np.random.Generator) -> float:
    """Two-sided permutation p-value of ``mean(x) - mean(y)``: (exceedances + 1) / (permutations + 1)."""
    import numpy as np

    pooled = np.concatenate([x, y])
    observed = abs(x.mean() - y.mean())
    exceed = 0
    for size in _batches(len(pooled), n_permutations):
        order = np.argsort(rng.random((size, len(pooled))), axis=1)
        shuffled = pooled[order]
        diff = np.abs(shuffled[:, : len(x)].mean(axis=1) - shuffled[:, len(x) :].mean(axis=1))
        # A tolerance so that float noise does not count an equal difference as smaller.
        exceed += int((diff >= observed - 1e-12).sum())
    return (exceed + 1) / (n_permutations + 1)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values, in the input order."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [0.0] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted
