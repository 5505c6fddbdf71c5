import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from framing import InputError
from framing.evaluation.polnear import (
    METRICS,
    GoldAttribution,
    GoldDocument,
    load_polnear,
    score_polnear,
    summary,
    trim,
)

# Research data lives next to the repository, never in it (see README).
POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear"

TEXT = 'The governor said that no one was injured. Police declined to comment. "We are safe," residents told reporters.\n'


@dataclass(frozen=True, slots=True)
class Predicted:
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def t_line(ident: str, label: str, *phrases: str, text: str = TEXT) -> str:
    spans = [at(p, text) for p in phrases]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{ident}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


# Two attributions: the governor's (source, cue, content) and the residents' quote.
ANN = "\n".join(
    [
        t_line("T1", "Source", "The governor"),
        t_line("T2", "Cue", "said"),
        t_line("T3", "Content", "that no one was injured"),
        t_line("T4", "Attribution", "said"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Content", '"We are safe,"'),
        t_line("T6", "Source", "residents"),
        t_line("T7", "Cue", "told"),
        t_line("T8", "Attribution", "told"),
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
        "",
    ]
)


def make_split(root, articles, split="dev", metadata=None):
    """articles: {article: (text, {annotator: ann})}; metadata: {article: "a|b"} written as metadata.tsv."""
    (root / split / "text").mkdir(parents=True, exist_ok=True)
    (root / split / "attributions").mkdir(parents=True, exist_ok=True)
    for article, (text, annotations) in articles.items():
        (root / split / "text" / f"{article}.txt").write_text(text, encoding="utf-8")
        for annotator, ann in annotations.items():
            (root / split / "attributions" / f"{article}_{annotator}.ann").write_text(ann, encoding="utf-8")
    if metadata is not None:
        rows = ["compartment\tfilename\tlevel\tannotators\ttitle"]
        rows += [
            f'{split}\t{article}\t1\t{annotators}\tA "quoted title'
            for article, annotators in metadata.items()
        ]
        (root / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def sentences(text):
    return [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]


def from_gold(document: GoldDocument) -> list[Predicted]:
    def cover(pieces):
        return (pieces[0][0], max(end for _, end in pieces)) if pieces else (None, None)

    return [Predicted(*cover(a.source), *cover(a.cue), *cover(a.content)) for a in document.attributions]


def score(documents, predictions):
    """Score fixed predictions: {doc text: [Predicted, ...]}."""
    return score_polnear(documents, lambda text: (sentences(text), predictions[text]))


@pytest.fixture
def gold(tmp_path):
    return load_polnear(make_split(tmp_path, {"art_one": (TEXT, {"a1b2": ANN})}), "dev")


# --- loading ---------------------------------------------------------------------------------------------


def test_loads_roles_as_character_spans(gold):
    [document] = gold
    assert (document.doc_id, document.text, document.annotator) == ("art_one", TEXT, "a1b2")
    assert document.attributions == (
        GoldAttribution(
            source=(at("The governor"),), cue=(at("said"),), content=(at("that no one was injured"),)
        ),
        GoldAttribution(source=(at("residents"),), cue=(at("told"),), content=(at('"We are safe,"'),)),
    )


def test_missing_roles_discontinuous_spans_and_second_content(tmp_path):
    ann = "\n".join(
        [
            t_line("T1", "Cue", "declined to"),
            t_line("T2", "Content", "Police", "comment"),  # discontinuous: two pieces
            t_line("T3", "Content", "no one"),
            t_line("T4", "Attribution-no-source", "declined to"),
            "E1\tAttribution-no-source:T4 Cue:T1 Content:T2 Content2:T3",
            t_line("T5", "Attribution-no-source", "reporters"),
            "E2\tAttribution-no-source:T5 ",  # an attribution the annotator left without roles
        ]
    )
    [document] = load_polnear(make_split(tmp_path, {"a": (TEXT, {"x": ann})}), "dev")
    first, second = document.attributions
    assert first.source == ()
    assert first.cue == (at("declined to"),)
    assert first.content == tuple(sorted([at("Police"), at("comment"), at("no one")]))
    assert second == GoldAttribution((), (), ())
    assert summary([document]) == {
        "documents": 1,
        "attributions": 2,
        "attributions_with_source": 0,
        "attributions_with_cue": 1,
        "attributions_with_content": 1,
        "attributions_with_discontinuous_role": 1,
        "characters": len(TEXT),
    }


def test_span_text_over_a_line_break_continues_on_the_next_line(tmp_path):
    text = "He said it was\nover. Fine.\n"
    ann = "T1\tContent 8 20\tit was\nover.\nT2\tCue 3 7\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    [document] = load_polnear(make_split(tmp_path, {"a": (text, {"x": ann})}), "dev")
    assert document.attributions == (GoldAttribution((), ((3, 7),), ((8, 20),)),)


def test_e_line_role_wins_over_the_t_label(tmp_path):
    # In train, T labels and E roles disagree three times; the E line is the relation, so it decides.
    ann = t_line("T1", "Discuss", "said") + "\nE1\tAttribution:T1 Cue:T1\n"
    [document] = load_polnear(make_split(tmp_path, {"a": (TEXT, {"x": ann})}), "dev")
    assert document.attributions[0].cue == (at("said"),)


def test_crlf_text_keeps_offsets(tmp_path):
    text = "Intro.\r\nShe said no.\r\n"
    ann = "T1\tCue 12 16\tsaid\nE1\tAttribution:T1 Cue:T1\n"
    [document] = load_polnear(make_split(tmp_path, {"a": (text, {"x": ann})}), "dev")
    assert document.text == text and document.text[12:16] == "said"


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"art": "zz01|aa02"}, "zz01"),  # first listed in metadata.tsv, not the smallest ID
        ({"art": "mm00|aa02|zz01"}, "aa02"),  # listed annotators without a file are skipped
        ({"other": "zz01"}, "aa02"),  # no metadata row for the article: smallest ID
        (None, "aa02"),  # no metadata.tsv at all: smallest ID
    ],
)
def test_one_annotator_per_article(tmp_path, metadata, expected):
    short = t_line("T1", "Cue", "said") + "\nE1\tAttribution:T1 Cue:T1\n"
    root = make_split(tmp_path, {"art": (TEXT, {"zz01": ANN, "aa02": short})}, metadata=metadata)
    [document] = load_polnear(root, "dev")
    assert document.annotator == expected
    assert len(document.attributions) == {"zz01": 2, "aa02": 1}[expected]


def test_metadata_rows_of_the_split_win(tmp_path):
    root = make_split(tmp_path, {"art": (TEXT, {"zz01": ANN, "aa02": ANN})})
    rows = ["compartment\tfilename\tannotators", "train\tart\taa02", "dev\tart\tzz01"]
    (root / "metadata.tsv").write_text("\n".join(rows), encoding="utf-8")
    assert load_polnear(root, "dev")[0].annotator == "zz01"


def test_any_split_name_and_sorted_documents(tmp_path):
    root = make_split(tmp_path, {"b": (TEXT, {"x": ANN}), "a": (TEXT, {"x": ANN})}, split="test")
    assert [d.doc_id for d in load_polnear(root, "test")] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("garbage here", "not a brat annotation line"),
        ("T9\tCue 5\tx", "expected 'T<n><tab><Label> <start> <end>"),
        ("T9\tCue 4 2\tx", "span 4-2 is empty or outside"),
        ("T9\tCue 0 9999\tx", "is empty or outside"),
        ("T9\tCue 0 3\tTha", "T9 text 'Tha' differs from art.txt at its offsets ('The')"),
        ("E9\tAttribution:T4 Cue:T99", "E9 refers to T99, which no T line defines"),
        ("E9\tAttribution:T4 Speaker:T1", "E9 has role 'Speaker'"),
        ("E9\tAttribution:T4 Cue=T2", "is not <Role>:T<n>"),
        ("T1\tCue 0 3\tThe", "T1 is defined twice"),
    ],
)
def test_broken_ann_line_names_file_and_line(tmp_path, line, message):
    lines = ANN.split("\n")
    lines.insert(2, line)  # becomes line 3
    root = make_split(tmp_path, {"art": (TEXT, {"x": "\n".join(lines)})})
    with pytest.raises(InputError) as raised:
        load_polnear(root, "dev")
    text = str(raised.value)
    assert "art_x.ann:3: " in text
    assert message in text
    assert "\n" not in text


def test_missing_or_incomplete_folders(tmp_path):
    with pytest.raises(InputError, match="no such folder; pass the PolNeAR data folder"):
        load_polnear(tmp_path / "nowhere", "dev")
    make_split(tmp_path, {"a": (TEXT, {"x": ANN})}, split="train")
    with pytest.raises(InputError, match=r"dev: no such split folder; splits in .*: train$"):
        load_polnear(tmp_path, "dev")
    (tmp_path / "half" / "text").mkdir(parents=True)
    with pytest.raises(InputError, match="has no attributions/ folder"):
        load_polnear(tmp_path, "half")
    (tmp_path / "empty" / "text").mkdir(parents=True)
    (tmp_path / "empty" / "attributions").mkdir()
    with pytest.raises(InputError, match=r"holds no \.txt article"):
        load_polnear(tmp_path, "empty")


def test_article_and_annotation_must_pair(tmp_path):
    root = make_split(tmp_path, {"a": (TEXT, {"x": ANN})})
    (root / "dev" / "attributions" / "b_x.ann").write_text(ANN, encoding="utf-8")
    with pytest.raises(InputError, match=r"b_x.ann: no text/b.txt for this annotation"):
        load_polnear(root, "dev")
    (root / "dev" / "attributions" / "b_x.ann").unlink()
    (root / "dev" / "text" / "c.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match=r"c.txt has no attributions/c_<annotator>.ann \(1 article"):
        load_polnear(root, "dev")
    (root / "dev" / "text" / "c.txt").unlink()
    (root / "dev" / "attributions" / "noannotator.ann").write_text(ANN, encoding="utf-8")
    with pytest.raises(InputError, match=r"must be <article>_<annotator>\.ann"):
        load_polnear(root, "dev")


def test_non_utf8_text_is_refused(tmp_path):
    root = make_split(tmp_path, {"a": (TEXT, {"x": ANN})})
    (root / "dev" / "text" / "a.txt").write_bytes("café said".encode("latin-1"))
    with pytest.raises(InputError, match=r"a.txt: not UTF-8 \(byte 0xe9 at offset 3\)"):
        load_polnear(root, "dev")


# --- scoring ---------------------------------------------------------------------------------------------


def test_perfect_prediction_scores_one(gold):
    result = score(gold, {TEXT: from_gold(gold[0])})
    assert list(result) == list(METRICS)
    for name in METRICS:
        assert result[name]["f1"] == 1.0, name
        assert result[name]["fp"] == result[name]["fn"] == 0, name
    assert result["sentence"]["tp"] == 2  # the governor's and the residents' sentences, not the police's
    assert result["cue_exact"]["tp"] == result["source_exact"]["tp"] == 2
    content_chars = sum(c.isalnum() for c in "that no one was injured" + "We are safe")
    assert result["content_overlap"]["tp"] == content_chars


def test_source_off_by_one_is_overlap_not_exact(gold):
    predicted = from_gold(gold[0])
    start = at("The governor")[0]
    predicted[0] = replace(predicted[0], source_start=start + 1)  # "he governor"
    result = score(gold, {TEXT: predicted})
    assert result["source_exact"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert result["source_overlap"]["f1"] == 1.0
    assert result["cue_exact"]["f1"] == 1.0


def test_exact_match_ignores_edge_whitespace_and_punctuation(gold):
    predicted = from_gold(gold[0])
    predicted[0] = replace(predicted[0], source_end=at("The governor ")[1])  # trailing space
    predicted[1] = replace(predicted[1], cue_start=at(" told")[0], cue_end=at("told reporters")[0] + 5)
    result = score(gold, {TEXT: predicted})
    assert result["source_exact"]["tp"] == 2 and result["cue_exact"]["tp"] == 2
    assert trim(TEXT, at('"We are safe,"')) == at("We are safe")
    assert trim(":", (0, 1)) == (0, 1)  # a cue made only of punctuation is compared as it is


def test_missing_prediction_lowers_recall_only(gold):
    result = score(gold, {TEXT: from_gold(gold[0])[:1]})
    for name in ("cue_exact", "cue_overlap", "source_exact", "source_overlap"):
        assert result[name] == {
            "precision": 1.0,
            "recall": 0.5,
            "f1": pytest.approx(2 / 3),
            "tp": 1,
            "fp": 0,
            "fn": 1,
        }
    assert (result["sentence"]["tp"], result["sentence"]["fn"]) == (1, 1)
    governor = sum(c.isalnum() for c in "that no one was injured")
    residents = sum(c.isalnum() for c in "We are safe")
    assert result["content_overlap"]["tp"] == governor
    assert result["content_overlap"]["recall"] == pytest.approx(governor / (governor + residents))


def test_spurious_prediction_lowers_precision_and_sentence(gold):
    extra = Predicted(cue_start=at("declined")[0], cue_end=at("declined")[1])
    result = score(gold, {TEXT: [*from_gold(gold[0]), extra]})
    assert result["cue_overlap"]["fp"] == 1 and result["cue_overlap"]["precision"] == pytest.approx(2 / 3)
    assert result["sentence"]["fp"] == 1  # the police sentence is now predicted positive
    assert result["source_overlap"]["fp"] == 0  # no source predicted, so none is wrong


def test_matching_is_one_to_one_by_largest_overlap(gold):
    said = at("The governor said")
    # Two predictions overlap the first source: the larger overlap takes it, the other is a false positive.
    small = Predicted(source_start=said[0] + 10, source_end=said[1])  # "or said": 2 characters of the source
    large = Predicted(source_start=said[0], source_end=said[0] + 8)  # "The gove": 8 characters
    result = score(gold, {TEXT: [small, large]})
    assert result["source_overlap"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "tp": 1,
        "fp": 1,
        "fn": 1,
    }


def test_one_prediction_matches_at_most_one_gold(gold):
    both = Predicted(source_start=0, source_end=at("residents")[1])  # covers both gold sources
    result = score(gold, {TEXT: [both]})
    assert (result["source_overlap"]["tp"], result["source_overlap"]["fp"]) == (1, 0)
    assert result["source_overlap"]["fn"] == 1


def test_greedy_takes_the_largest_overlap_first(tmp_path):
    text = "Alpha Beta Gamma said so."
    ann = "\n".join(
        [
            t_line("T1", "Source", "Alpha", text=text),
            t_line("T2", "Source", "Beta Gamma", text=text),
            t_line("T3", "Cue", "said", text=text),
            "E1\tAttribution:T3 Cue:T3 Source:T1",
            "E2\tAttribution:T3 Source:T2",
        ]
    )
    documents = load_polnear(make_split(tmp_path, {"a": (text, {"x": ann})}), "dev")
    # x shares 2 characters with Alpha and 8 with Beta Gamma; y shares 4 with Alpha only. Taking x-Alpha
    # first (text order) would leave y unmatched; taking the largest overlap first matches both.
    x = Predicted(source_start=3, source_end=16)
    y = Predicted(source_start=0, source_end=4)
    assert score(documents, {text: [x, y]})["source_overlap"]["tp"] == 2


def test_discontinuous_gold_union_for_overlap_cover_for_exact(tmp_path):
    ann = t_line("T1", "Content", "Police", "comment") + "\n" + t_line("T2", "Cue", "declined")
    ann += "\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    documents = load_polnear(make_split(tmp_path, {"a": (TEXT, {"x": ann})}), "dev")
    # The gap between the pieces is not part of the gold content: a prediction inside it shares nothing.
    in_gap = Predicted(content_start=at("declined to")[0], content_end=at("declined to")[1])
    assert score(documents, {TEXT: [in_gap]})["content_overlap"]["tp"] == 0
    covering = Predicted(content_start=at("Police")[0], content_end=at("comment")[1])
    result = score(documents, {TEXT: [covering]})
    assert result["content_overlap"]["tp"] == len("Policecomment")
    assert result["content_overlap"]["fp"] == len("declinedto")
    assert result["sentence"]["f1"] == 1.0


def test_prediction_in_the_gap_of_a_discontinuous_source_does_not_overlap(tmp_path):
    ann = t_line("T1", "Source", "Police", "comment") + "\n" + t_line("T2", "Cue", "declined")
    ann += "\nE1\tAttribution:T2 Cue:T2 Source:T1\n"
    documents = load_polnear(make_split(tmp_path, {"a": (TEXT, {"x": ann})}), "dev")
    in_gap = Predicted(source_start=at("to comment")[0], source_end=at("to comment")[0] + 2)
    assert score(documents, {TEXT: [in_gap]})["source_overlap"]["tp"] == 0


def test_exact_uses_the_cover_of_a_discontinuous_source(tmp_path):
    ann = t_line("T1", "Source", "The", "governor") + "\n" + t_line("T2", "Cue", "said")
    ann += "\nE1\tAttribution:T2 Cue:T2 Source:T1\n"
    documents = load_polnear(make_split(tmp_path, {"a": (TEXT, {"x": ann})}), "dev")
    start, end = at("The governor")
    exact = score(documents, {TEXT: [Predicted(source_start=start, source_end=end)]})
    assert exact["source_exact"]["tp"] == 1
    part = score(documents, {TEXT: [Predicted(source_start=start, source_end=start + 3)]})
    assert (part["source_exact"]["tp"], part["source_overlap"]["tp"]) == (0, 1)


def test_nothing_to_score_is_zero_not_an_error():
    empty = GoldDocument("e", "Nothing here.", ())
    result = score_polnear([empty], lambda text: ([(0, len(text))], []))
    for name in METRICS:
        assert result[name] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert score_polnear([], lambda text: ([], []))["sentence"]["f1"] == 0.0


@pytest.mark.parametrize(
    "bad",
    [Predicted(cue_start=3), Predicted(cue_start=-1, cue_end=2), Predicted(cue_start=5, cue_end=10_000)],
)
def test_invalid_predicted_span_is_a_clear_error(gold, bad):
    with pytest.raises(ValueError, match=r"predicted cue span .* of art_one is not inside its text"):
        score(gold, {TEXT: [bad]})


def test_empty_predicted_span_counts_as_absent(gold):
    result = score(gold, {TEXT: [Predicted(cue_start=4, cue_end=4)]})
    assert result["cue_overlap"]["fp"] == 0


# --- the real corpus -------------------------------------------------------------------------------------


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR is not in ../shared/data/polnear")
def test_real_dev_split_loads_with_plausible_counts():
    documents = load_polnear(POLNEAR, "dev")
    counts = summary(documents)
    assert counts["documents"] == 84
    assert 2000 <= counts["attributions"] <= 2320  # 2320 E lines over all annotators' files
    assert counts["attributions_with_cue"] > 0.95 * counts["attributions"]
    assert counts["attributions_with_content"] > 0.95 * counts["attributions"]
    assert 0.8 * counts["attributions"] < counts["attributions_with_source"] < counts["attributions"]
    # The two agreement articles of dev each come from one annotator.
    assert len({d.doc_id for d in documents}) == 84
    # Gold fed back as prediction is a perfect score on spans (covers equal gold covers).
    by_text = {d.text: d for d in documents}
    result = score_polnear(documents, lambda text: (sentences(text), from_gold(by_text[text])))
    for name in ("cue_exact", "cue_overlap", "source_exact", "source_overlap"):
        assert result[name]["f1"] == 1.0, name
    assert result["content_overlap"]["recall"] == 1.0
