"""framing.appeal: support that is called for or refused is not support given."""

from conftest import make_lexicons

from framing import analyze
from framing.appeal import requested, standing_refusals
from framing.lexicon.model import Entry
from framing.match import Hit
from framing.tokenize import tokenize

APPEAL = Entry("urged", ("urged",), "appeal", 1.0, "appeal")
AID = Entry("aid", ("aid",), "support", 1.0, "own")
REFUSAL = Entry("refused to", ("refused", "to"), "refusal", 1.0, "refusal")
NOT = Entry("not", ("not",), "negator", 1.0, "own")


def test_the_nearest_appeal_in_the_clause_asks_for_the_support():
    tokens = tokenize("urged, they demanded military aid")
    first, second = Hit("m", APPEAL, 0, 1), Hit("m", APPEAL, 2, 3)
    aid = Hit("reassurance", AID, 4, 5)
    assert requested([aid], [first, second], tokens, frozenset()) == {aid: second}
    assert requested([aid], [first], tokens, frozenset()) == {}  # the comma ends the first appeal's clause


def test_each_support_in_a_long_sentence_is_asked_for_by_the_nearest_appeal():
    # The lookup by position (speed is measured by benchmarks/hostile.py, not here) keeps the pairs.
    n = 3000
    tokens = tokenize("urged military aid " * n)
    appeals = [Hit("modifiers", APPEAL, 3 * i, 3 * i + 1) for i in range(n)]
    content = [Hit("reassurance", AID, 3 * i + 2, 3 * i + 3) for i in range(n)]
    assert requested(content, appeals, tokens, frozenset()) == dict(zip(content, appeals, strict=True))


def test_an_appeal_drops_reassurance_support_only():
    # A user dimension may name its own subcategory 'support': what it reports is no help asked for.
    lexicons = make_lexicons(
        {"reassurance": [("military aid", "support", 1.0)], "politics": [("the bill", "support", 1.0)]}
    )
    matches = analyze("He urged voters to back the bill and urged military aid.", lexicons=lexicons).matches
    weights = {m.lexicon: m.weight for m in matches}
    assert weights == {"politics": 1.0, "reassurance": 0.0}


def test_a_negated_refusal_refuses_nothing():
    tokens = tokenize("they did not hesitate to send aid and refused to send aid")
    negator = Hit("m", NOT, 2, 3)
    negated, plain = Hit("m", REFUSAL, 3, 5), Hit("m", REFUSAL, 8, 10)
    assert standing_refusals([negated, plain], [negator], tokens, frozenset()) == [plain]


def test_a_negator_past_the_pair_window_or_the_clause_leaves_the_refusal():
    tokens = tokenize("not one of them , they refused to send aid")
    negator, refusal = Hit("m", NOT, 0, 1), Hit("m", REFUSAL, 6, 8)
    assert standing_refusals([refusal], [negator], tokens, frozenset()) == [refusal]


def test_a_refusal_keeps_the_support_it_withholds_in_the_evidence_with_weight_zero():
    text = "The allies ruled out direct military support."
    (match,) = [m for m in analyze(text).matches if m.lexicon == "reassurance"]
    assert text[match.start : match.end] == match.text == "military support"
    assert match.weight == 0.0
    assert match.modifiers == ("refused by 'ruled out' (withheld, not given: dropped)",)


def test_should_asks_for_the_support_after_it_not_the_aid_named_before_it():
    # 'should' is an appeal of the shipped negators.tsv: support after it is asked for or forecast, not given.
    asked = analyze("Scholz should provide Taurus cruise missiles to Ukraine.").matches
    (support,) = [m for m in asked if m.dimension == "reassurance"]
    assert support.weight == 0.0
    assert any("should" in modifier for modifier in support.modifiers)
    named = analyze("The aid to Ukraine should arrive next week.").matches
    assert [m.weight for m in named if m.dimension == "reassurance"] == [1.0]


def test_a_stoppage_withholds_the_support_after_it_and_ends_a_negation():
    # 'block', 'halt' and their kin are refusals of the shipped negators.tsv.
    blocked = analyze("The House voted to block military aid to the rebels.").matches
    assert [m.weight for m in blocked if m.dimension == "reassurance"] == [0.0]
    halted = analyze("The Games did not halt the invasion of Georgia.").sentences[0].scores
    assert halted.get("reassurance", 0) == 0 and halted["threat"] > 0
