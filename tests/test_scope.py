"""framing.scope: the clause a modifier reaches over, one definition for every modifier rule."""

import framing.appeal
import framing.double_negation
import framing.rules.negations
from framing import load_lexicons
from framing.lexicon.model import Entry
from framing.match import Hit
from framing.scope import by_stop, clause_is_open, join_quotes, nearest_before
from framing.tokenize import tokenize

_ENTRY = next(iter(load_lexicons()["threat"].entries))


def test_clause_is_open_stops_at_clause_punctuation_and_scope_breaks():
    tokens = tokenize("not a threat, but an attack")
    assert clause_is_open(tokens, 1, 2, frozenset())  # "not" reaches "threat"
    assert not clause_is_open(tokens, 1, 5, frozenset())  # the comma before "but"
    assert not clause_is_open(tokens, 1, 2, frozenset({1}))  # a scope-break word between


def test_by_stop_keeps_the_first_of_two_hits_ending_together():
    first, second, third = Hit("g", _ENTRY, 0, 2), Hit("g", _ENTRY, 1, 2), Hit("g", _ENTRY, 3, 4)
    assert by_stop([first, second, third]) == {2: first, 4: third}


def test_the_modifier_rules_share_one_clause_check():
    # Three copies drifted apart in their docstrings once; one function keeps the rules in step.
    assert framing.appeal.clause_is_open is clause_is_open
    assert framing.double_negation.clause_is_open is clause_is_open
    assert framing.rules.negations.clause_is_open is clause_is_open


def test_nearest_before_takes_the_closest_modifier_in_the_clause_and_window():
    should = Entry("should", ("should",), "appeal", 1.0, "own")
    aid = Entry("aid", ("aid",), "support", 1.0, "own")
    tokens = tokenize("they should send aid , and aid came")  # the comma is no token: "aid" is 3 and 5
    first, second = Hit("reassurance", aid, 3, 4), Hit("reassurance", aid, 5, 6)
    appeal = Hit("m", should, 1, 2)
    assert [tokens[h.first].text for h in (appeal, first, second)] == ["should", "aid", "aid"]
    everything = nearest_before([first, second], [appeal], tokens, frozenset(), 12, lambda hit: True)
    assert everything == {first: appeal}  # the comma ends the appeal's clause
    assert nearest_before([first], [appeal], tokens, frozenset(), 1, lambda hit: True) == {}  # out of reach
    assert nearest_before([first], [appeal], tokens, frozenset(), 12, lambda hit: False) == {}


def test_join_quotes_joins_a_partial_quote_and_keeps_a_long_quotation_and_a_lone_mark():
    text = 'He was not "sure" that "we will win this war" and that Jones’ men came.'
    tokens = tokenize(text)
    broken = [t.text for t in tokens if t.clause_break_before]
    assert broken == ["sure", "that", "we", "and", "men"]  # the quotation rules see every mark
    partial = [t.text for t in join_quotes(text, tokens, max_words=3) if t.clause_break_before]
    assert partial == ["we", "and", "men"]  # 'sure' joined; five words and a possessive are not
    joined = [t.text for t in join_quotes(text, tokens) if t.clause_break_before]
    assert joined == []  # no limit: every gap of quote marks alone
    plain = tokenize("He was sure.")
    assert join_quotes("He was sure.", plain) is plain  # nothing quoted: the tokens as they are


def test_join_quotes_pairs_a_quote_that_closes_the_sentence():
    text = 'There is no "threat".'
    tokens = tokenize(text)
    assert [t.text for t in tokens if t.clause_break_before] == ["threat"]
    assert not any(t.clause_break_before for t in join_quotes(text, tokens, max_words=3))
    unpaired = 'It is Jones’ last "word'  # an opening mark that nothing closes stays a break
    assert [
        t.text for t in join_quotes(unpaired, tokenize(unpaired), max_words=3) if t.clause_break_before
    ] == [
        "last",
        "word",
    ]
