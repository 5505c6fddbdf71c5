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
