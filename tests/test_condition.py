"""framing.condition: reassurance on a condition is supposed, not so."""

from framing import analyze
from framing.condition import conditioned
from framing.lexicon.model import Entry
from framing.match import Hit
from framing.tokenize import tokenize

IF = Entry("if", ("if",), "condition", 1.0, "condition")
SAFE = Entry("safe", ("safe",), "safety_outcome", 1.0, "own")


def _reassurance(text):
    return [m for m in analyze(text).matches if m.dimension == "reassurance" or m.lexicon == "reassurance"]


def test_a_condition_reaches_the_reassurance_of_its_clause_only():
    tokens = tokenize("if they are safe , they are safe")
    condition = Hit("m", IF, 0, 1)
    inside, after = Hit("reassurance", SAFE, 3, 4), Hit("reassurance", SAFE, 7, 8)
    assert conditioned([inside, after], [condition], tokens, frozenset()) == {inside: condition}


def test_a_condition_leaves_other_dimensions_alone():
    tokens = tokenize("if they are safe")
    threat = Hit("threat", SAFE, 3, 4)
    assert conditioned([threat], [Hit("m", IF, 0, 1)], tokens, frozenset()) == {}


def test_the_shipped_if_drops_a_supposed_success_and_keeps_the_main_clause():
    supposed = _reassurance("Russia may use a nuclear weapon if Ukraine's counteroffensive succeeds.")
    assert [m.weight for m in supposed] == [0.0]
    assert "on the condition 'if'" in supposed[0].modifiers[0]
    kept = _reassurance("If attacked, NATO will defend every inch of its territory.")
    assert kept and all(m.weight > 0 for m in kept)


def test_a_contingency_of_an_action_conditions_nothing():
    # 'if needed' is a pseudo row: the readiness around it is there.
    text = "The brigade is ready to act if needed to protect civilians."
    assert all(m.weight > 0 for m in _reassurance(text))
    assert analyze(text).sentences[0].scores["reassurance"] >= 1.0


def test_as_if_is_a_manner_not_a_condition():
    """Code review of 1fa1f4b: the hedging lexicon reads 'as if' as a sense trap; the condition rule agrees."""
    assert [m.weight for m in _reassurance("He acted as if the ceasefire was already signed.")] == [1.0]


def test_a_denied_threat_on_a_condition_is_neither_threat_nor_safety():
    # 'no risk' is reassurance through negation; supposed, it counts 0 in both dimensions.
    scores = analyze("The doctors said that if there is no risk she could play.").sentences[0].scores
    assert scores.get("reassurance", 0) == 0 and scores.get("threat", 0) == 0
    # A reassurance word a negation reached stays the threat it became.
    assert analyze("If Ukraine gets no air defence, cities will burn.").sentences[0].scores["threat"] > 0
