"""framing.agency: the faster forms build what the plain ones did."""

import itertools
from pathlib import Path

import pytest
from conftest import oversized

import framing.agency
from framing import load_lexicons
from framing.agency import RuledSentence, actor_matches, agentless_passives
from framing.agency.index import Gaps, token_ending, token_starting, tokens_starting_in
from framing.analyze import _indexes, analyze
from framing.tokenize import tokenize

TEXT = 'Russia\'s forces, "it said" - shelled  the city;\nthen (again) attacked it.'


def test_gaps_are_the_text_between_tokens_cut_when_read():
    tokens = tokenize(TEXT)
    eager = ["", *(TEXT[a.end : b.start] for a, b in itertools.pairwise(tokens))]
    gaps = Gaps(TEXT, tokens)
    assert len(gaps) == len(eager)
    assert [gaps[i] for i in range(len(gaps))] == eager
    assert gaps[-1] == eager[-1] and gaps[2:5] == eager[2:5] and list(gaps) == eager
    with pytest.raises(IndexError):
        gaps[len(eager)]
    assert list(Gaps(TEXT, ())) == [""]  # as the eager list of no tokens


def _ties(sentence: str, agent_hits: object) -> tuple:
    """The actor rules' matches of one sentence, given its agents' hits (None: found by the rules)."""
    lexicons = load_lexicons()
    _, agents = _indexes(lexicons)
    tokens = tokenize(sentence)
    evidence = [
        m
        for m in analyze(sentence, lexicons=lexicons).sentences[0].evidence
        if m.lexicon != "rules/agents.tsv"
    ]
    ruled = RuledSentence(sentence, tokens, evidence, 0, frozenset(), agent_hits)
    passives = agentless_passives(ruled, agents, lexicons)
    return actor_matches(
        RuledSentence(sentence, tokens, passives, 0, frozenset(), agent_hits), agents, lexicons
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'Russia launched 40 missiles at Kyiv, "Ukraine" said.',
        'The threat from Iran grew, and he warned of "the aggression" of Moscow.',
        "Ukraine's forces prevailed and made gains near Kharkiv.",
        "Iran was involved in the attack.",
    ],
)
def test_the_agents_found_in_the_shared_pass_are_those_the_agency_pass_finds(sentence):
    joint, _ = _indexes(load_lexicons())
    shared = joint.find_parts(tokenize(sentence))[3]
    ties = _ties(sentence, None)
    assert ties  # the sentence ties an actor, so the test can fail
    assert _ties(sentence, shared) == ties
    assert _ties(sentence, []) != ties  # the rules read the hits given, not their own


def test_the_token_at_an_offset_is_the_one_a_map_of_all_offsets_gives():
    tokens = tokenize(TEXT)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for offset in range(len(TEXT) + 2):
        assert token_starting(tokens, offset) == starts.get(offset)
        assert token_ending(tokens, offset) == ends.get(offset)
    assert token_starting((), 0) is None and token_ending((), 0) is None


def test_the_tokens_starting_in_a_span_are_those_a_test_of_each_token_finds():
    tokens = tokenize(TEXT)
    for start in range(0, len(TEXT) + 1, 3):
        for end in range(start - 2, len(TEXT) + 2, 5):
            expected = [i for i, t in enumerate(tokens) if start <= t.start < end]
            assert list(tokens_starting_in(tokens, start, end)) == expected


def test_agency_modules_stay_small():
    """The agency stage stays a package of small modules: none over 400 lines, no function over 60."""
    assert oversized(Path(framing.agency.__file__).parent, 400, 60) == []
