"""A quoted title: the name of a book, report, film or operation in quotation marks is no one's speech.

"Rebekah Koffler, ... the author of “Putin’s Playbook: Russia’s Secret Plan to Defeat America,” told Fox
News" quotes a book, not Koffler: read as speech, the quote took "told" as its cue and lost the source.
A quotation is a title when a word that introduces one stands right before it (``title_opener`` in
``sources/word_classes.tsv``: "author of", "book", "titled", "report"; one word or two) and every
content word in it is capitalized. The claim is the author's: kind ``scare``, rule ``title``, and no
reported claim takes it in as its source's words.
"""

from __future__ import annotations

from bisect import bisect_right

from framing.attribution.base import in_class
from framing.attribution.context import Claim, SentenceContext
from framing.quotes import Quote
from framing.tokenize import WORD, Token


def quoted_title(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A quoted title after the word that introduces it: the author's words, kind ``scare``, rule ``title``."""
    k = bisect_right(
        ctx.tokens, quote.start, key=_end
    )  # the words before the quote: one or two ("author of")
    openers = {ctx.tokens[k - 1].norm if k else "", " ".join(t.norm for t in ctx.tokens[max(k - 2, 0) : k])}
    # "a slogan of “Say no to Europe”", "banners reading “Stop the war”": a slogan, in any case
    slogan = k > 0 and any(in_class(ctx.lexicons, w, "slogan_opener") for w in openers)
    if k == 0 or not (slogan or any(in_class(ctx.lexicons, w, "title_opener") for w in openers)):
        return None
    words = WORD.findall(ctx.text, quote.content_start, quote.content_end)
    function_words = ctx.lexicons.speech.function_words
    content = [w for w in words if w.lower() not in function_words]
    capitals = all(w[:1].isupper() or w[:1].isdigit() for w in content)
    if len(words) < 2 or not content or not (slogan or capitals):
        return None
    return Claim(None, None, (quote.content_start, quote.content_end), "scare", "title", quote)


def _end(token: Token) -> int:
    return token.end
