"""Resampling statistics for comparisons: bootstrap intervals, permutation tests, Holm's adjustment.

Pure functions of numpy arrays and an explicit random generator, so a seed reproduces every number.
Resamples are drawn in batches of a few million cells, so memory does not grow with the group size.

Scores take few distinct values (0, 0.5, 1, 1.5 ...), so a resample of one dimension is drawn as counts
of its distinct values: a resample with replacement is a multinomial draw and a random split of the
pooled groups a multivariate hypergeometric one. Both have exactly the distribution of drawing
sentence by sentence, at a cost that grows with the distinct values instead of the sentences.
"""

from __future__ import annotations

import math
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

    (values_x, counts_x), (values_y, counts_y) = _distinct(x), _distinct(y)
    diffs = []
    for size in _batches(len(values_x) + len(values_y), n_resamples):
        mean_x = rng.multinomial(len(x), counts_x / len(x), size=size) @ values_x / len(x)
        mean_y = rng.multinomial(len(y), counts_y / len(y), size=size) @ values_y / len(y)
        diffs.append(mean_x - mean_y)
    stacked = np.concatenate(diffs)
    tail = (1 - CONFIDENCE) / 2 * 100
    return float(np.percentile(stacked, tail)), float(np.percentile(stacked, 100 - tail))


def permutation_p(x: np.ndarray, y: np.ndarray, n_permutations: int, rng: np.random.Generator) -> float:
    """Two-sided permutation p-value of ``mean(x) - mean(y)``: (exceedances + 1) / (permutations + 1)."""
    import numpy as np

    pooled = np.concatenate([x, y])
    values, counts = _distinct(pooled)
    total, n_x, n_y = pooled.sum(), len(x), len(y)
    observed = abs(x.mean() - y.mean())
    # Mostly distinct values (scores other than framing's): shuffling the sentences is cheaper.
    shuffle = len(values) > len(pooled) // 4
    exceed = 0
    for size in _batches(len(pooled) if shuffle else len(values), n_permutations):
        if shuffle:
            first = rng.permuted(np.broadcast_to(pooled, (size, len(pooled))), axis=1)[:, :n_x].sum(axis=1)
        else:  # the x side of a random split: how many of each distinct value it takes
            first = rng.multivariate_hypergeometric(counts, n_x, size=size) @ values
        diff = np.abs(first / n_x - (total - first) / n_y)
        # A tolerance so that float noise does not count an equal difference as smaller.
        exceed += int((diff >= observed - 1e-9).sum())
    return (exceed + 1) / (n_permutations + 1)


def permutations_for_holm(n_tests: int, n_permutations: int, alpha: float, cap: int) -> int:
    """Permutations that let Holm over ``n_tests`` reach ``alpha / 4`` (at most ``cap``); 0 if ``n_permutations`` do.

    The smallest permutation p is 1 / (permutations + 1), so the smallest Holm p is n_tests times that.
    """
    needed = min(cap, math.ceil(4 * n_tests / alpha))
    return needed if needed > n_permutations else 0


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values, in the input order."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [0.0] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a 1-d array and how often each occurs."""
    import numpy as np

    distinct, counts = np.unique(values, return_counts=True)
    return distinct, counts
