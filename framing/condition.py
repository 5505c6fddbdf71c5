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
nothing. Threat words are left alone: a danger supposed is still named. A denied threat that a negation
made reassurance is supposed as well ("if there is no risk she could play", "if Russia does not pay a
heavy price"): it counts 0, neither the threat it denies nor the safety it would be.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from framing.appeal import APPEAL_WINDOW, REASSURANCE
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.scope import nearest_before
from framing.tokenize import Token


def suppose(
    content: Sequence[Hit],
    conditions: Sequence[Hit],
    tokens: Sequence[Token],
    breaks: frozenset[int],
    lexicons: LexiconSet,
    negated_by: MutableMapping[Hit, tuple[Hit, str]],
) -> None:
    """Record in ``negated_by`` the condition over each reassurance hit and each denial read as reassurance.

    A reassurance hit a negation reached keeps its negation ("if Ukraine gets no air defence" stays a
    threat); a threat hit a negation made reassurance is the condition's instead.
    """
    flipped: set[Hit] = set()
    for hit, (negator, _) in negated_by.items():
        lexicon = lexicons[hit.group]
        if hit.entry.negation_target(negator.entry.subcategory, lexicon.negated) == REASSURANCE:
            flipped.add(hit)
    for hit, condition in conditioned(content, conditions, tokens, breaks, frozenset(flipped)).items():
        if hit in flipped or hit not in negated_by:
            negated_by[hit] = (condition, "")


def conditioned(
    content: Sequence[Hit],
    conditions: Sequence[Hit],
    tokens: Sequence[Token],
    breaks: frozenset[int],
    flipped: frozenset[Hit] = frozenset(),
) -> dict[Hit, Hit]:
    """The reassurance hits a condition supposes, each with the nearest condition before it.

    Args:
        content: The sentence's lexicon hits (no traps).
        conditions: The sentence's ``condition`` modifier hits.
        tokens: The sentence's tokens.
        breaks: Token indices of ``scope_break`` words.
        flipped: Hits of other lexicons that a negation made reassurance.

    Returns:
        Supposed hit -> the condition whose clause holds it.
    """
    return nearest_before(
        content,
        conditions,
        tokens,
        breaks,
        APPEAL_WINDOW,
        lambda hit: hit.group == REASSURANCE or hit in flipped,
    )
