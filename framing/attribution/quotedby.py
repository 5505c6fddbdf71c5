"""A passive "quoted by" or "cited by" right after a speaker: the one quoted speaks, the medium carries the words.

"Wally Adeyemo quoted by Ukrainian Truth", "X was quoted by Reuters as saying", "Minister Ivica Daczic,
cited on Sunday by N1 television" (:func:`framing.attribution.according.according_to`).
"""

from __future__ import annotations

import dataclasses

from framing.attribution.base import Mention, in_class, make_mention
from framing.attribution.content import according_content
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.subjects import addressee_verb, subject
from framing.match import Hit

QUOTED_SPEAKERS = ("person", "name", "role", "title_role", "institution", "pronoun")
"""Who may be quoted by a medium ("the minister, quoted by Interfax, said", "the ministry was quoted by TASS")."""

QUOTED_ADJUNCT = 3
"""Words of a time adjunct between "quoted" or "cited" and its "by" ("cited on Sunday by N1 television")."""


def quoted_speaker(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A passive "quoted by" or "cited by" after a speaker: the one quoted speaks, the medium carries the words.

    A short time adjunct may stand before "by" only in "cited" and in "quoted" without its "by" as one cue
    ("cited on Sunday by N1"), and then the speaker is the whole phrase before it, aside included, unless
    a speech verb before has named them already. The speaker ends right before the cue, or before a form of "be" or the comma of an aside ("X quoted
    by", "X was quoted by Reuters as saying", "said Scholz, quoted by German media"); "as saying" after
    the medium is this claim's, not the medium's. "as quoted by" keeps the medium as the source.
    """
    tokens = ctx.tokens
    by = _by_of(ctx, cue)
    if by is None:
        return None
    end = _before_be(ctx, cue.first)
    speaker = ctx.by_token.ends.get(end)
    exact = [t.norm for t in tokens[cue.first : cue.stop]] == ["quoted", "by"]
    tagged = speaker is not None and _tag_before(ctx, speaker)
    if speaker is not None and (_heard(ctx, speaker) or (tagged and not exact)):
        return None  # "said a spokesman for the police, quoted on Sunday by DPA": the tag has named him
    if not exact:
        # the whole phrase and its aside: "Leon Wansleben, an expert for central banks, cited by ..."
        head = subject(ctx.text, dataclasses.replace(cue, first=end), ctx.by_token, tokens, ctx.lexicons)
        speaker = head if head is not None and head.stop == end else speaker
    if (
        speaker is None
        or speaker.kind not in QUOTED_SPEAKERS
        or (speaker.kind == "pronoun" and end == cue.first)
    ):
        return None  # "hurt them, quoted by TASS": an object pronoun; "as quoted by TASS": the medium speaks
    speaker = _with_determiner(ctx, speaker)
    medium = next(iter(ctx.by_token.starting_in(by + 1, by + 3)), None)
    stop = medium.stop if medium is not None else by + 1
    ctx.used_cues.update(range(cue.first, stop))
    if stop + 1 < len(tokens) and tokens[stop].norm == "as":
        ctx.used_cues.update((stop, stop + 1))  # "as saying": the quoted speaker's cue
    content = according_content(ctx.text, ctx.sentence, tokens, cue, speaker, ctx.lexicons)
    return Claim(speaker, cue, content, "according_to", "quoted_by")


def _tag_before(ctx: SentenceContext, speaker: Mention) -> bool:
    """Whether a speech verb stands before the speaker in the sentence ("said X, quoted ...")."""
    return any(c.entry.subcategory in ("verb", "phrase") and c.stop <= speaker.first for c in ctx.cues)


def _heard(ctx: SentenceContext, speaker: Mention) -> bool:
    """A place or hearer of a speech verb before "quoted by": "said Kishida in parliament", "told parliament"."""
    if speaker.first == 0:
        return False
    if any(c.first < speaker.first < c.stop for c in ctx.cues):
        return True  # "told parliament": the hearer inside a cue phrase
    if not _tag_before(ctx, speaker):
        return False
    before = ctx.tokens[speaker.first - 1]
    if ctx.lexicons.speech.function_words.get(before.norm) == "preposition":
        return True
    cue = next((c for c in ctx.cues if c.stop == speaker.first), None)
    return cue is not None and addressee_verb(ctx.tokens, cue, ctx.lexicons)


def _by_of(ctx: SentenceContext, cue: Hit) -> int | None:
    """The "by" of a passive "quoted by" or "cited by", a short adjunct between ("cited on Sunday by N1")."""
    tokens = ctx.tokens
    participle = in_class(ctx.lexicons, tokens[cue.first].norm, "cite_form") and tokens[
        cue.first
    ].norm.endswith("ed")
    if not participle or cue.stop - cue.first > 2:  # "quoted", "cited"
        return None
    for k in range(cue.first + 1, min(len(tokens), cue.first + 1 + QUOTED_ADJUNCT + 1)):
        if tokens[k].norm == "by":
            return k
        if tokens[k].clause_break_before:
            return None
    return None


def _before_be(ctx: SentenceContext, k: int) -> int:
    """Where the subject of a passive at token ``k`` ends: before a form of "be" ("X was quoted")."""
    while k > 0 and in_class(ctx.lexicons, ctx.tokens[k - 1].norm, "be_form"):
        k -= 1
    return k


def _with_determiner(ctx: SentenceContext, speaker: Mention) -> Mention:
    """A role with the determiner before it: "said one analyst quoted by AFP" is "one analyst", no one named before."""
    opener = ctx.tokens[speaker.first - 1] if speaker.first else None
    if (
        speaker.kind not in ("role", "title_role")
        or opener is None
        or not opener.text.islower()
        or ctx.tokens[speaker.first].clause_break_before
        or not (
            ctx.lexicons.speech.function_words.get(opener.norm) == "determiner"
            or in_class(ctx.lexicons, opener.norm, "number_word")
        )
    ):
        return speaker
    return make_mention(ctx.text, ctx.tokens, speaker.first - 1, speaker.stop, "role")
