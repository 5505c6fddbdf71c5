from pathlib import Path

import pytest
from conftest import SHARED_DATA
from item_checks import at, check_spans, marked

from framing import InputError
from framing.evaluation.items import describe
from framing.evaluation.ptc2020 import load_ptc2020

ARTICLE_2020 = "\ufeffThey lie\n\nThey may be lying.\nFear the invaders, they will destroy us.\n\ufeff\n"


def write_ptc(root: Path, labels: list[str] | None = None) -> Path:
    (root / "train-articles").mkdir(parents=True)
    (root / "train-labels-task2-technique-classification").mkdir()
    (root / "dev-articles").mkdir()
    (root / "dev-articles" / "article5.txt").write_text("Unlabelled.\n", encoding="utf-8")
    (root / "train-articles" / "article7.txt").write_text(ARTICLE_2020, encoding="utf-8")
    (root / "train-articles" / "article6.txt").write_text("Calm.\n", encoding="utf-8")
    if labels is None:
        may, fear = at(ARTICLE_2020, "may be lying"), at(ARTICLE_2020, "lying.\nFear the invaders")
        title = at(ARTICLE_2020, "They lie")
        labels = [
            f"7\tDoubt\t{may[0]}\t{may[1]}",
            f"7\tAppeal_to_fear-prejudice\t{fear[0]}\t{fear[1]}",
            f"7\tName_Calling,Labeling\t{title[0]}\t{title[1]}",
        ]
    folder = root / "train-labels-task2-technique-classification"
    (folder / "article7.task2-TC.labels").write_text("\n".join(labels) + "\n", encoding="utf-8")
    (folder / "article6.task2-TC.labels").write_text("", encoding="utf-8")
    return root


def test_ptc2020_reads_lines_with_spans_shifted_to_the_line(tmp_path):
    items = load_ptc2020(write_ptc(tmp_path / "ptc"))
    assert [(i.id, i.text) for i in items] == [
        ("6:1", "Calm."),
        ("7:1", "They lie"),
        ("7:3", "They may be lying."),
        ("7:4", "Fear the invaders, they will destroy us."),
    ]
    calm, title, doubt, fear = items
    assert calm.labels == {"threat": 0, "hedging": 0}
    assert (title.gold, title.category) == (((0, 8, "Name_Calling,Labeling"),), "Name_Calling,Labeling")
    assert title.labels == {"threat": 0, "hedging": 0}
    # The fear span starts on line 3 and ends on line 4: both lines overlap it.
    assert marked(doubt) == [("may be lying", "Doubt"), ("lying.", "Appeal_to_fear-prejudice")]
    assert doubt.labels == {"threat": 1, "hedging": 1}
    assert doubt.category == "Appeal_to_fear-prejudice|Doubt"
    assert marked(fear) == [("Fear the invaders", "Appeal_to_fear-prejudice")]
    assert fear.labels == {"threat": 1, "hedging": 0}


def test_ptc2020_split_rules(tmp_path):
    root = write_ptc(tmp_path / "ptc")
    with pytest.raises(
        InputError, match=r"technique-classification: no such folder; the dev split is unlabelled"
    ):
        load_ptc2020(root, split="dev")
    with pytest.raises(InputError, match=r"unknown split 'test'; splits in .*ptc: dev, train$"):
        load_ptc2020(root, split="test")
    (root / "train-labels-task2-technique-classification" / "article6.task2-TC.labels").unlink()
    with pytest.raises(InputError, match=r"article6.txt has no label file"):
        load_ptc2020(root)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("7\tDoubt\t5", r"article7.task2-TC.labels:2: expected 'article id<tab>technique<tab>start<tab>end'"),
        ("7\tDoubt\tfive\t9", r"article7.task2-TC.labels:2: expected"),
        ("8\tDoubt\t1\t2", r"article7.task2-TC.labels:2: article id '8', but the file is for '7'"),
        ("7\tDoubt\t10\t999", r"article7.task2-TC.labels:2: span 10-999 is empty or outside article7.txt"),
    ],
)
def test_ptc2020_bad_label_lines_name_file_and_line(tmp_path, line, message):
    root = write_ptc(tmp_path / "ptc", labels=["7\tDoubt\t1\t4", line])
    with pytest.raises(InputError, match=message):
        load_ptc2020(root)


# --- the real corpus (skipped when ../shared/data is absent) ---------------------------------------------


@pytest.mark.skipif(
    not (SHARED_DATA / "semeval2020_task11_ptc").is_dir(), reason="no ../shared/data/semeval2020_task11_ptc"
)
def test_real_ptc2020_train():
    root = SHARED_DATA / "semeval2020_task11_ptc"
    items = load_ptc2020(root)
    counts = describe(items)
    assert counts["documents"] == 371
    assert 16_000 < counts["items"] < 17_000
    assert 500 < counts["positives"]["hedging"] < 700
    assert 300 < counts["positives"]["threat"] < 400
    check_spans(items)
    assert not any(i.text.startswith("\ufeff") for i in items)
    with pytest.raises(InputError, match="the dev split is unlabelled"):
        load_ptc2020(root, split="dev")
