import pytest

from framing.evaluation.agreement import agreement, cohen_kappa


def test_kappa_known_values():
    assert cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == 1.0
    # Textbook example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> kappa 0.4
    a = [1] * 25 + [0] * 25
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa([1, 1], [1, 1]) is None
    with pytest.raises(ValueError):
        cohen_kappa([1], [1, 0])


def test_weighted_kappa_penalises_far_disagreements_more():
    near = cohen_kappa([0, 1, 2, 2, 0, 1], [0, 2, 2, 1, 0, 1], weighted=True)
    far = cohen_kappa([0, 1, 2, 2, 0, 1], [2, 1, 0, 2, 0, 1], weighted=True)
    assert near > far


def test_agreement_per_dimension():
    first = {"s1": {"threat": 2, "hedging": 0}, "s2": {"threat": 0, "hedging": 1}, "s3": {"threat": 1}}
    second = {"s1": {"threat": 1, "hedging": 0}, "s2": {"threat": 0, "hedging": 0}, "s4": {"threat": 2}}
    report = agreement(first, second)
    assert report["threat"]["n"] == 2 and report["threat"]["agreement"] == 1.0
    assert report["hedging"]["agreement"] == 0.5
