"""framing.appeal: support that is called for is not support given."""

from conftest import make_lexicons

from framing import analyze
from framing.appeal import requested
from framing.lexicon.model import Entry
from framing.match import Hit
from framing.tokenize import tokenize

APPEAL = Entry("urged", ("urged",), "appeal", 1.0, "appeal")
AID = Entry("aid", ("aid",), "support", 1.0, "own")


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
