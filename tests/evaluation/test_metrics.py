import pytest

from framing.evaluation.metrics import average_precision, classification, precision_recall_f1, roc_auc


def test_roc_auc_known_cases():
    assert roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert roc_auc([0, 1, 0, 1], [1, 1, 1, 1]) == 0.5  # ties count half
    assert roc_auc([0, 1, 1], [0.1, 0.3, 0.2]) == 1.0
    assert roc_auc([1, 1], [0.1, 0.2]) is None


def test_average_precision_known_cases():
    assert average_precision([1, 0], [0.9, 0.1]) == 1.0
    assert average_precision([0, 1], [0.9, 0.1]) == pytest.approx(0.5)
    assert average_precision([0, 0], [0.9, 0.1]) is None


def test_classification_counts():
    result = classification([1, 1, 0, 0], [True, False, True, False])
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 1)
    assert result["f1"] == pytest.approx(0.5)


def test_precision_recall_f1_carries_its_counts_and_counts_zero_over_zero_as_zero():
    result = precision_recall_f1(3, 1, 2)
    assert list(result) == ["precision", "recall", "f1", "tp", "fp", "fn"]
    assert (result["tp"], result["fp"], result["fn"]) == (3, 1, 2)
    # The score is rebuilt from the counts it carries.
    assert result["precision"] == 3 / 4 and result["recall"] == 3 / 5
    assert result["f1"] == pytest.approx(2 * 3 / (2 * 3 + 1 + 2))
    assert precision_recall_f1(0, 0, 0) == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }
    assert classification([1, 0, 1], [True, True, False]) == precision_recall_f1(1, 1, 1)
