"""Support that is called for or refused is not support given: "urged allies to boost military support".

ANNOTATION.md counts protective measures, support and capability as reassurance: help that is there.
An appeal for it ("Zelensky appealed for the supply of weapons", "the West must increase military
assistance", "urged the agency to draw up contingency plans") says it is not there yet; the framing_gold
readers mark such sentences 0. An ``appeal`` word of ``modifiers/negators.tsv`` therefore drops the
reassurance ``support`` and ``capability`` matches that follow it in its clause: they stay in the evidence
with weight 0. Calls for calm or restraint ("urged calm", "called for restraint") are what the appeal
conveys and are left alone: only :data:`REQUESTED` subcategories are dropped.

A ``refusal`` word ("ruled out", "refused to", "withheld", "reluctant to") drops the same matches the
same way: "ruled out direct military support", "threatening to withhold aid to Ukraine" report support
that is not given. Negated, a refusal refuses nothing ("did not hesitate to send weapons", "would not rule
out sending troops"): :func:`standing_refusals` leaves it out, as a negated preventive is
(``framing/double_negation.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.double_negation import PAIR_WINDOW
from framing.match import Hit
from framing.scope import by_stop, clause_is_open, nearest_before
from framing.tokenize import Token

APPEAL_WINDOW = 12
"""Tokens from an appeal's end to the start of a match it reaches ("called for new sanctions against Iran
for its weekend attack and concrete help for Ukraine": 'help' is ten words on)."""
REASSURANCE = "reassurance"
REQUESTED = frozenset({"support", "capability"})
"""Reassurance subcategories an appeal asks for rather than reports; never calm, diplomacy or deterrence.
Only the ``reassurance`` lexicon's: a user dimension's own ``support`` ("urged voters to support the bill"
in an ``economy.tsv``) is what it reports."""


def requested(
    content: Sequence[Hit], appeals: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> dict[Hit, Hit]:
    """The hits an appeal asks for, each with the nearest appeal before it.

    Args:
        content: The sentence's lexicon hits (no traps).
        appeals: The sentence's ``appeal`` modifier hits.
        tokens: The sentence's tokens.
        breaks: Token indices of ``scope_break`` words.

    Returns:
        Requested hit -> the appeal that reaches it.
    """
    return nearest_before(
        content,
        appeals,
        tokens,
        breaks,
        APPEAL_WINDOW,
        lambda hit: hit.group == REASSURANCE and hit.entry.subcategory in REQUESTED,
    )


def standing_refusals(
    refusals: Sequence[Hit], negators: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> list[Hit]:
    """The refusals no negator negates: "did not hesitate to", "would not rule out" refuse nothing.

    Args:
        refusals: The sentence's ``refusal`` modifier hits.
        negators: The sentence's ``negator`` hits.
        tokens: The sentence's tokens.
        breaks: Token indices of ``scope_break`` words.

    Returns:
        ``refusals`` without those a negator ends at most ``PAIR_WINDOW`` - 1 tokens before, clause open.
    """
    ending = by_stop(negators)
    standing = []
    for refusal in refusals:
        near = range(refusal.first, max(-1, refusal.first - PAIR_WINDOW), -1)
        if not any(stop in ending and clause_is_open(tokens, stop, refusal.first, breaks) for stop in near):
            standing.append(refusal)
    return standing
