"""The seed checks of the core issue, on the real seed articles."""

import re

import pytest
from conftest import ROOT

from framing import ArticleResult, InputError, analyze, load_lexicons


def sentence_with(result: ArticleResult, fragment: str):
    [sentence] = [s for s in result.sentences if fragment in s.text]
    return sentence


def evidence_on(sentence, dimension: str) -> list[str]:
    return [m.text for m in sentence.evidence if m.dimension == dimension and m.weight > 0]


def covered(sentence, dimension: str, words: str) -> bool:
    """Some counted match of the dimension spans these words (alone or inside a longer phrase)."""
    return any(
        words.lower() in m.text.lower()
        for m in sentence.evidence
        if m.dimension == dimension and m.weight > 0
    )


@pytest.fixture(scope="module")
def smolensk_result(smolensk):
    return analyze(smolensk, doc="smolensk")


@pytest.fixture(scope="module")
def volgograd_result(volgograd):
    return analyze(volgograd, doc="volgograd")


def test_no_one_was_injured_is_reassurance_on_the_negated_harm(smolensk_result):
    s = sentence_with(smolensk_result, "Miraculously, no one was injured")
    assert s.scores["reassurance"] > 0
    assert covered(s, "reassurance", "injured")


def test_according_to_governor_is_attribution(smolensk_result):
    s = sentence_with(smolensk_result, "According to Governor Vasily Anokhine")
    assert s.scores["attribution"] > 0
    assert "According to" in evidence_on(s, "attribution")  # one match, the whole phrase


def test_analysts_suggest_could_indicate_is_hedging(volgograd_result):
    s = sentence_with(volgograd_result, "Analysts suggest that the timing")
    assert s.scores["hedging"] > 0
    assert covered(s, "hedging", "suggest") and covered(s, "hedging", "could")


def test_reportedly_is_hedging(volgograd_result):
    s = sentence_with(volgograd_result, "The drone was reportedly fully destroyed")
    assert s.scores["hedging"] > 0
    assert covered(s, "hedging", "reportedly")


def test_shattered_skies_is_threat(smolensk_result):
    s = sentence_with(smolensk_result, "were shattered by the whirring of Ukrainian drones")
    assert s.scores["threat"] > 0
    assert evidence_on(s, "threat")


def test_air_defense_intercepting_is_reassurance(smolensk_result):
    s = sentence_with(smolensk_result, "swiftly responded, intercepting and destroying")
    assert s.scores["reassurance"] > 0
    assert covered(s, "reassurance", "intercepting")


def test_every_evidence_span_indexes_the_text(smolensk_result, volgograd_result):
    for result in (smolensk_result, volgograd_result):
        assert result.matches
        for match in result.matches:
            assert result.text[match.start : match.end] == match.text
            sentence = result.sentences[match.sentence]
            assert sentence.start <= match.start < match.end <= sentence.end


def test_document_scores(smolensk_result):
    document = smolensk_result.document
    assert document.n_sentences == len(smolensk_result.sentences)
    assert document.scores["threat"] == pytest.approx(
        sum(s.scores["threat"] for s in smolensk_result.sentences)
    )
    assert 0 < document.share["threat"] <= 1
    assert set(document.readability) == {
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "coleman_liau_index",
    }
    assert 0 < document.readability["flesch_kincaid_grade"] < 30


def test_present_is_the_threshold_rule(smolensk_result):
    lexicons = load_lexicons()
    for sentence in smolensk_result.sentences:
        assert set(sentence.present) == set(sentence.scores)
        for dimension, score in sentence.scores.items():
            assert sentence.present[dimension] is (score >= lexicons[dimension].threshold)
    assert any(s.present["threat"] for s in smolensk_result.sentences)
    frame = smolensk_result.to_frame()
    assert frame["threat_present"].tolist() == [s.present["threat"] for s in smolensk_result.sentences]
    record = smolensk_result.sentences[0].to_dict("smolensk")
    assert record["present"] == dict(smolensk_result.sentences[0].present)
    content = [s for s in smolensk_result.sentences if not s.boilerplate]
    assert smolensk_result.document.share["threat"] == pytest.approx(
        round(sum(s.present["threat"] for s in content) / len(content), 4)
    )


def test_tables(smolensk_result):
    frame = smolensk_result.to_frame()
    assert len(frame) == len(smolensk_result.sentences)
    assert {"doc", "index", "start", "end", "threat", "threat_density", "text"} <= set(frame.columns)
    matches = smolensk_result.matches_frame()
    assert len(matches) == len(smolensk_result.matches)
    assert list(matches.columns[:8]) == [
        "doc",
        "sentence",
        "dimension",
        "subcategory",
        "pattern",
        "start",
        "end",
        "text",
    ]
    assert len(smolensk_result.document_frame()) == 1


def test_results_are_frozen(smolensk_result):
    with pytest.raises(AttributeError):
        smolensk_result.sentences[0].index = 5  # type: ignore[misc]


def test_user_lexicon_adds_a_dimension(tmp_path):
    (tmp_path / "economy.tsv").write_text(
        "# dimension: economy\n# description: economic framing\n# license: CC0\n# source: me = mine\n"
        "pattern\tsubcategory\tweight\tsource\ninflation\tprices\t1.0\tme\n",
        encoding="utf-8",
    )
    result = analyze("Inflation rose again. Nothing else.", lexicons=tmp_path)
    assert result.dimensions[-1] == "economy"
    assert result.sentences[0].scores["economy"] == 1.0
    assert result.sentences[1].scores["economy"] == 0.0


def test_bytes_are_refused_with_advice():
    with pytest.raises(InputError, match="decode bytes first"):
        analyze(b"text")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, float("nan"), 123])
def test_a_value_that_is_not_text_is_refused_without_advice_about_bytes(value):
    with pytest.raises(
        InputError, match=r"needs the article as str, got \w+; pass the article's text"
    ) as error:
        analyze(value)  # type: ignore[arg-type]
    assert "bytes" not in str(error.value)


def test_half_a_character_is_refused_with_its_place():
    # re2 and every UTF-8 writer fail on a lone surrogate; a paired emoji is fine
    with pytest.raises(
        InputError, match=r"lone surrogate \\udcff at character 6; .*encode\('utf-8', 'replace'\)"
    ):
        analyze("Hello \udcff world.")
    assert analyze("Hello \U0001f600 world.").sentences[0].text == "Hello \U0001f600 world."


def test_empty_text_gives_an_empty_result():
    result = analyze("")
    assert result.sentences == ()
    assert result.document.n_sentences == 0
    frame = result.to_frame()
    assert frame.empty
    # Same columns as a text with sentences, so README's groupby("speaker") works on any article.
    assert list(frame.columns) == list(analyze("Drones attacked.").to_frame().columns)
    assert frame.groupby("speaker")["threat"].mean().empty


def test_the_frames_share_the_sentence_key(smolensk_result):
    sentences, matches = smolensk_result.to_frame(), smolensk_result.matches_frame()
    assert sentences["sentence"].tolist() == [s.index for s in smolensk_result.sentences]
    assert sentences["sentence"].equals(sentences["index"])  # index stays for the records' readers
    # No renaming: every match finds the one sentence whose span holds it.
    joined = matches.merge(sentences, on=["doc", "sentence"], suffixes=("", "_s"), validate="many_to_one")
    assert len(joined) == len(matches) > 0
    assert ((joined["start_s"] <= joined["start"]) & (joined["end"] <= joined["end_s"])).all()


def test_the_join_shown_in_docs_output_md_runs(smolensk_result):
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "output.md").read_text("utf-8"), re.S)
    scope = {"result": smolensk_result}
    for code in blocks:
        exec(code, scope)  # the documented recipes, as written
    assert scope["evidence"]["weight"].sum() > 0  # the evidence table's recipe
    quoted = scope["per_sentence"]
    assert len(quoted) >= len(smolensk_result.attributions) > 0 and quoted["text"].notna().all()


def test_the_attributions_frame_has_its_columns_without_quotations():
    quoted = analyze('"We are ready," the governor said.').attributions_frame()
    empty = analyze("Drones attacked Kyiv.").attributions_frame()
    # The documented join (docs/output.md) needs "sentences" and "doc" on an article with no quotation too.
    assert empty.empty and list(empty.columns) == list(quoted.columns)
    # ... with the same types, so frames of many articles concatenate without object columns
    assert (
        empty.dtypes[["content_start", "content_end"]].tolist()
        == quoted.dtypes[["content_start", "content_end"]].tolist()
    )
    assert list(quoted.columns) == list(analyze('"Go," he said.').attribution_rows()[0])  # no field dropped
    assert empty.assign(sentence=empty["sentences"].str.split()).explode("sentence").empty


def test_attribution_spans_are_nullable_integers_in_the_frame():
    result = analyze('"We will not give up," the crowd chanted.\n\nAnother paragraph: "It is over."')
    frame = result.attributions_frame()
    assert str(frame["source_start"].dtype) == "Int64" and str(frame["cue_end"].dtype) == "Int64"
    assert frame["source_start"].isna().any() and not frame["source_start"].dropna().empty
