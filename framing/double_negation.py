"""A negated preventive verb prevents nothing: "did not prevent the attack", "could not be averted".

A preventive verb (``preventive`` in ``modifiers/negators.tsv``: "prevent", "avert", "thwart", "ward off",
"avoid") negates what follows it, and in the passive its subject ("an escalation was averted"). Negated
itself, the outcome is no longer stopped: "the air defence failed to prevent the strike" reports the
strike, "the escalation could not be averted" the escalation. Left alone, the negator's forward scope
would still reach the object ("not" is three words before "attack") and the preventive would negate it
too, so either way the threat became reassurance. The pair cancels: the negator takes the verb, the verb
takes nothing. "Rule out" is no preventive but a ``refusal``, which ends a negation's scope as a verb of
knowing ("confirm") does: "would not rule out sending troops" stops the negation there and the troops stay a
threat (``framing/appeal.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.match import Hit
from framing.scope import clause_is_open
from framing.tokenize import Token

PAIR_WINDOW = 3
"""Tokens from a negator's end to the preventive's start ("not prevent" 0, "could not be averted" 1,
"did not fully avert" 1, "no one can prevent" 1); further on the two are rarely one verb phrase ("did not
retreat and prevented ...")."""


def cancel_negated_preventives(
    negators: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> list[Hit]:
    """The negators and preventives left once each preventive negated by a negator is paired with it.

    Args:
        negators: The sentence's ``negator`` and ``preventive`` hits.
        tokens: The sentence's tokens.
        breaks: Token indices of ``scope_break`` words.

    Returns:
        ``negators`` without the cancelled pairs, in their order.
    """
    # Negators by where they end (with their order), so a preventive looks back over the window only.
    ending: dict[int, list[tuple[int, Hit]]] = {}
    for order, negator in enumerate(negators):
        if negator.entry.subcategory == "negator":
            ending.setdefault(negator.stop, []).append((order, negator))
    cancelled: set[int] = set()  # positions in ``negators``
    for place, verb in enumerate(negators):
        if verb.entry.subcategory != "preventive":
            continue
        near = range(verb.first, max(-1, verb.first - PAIR_WINDOW), -1)
        reaching = sorted(pair for stop in near for pair in ending.get(stop, ()))
        for order, negator in reaching:  # the first in the sentence's order, as a scan of all would find
            if order not in cancelled and clause_is_open(tokens, negator.stop, verb.first, breaks):
                cancelled.update((order, place))
                break
    return [n for order, n in enumerate(negators) if order not in cancelled]
