"""The cue of a quotation, and the source before a colon that opens one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from framing.attribution.base import Mention, class_words, in_class, rstrip_end
from framing.attribution.quotednames import name_words
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import Quote
from framing.tokenize import Token

QUOTE_CUE_REACH = 8
"""A cue after a quote belongs to it only within this many words ("‘...’ as Ukraine ... Russia Claims" does not)."""


def nearest_cue(
    cues: Sequence[Hit],
    tokens: Sequence[Token],
    quote: Quote,
    used: set[int],
    lexicons: LexiconSet,
    text: str,
) -> Hit | None:
    """A verb or phrase cue outside the quote, in the clause right after or right before it.

    ``cues`` are in text order and never overlap (as :func:`~framing.match.select_longest` keeps them):
    the cues next to the quote are found by bisection, and only those within reach are looked at.
    """
    if _names_medium(tokens, quote, lexicons, text):
        return None
    function_words = lexicons.speech.function_words
    after = bisect_left(cues, quote.end, key=lambda c: tokens[c.first].start)
    for k in range(after, len(cues)):  # the first free cue after the quote, if near enough
        cue = cues[k]
        if _count_between(tokens, quote.end, tokens[cue.first].start) > QUOTE_CUE_REACH:
            break  # this cue and any later one are too far
        if _free(cue, used) or (
            cue.first not in used
            and _closing_attitude(cue, tokens, function_words)
            and _said_before(quote, text)
            and _subject_only(tokens, quote.end, cue.first, lexicons)
        ):
            return cue
    before = bisect_right(cues, quote.start, key=lambda c: tokens[c.stop - 1].end)
    for k in range(
        before - 1, -1, -1
    ):  # else the last free cue before it: "he said:", "X told reporters that"
        cue = cues[k]
        gap = _count_between(tokens, tokens[cue.stop - 1].end, quote.start)
        if gap > 3 and not (
            gap <= QUOTE_CUE_REACH and _hearer_before_colon(cue, tokens, quote, text, lexicons)
        ):
            break
        if _free(cue, used):
            return cue
    return None


def _names_medium(tokens: Sequence[Token], quote: Quote, lexicons: LexiconSet, text: str) -> bool:
    """A name in quotes right before a ``media_head`` noun is the medium's: "quoted by the “Kommersant” daily".

    A name (:func:`~framing.attribution.quotednames.name_words`; '"It is over," website Meduza reported' is a
    quotation).
    """
    if not name_words(text[quote.content_start : quote.content_end].split()):
        return False
    k = bisect_left(tokens, quote.end, key=lambda t: t.start)
    if k >= len(tokens) or text[quote.end : tokens[k].start].strip():
        return False
    return in_class(lexicons, tokens[k].norm, "media_head")


def _hearer_before_colon(
    cue: Hit, tokens: Sequence[Token], quote: Quote, text: str, lexicons: LexiconSet
) -> bool:
    """Only the cue's hearer or channel stands between it and the colon that opens the quote.

    "Weir told BBC Radio Five Live: “...”", "he said on Sky News: “...”": the cue is the quote's, the
    named medium only hears it, however many words its name has.
    """
    before = rstrip_end(text, quote.start)
    if before < 1 or text[before - 1] != ":" or cue.stop >= len(tokens):
        return False
    between = tokens[cue.stop : bisect_left(tokens, quote.start, key=lambda t: t.start)]
    return not any(t.clause_break_before for t in between) and (
        in_class(lexicons, tokens[cue.first].norm, "addressee")
        or in_class(lexicons, tokens[cue.stop].norm, "channel_preposition")
    )


def _free(cue: Hit, used: set[int]) -> bool:
    # a ``printed`` cue ("the statement read") is one only here, next to the quotation it reads
    return cue.first not in used and cue.entry.subcategory in ("verb", "phrase", "printed")


def _closing_attitude(cue: Hit, tokens: Sequence[Token], function_words: Mapping[str, str]) -> bool:
    """An attitude cue that ends the clause after a quote: "“...,” Lukashenko continued." reports the quote.

    Before an object or an infinitive it is a stance of its own ("“...,” he continued to insist that").
    Only a past tense right after its subject (a noun, name or pronoun): "... about Russia’s plans.",
    "900,000 orders, Softbank said" end in a noun; "can be approved or rejected." has no subject there.
    """
    last = tokens[cue.stop - 1].norm
    before = tokens[cue.first - 1].norm if cue.first > 0 else ""
    return (
        cue.entry.subcategory == "attitude"
        and last.endswith("ed")
        and function_words.get(before) in (None, "pronoun")
        and (cue.stop == len(tokens) or tokens[cue.stop].clause_break_before)
    )


def _said_before(quote: Quote, text: str) -> bool:
    """The quotation ends in a comma or an end mark, as words said do ("“...,” he continued"), not a term ("a “sham”")."""
    end = rstrip_end(text, quote.content_end)
    return end > quote.content_start and text[end - 1] in ",.!?…"


def _subject_only(tokens: Sequence[Token], start: int, stop: int, lexicons: LexiconSet) -> bool:
    """Only a subject stands between the quotation and the cue ("the head of state"), no clause ("and the West")."""
    between = tokens[bisect_left(tokens, start, key=lambda t: t.start) : stop]
    function_words, genitive = lexicons.speech.function_words, class_words(lexicons, "postmodifier")
    return all(
        function_words.get(t.norm) in (None, "pronoun", "determiner") or t.norm in genitive for t in between
    )


def _count_between(tokens: Sequence[Token], start: int, end: int) -> int:
    """The number of tokens starting in ``start:end`` (tokens are in text order)."""
    return bisect_left(tokens, end, key=lambda t: t.start) - bisect_left(tokens, start, key=lambda t: t.start)


def colon_source(text: str, quote: Quote, mentions: Sequence[Mention]) -> Mention | None:
    """The source right before a colon that opens a quotation: "Governor Anokhine: ‘...’"."""
    before = rstrip_end(text, quote.start)  # the text before the quote, without spaces
    if not before or text[before - 1] != ":":
        return None
    colon = before - 1
    gap = rstrip_end(text, colon)  # a mention ending in [gap, colon] has only spaces before the colon
    return next((m for m in reversed(mentions) if gap <= m.end <= colon), None)
