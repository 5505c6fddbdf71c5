"""Dash quotations, the convention of translated outlets: "- We are ready - the minister said".

The rule runs before the cue rules (:data:`framing.attribution.rules.DASH_RULES`), whose source it takes.
"""

from __future__ import annotations

import re

from framing.attribution.base import DASHES, rstrip_end
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.subjects import inverted_subject, subject
from framing.attribution.verbs import inverted_source
from framing.match import Hit

_COLON_DASH = re.compile(r"[ \t]*:[ \t]*[-–—][ \t]")
"""A colon and an opening dash right after a cue: "Kabajewa replied: - You see, ..."."""


def dash_quote(ctx: SentenceContext) -> Claim | None:
    """A dash quotation, "- We are ready - the minister said": a dash closes the quote, a cue and its source follow."""
    text, tokens = ctx.text, ctx.tokens
    opening = _opening_dash(ctx)
    if opening is None:
        return None  # most paragraphs: no source needs finding
    for cue in ctx.cues:
        kind = cue.entry.subcategory
        right_after_dash = text[
            rstrip_end(text, tokens[cue.first].start) - 1 : tokens[cue.first].start
        ].strip()
        if cue.first in ctx.used_cues or not (
            kind in ("verb", "phrase") or (kind == "attitude" and right_after_dash in DASHES)
        ):
            continue  # "- ... - notes Marek Biernacki": a stance verb right after the closing dash speaks too
        first = cue.first
        mention = inverted_subject(ctx.text, cue, ctx.by_token, tokens, ctx.lexicons) or noun_phrase_after(
            text, cue, ctx.by_token, tokens, ctx.lexicons
        )
        if mention is None or mention.first != cue.stop:
            mention = subject(text, cue, ctx.by_token, tokens, ctx.lexicons)
            first = mention.first if mention is not None else first
        if mention is None or (mention.kind == "pronoun" and mention.referent in ("first", "second")):
            continue
        if mention.first >= cue.stop:  # "- ... - said the director of the institution Maryna Hanicka"
            mention = inverted_source(ctx, mention, cue)
        dash = rstrip_end(text, tokens[first].start)  # the text before the source, without spaces
        if not dash or text[dash - 1] not in DASHES or opening >= dash - 1:
            continue
        ctx.used_cues.add(cue.first)
        start, end = trim(text, opening + 1, dash - 1)
        return Claim(mention, cue, (start, end), "direct", "dash_quote", None, dash - 1)
    return None


def _opening_dash(ctx: SentenceContext) -> int | None:
    """The dash that opens the paragraph of this sentence, if the paragraph opens with one."""
    start = ctx.layout.paragraph_start(ctx.sentence)
    opener = ctx.text[start : start + 2]
    if opener[:1] in DASHES and opener[1:2].isspace():
        return start
    return None


def colon_dash(ctx: SentenceContext, cue: Hit) -> tuple[int, int] | None:
    """The quotation a dash opens after a cue and a colon, to the end of its paragraph, if there is one.

    "When asked why she chose the topic, Kabajewa replied: - You see, this story does not belong to the
    past. He stays with us. ...": no dash closes it; the paragraph does, as a quote mark's run does.
    """
    found = _COLON_DASH.match(ctx.text, ctx.tokens[cue.stop - 1].end)
    end = ctx.layout.paragraph_end(ctx.sentence)
    if found is None or found.end() >= end:
        return None  # "he replied: - " and nothing after it: no quotation
    start, stop = trim(ctx.text, found.end(), end)
    return (start, stop) if start < stop else None
