"""A perpetration verb in the passive with no agent names no one: "The city was shelled overnight".

ANNOTATION.md: responsibility needs the agent in the sentence. The responsibility lexicon lists
perpetration verbs ("shelled", "attacked") that count alone because their subject is mostly named
("Russian forces shelled the city"). In the passive, the subject is the target; without "by" + agent
after the verb ("was shelled by Russian forces" is ``passive_agent``) nobody is named, so the match
stays in the evidence with weight 0 and says why.

:func:`passive_harm` tells the responsibility rule when a harm word is a verb in the passive, so that
its subject (the target) is not taken for its agent; :func:`reduced_passive` does the same for a
participle right after its noun with no "be" ("soldiers wounded in Ukraine").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.agency.index import (
    DIMENSION,
    AgencyIndex,
    Clauses,
    RuledSentence,
    ending_at,
    token_ending,
    token_starting,
)
from framing.lexicon import LexiconSet
from framing.results import Match
from framing.tokenize import Token

PERPETRATION = f"{DIMENSION}/perpetration"
BY_REACH = 3
"""Tokens after the verb within which "by" names the agent ("was shelled heavily overnight by")."""


def agentless_passives(
    sentence: RuledSentence, index: AgencyIndex, lexicons: LexiconSet
) -> tuple[Match, ...]:
    """The sentence's evidence with each agentless passive perpetration match weighed 0."""
    evidence = sentence.evidence
    if not any(m.subcategory == PERPETRATION and m.weight > 0 for m in evidence):
        return tuple(evidence)
    tokens = sentence.tokens
    passive = index.passive
    irregular = lexicons.speech.classes["irregular_past"]
    result = []
    for m in evidence:
        if m.subcategory == PERPETRATION and m.weight > 0 and _agentless(tokens, m, passive, irregular):
            m = dataclasses.replace(
                m, weight=0.0, modifiers=(*m.modifiers, "passive without an agent: no one is named")
            )
        result.append(m)
    return tuple(result)


def _agentless(
    tokens: Sequence[Token], match: Match, passive: frozenset[str], irregular: frozenset[str]
) -> bool:
    """Whether a perpetration match on token edges is a participle after "be" with no "by" after it."""
    first, last = token_starting(tokens, match.start), token_ending(tokens, match.end)
    return (
        first is not None
        and last is not None
        and _participle(tokens[first].norm, irregular)
        and tokens[last].norm != "by"  # "was carried out by": the row names its agent
        and _after_passive(tokens, first, passive)
        and not _by_after(tokens, last)
    )


def _after_passive(tokens: Sequence[Token], first: int, passive: frozenset[str]) -> bool:
    """A form of "be" right before the verb, an adverb ("was heavily shelled") or "not" allowed between."""
    k = first - 1
    if k >= 0 and (tokens[k].norm.endswith("ly") or tokens[k].norm in ("not", "also", "again")):
        k -= 1
    return k >= 0 and tokens[k].norm in passive and not tokens[k + 1].clause_break_before


def _participle(word: str, irregular: frozenset[str]) -> bool:
    """A past participle ("shelled", "struck"): not "is Russian aggression", not "was attacking"."""
    return word.endswith(("ed", "en")) or word in irregular


def _by_after(tokens: Sequence[Token], last: int) -> bool:
    return any(t.norm == "by" for t in tokens[last + 1 : last + 1 + BY_REACH] if not t.clause_break_before)


def passive_harm(clauses: Clauses, first: int, stop: int) -> bool:
    """Whether the harm word at tokens ``first:stop`` is a verb in the passive: its subject is the target.

    Four shapes: the harm phrase opens with the form of "be" ("was shot"); a form of "be" stands right
    before the participle, adverbs or "not" between ("was twice repelled"); the participle is coordinated
    with a passive one, which lends it its voice ("was shot and stabbed", "were beaten, shot and robbed");
    or the harm completes a passive participle right before it ("was stabbed to death"). "be" + an -ing
    form is progressive ("Russia is conquering"), "be" + an adjective is no passive ("Britain's economy
    was successful").
    """
    tokens, stops = clauses.tokens, clauses.stops
    if stops.get(first) == "passive" and first + 1 < stop:
        return _participle(tokens[first + 1].norm, clauses.classes["irregular_past"])
    if _passive_participle(clauses, first, depth=3):
        return True
    # A harm that completes a passive verb befalls its subject too: "was stabbed to death".
    return (
        first > 0
        and not tokens[first].clause_break_before
        and _passive_participle(clauses, first - 1, depth=3)
    )


def _passive_participle(clauses: Clauses, i: int, depth: int) -> bool:
    """Token ``i`` is a participle after a form of "be" (over adverbs) or coordinated with such a one."""
    tokens = clauses.tokens
    if depth == 0 or not _participle(tokens[i].norm, clauses.classes["irregular_past"]):
        return False
    k = i - 1
    while k >= 0 and not tokens[k + 1].clause_break_before and _skippable(clauses, k):
        k -= 1
    if k < 0:
        return False
    if tokens[k + 1].clause_break_before:  # "beaten, shot": a comma between two participles
        return _comma(clauses, k + 1) and _passive_participle(clauses, k, depth - 1)
    if clauses.stops.get(k) == "passive":
        return True
    coordinator = tokens[k].norm in clauses.classes["verb_coordinator"]
    if coordinator and k > 0 and (not tokens[k].clause_break_before or _comma(clauses, k)):
        return _passive_participle(
            clauses, k - 1, depth - 1
        )  # "shot and stabbed", "beaten, shot, and robbed"
    return False


def _comma(clauses: Clauses, i: int) -> bool:
    return clauses.gaps[i].strip() == ","


def _skippable(clauses: Clauses, k: int) -> bool:
    """An adverb or "not" between a form of "be" and its participle ("was twice repelled", "was not shot")."""
    norm = clauses.tokens[k].norm
    return clauses.function_words.get(norm) in ("adverb", "negation") or norm.endswith("ly")


INTRANSITIVE_HARM = frozenset({"escalation"})
"""Harm whose verb takes no object: its -ed form after a noun is the noun's own act, never a reduced passive."""


def reduced_passive(clauses: Clauses, first: int, stop: int, subcategory: str) -> bool:
    """A harm participle right after a common noun and before a preposition.

    "soldiers wounded in Ukraine", "equipment captured from Kyiv forces", "their whole future destroyed in a
    few seconds": the noun is what the harm was done to, so no actor before it is the agent. Not after
    an auxiliary, an adverb, a name or a state ("Russia has captured in this war", "since Russia invaded
    in 2022", "the west prevailed in"), nor before "to" ("officials threatened to resign") or the
    clause's end, where an intransitive verb is as likely ("the west prevailed.").
    """
    tokens = clauses.tokens
    if first == 0 or not tokens[stop - 1].norm.endswith("ed") or tokens[first].clause_break_before:
        return False
    if subcategory.rsplit("/", 1)[-1] in INTRANSITIVE_HARM:
        return False  # "Russian troops escalated across the front": an escalation has no target
    noun = tokens[first - 1]
    if not noun.text.islower() or noun.norm.endswith("ly") or noun.norm in clauses.function_words:
        return False
    actor = ending_at(clauses.agents, first - 1)
    if actor is not None and actor.kind in ("state", "leader"):
        return False  # "the west prevailed in the end": a government acts, it is not acted on
    if stop == len(tokens) or tokens[stop].clause_break_before or tokens[stop].norm == "to":
        return False
    return clauses.function_words.get(tokens[stop].norm) == "preposition"
