from pathlib import Path

import pytest
from conftest import SHARED_DATA

from framing import InputError
from framing.evaluation.crisislex import load_crisislex
from framing.evaluation.items import describe, part_of

CRISIS_HEADER = "\ufeffTweet ID,  Tweet  Text , Information Source, Information Type ,Informativeness\n"
CRISIS_ROWS = [
    '"300","Stay indoors &amp; away from windows",Government,Caution and advice,Related and informative',
    '"100","Praying for everyone, stay strong",Outsiders,Sympathy and support,Related - but not informative',
    '"200","Buy cheap, now\nhttp://spam",Not labeled,Not labeled,Not related',
    '"400","Roads closed",Media,Infrastructure and utilities,Related and informative',
    '"500","lol",Not applicable,Not applicable,Not applicable',
]


def write_crisislex(root: Path, rows: list[str] | None = None, header: str = CRISIS_HEADER) -> Path:
    for event in ("2013_Flood", "2012_Fire"):
        folder = root / event
        folder.mkdir(parents=True)
        body = header + "\n".join(rows if rows is not None else CRISIS_ROWS) + "\n"
        (folder / f"{event}-tweets_labeled.csv").write_text(body, encoding="utf-8")
        (folder / "README.md").write_text("not read", encoding="utf-8")
    return root


def test_crisislex_reads_labelled_tweets_with_the_event_as_document(tmp_path):
    items = load_crisislex(write_crisislex(tmp_path / "t26"))
    # Not labeled / Not applicable are skipped; sorted by event, then tweet ID.
    assert [i.id for i in items] == [
        "2012_Fire:100",
        "2012_Fire:300",
        "2012_Fire:400",
        "2013_Flood:100",
        "2013_Flood:300",
        "2013_Flood:400",
    ]
    sympathy, caution, roads = items[:3]
    assert sympathy.doc_id == "2012_Fire"
    assert (sympathy.text, dict(sympathy.labels)) == (
        "Praying for everyone, stay strong",
        {"threat": 0, "reassurance": 1},
    )
    assert (caution.text, dict(caution.labels)) == (
        "Stay indoors & away from windows",
        {"threat": 1, "reassurance": 0},
    )
    assert caution.category == "Caution and advice"
    assert (roads.labels, roads.category) == ({"threat": 0, "reassurance": 0}, "Infrastructure and utilities")
    assert [i.id for i in load_crisislex(tmp_path / "t26", split="2013_Flood")] == [
        "2013_Flood:100",
        "2013_Flood:300",
        "2013_Flood:400",
    ]
    # One event's folder is a corpus of one event.
    assert len(load_crisislex(tmp_path / "t26" / "2012_Fire")) == 3
    heldout = load_crisislex(tmp_path / "t26", part="heldout")
    assert all(part_of(i.doc_id) == "heldout" for i in heldout)


def test_crisislex_split_and_column_errors(tmp_path):
    root = write_crisislex(tmp_path / "t26")
    with pytest.raises(
        InputError, match=r"unknown split 'train'; splits in .*t26: all, 2012_Fire, 2013_Flood$"
    ):
        load_crisislex(root, split="train")
    other = write_crisislex(
        tmp_path / "other", header="id,text,label\n", rows=['"1","hello",Caution and advice']
    )
    with pytest.raises(
        InputError, match=r"2012_Fire-tweets_labeled.csv:1: no 'tweet id' column \(columns: id, text, label\)"
    ):
        load_crisislex(other)
    with pytest.raises(InputError, match=r"no \*/\*-tweets_labeled.csv"):
        load_crisislex(tmp_path)


def test_crisislex_malformed_rows_name_the_line_a_record_starts_on(tmp_path):
    # Row 3 of the file (after the header and a two-line tweet) has a field too many.
    rows = [
        CRISIS_ROWS[2],
        '"600","Evacuate now",Government,Caution and advice,Related and informative,extra',
    ]
    root = write_crisislex(tmp_path / "t26", rows=rows)
    with pytest.raises(InputError, match=r"2012_Fire-tweets_labeled.csv:4: 6 fields, the header has 5"):
        load_crisislex(root)


def test_crisislex_non_utf8_file(tmp_path):
    root = write_crisislex(tmp_path / "t26")
    path = root / "2012_Fire" / "2012_Fire-tweets_labeled.csv"
    path.write_bytes(
        CRISIS_HEADER.encode("utf-8") + '"1","caf\u00e9",Media,Caution and advice,x\n'.encode("cp1252")
    )
    with pytest.raises(InputError, match=r"2012_Fire-tweets_labeled.csv: not UTF-8 \(byte 0xe9"):
        load_crisislex(root)


# --- the real corpus (skipped when ../shared/data is absent) ---------------------------------------------


@pytest.mark.skipif(not (SHARED_DATA / "crisislex_t26").is_dir(), reason="no ../shared/data/crisislex_t26")
def test_real_crisislex():
    items = load_crisislex(SHARED_DATA / "crisislex_t26")
    counts = describe(items)
    # 27,933 labelled tweets, 4,557 of them Not labeled / Not applicable.
    assert (counts["items"], counts["documents"]) == (23_376, 26)
    assert counts["positives"] == {"reassurance": 4_650, "threat": 2_306}
    # One pass undoes Twitter's escaping; 3 tweets were escaped twice ("&amp;amp;") and keep one "&amp;".
    assert sum("&amp;" in i.text for i in items) == 3
    assert sum("&" in i.text for i in items) > 800
