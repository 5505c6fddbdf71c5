"""Safety on a condition is not safety: "if Ukraine's counteroffensive succeeds" reports no success.

ANNOTATION.md counts conveyed safety, control, protection or calm as reassurance. A reassurance word in
a clause opened by ``if`` or ``unless`` is only supposed: "Russia may be forced to use a nuclear weapon if
Ukraine's counteroffensive succeeds", "if the West can provide enough reassurance", "the US would
reconsider how it's supporting Israel's war if ..."; the framing_gold readers mark such sentences 0. A
``condition`` word of ``modifiers/negators.tsv`` therefore drops the reassurance matches after it in its
clause (:data:`~framing.appeal.APPEAL_WINDOW` words at most), as an appeal drops the support it asks for:
they stay in the evidence with weight 0. The clause ends at clause punctuation or a ``scope_break`` word,
so the main clause after "if attacked," keeps its own reassurance ("if attacked, NATO will defend every
inch"). Contingencies of an action ("if necessary", "if needed") are ``pseudo`` rows and condition
nothing. Threat words are left alone: a danger supposed is still named.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.appeal import APPEAL_WINDOW
from framing.match import Hit
from framing.scope import by_stop, clause_is_open
from framing.tokenize import Token

REASSURANCE = "reassurance"


def conditioned(
    content: Sequence[Hit], conditions: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> dict[Hit, Hit]:
    """The reassurance hits a condition supposes, each with the nearest condition before it.

    Args:
        content: The sentence's lexicon hits (no traps).
        conditions: The sentence's ``condition`` modifier hits.
        tokens: The sentence's tokens.
        breaks: Token indices of ``scope_break`` words.

    Returns:
        Supposed hit -> the condition whose clause holds it.
    """
    found: dict[Hit, Hit] = {}
    if not conditions:
        return found
    ending = by_stop(conditions)
    for hit in content:
        if hit.group != REASSURANCE:
            continue
        for stop in range(hit.first, max(-1, hit.first - APPEAL_WINDOW), -1):
            condition = ending.get(stop)
            if condition is not None and clause_is_open(tokens, stop, hit.first, breaks):
                found[hit] = condition
                break
    return found
