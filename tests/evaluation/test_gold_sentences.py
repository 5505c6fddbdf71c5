import json
from pathlib import Path

import pytest

from framing import InputError
from framing.evaluation.gold_sentences import load_gold


def write_gold(path: Path, records: list[object]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    return path


def test_gold_maps_the_three_point_scale_to_present_or_absent(tmp_path):
    path = write_gold(
        tmp_path / "gold.jsonl",
        [
            {"id": "s2", "doc_id": "b", "text": "Drones struck.", "labels": {"threat": 2, "hedging": 0}},
            "",
            {"id": "s1", "doc_id": "b", "text": "It may rain.", "labels": {"hedging": 1}, "annotator": "x"},
            {"id": "s0", "text": "All calm.", "labels": {"reassurance": 2}},
        ],
    )
    items = load_gold(path)
    # By document, then in file order; without doc_id an item is its own document.
    assert [(i.id, i.doc_id, dict(i.labels)) for i in items] == [
        ("s2", "b", {"threat": 1, "hedging": 0}),
        ("s1", "b", {"hedging": 1}),
        ("s0", "s0", {"reassurance": 1}),
    ]
    assert items[0].text == "Drones struck."


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('{"id": "x", "text": "t", "labels": {"threat": 1}', r"gold.jsonl:2: not JSON"),
        ("[1, 2]", r"gold.jsonl:2: a JSON list, expected an object"),
        ({"text": "t", "labels": {"threat": 1}}, r"gold.jsonl:2: 'id' must be a non-empty string"),
        (
            {"id": "x", "text": " ", "labels": {"threat": 1}},
            r"gold.jsonl:2: 'text' must be a non-empty string",
        ),
        ({"id": "x", "text": "t", "doc_id": 3, "labels": {"threat": 1}}, r"gold.jsonl:2: 'doc_id' must be"),
        ({"id": "x", "text": "t", "labels": {}}, r"gold.jsonl:2: 'labels' must be a non-empty object"),
        (
            {"id": "x", "text": "t", "labels": {"threat": 3}},
            r"gold.jsonl:2: label 'threat': 3 is not 0, 1 or 2",
        ),
        (
            {"id": "x", "text": "t", "labels": {"threat": True}},
            r"gold.jsonl:2: label 'threat': true is not 0, 1 or 2",
        ),
        ({"id": "x", "text": "t", "labels": {"threat": 1.0}}, r"gold.jsonl:2: label 'threat': 1.0 is not"),
        (
            {"id": "a", "text": "t", "labels": {"threat": 1}},
            r"gold.jsonl:2: id 'a' is already used at .*gold.jsonl:1",
        ),
    ],
)
def test_gold_bad_lines_name_file_and_line(tmp_path, record, message):
    path = write_gold(tmp_path / "gold.jsonl", [{"id": "a", "text": "ok", "labels": {"threat": 0}}, record])
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_gold_folder_and_split(tmp_path):
    write_gold(tmp_path / "pilot.jsonl", [{"id": "p1", "text": "a", "labels": {"threat": 1}}])
    write_gold(tmp_path / "main.jsonl", [{"id": "m1", "text": "b", "labels": {"threat": 0}}])
    assert [i.id for i in load_gold(tmp_path)] == ["m1", "p1"]
    assert [i.id for i in load_gold(tmp_path, split="pilot")] == ["p1"]
    with pytest.raises(InputError, match=r"unknown split 'dev'; splits in .*: all, main, pilot$"):
        load_gold(tmp_path, split="dev")
