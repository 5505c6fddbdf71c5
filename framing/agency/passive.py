"""A perpetration verb in the passive with no agent names no one: "The city was shelled overnight".

ANNOTATION.md: responsibility needs the agent in the sentence. The responsibility lexicon lists
perpetration verbs ("shelled", "attacked") that count alone because their subject is mostly named
("Russian forces shelled the city"). In the passive, the subject is the target; without "by" + agent
after the verb ("was shelled by Russian forces" is ``passive_agent``) nobody is named, so the match
stays in the evidence with weight 0 and says why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.agency.index import DIMENSION, AgencyIndex, RuledSentence
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
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    result = []
    for m in evidence:
        first, last = starts.get(m.start), ends.get(m.end)
        if (
            m.subcategory == PERPETRATION
            and m.weight > 0
            and first is not None
            and last is not None
            and _participle(tokens[first].norm, irregular)
            and tokens[last].norm != "by"  # "was carried out by": the row names its agent
            and _after_passive(tokens, first, passive)
            and not _by_after(tokens, last)
        ):
            m = dataclasses.replace(
                m, weight=0.0, modifiers=(*m.modifiers, "passive without an agent: no one is named")
            )
        result.append(m)
    return tuple(result)


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
