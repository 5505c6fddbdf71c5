from pathlib import Path

import pytest
from conftest import SHARED_DATA
from item_checks import at, check_spans, marked

from framing import InputError
from framing.evaluation.items import describe
from framing.evaluation.semeval2023 import load_semeval2023

ARTICLE_2023 = (
    "\ufeffPlague could return\n\nIt may come back, officials fear.\n\n\ufeff\n\nRats spread it.\r\n"
)
# Paragraphs are the article's lines: 1 (title, with a byte-order mark), 3, 5 (only a mark), 7 (CRLF).
TEMPLATE_2023 = [
    ("1", "\ufeffPlague could return"),
    ("3", "It may come back, officials fear."),
    ("5", "\ufeff"),
    ("7", "Rats spread it.\r"),
]
LABELS_2023 = [("1", "Appeal_to_Fear-Prejudice"), ("3", "Doubt,Loaded_Language"), ("5", ""), ("7", "")]


def write_semeval2023(root: Path, split: str = "train", labels: bool = True, spans: bool = False) -> Path:
    root.mkdir(exist_ok=True)
    lines = [f"9\t{line}\t{text}\n" for line, text in TEMPLATE_2023]
    (root / f"{split}-labels-subtask-3.template").write_text("".join(lines), encoding="utf-8", newline="")
    if labels:
        rows = [f"9\t{line}\t{techniques}\n" for line, techniques in LABELS_2023]
        rows.insert(0, "8\t1\tDoubt\n")
        (root / f"{split}-labels-subtask-3.txt").write_text("".join(rows), encoding="utf-8")
        template = root / f"{split}-labels-subtask-3.template"
        template.write_text(
            "8\t1\tPerhaps.\n" + template.read_text(encoding="utf-8"), encoding="utf-8", newline=""
        )
    if spans:
        (root / f"{split}-articles-subtask-3").mkdir()
        (root / f"{split}-articles-subtask-3" / "article9.txt").write_text(
            ARTICLE_2023, encoding="utf-8", newline=""
        )
        (root / f"{split}-articles-subtask-3" / "article8.txt").write_text("Perhaps.\n", encoding="utf-8")
        (root / f"{split}-labels-subtask-3-spans").mkdir()
        title, fear, may = (
            at(ARTICLE_2023, "Plague could"),
            at(ARTICLE_2023, "fear.\n\n"),
            at(ARTICLE_2023, "may"),
        )
        span_lines = [f"9\tAppeal_to_Fear-Prejudice\t{title[0]}\t{title[1]}", f"9\tDoubt\t{may[0]}\t{may[1]}"]
        span_lines.append(f"9\tLoaded_Language\t{fear[0]}\t{fear[1]}")
        (root / f"{split}-labels-subtask-3-spans" / "article9-labels-subtask-3.txt").write_text(
            "\n".join(span_lines) + "\n", encoding="utf-8"
        )
        (root / f"{split}-labels-subtask-3-spans" / "article8-labels-subtask-3.txt").write_text(
            "8\tDoubt\t0\t7\n", encoding="utf-8"
        )
    return root


def test_semeval2023_reads_paragraphs_with_technique_labels(tmp_path):
    items = load_semeval2023(write_semeval2023(tmp_path / "task3"))
    # The paragraph of only a byte-order mark is skipped; the mark and the CR are cut from texts.
    assert [(i.id, i.doc_id, i.text) for i in items] == [
        ("8:1", "8", "Perhaps."),
        ("9:1", "9", "Plague could return"),
        ("9:3", "9", "It may come back, officials fear."),
        ("9:7", "9", "Rats spread it."),
    ]
    assert [dict(i.labels) for i in items] == [
        {"threat": 0, "hedging": 1},
        {"threat": 1, "hedging": 0},
        {"threat": 0, "hedging": 1},
        {"threat": 0, "hedging": 0},
    ]
    assert [i.category for i in items] == ["Doubt", "Appeal_to_Fear-Prejudice", "Doubt,Loaded_Language", ""]
    assert all(i.gold == () for i in items)


def test_semeval2023_span_files_give_gold_spans_cut_to_the_paragraph(tmp_path):
    items = {i.id: i for i in load_semeval2023(write_semeval2023(tmp_path / "task3", spans=True))}
    assert marked(items["9:1"]) == [("Plague could", "Appeal_to_Fear-Prejudice")]
    # The Loaded_Language span runs past the line end: it is cut at the paragraph's last character.
    assert marked(items["9:3"]) == [("may", "Doubt"), ("fear.", "Loaded_Language")]
    assert marked(items["8:1"]) == [("Perhaps", "Doubt")]
    assert items["9:7"].gold == ()


def test_semeval2023_split_rules(tmp_path):
    root = write_semeval2023(tmp_path / "task3")
    write_semeval2023(root, split="test", labels=False)
    with pytest.raises(
        InputError,
        match=r"test-labels-subtask-3.txt: no such file; the test split has texts but its labels are missing",
    ):
        load_semeval2023(root, split="test")
    with pytest.raises(InputError, match=r"unknown split 'dev'; splits in .*task3: test, train$"):
        load_semeval2023(root, split="dev")
    with pytest.raises(InputError, match="no such folder; pass the SemEval-2023"):
        load_semeval2023(root / "train-labels-subtask-3.txt")


def test_semeval2023_malformed_and_mismatched_lines(tmp_path):
    root = write_semeval2023(tmp_path / "task3")
    labels = root / "train-labels-subtask-3.txt"
    good = labels.read_text(encoding="utf-8")
    labels.write_text(good + "9\tseven\tDoubt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"train-labels-subtask-3.txt:6: expected 'article id<tab>line<tab>"):
        load_semeval2023(root)
    labels.write_text(good + "9\t11\tDoubt\n", encoding="utf-8")
    with pytest.raises(
        InputError,
        match=r"train-labels-subtask-3.txt:6: paragraph 9:11 is not in train-labels-subtask-3.template",
    ):
        load_semeval2023(root)
    labels.write_text(good.replace("9\t3\tDoubt,Loaded_Language\n", ""), encoding="utf-8")
    with pytest.raises(
        InputError, match=r"template:3: paragraph 9:3 has no line in train-labels-subtask-3.txt"
    ):
        load_semeval2023(root)
    labels.write_text(good + "8\t1\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"subtask-3.txt:6: paragraph 8:1 is already on line 1"):
        load_semeval2023(root)


# --- the real corpus (skipped when ../shared/data is absent) ---------------------------------------------


@pytest.mark.skipif(
    not (SHARED_DATA / "semeval2023_task3_en").is_dir(), reason="no ../shared/data/semeval2023_task3_en"
)
def test_real_semeval2023_train():
    root = SHARED_DATA / "semeval2023_task3_en"
    items = load_semeval2023(root)
    counts = describe(items)
    # 9,498 paragraphs in the template, 8 of them only a byte-order mark.
    assert (counts["items"], counts["documents"]) == (9_490, 446)
    assert counts["positives"] == {"hedging": 518, "threat": 310}
    assert sum(1 for i in items if i.category) == 3_760
    check_spans(items)
    # The span files agree with the paragraph labels.
    assert all(i.labels["hedging"] == any(g[2] == "Doubt" for g in i.gold) for i in items)
    with pytest.raises(InputError, match="labels are missing"):
        load_semeval2023(root, split="test")
