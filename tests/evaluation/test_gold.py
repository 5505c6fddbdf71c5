import json

import pytest
from conftest import SHARED_DATA

from framing import load_lexicons
from framing.errors import InputError
from framing.evaluation import evaluate
from framing.evaluation.gold import evaluate_gold, same_speaker
from framing.evaluation.gold_articles import is_article_layout, load_gold_articles

ARTICLE = (
    "Drones attacked the city overnight and killed two people. "
    "No one else was injured, the governor said. "
    "The weather was mild."
)


def _sentence(ident, start, end, labels, speaker="AUTHOR", source_type="none", boilerplate=False):
    return {
        "id": f"a#{ident}",
        "doc_id": "a",
        "start": start,
        "end": end,
        "text": ARTICLE[start:end],
        "labels": labels,
        "speaker": speaker,
        "source_type": source_type,
        "boilerplate": boilerplate,
    }


def _folder(tmp_path, sentences):
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "a", "text": ARTICLE, "country": "GB"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "sentences.jsonl").write_text(
        "".join(json.dumps(s) + "\n" for s in sentences), encoding="utf-8"
    )
    return tmp_path


def _three(tmp_path):
    zero = {"reassurance": 0, "threat": 0, "attribution": 0}
    first, second = ARTICLE.index("No one"), ARTICLE.index("The weather")
    return _folder(
        tmp_path,
        [
            _sentence(0, 0, first - 1, {**zero, "threat": 2}),
            _sentence(
                1,
                first,
                second - 1,
                {**zero, "reassurance": 2, "attribution": 2},
                "the governor",
                "role_only",
            ),
            _sentence(2, second, len(ARTICLE), zero),
        ],
    )


def test_article_layout_is_scored_in_context_with_the_shipped_rule(tmp_path):
    lexicons = load_lexicons()
    report = evaluate_gold(_three(tmp_path), lexicons, peers=False)
    assert report.n_articles == 1 and report.n_sentences == 3
    threat = report.metric("threat")
    assert threat.threshold == lexicons["threat"].threshold
    assert (threat.tp, threat.fp, threat.fn) == (1, 0, 0)
    assert report.metric("reassurance").recall == 1.0
    # The speaker of the second sentence is found from its cue; AUTHOR for the others.
    assert report.speaker_accuracy == pytest.approx(1.0)


def test_errors_carry_the_evidence(tmp_path):
    zero = {"threat": 0}
    folder = _folder(tmp_path, [_sentence(0, 0, ARTICLE.index("No one") - 1, zero)])
    report = evaluate_gold(folder, load_lexicons(), peers=False)
    false_positive = [e for e in report.errors if e.dimension == "threat"]
    assert false_positive and false_positive[0].kind == "false_positive"
    assert any("attack" in e for e in false_positive[0].evidence)


def test_evaluate_dispatches_a_gold_folder_and_keeps_the_sentence_layout(tmp_path):
    report = evaluate("gold", _three(tmp_path), peers=False)
    assert report["split"] == "articles" and report["n"] == 3
    assert set(report["speakers"]) == {"speaker_accuracy", "source_type_accuracy"}
    assert is_article_layout(tmp_path)
    assert not is_article_layout(tmp_path / "articles.jsonl")


def test_boilerplate_sentences_are_left_out(tmp_path):
    folder = _folder(tmp_path, [_sentence(0, 0, 10, {"threat": 0}, boilerplate=True)])
    assert evaluate_gold(folder, load_lexicons(), peers=False).n_sentences == 0


def test_offsets_that_do_not_match_the_text_are_refused(tmp_path):
    bad = _sentence(0, 0, 10, {"threat": 0})
    bad["text"] = "something else"
    with pytest.raises(InputError, match=r"sentences\.jsonl:1: text is not the article's characters 0:10"):
        load_gold_articles(_folder(tmp_path, [bad]))


def test_unknown_article_and_bad_labels_are_refused(tmp_path):
    orphan = {**_sentence(0, 0, 10, {"threat": 0}), "doc_id": "b"}
    with pytest.raises(InputError, match="doc_id 'b' is not an article"):
        load_gold_articles(_folder(tmp_path, [orphan]))
    with pytest.raises(InputError, match="0, 1 or 2"):
        load_gold_articles(_folder(tmp_path, [_sentence(0, 0, 10, {"threat": 5})]))


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("AUTHOR", "AUTHOR", True),
        ("Vasily Anokhine", "Anokhine", True),
        ("Vasily Anokhine", "AUTHOR", False),
        ("Joe Biden", "Vladimir Putin", False),
        ("analysts", "Analysts", True),
        ("Reuters", "Reuters agency", True),
        ("Foundation for the Fight against Corruption (FBK)", "FBK", True),
        ("Linda Thomas-Greenfield", "Linda Thomas Greenfield", True),  # a hyphen joins as a space does
        ("Frank-Walter Steinmeier", "Walter", False),
        # words, not characters: a name cut to a letter or a fragment of a word is a miss
        ("U.S. Energy Information Administration", "U", False),
        ("Oksana Markarova", "S", False),
        ("Joe Biden", "e", False),
        ("Institute for the Study of War", "Study", False),
        # initials stand for the name they abbreviate (framing names an organisation by them)
        ("Office for National Statistics", "ONS", True),
        ("The Office for National Statistics", "ONS", True),  # the article is no initial
        ("United Nations Economic Commission for Europe", "UNECE", True),
        ("Office for National Statistics", "IFS", False),
        ("Peter Mandelson", "PM", False),  # two letters are no organisation's initials
        ("Edward Upton", "EU", False),
        ("Institute for the Study of War", "ISW", True),
        # accents dropped: one article writes "Daczić" and "Daczic" for one minister
        ("Ivica Daczić", "Ivica Daczic", True),
        ("Ivica Daczić", "Daczic", True),
        ("Ivica Daczić", "Ivica Dacic", False),
    ],
)
def test_same_speaker(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


@pytest.mark.skipif(
    not (SHARED_DATA / "framing_gold").is_dir(), reason="../shared/data/framing_gold not present"
)
def test_framing_gold_dev_loads_and_maps_every_content_sentence():
    folder = SHARED_DATA / "framing_gold"
    articles = load_gold_articles(folder)
    assert len(articles) == 24
    report = evaluate_gold(folder, load_lexicons(), peers=False)
    assert report.n_sentences == sum(1 for a in articles for s in a.sentences if not s.boilerplate)


def test_parts_split_the_articles_by_id_hash_and_other_splits_are_refused(tmp_path):
    from framing.errors import UnknownNameError
    from framing.evaluation.items import part_of

    folder = _three(tmp_path)
    lexicons = load_lexicons()
    whole = evaluate("gold", folder, lexicons=lexicons, peers=False)
    own = evaluate("gold", folder, part=part_of("a"), lexicons=lexicons, peers=False)
    other = evaluate(
        "gold",
        folder,
        part="tune" if part_of("a") == "heldout" else "heldout",
        lexicons=lexicons,
        peers=False,
    )
    assert (whole["n"], own["n"], other["n"]) == (3, 3, 0)
    assert own["part"] == part_of("a") and whole["part"] == "all"
    with pytest.raises(UnknownNameError, match="valid splits are: all"):
        evaluate("gold", folder, split="dev", lexicons=lexicons, peers=False)
