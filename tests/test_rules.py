"""Rules case by case: first on a tiny controlled lexicon (the mechanism), then on the built-in
lexicons with the cases kept as data in tests/cases/rules.json (the behaviour users see)."""

import json
from pathlib import Path

import pytest
from conftest import make_lexicons

from framing import analyze, load_lexicons

TINY = make_lexicons(
    {
        "reassurance": [("ready", "capability", 1.0), ("intercepted", "defence_success", 1.0)],
        "threat": [
            ("threat", "warning", 1.0),
            ("imminent", "escalation", 1.0),
            ("injured", "harm", 1.0),
            ("attack", "attack", 1.0),
            ("damage", "damage", 1.0),
            ("security guard", "trap", 0.0),
            ("guard", "attack", 1.0),
        ],
        "hedging": [("may", "modal", 1.0), ("likely", "modal", 1.0)],
        "certainty": [("evidence", "evidence", 1.0), ("clearly", "booster", 1.0)],
        "attribution": [("according to", "according_to", 1.5), ("according", "according_to", 0.5)],
    },
    negated={
        "threat": "reassurance",
        "reassurance": "threat",
        "certainty": "hedging",
        "hedging": "keep",
    },
)


def evidence(text, lexicons=TINY):
    result = analyze(text, lexicons=lexicons)
    return [(m.text, m.dimension, m.weight, m.modifiers) for m in result.matches]


def test_negator_before_turns_threat_into_reassurance():
    [(text, dimension, weight, modifiers)] = evidence("No one was injured.")
    assert (text, dimension, weight) == ("injured", "reassurance", 1.0)
    assert modifiers == ("negated by 'No one' (threat/harm -> reassurance)",)


def test_negation_looks_back_over_a_copula_when_the_predicate_is_negated():
    found = evidence("The threat is not imminent.")
    assert [(t, d) for t, d, _, _ in found] == [
        ("threat", "reassurance"),
        ("imminent", "reassurance"),
    ]
    assert "(predicate)" in found[0][3][0]


def test_no_backward_negation_when_the_predicate_is_not_of_the_same_dimension():
    found = evidence("The attack was not an isolated event.")
    assert [(t, d) for t, d, _, _ in found] == [("attack", "threat")]


def test_negated_reassurance_is_threat_and_negated_booster_is_hedging():
    assert evidence("The systems were not ready.")[0][:2] == ("ready", "threat")
    assert evidence("There is no evidence of it.")[0][:2] == ("evidence", "hedging")


def test_negation_stops_at_the_clause():
    found = evidence("No one was hurt, but the attack was real.")
    assert [(t, d) for t, d, _, _ in found] == [("attack", "threat")]


def test_negation_window_is_limited():
    found = evidence("Not a single word of the long report mentioned the attack.")
    assert found[0][:2] == ("attack", "threat")


def test_pseudo_negation_does_not_negate():
    found = evidence("It was not only an attack.")
    assert found[0][:2] == ("attack", "threat")


def test_preventive_verb_negates():
    [(text, dimension, _, modifiers)] = evidence("They acted, preventing damage to homes.")
    assert (text, dimension) == ("damage", "reassurance")
    assert modifiers[0].startswith("prevented by 'preventing'")


def test_negated_hedging_keeps_its_dimension():
    [(text, dimension, _, modifiers)] = evidence("Rain is not likely today.")
    assert (text, dimension) == ("likely", "hedging")
    assert modifiers == ("negated by 'not' (kept: hedging/modal counts negated too)",)


def test_a_kept_negation_says_it_was_kept_and_keeps_the_score():
    # responsibility.tsv says '# negated: keep' (ANNOTATION: "no one has claimed responsibility" is 1):
    # the note must say the match was kept on purpose, or a reader takes it for a negation that failed.
    negated = analyze("This does not take responsibility away from them.").sentences[0]
    plain = analyze("This does take responsibility away from them.").sentences[0]
    [match] = [m for m in negated.evidence if m.dimension == "responsibility"]
    assert match.modifiers[0].startswith("negated by 'not' (kept: responsibility/")
    assert negated.scores["responsibility"] == plain.scores["responsibility"] > 0


def test_intensifier_and_diminisher_scale_the_weight():
    assert evidence("A very clearly stated view.")[0][2] > 1.0
    assert evidence("Slightly injured people.")[0][2] < 1.0


def test_longest_match_first():
    found = evidence("According to the governor, it was fine.")
    assert [(t, w) for t, _, w, _ in found] == [("According to", 1.5)]


def test_sense_trap_wins_and_stays_visible():
    found = evidence("A security guard stood there.")
    assert found == [("security guard", "threat", 0.0, ("sense trap",))]


def test_score_is_the_sum_of_evidence_weights():
    result = analyze("No one was injured, but the attack was clearly an attack.", lexicons=TINY)
    sentence = result.sentences[0]
    for dimension, score in sentence.scores.items():
        total = sum(m.weight for m in sentence.evidence if m.dimension == dimension)
        assert score == pytest.approx(total, abs=1e-4)


CASES = json.loads((Path(__file__).parent / "cases" / "rules.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_rule_cases_with_builtin_lexicons(case):
    result = analyze(case["text"])
    counted = [(m.text.lower(), m.dimension) for m in result.matches if m.weight > 0]

    def covered(text, dimension):  # alone or inside a longer phrase of the dimension
        return any(text.lower() in t and d == dimension for t, d in counted)

    for text, dimension in case.get("expect", []):
        assert covered(text, dimension), f"{case['comment']}: {counted}"
    for text, dimension in case.get("absent", []):
        assert not covered(text, dimension), f"{case['comment']}: {counted}"
    for dimension, count in case.get("n_matches", {}).items():
        assert sum(d == dimension for _, d in counted) == count, f"{case['comment']}: {counted}"
    scores = result.sentences[0].scores
    for dimension in case.get("positive", []):
        assert scores[dimension] > 0, f"{case['comment']}: {scores}"
    for dimension in case.get("zero", []):
        assert scores[dimension] == 0, f"{case['comment']}: {scores}"
    for dimension in case.get("present", []):  # at or above the dimension's threshold, not merely > 0
        assert result.sentences[0].present[dimension], f"{case['comment']}: {scores}"
    for dimension in case.get("not_present", []):
        assert not result.sentences[0].present[dimension], f"{case['comment']}: {scores}"


def test_actor_bound_success_is_traced_to_its_actor_and_rule():
    text = "Russian forces made gains near Bakhmut."
    (match,) = [m for m in analyze(text).matches if m.subcategory == "reassurance/actor_success"]
    assert text[match.start : match.end] == match.text == "Russian forces made gains"
    assert match.weight == 1.0
    assert match.lexicon == "rules/agents.tsv"
    assert match.modifiers == (
        "agent 'Russian forces' (forces)",
        "bound 'gains' (success_bound)",
        "rule: agent before word",
    )


def test_actor_bound_rows_stay_below_the_threshold_without_an_actor():
    reassurance = load_lexicons()["reassurance"]
    bound = [e.weight for e in reassurance.entries if e.subcategory == "success_bound"]
    # Two of them with a weak cue ('security', 0.3) still do not make a sentence reassuring.
    assert bound
    assert 2 * max(bound) + 0.3 < reassurance.threshold
    scores = analyze("Investment gains and the success of the fund improved security.").sentences[0].scores
    assert scores["reassurance"] < reassurance.threshold


def test_a_takeover_counts_only_for_a_state_or_armed_forces():
    # "take over" mostly takes a company or an office: a name or a pronoun before it is no agent.
    threshold = load_lexicons()["responsibility"].threshold
    for text in (
        "Analysts said Russian forces took over the town.",
        "They condemned Moscow's takeover of Crimea.",
    ):
        assert analyze(text).sentences[0].scores["responsibility"] >= threshold, text
    for text in ("Analysts said Texaco took over Getty Oil.", "He took over as chairman in 2001."):
        assert 0 < analyze(text).sentences[0].scores["responsibility"] < threshold, text


def test_an_accused_actor_is_traced_to_its_rule_and_a_lifted_weak_row_to_its_weight():
    text = "Kyiv accused Moscow of the attack on the dam."
    (tie,) = [m for m in analyze(text).matches if m.subcategory == "responsibility/agent"]
    assert text[tie.start : tie.end] == tie.text == "Moscow of the attack"
    assert tie.modifiers[-1] == "rule: accused of a harm"
    # A weak row on the harm word and the tie that lifts it add up to one full act, not more.
    matches = analyze("Russia is attacking Kyiv.").matches
    row, tie = (
        next(m for m in matches if m.subcategory == s)
        for s in ("responsibility/perpetration", "responsibility/agent")
    )
    assert 0 < row.weight < 1.0
    assert tie.weight == 1.0 - row.weight
    assert tie.modifiers[-1] == f"lifts the weak row 'attacking' ({row.weight:g}) to 1"


def test_an_exact_trap_beats_an_earlier_wildcard_of_the_same_length():
    lexicons = make_lexicons({"reassurance": [("calm*", "calm", 1.0), ("calmat", "trap", 0.0)]})
    [match] = analyze("CalMat Co said profits rose.", lexicons=lexicons).matches
    assert (match.text, match.subcategory, match.weight) == ("CalMat", "reassurance/trap", 0.0)
    [match] = analyze("The city stayed calmer.", lexicons=lexicons).matches
    assert (match.text, match.weight) == ("calmer", 1.0)


def test_responsible_for_a_non_harm_stays_below_the_threshold():
    # Bare "responsible for" mostly names a job, a cause or a credit (kwic 12/174 a harm): alone it must
    # not make a sentence assign responsibility; its harm objects are rows of their own.
    threshold = load_lexicons()["responsibility"].threshold
    text = "Taylor Hackford, responsible for the classic 1982 film, directed it."
    assert 0 < analyze(text).sentences[0].scores["responsibility"] < threshold
    harm = "The regime responsible for the invasion of Ukraine must pay."
    assert analyze(harm).sentences[0].scores["responsibility"] >= threshold


def test_an_appeal_keeps_the_support_it_asks_for_in_the_evidence_with_weight_zero():
    text = "Zelensky appealed for the supply of weapons."
    (match,) = [m for m in analyze(text).matches if m.lexicon == "reassurance"]
    assert text[match.start : match.end] == match.text == "supply of weapons"
    assert match.weight == 0.0
    assert match.modifiers == ("called for by 'appealed for' (asked for, not given: dropped)",)
