"""The deterrence-conditional rule (framing/deterrence.py, lexicons/rules/deterrence.tsv)."""

import pytest
from conftest import write_rule

from framing import analyze, load_lexicons
from framing.deterrence import NEAR
from framing.errors import LexiconError


def _deterrence(text, lexicons=None):
    return [
        m for m in analyze(text, lexicons=lexicons).matches if m.pattern.endswith("<aggression condition>")
    ]


def test_the_match_spans_the_response_and_names_the_rule_and_its_condition():
    text = 'Scholz announced "hard reactions and sanctions" in the case of Russian aggression to Ukraine.'
    found = _deterrence(text)
    assert [m.text for m in found] == ["reactions", "sanctions"]
    for match in found:
        assert text[match.start : match.end] == match.text
        assert match.subcategory == "reassurance/deterrence"
        assert (
            match.modifiers[0]
            == "rule: deterrence, conditional on aggression 'in the case of Russian aggression'"
        )


def test_a_weaker_phrase_over_the_response_becomes_the_span():
    # 'severe sanctions' is a 0.5 deterrence row: the rule takes its span and counts it as one match.
    text = (
        "Americans and allies would quickly introduce severe economic sanctions in the event of an invasion."
    )
    [match] = _deterrence(text)
    assert text[match.start : match.end] == match.text
    assert analyze(text).sentences[0].scores["reassurance"] >= 1.0


def test_negation_reaches_the_rule_match():
    [match] = _deterrence("Hungary does not undertake to introduce sanctions in the event of an invasion.")
    assert match.dimension == "threat"
    assert any("negated by 'not'" in m for m in match.modifiers)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions were imposed after the invasion.",  # no condition
        "If Russia wants peace, the sanctions stay.",  # a condition, but on no aggression
        "Sanctions stay; in the event of, say, an invasion, more follow.",  # the condition broken by commas
        "If Ukraine invades, prices rise.",  # a condition on aggression, but no response word
        "If the weather attacks, sanctions follow.",  # no actor after 'if'
    ],
)
def test_no_condition_on_aggression_no_match(text):
    assert _deterrence(text) == []


def test_any_country_is_an_aggressor():
    # sources/nations.tsv, not a list of one war's actors: 'if Iran attacks' is a condition on aggression
    [match] = _deterrence("Washington warned of severe consequences if Iran attacks its neighbours.")
    assert match.text == "consequences"
    assert match.dimension == "reassurance"


def test_the_condition_must_be_near_the_response():
    filler = " ".join(["and more talks"] * (NEAR // 3 + 1))
    assert _deterrence(f"In the event of an invasion, the leaders said {filler} and sanctions.") == []
    assert _deterrence("In the event of an invasion, the leaders said sanctions would follow.") != []


def test_a_user_list_changes_what_counts(tmp_path):
    rows = ["penalties\tresponse", "in the event of\topener", "blockade\taggression"]
    write_rule(tmp_path, "deterrence", "reassurance/deterrence 0.75", rows)
    lexicons = load_lexicons(tmp_path)
    [match] = _deterrence("Penalties will follow in the event of a blockade.", lexicons)
    assert (match.text, match.weight) == ("Penalties", 0.75)
    assert _deterrence("Sanctions will follow in the event of an invasion.", lexicons) == []


def test_an_unknown_kind_names_the_file_and_line(tmp_path):
    write_rule(tmp_path, "deterrence", "reassurance/deterrence 1", ["if\tcondition"])
    with pytest.raises(LexiconError, match=r"deterrence.tsv:4: kind 'condition' is unknown"):
        load_lexicons(tmp_path)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            "sanction*\tresponse",
            r"deterrence.tsv:4: 'sanction\*': a grammar rule's words are matched as written",
        ),
        ("hard reaction\tresponse", r"deterrence.tsv:4: 'hard reaction': a 'response' is one word"),
    ],
)
def test_a_row_the_rule_could_never_match_is_refused(tmp_path, row, problem):
    # the rule reads responses one token at a time and every word as written (code review)
    write_rule(tmp_path, "deterrence", "reassurance/deterrence 1", [row])
    with pytest.raises(LexiconError, match=problem):
        load_lexicons(tmp_path)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sanctions should hit Russia over attacks on civilians.", []),  # a modal 'should' is no condition
        ("Should Russia invade, sanctions will follow.", ["sanctions"]),  # an inverted one is
        ("Sanctions will follow if North Korea attacks.", ["Sanctions"]),  # a country of two words
        ("The price of oil will soar if Russia invades Ukraine.", []),  # 'price' is no response word
    ],
)
def test_conditions_and_responses_from_the_code_review(text, found):
    assert [m.text for m in _deterrence(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Any aggression will be met with an instant response.",
        "Belarus will instantly respond to any military aggression against the country.",
        "Scholz said that any Russian attack would lead to tough sanctions.",
    ],
)
def test_a_generic_any_opens_a_condition_where_a_clause_or_an_object_starts(text):
    assert _deterrence(text), text


def test_any_after_a_verb_is_no_condition():
    # "denied any attack" denies an attack; the response later in the sentence is no deterrent
    assert (
        _deterrence("Russia denied any attack on civilians and promised a response to the sanctions.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to any questions about the attack.",
        "Officials declined to respond to any claims of an invasion.",
    ],
)
def test_a_generic_any_takes_only_its_own_noun_as_the_condition(text):
    assert _deterrence(text) == [], text
