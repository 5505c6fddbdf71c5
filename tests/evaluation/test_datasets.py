import hashlib
import json
from pathlib import Path

import pytest

from framing import InputError
from framing.errors import UnknownNameError
from framing.evaluation.datasets import (
    HELDOUT_PERCENT,
    LOADERS,
    PARTS,
    Item,
    describe,
    load_crisislex,
    load_gold,
    load_ptc2020,
    load_semeval2023,
    load_szeged,
    part_of,
    select,
)

# Research data lives next to the repository, never in it (see README).
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def marked(item: Item) -> list[tuple[str, str]]:
    """What each gold span covers, so offsets are checked against the text itself."""
    return [(item.text[start:end], label) for start, end, label in item.gold]


# --- parts -----------------------------------------------------------------------------------------------


def test_part_of_is_the_documented_hash_rule_and_about_a_fifth_heldout():
    ids = [f"doc-{n}" for n in range(10_000)]
    parts = [part_of(i) for i in ids]
    for doc_id, part in zip(ids, parts, strict=True):
        value = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:16], 16)
        assert part == ("heldout" if value % 100 < HELDOUT_PERCENT else "tune")
    assert parts == [part_of(i) for i in ids]
    assert set(parts) == {"tune", "heldout"}
    assert 0.18 < parts.count("heldout") / len(parts) < 0.22


def test_select_keeps_whole_documents_and_rejects_unknown_parts():
    items = [
        Item(f"{d}:{n}", d, "x", {"threat": 0}) for d in ("a", "b", "c", "d", "e", "f") for n in range(3)
    ]
    assert select(items, "all") == items
    tune, heldout = select(items, "tune"), select(items, "heldout")
    assert len(tune) + len(heldout) == len(items)
    assert {i.doc_id for i in tune}.isdisjoint({i.doc_id for i in heldout})
    assert all(part_of(i.doc_id) == "heldout" for i in heldout)
    with pytest.raises(UnknownNameError, match="unknown part 'test'; valid parts are: all, heldout, tune"):
        select(items, "test")


def test_describe_counts_items_documents_and_positives_per_part():
    items = [
        Item("a:1", "a", "x", {"threat": 1, "hedging": 0}, gold=((0, 1, "t"),)),
        Item("a:2", "a", "y", {"threat": 0}),
        Item("b:1", "b", "z", {"threat": 1, "hedging": 1}),
    ]
    counts = describe(items)
    assert counts["items"] == 3
    assert counts["documents"] == 2
    assert counts["with_gold"] == 1
    assert counts["labelled"] == {"hedging": 2, "threat": 3}
    assert counts["positives"] == {"hedging": 1, "threat": 2}
    parts = counts["parts"]
    assert set(parts) == set(PARTS[1:])
    assert parts["tune"]["items"] + parts["heldout"]["items"] == 3
    assert parts["tune"]["positives"]["threat"] + parts["heldout"]["positives"]["threat"] == 2


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


# --- Szeged ----------------------------------------------------------------------------------------------

SZEGED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE Annotation PUBLIC "-//Uncertainty//DTD  SCOPE ANNOTATION 1.0//EN" "Uncertainty.dtd">
<Annotation><DocumentSet>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Beta_2</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">Beta</Sentence></DocumentPart>
<DocumentPart type="Text"><Sentence id="S1.2">It <ccue type="speculation_modal_probable_">may </ccue>rain, <ccue type="speculation_hypo_doxastic _">critics say</ccue>; it <ccue type="speculation_modal_probable_">may</ccue> not.</Sentence><Sentence id="S1.3">\u00a0</Sentence><Sentence id="S1.4">Tom &amp; Jerry left.</Sentence></DocumentPart>
</Document>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Alpha_1</DocID>
<DocumentPart type="Text"><Sentence id="S1.1"><ccue type="speculation_hypo_condition _">If</ccue> so, go.</Sentence></DocumentPart>
</Document>
</DocumentSet></Annotation>
"""


def test_szeged_reads_mixed_content_with_cue_offsets_into_the_text(tmp_path):
    path = tmp_path / "wiki.xml"
    path.write_text(SZEGED, encoding="utf-8")
    items = load_szeged(path)
    # Sorted by document ID, then in document order; the blank sentence (only a no-break space) is skipped.
    assert [i.id for i in items] == [
        "wiki:Alpha_1:S1.1",
        "wiki:Beta_2:S1.1",
        "wiki:Beta_2:S1.2",
        "wiki:Beta_2:S1.4",
    ]
    alpha, title, hedged, plain = items
    assert alpha.text == "If so, go."
    assert marked(alpha) == [("If", "speculation_hypo_condition_")]
    assert alpha.doc_id == "wiki:Alpha_1"
    assert hedged.text == "It may rain, critics say; it may not."
    assert hedged.labels == {"hedging": 1}
    assert hedged.gold == (
        (3, 6, "speculation_modal_probable_"),
        (13, 24, "speculation_hypo_doxastic_"),
        (29, 32, "speculation_modal_probable_"),
    )
    assert marked(hedged) == [
        ("may", "speculation_modal_probable_"),
        ("critics say", "speculation_hypo_doxastic_"),
        ("may", "speculation_modal_probable_"),
    ]
    assert hedged.category == "speculation_modal_probable_,speculation_hypo_doxastic_"
    assert (title.text, title.labels, title.gold, title.category) == ("Beta", {"hedging": 0}, (), "")
    assert plain.text == "Tom & Jerry left."
    assert plain.labels == {"hedging": 0}


def test_szeged_folder_reads_every_file_or_one_by_its_stem(tmp_path):
    (tmp_path / "wiki.xml").write_text(SZEGED, encoding="utf-8")
    (tmp_path / "news.xml").write_text(SZEGED.replace("Alpha_1", "Gamma_3"), encoding="utf-8")
    (tmp_path / "Uncertainty.dtd").write_text("<!-- not read -->", encoding="utf-8")
    everything = load_szeged(tmp_path)
    assert len(everything) == 8
    assert {i.doc_id for i in everything} == {"news:Gamma_3", "news:Beta_2", "wiki:Alpha_1", "wiki:Beta_2"}
    assert {i.doc_id for i in load_szeged(tmp_path, split="news")} == {"news:Beta_2", "news:Gamma_3"}
    with pytest.raises(InputError, match=r"unknown split 'bio'; splits in .*: all, news, wiki$"):
        load_szeged(tmp_path, split="bio")
    with pytest.raises(InputError, match=r"unknown split 'bio'; splits in .*wiki.xml: all, wiki$"):
        load_szeged(tmp_path / "wiki.xml", split="bio")


def test_szeged_parts_split_by_document(tmp_path):
    path = tmp_path / "wiki.xml"
    path.write_text(SZEGED, encoding="utf-8")
    items = load_szeged(path)
    for part in ("tune", "heldout"):
        assert load_szeged(path, part=part) == [i for i in items if part_of(i.doc_id) == part]


def test_szeged_errors_name_the_file_and_line(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<Annotation>\n<Document><DocID>x</DocID><Sentence id="S1">a</Document>\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"broken.xml:2:\d+: not well-formed XML \(mismatched tag\)"):
        load_szeged(broken)
    nameless = tmp_path / "nameless.xml"
    nameless.write_text(
        "<Annotation><Document><Sentence id='S1'>a</Sentence></Document></Annotation>", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"nameless\.xml: document 1 has no <DocID>"):
        load_szeged(nameless)
    other = tmp_path / "other.xml"
    other.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no <Document> element"):
        load_szeged(other)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"holds no \*.xml file"):
        load_szeged(empty)


# --- SemEval-2023 ----------------------------------------------------------------------------------------

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


# --- PTC 2020 --------------------------------------------------------------------------------------------

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


# --- CrisisLex -------------------------------------------------------------------------------------------

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


# --- gold JSONL ------------------------------------------------------------------------------------------


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


# --- the real corpora (skipped when ../shared/data is absent) --------------------------------------------


def check_spans(items: list[Item]) -> None:
    for item in items:
        assert all(0 <= start < end <= len(item.text) for start, end, _ in item.gold), item.id
    assert len({i.id for i in items}) == len(items)


@pytest.mark.skipif(not (DATA / "szeged_uncertainty").is_dir(), reason="no ../shared/data/szeged_uncertainty")
def test_real_szeged_wiki():
    items = load_szeged(DATA / "szeged_uncertainty" / "wiki.xml")
    counts = describe(items)
    assert (counts["items"], counts["documents"], counts["positives"]["hedging"]) == (20_748, 4_530, 2_606)
    assert 0.15 < counts["parts"]["heldout"]["documents"] / counts["documents"] < 0.25
    check_spans(items)
    assert sum(len(i.gold) for i in items) == 3_265
    assert {label for i in items for *_, label in i.gold} == {
        "speculation_modal_probable_",
        "speculation_hypo_doxastic_",
        "speculation_hypo_condition_",
        "speculation_hypo_investigation_",
    }
    assert load_szeged(DATA / "szeged_uncertainty", split="wiki") == items


@pytest.mark.skipif(
    not (DATA / "semeval2023_task3_en").is_dir(), reason="no ../shared/data/semeval2023_task3_en"
)
def test_real_semeval2023_train():
    root = DATA / "semeval2023_task3_en"
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


@pytest.mark.skipif(
    not (DATA / "semeval2020_task11_ptc").is_dir(), reason="no ../shared/data/semeval2020_task11_ptc"
)
def test_real_ptc2020_train():
    root = DATA / "semeval2020_task11_ptc"
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


@pytest.mark.skipif(not (DATA / "crisislex_t26").is_dir(), reason="no ../shared/data/crisislex_t26")
def test_real_crisislex():
    items = load_crisislex(DATA / "crisislex_t26")
    counts = describe(items)
    # 27,933 labelled tweets, 4,557 of them Not labeled / Not applicable.
    assert (counts["items"], counts["documents"]) == (23_376, 26)
    assert counts["positives"] == {"reassurance": 4_650, "threat": 2_306}
    # One pass undoes Twitter's escaping; 3 tweets were escaped twice ("&amp;amp;") and keep one "&amp;".
    assert sum("&amp;" in i.text for i in items) == 3
    assert sum("&" in i.text for i in items) > 800
