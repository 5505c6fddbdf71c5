import pytest

from framing import InputError
from framing.errors import UnknownNameError
from framing.evaluation import datasets, items, metrics, validity
from framing.evaluation.datasets import LOADERS


def test_loaders_by_name():
    assert set(LOADERS) == {"szeged", "semeval2023", "ptc2020", "crisislex", "gold"}


@pytest.mark.parametrize("name", ["szeged", "semeval2023", "ptc2020", "crisislex", "gold"])
def test_every_loader_says_when_the_path_is_missing(tmp_path, name):
    with pytest.raises(InputError, match="no such"):
        LOADERS[name](tmp_path / "absent")


@pytest.mark.parametrize("name", ["szeged", "semeval2023", "ptc2020", "crisislex", "gold"])
def test_every_loader_rejects_an_unknown_part_before_reading(tmp_path, name):
    with pytest.raises(UnknownNameError):
        LOADERS[name](tmp_path / "absent", part="dev")


def test_the_public_names_stay_importable_from_datasets_and_validity():
    # Callers (and docs) import these from datasets and validity, where they lived before the split.
    for name in items.__all__:
        assert getattr(datasets, name) is getattr(items, name)
    assert set(datasets.__all__) <= set(dir(datasets))
    for name in ("roc_auc", "average_precision", "classification"):
        assert getattr(validity, name) is getattr(metrics, name)
