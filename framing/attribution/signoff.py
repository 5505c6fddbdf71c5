"""A quotation signed off by a dash and its speaker's name: "“... our greatest shame.” ― Sonya Herridge".

The convention of reader roundups, vox pops, pull quotes and epigraphs: no speech verb, the quotation is
followed by a dash and a name (", Philadelphia" or a short aside may follow) that ends the paragraph, on
the quotation's line or on a line of its own. PolNeAR marks the dash as the cue. The sign-off is usually
a sentence of its own; the quotation is then read there, where its source is, and not as a floating quote
in the sentence where it ends.
"""

from __future__ import annotations

import re

from framing.attribution.base import Mention
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.layout import Layout
from framing.quotes import Quote
from framing.segment import Sentence

SIGN_DASHES = "―—–-"
"""The horizontal bar of typeset sign-offs, the em and en dashes, and a hyphen typed for them."""
_SIGNOFF = re.compile(rf"[”\"’»]?\s*([{SIGN_DASHES}])\s*[A-Z]")
"""A sentence that opens with a dash and a capitalised word (a closing quote mark may come first)."""
_MAX_WORDS = 12
"""A sign-off is a name and at most a short aside ("-President Obama, tweeting after Clinton's speech.")."""
_SIGNERS = frozenset({"person", "name", "title_role", "role", "institution", "media"})
"""Mentions that sign a quotation; not a place, a pronoun or a vague source."""
_AFTER_NAME = re.compile(r"\s*(?:[.,]|\Z)")
"""What may follow the signing name: the sentence's end, a period, or a comma and an aside."""


def signs_off(text: str, layout: Layout, sentence: Sentence) -> int | None:
    """The offset of the dash if ``sentence`` is a sign-off: a dash and a name that end their paragraph."""
    found = _SIGNOFF.match(text, sentence.start, sentence.end)
    if found is None or sentence.boilerplate or layout.paragraph_end(sentence) != sentence.end:
        return None
    if len(text[sentence.start : sentence.end].split()) > _MAX_WORDS:
        return None
    return found.start(1)


def signed_next(ctx: SentenceContext, quote: Quote) -> bool:
    """Whether the sentence after this one signs off ``quote``: it is read there, with its source."""
    following = ctx.sentence.index + 1
    if following >= len(ctx.sentences):
        return False
    dash = signs_off(ctx.text, ctx.layout, ctx.sentences[following])
    return dash is not None and quote.end <= dash and not ctx.text[quote.end : dash].strip()


def signed_before(text: str, layout: Layout, sentence: Sentence) -> tuple[Quote, ...]:
    """The quotation a sign-off sentence signs, when it ended in the sentence before (else none)."""
    dash = signs_off(text, layout, sentence)
    if dash is None:
        return ()
    quote = layout.quote_ending_by(dash)
    if quote is None or quote.end > sentence.start or text[quote.end : dash].strip():
        return ()
    return (quote,)


def signed_quote(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A quotation, a dash and a name ending the paragraph: the name speaks, the dash stands as the cue."""
    dash = signs_off(ctx.text, ctx.layout, ctx.sentence)
    if dash is None or quote.end > dash or ctx.text[quote.end : dash].strip():
        return None
    mention = _signer(ctx, dash)
    if mention is None:
        return None
    return Claim(
        mention, None, (quote.content_start, quote.content_end), "direct", "signed_quote", quote, dash
    )


def _signer(ctx: SentenceContext, dash: int) -> Mention | None:
    """The name right after the dash, followed by nothing but the sentence end or a comma and an aside."""
    after = next((k for k, token in enumerate(ctx.tokens) if token.start > dash), None)
    if after is None:
        return None
    return next(
        (
            mention
            for mention in ctx.by_token.starting.get(after, ())
            if mention.kind in _SIGNERS and _AFTER_NAME.match(ctx.text, mention.end, ctx.sentence.end)
        ),
        None,
    )
