"""Dash quotations, the convention of translated outlets: "- We are ready - the minister said".

The rule runs before the cue rules (:data:`framing.attribution.rules.DASH_RULES`), whose source it takes.
"""

from __future__ import annotations

import re

from framing.attribution.base import DASHES, rstrip_end
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.inverted import inverted_source, source_after
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.subjects import subject
from framing.match import Hit

_SENTENCE_DASH = re.compile(r"(?<=[.!?…\"”])[ \t]*([-–—])[ \t]+(?=[A-Z])")
"""A dash that opens a sentence inside a paragraph: "... the crisis. - These people ..."."""
DASH_QUOTE_REACH = 2_000
"""Characters looked back for the dash that opens a quotation in mid-paragraph."""
_COLON_DASH = re.compile(r"[ \t]*:[ \t]*[-–—][ \t]")
"""A colon and an opening dash right after a cue: "Kabajewa replied: - You see, ..."."""


def dash_quote(ctx: SentenceContext) -> Claim | None:
    """A dash quotation, "- We are ready - the minister said": a dash closes the quote, a cue and its source follow."""
    text, tokens = ctx.text, ctx.tokens
    openings = _opening_dashes(ctx)
    if not openings:
        return None  # most paragraphs: no source needs finding
    for cue in ctx.cues:
        kind = cue.entry.subcategory
        right_after_dash = text[
            rstrip_end(text, tokens[cue.first].start) - 1 : tokens[cue.first].start
        ].strip()
        if cue.first in ctx.used_cues or not (
            kind in ("verb", "phrase")
            or (kind == "attitude" and (right_after_dash in DASHES or _after_dash(ctx, cue)))
        ):
            continue  # "- ... - notes Marek Biernacki", "- ... - Sergei Lavrov regretted": a stance verb speaks too
        first = cue.first
        # the source right after the cue, or after its platform ("- ... - said on TVN24 Dr. Adam Eberhardt")
        mention = source_after(ctx.text, cue, ctx.by_token, tokens, ctx.lexicons)
        if mention is None:
            mention = noun_phrase_after(text, cue, ctx.by_token, tokens, ctx.lexicons)
            mention = mention if mention is not None and mention.first == cue.stop else None
        if mention is None:
            mention = subject(text, cue, ctx.by_token, tokens, ctx.lexicons)
            first = mention.first if mention is not None else first
        if mention is None or (mention.kind == "pronoun" and mention.referent in ("first", "second")):
            continue
        if mention.first >= cue.stop:  # "- ... - said the director of the institution Maryna Hanicka"
            mention = inverted_source(ctx, mention, cue)
        dash = rstrip_end(text, tokens[first].start)  # the text before the source, without spaces
        # the closing dash, and the last dash before it that opens a sentence ("- A - said X. - B - said Y")
        opening = max((o for o in openings if o < dash - 1), default=None)
        # a dash that opens a sentence opens the next quotation, unless the source and cue are all that
        # follow it: "- I appeal to President Putin.- Steinmeier said." closes the quotation before
        closes = dash - 1 not in openings or max(cue.stop, mention.stop) == len(tokens)
        if not dash or text[dash - 1] not in DASHES or opening is None or not closes:
            continue
        ctx.used_cues.add(cue.first)
        start, end = trim(text, opening + 1, dash - 1)
        return Claim(mention, cue, (start, end), "direct", "dash_quote", None, dash - 1)
    return None


def _after_dash(ctx: SentenceContext, cue: Hit) -> bool:
    """A named source right after a dash and right before the cue: "- ... - Sergei Lavrov regretted".

    Not a pronoun ("- ... - he continued"): its referent may be someone the quotation speaks of.
    """
    mention = subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    if mention is None or mention.stop != cue.first or mention.kind == "pronoun":
        return False
    before = rstrip_end(ctx.text, mention.start)
    return before > 0 and ctx.text[before - 1] in DASHES


def _opening_dashes(ctx: SentenceContext) -> list[int]:
    """The dashes that may open a quotation this sentence closes: the paragraph's, and later sentences'.

    "He referred to the crisis. - These people hunted. They shot. Hundreds died - said Lukashenko": a
    sentence inside the paragraph opens with a dash. Looked for in a bounded window before the sentence end.
    """
    start = ctx.layout.paragraph_start(ctx.sentence)
    opener = ctx.text[start : start + 2]
    found = [start] if opener[:1] in DASHES and opener[1:2].isspace() else []
    if not any(f"{dash} " in ctx.sentence.text for dash in DASHES):
        # no closing dash (one before a space: "- said X", not the hyphen of "Russia-Ukraine") in this
        # sentence: only the paragraph's may be closed, and the look-back below is not needed
        return found
    window = max(start, ctx.sentence.start - DASH_QUOTE_REACH)
    return found + [m.start(1) for m in _SENTENCE_DASH.finditer(ctx.text, window, ctx.sentence.end)]


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
