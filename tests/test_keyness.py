"""Keyness by hand: Dunning's G², the log ratio, and the ranking of an over-used term."""

import math

import pytest
from test_compare import article

from framing.keyness import keyness, log_likelihood, log_ratio


def test_log_likelihood_and_log_ratio_by_hand():
    # a=10 in 1000 tokens, b=0 in 1000: E=5 each, G2 = 2 * 10 * ln(10/5)
    assert log_likelihood(10, 0, 1000, 1000) == pytest.approx(2 * 10 * math.log(2))
    assert log_likelihood(5, 5, 1000, 1000) == pytest.approx(0)
    assert log_ratio(8, 2, 1000, 1000) == pytest.approx(2.0)
    assert log_ratio(4, 0, 1000, 1000) == pytest.approx(math.log2(4 / 0.5))


def test_keyness_ranks_the_over_used_term():
    a = article("a", [1.0] * 10, term="attack")
    b = article("b", [1.0] * 10, term="strike")
    members_a = [("a", s) for s in a.sentences]
    members_b = [("b", s) for s in b.sentences]
    terms = keyness(members_a, members_b, "threat", "a", "b")
    assert {t.term for t in terms} == {"attack", "strike"}
    attack = next(t for t in terms if t.term == "attack")
    assert attack.favours == "a" and attack.count_a == 10 and attack.count_b == 0
    assert attack.p_value < 0.001


def test_typography_is_not_a_key_term():
    from framing import Match, SentenceResult

    def members(doc, texts):
        out = []
        for i, text in enumerate(texts):
            match = Match(
                "attribution", "attribution/quote", text, 0, len(text), text, 1.0, (), "attribution", i
            )
            present = {"attribution": True}
            out.append(
                (doc, SentenceResult(i, 0, 10, "x" * 10, 10, False, {"attribution": 1.0}, (match,), present))
            )
        return out

    curly = members("gb", ["“", "”", "Russia’s claim"] * 5)
    straight = members("pl", ['"', '"', "Russia's claim"] * 5)
    terms = keyness(curly, straight, "attribution", "gb", "pl")
    assert [t.term for t in terms] == ["russia's claim"]
    assert terms[0].count_a == terms[0].count_b == 5


def test_a_term_moved_by_a_negation_says_so():
    from framing import analyze

    # "We do not want war" counts 'war' as reassurance (a denied threat): the term must not read as the bare word
    denied = analyze("We do not want war. There will be no war. We do not want war.", doc="a")
    plain = analyze("The war goes on. The war is long. The war is cruel.", doc="b")
    reassurance = keyness(
        [("a", s) for s in denied.sentences], [("b", s) for s in plain.sentences], "reassurance", "a", "b"
    )
    assert [t.term for t in reassurance] == ["war (negated)"]
    threat = keyness(
        [("a", s) for s in denied.sentences], [("b", s) for s in plain.sentences], "threat", "a", "b"
    )
    assert "war" in {t.term for t in threat}
