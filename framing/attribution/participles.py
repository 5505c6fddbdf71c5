"""Participle cues and their subjects: "..., warning that ...", "X opened it by calling for ...".

"Mr Hockney also left UKIP saying ...": the sentence's subject speaks; "with analysts saying" the noun after
the host word; "is exploring adding a bus route" is no one's speech. The verb rule asks these first
(:func:`framing.attribution.rules.verb`).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import Mention, in_class
from framing.attribution.context import SentenceContext
from framing.attribution.coordinated import after_fronted
from framing.attribution.heads import speech_words
from framing.attribution.premodifiers import holder_after
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token


def source_of_previous(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source of a claim before a participle cue or a verb coordinated with its cue.

    "..., Koffler explained, adding that ...": the latest claim's. "Ms Jowell's deputy, Richard Caborn,
    said ..., and responded to the concerns": the verb after ", and" shares the subject of the sentence's
    first claim, not of one inside it ("Lord Tebbit said he agreed with Dr Fox's view, and said"), when that
    claim's source opens the sentence: not one in a relative clause ("Ms Jones, whom Mr Smith accused of
    lying, resigned, and said": the sentence's subject is read as before).
    """
    tokens = ctx.tokens
    first = tokens[cue.first]
    before = tokens[cue.first - 1] if cue.first > 1 else None
    if first.clause_break_before and first.norm.endswith("ing"):
        found = ctx.last_source
    elif (
        before is not None
        and before.clause_break_before
        and in_class(ctx.lexicons, before.norm, "verb_coordinator")
    ):
        found = ctx.first_source
        opening = after_fronted(tokens, ctx.lexicons)
        if found is not None and found[1].first not in (0, 1, opening):
            return None
    else:
        return None
    return found[1] if found is not None and found[0] < cue.first else None


def participle_subject(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The subject of the sentence, for a participle cue after a comma or "by".

    "X opened the session, warning that ...", "X opened it by calling for ...": X speaks; so does the
    subject after a fronted phrase ("On Sunday, X issued a new line of attack, stating ..."), and with no
    comma after an object for a ``bare_participle`` ("Mr Hockney also left UKIP saying ..."), unless a word of class
    ``participle_host`` makes the noun before the participle its subject ("with analysts saying", "an open
    letter from Lee Scott saying", "70 percent of Republicans saying").
    """
    tokens, mentions = ctx.tokens, ctx.by_token
    if cue.first < 2 or not tokens[cue.first].norm.endswith("ing"):
        return None
    marked = tokens[cue.first].clause_break_before or tokens[cue.first - 1].norm == "by"
    bare = cue.stop - cue.first == 1 and in_class(ctx.lexicons, tokens[cue.first].norm, "bare_participle")
    if not marked and (not bare or _hosted(tokens, cue, ctx.lexicons) or _speech_before(ctx, cue)):
        return None
    fronted = after_fronted(tokens, ctx.lexicons)
    candidates = [*mentions.opening, *(mentions.starting.get(fronted, ()) if fronted > 1 else ())]
    # with no comma, the subject must stand apart from the object before the participle: "Mr Hockney left
    # UKIP saying", "Knapman attacked the plans saying"; "Analysts saying" is the subject's own participle
    last = cue.first if marked else cue.first - 2
    found = next(
        (
            m
            for m in candidates
            if m.stop <= last
            and m.kind not in ("speech_noun", "place")
            and m.referent not in ("first", "second", "neuter")
        ),
        None,
    )
    return (
        holder_after(ctx.text, found, ctx.by_token, ctx.tokens, ctx.lexicons) if found is not None else None
    )


def _speech_before(ctx: SentenceContext, cue: Hit) -> bool:
    """Whether a speech word or a preposition stands right before a participle cue.

    "received a telephone call saying", "he said adding": the call or the cue's own source speaks; "about
    stating war aims", "is exploring adding a bus route", "has started adding beds": a gerund after a
    preposition or a verb form, no one's speech.
    """
    token = ctx.tokens[cue.first - 1]
    before = token.norm
    preposition = ctx.lexicons.speech.function_words.get(before) == "preposition"
    verb_form = token.text.islower() and before.endswith(("ing", "ed"))
    return preposition or verb_form or before in speech_words(ctx.lexicons)


def _hosted(tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet) -> bool:
    """Whether a ``participle_host`` word stands in the clause at most six words before a participle cue."""
    for k in range(cue.first - 1, max(cue.first - 7, -1), -1):
        if in_class(lexicons, tokens[k].norm, "participle_host"):
            return True
        if tokens[k].clause_break_before:
            return False
    return False
