"""What an attitude cue reports besides words: an act, an intention, a commitment, or the start of a chain.

"Air defence systems responded, intercepting a drone" is an act; "the UK plans to give" an intention; "the UK
has pledged almost £12bn" a commitment; "sought to clarify" opens a chain whose later cue reports.
"""

from __future__ import annotations

from framing.attribution.base import Mention, chain_start, in_class
from framing.attribution.context import SentenceContext
from framing.attribution.findings import cue_phrase, finding, viewed_as
from framing.attribution.verbs import AMOUNT
from framing.match import Hit


def opens_chain(ctx: SentenceContext, cue: Hit) -> bool:
    """An attitude cue whose infinitive is a cue ("sought to clarify"): the later cue reports the chain."""
    if cue.entry.subcategory != "attitude":
        return False
    return any(
        other.first == cue.stop + 1 and chain_start(ctx.tokens, other.first, ctx.lexicons) == cue.first
        for other in ctx.cues
    )


def is_action(ctx: SentenceContext, cue: Hit) -> bool:
    """An attitude verb followed by a comma and a participle is an act, not speech.

    "Air defence systems responded, intercepting a drone" reports what the systems did; an attitude
    cue needs its content right after it ("responded that", "responded to the criticism").
    """
    if cue.entry.subcategory != "attitude" or cue.stop >= len(ctx.tokens):
        return False
    following = ctx.tokens[cue.stop]
    return following.clause_break_before and following.norm.endswith("ing")


def commitment(ctx: SentenceContext, cue: Hit) -> bool:
    """An amount right after a cue: "the UK has pledged almost £12bn" commits money or arms, not words.

    Not after the ``amount_claim`` class of ``sources/word_classes.tsv``, whose amount is the claim
    ("the ministry said 20 drones were shot down").
    """
    last = ctx.tokens[cue.stop - 1]
    return (
        not in_class(ctx.lexicons, last.norm, "amount_claim") and AMOUNT.match(ctx.text, last.end) is not None
    )


def intention(ctx: SentenceContext, cue: Hit, mention: Mention) -> bool:
    """An attitude cue of intention or perception ("plans", "refused", "sees", "declined").

    Classes ``not_source`` (never-a-speaker words) and ``intent`` of ``sources/word_classes.tsv``.
    """
    # "a study has found": a document's finding is its claim (findings.finding)
    return in_class(ctx.lexicons, cue_phrase(ctx, cue), "not_source", "intent") and not (
        finding(ctx, cue, mention) or viewed_as(ctx, cue)
    )
