"""What an attitude cue reports besides words: an act, an intention, a commitment, or the start of a chain.

"Air defence systems responded, intercepting a drone" is an act; "the UK plans to give" an intention; "the UK
has pledged almost £12bn" a commitment; "sought to clarify" opens a chain whose later cue reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import Mention, chain_start, in_class, nation_of
from framing.attribution.context import SentenceContext
from framing.attribution.findings import cue_phrase, finding, viewed_as
from framing.attribution.heads import speech_nouns
from framing.attribution.verbs import AMOUNT
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token


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
    cue needs its content right after it ("responded that", "responded to the criticism"). "Defend" with
    a place or a thing guarded after it is an act too (:func:`_guarding`).
    """
    if cue.entry.subcategory != "attitude" or cue.stop >= len(ctx.tokens):
        return False
    following = ctx.tokens[cue.stop]
    return (following.clause_break_before and following.norm.endswith("ing")) or _guarding(ctx, cue)


GUARD_REACH = 4
"""Words after "defend" that may hold the place or thing guarded ("defends its territorial integrity")."""


def _guarding(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``guard_verb`` before a place or a ``guarded_object`` within reach: "defend itself", "defending Ukraine".

    "Defended the decision" reports words; "defend the city", "defended his title" report acts. An owner
    ("the country's decision") or a modifier ("the Rwanda policy") is not what is guarded, and a defence
    "against claims", "against accusations" is made in words ("defended the country against accusations").
    """
    tokens, lexicons = ctx.tokens, ctx.lexicons
    if not in_class(lexicons, tokens[cue.first].norm, "guard_verb"):
        return False
    for k in range(cue.stop, min(cue.stop + GUARD_REACH, len(tokens))):
        word = tokens[k]
        if k > cue.stop and word.clause_break_before:
            return False
        if word.text.endswith(("'s", "’s")):
            continue  # "defended the country's decision": the decision is defended
        # the country itself as the object ("defending Ukraine"), not a country further on ("its dealings
        # with Russia"), an adjective ("the Australian Open courts") or a modifier ("the Rwanda policy")
        head = k == cue.stop or (k == cue.stop + 1 and in_class(lexicons, tokens[cue.stop].norm, "article"))
        nation = nation_of(word.norm, lexicons)
        modified = k + 1 < len(tokens) and _modifies(tokens[k + 1], lexicons)
        place = head and not modified and nation is not None and nation.lower() == word.norm
        if place or in_class(lexicons, word.norm, "guarded_object"):
            return not _against_words(tokens, k + 1, lexicons)
    return False


def _modifies(following: Token, lexicons: LexiconSet) -> bool:
    """Whether the word after a noun makes the noun its modifier ("the Rwanda policy").

    A lowercase word that is no function word and no verb in -s or -ed ("defends Ukraine increases the risk").
    """
    return (
        not following.clause_break_before
        and following.text.islower()
        and following.norm not in lexicons.speech.function_words
        and not following.norm.endswith(("s", "ed"))
    )


def _against_words(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether "against" and a speech noun follow ("against the allegations", "against claims that")."""
    if k >= len(tokens) or tokens[k].norm != "against":
        return False
    nouns = speech_nouns(lexicons)
    return any(t.norm in nouns or t.norm[:-1] in nouns for t in tokens[k + 1 : k + 3])  # "claims" too


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
