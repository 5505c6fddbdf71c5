"""Resampling statistics on cases whose answer is known without resampling."""

import numpy as np
import pytest

from framing.resampling import bootstrap_difference, bootstrap_means, holm, permutation_p


def test_holm_by_hand():
    # Sorted p: 0.01 (x3 = 0.03), 0.02 (x2 = 0.04), 0.04 (x1 = 0.04, kept monotone); back in input order.
    assert holm([0.04, 0.01, 0.02]) == pytest.approx([0.04, 0.03, 0.04])
    assert holm([0.5, 0.6]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_constant_groups_have_point_intervals_and_a_certain_difference():
    rng = np.random.default_rng(0)
    low, high = bootstrap_means(np.full((20, 2), 3.0), 200, rng)
    assert list(low) == [3.0, 3.0] and list(high) == [3.0, 3.0]
    assert bootstrap_difference(np.full(10, 2.0), np.full(10, 1.0), 200, rng) == (1.0, 1.0)


def test_permutation_p_is_small_for_separated_groups_and_one_for_equal_ones():
    rng = np.random.default_rng(1)
    assert permutation_p(np.zeros(15), np.ones(15), 999, rng) == pytest.approx(1 / 1000)
    assert permutation_p(np.ones(15), np.ones(15), 99, rng) == 1.0


def test_interval_covers_the_mean_and_narrows_with_more_data():
    rng = np.random.default_rng(2)
    small = rng.normal(size=(30, 1))
    large = rng.normal(size=(3000, 1))
    low_s, high_s = bootstrap_means(small, 500, rng)
    low_l, high_l = bootstrap_means(large, 500, rng)
    assert low_s[0] <= small.mean() <= high_s[0]
    assert (high_l - low_l)[0] < (high_s - low_s)[0]


def test_permutation_p_matches_the_exact_test_on_a_small_case():
    from itertools import combinations

    x, y = np.array([0.0, 1.0, 1.5, 2.0]), np.array([0.0, 0.0, 0.5, 1.0])
    pooled, observed = np.concatenate([x, y]), abs(x.mean() - y.mean())
    splits = list(combinations(range(8), 4))  # all 70 ways to choose the x side
    extreme = sum(
        abs(pooled[list(s)].mean() - np.delete(pooled, list(s)).mean()) >= observed - 1e-9 for s in splits
    )
    exact = extreme / len(splits)
    estimate = permutation_p(x, y, 40_000, np.random.default_rng(1))
    assert estimate == pytest.approx(exact, abs=0.01)
    # Distinct values take the other path (shuffling): the same exact answer.
    distinct_x, distinct_y = x + np.array([0.01, 0.02, 0.03, 0.04]), y + np.array([0.05, 0.06, 0.07, 0.08])
    pooled = np.concatenate([distinct_x, distinct_y])
    observed = abs(distinct_x.mean() - distinct_y.mean())
    exact = sum(
        abs(pooled[list(s)].mean() - np.delete(pooled, list(s)).mean()) >= observed - 1e-9 for s in splits
    ) / len(splits)
    assert permutation_p(distinct_x, distinct_y, 40_000, np.random.default_rng(2)) == pytest.approx(
        exact, abs=0.01
    )


def test_bootstrap_difference_matches_resampling_sentence_by_sentence():
    rng = np.random.default_rng(2)
    x, y = rng.choice([0.0, 0.5, 1.0, 2.0], 60), rng.choice([0.0, 1.0, 1.5], 40)
    naive = np.array([rng.choice(x, len(x)).mean() - rng.choice(y, len(y)).mean() for _ in range(20_000)])
    low, high = bootstrap_difference(x, y, 20_000, np.random.default_rng(3))
    assert low == pytest.approx(np.percentile(naive, 2.5), abs=0.03)
    assert high == pytest.approx(np.percentile(naive, 97.5), abs=0.03)
