"""The modifier hits of one sentence, sorted by what they do, and where their reach ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from framing.appeal import standing_refusals
from framing.double_negation import cancel_negated_preventives
from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token


class Scope(NamedTuple):
    """The sentence's modifiers, sorted by what they do."""

    negators: list[Hit]
    denials: list[Hit]
    breaks: frozenset[int]
    copulas: frozenset[int]
    scalers: list[Hit]
    impossibles: list[Hit]
    appeals: list[Hit]
    refusals: list[Hit]
    conditions: list[Hit]
    # where an appeal's or a condition's reach ends: the breaks, less the refusals a negation cancelled
    reach_breaks: frozenset[int]
    # where a negator's reach ends: the breaks and the verbs whose object it does not reach (a denial's goes on)
    negator_breaks: frozenset[int]


def sort_modifiers(modifiers: Sequence[Hit], tokens: Sequence[Token], definites: frozenset[str]) -> Scope:
    """Sort a sentence's modifier hits by kind (``negators.tsv``), with the breaks each kind stops at."""
    kinds = [(m, m.entry.subcategory) for m in modifiers]
    # An origin verb is an object_break only before a definite object, which presupposes the harm:
    # "we did not start this war" denies who began it; "did not start a war" denies the war.
    objects = {
        m.first
        for m, kind in kinds
        if kind == "object_break"
        or (kind == "origin" and m.stop < len(tokens) and tokens[m.stop].norm in definites)
    }
    # A refusal ends a negation's scope, as a verb of saying does: "would not rule out sending troops".
    breaks = frozenset(m.first for m, kind in kinds if kind in ("scope_break", "refusal"))
    negators = [m for m, kind in kinds if kind in ("negator", "preventive")]
    refusals = [m for m, kind in kinds if kind == "refusal"]
    reach_breaks = breaks
    if refusals:  # most sentences have none
        plain = [m for m in negators if m.entry.subcategory == "negator"]
        standing = standing_refusals(refusals, plain, tokens, breaks)
        # "should not delay aid": the cancelled refusal still ends the negation, not the appeal's reach
        reach_breaks = breaks - {m.first for m in refusals if m not in standing}
        refusals = standing
    return Scope(
        negators=cancel_negated_preventives(negators, tokens, breaks),
        denials=[m for m, kind in kinds if kind == "denial"],
        breaks=breaks,
        copulas=frozenset(i for m, kind in kinds if kind == "copula" for i in range(m.first, m.stop)),
        scalers=[m for m, kind in kinds if kind in ("intensifier", "diminisher")],
        impossibles=[m for m, kind in kinds if kind == "impossible"],
        appeals=[m for m, kind in kinds if kind == "appeal"],
        refusals=refusals,
        conditions=[m for m, kind in kinds if kind == "condition"],
        reach_breaks=reach_breaks,
        negator_breaks=breaks | objects,
    )


@derived
def flipping_lexicons(lexicons: LexiconSet) -> frozenset[str]:
    """Names of the lexicons a negator flips into another (``negated`` neither keep nor drop), once per set."""
    return frozenset(x.name for x in lexicons if x.negated not in (NEGATION_KEEP, NEGATION_DROP))
