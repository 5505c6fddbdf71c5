"""Spans: the content attributed to a source (the cue's own span is :mod:`framing.attribution.cuespans`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from framing.attribution.base import (
    DASHES,
    Mention,
    MentionIndex,
    in_class,
)
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, Quote
from framing.segment import Sentence
from framing.tokenize import Token

MIXED_MIN_WORDS = 3
"""Words of the sentence before a quotation that make it the end of a paraphrase (:func:`quote_content`)."""
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
"""Double quotation marks: one before a quotation means it is not the first of its sentence."""
MIXED_TAG = 6
"""Words of a tag after a quotation that ends a paraphrase: "its infrastructure minister says"."""
SPEECH_KINDS = ("verb", "phrase", "according_to")
"""Cue kinds that report words: one before a quotation makes the quotation that cue's, no paraphrase's end."""

AFTER_CUE_CLASSES = frozenset({"preposition", "adverb"})
"""Function-word classes that may follow a cue ending its sentence ("..., X said on Monday")."""


def according_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit, mention: Mention,
                      lexicons: LexiconSet) -> tuple[int, int]:  # fmt: skip
    """The content of "CONTENT, according to X." or "According to X, CONTENT.".

    After a conjunction or "that" ("But according to X, CONTENT", "reported that, according to X, CONTENT")
    the cue opens its clause: the content is what follows the source and its comma, not the words before.
    """
    cue_start = tokens[cue.first].start
    rest = text.find(",", mention.end, sentence.end)
    if cue_start - sentence.start > 2 and not (rest != -1 and _opens_clause(tokens, cue.first, lexicons)):
        return sentence.start, trim_end(text, sentence.start, cue_start)
    start = rest + 1 if rest != -1 else mention.end
    return trim(text, start, sentence.end)


def _opens_clause(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> bool:
    """Whether the word before ``first`` is a conjunction or "that" ("but according to", "that, according to").

    Only as written: "That’s according to X" (norm "that") points back to the sentences before it.
    """
    before = tokens[first - 1] if first > 0 else None
    if before is None or before.text.lower() != before.norm:
        return False
    return before.norm == "that" or lexicons.speech.function_words.get(before.norm) == "conjunction"


def verb_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit, mention: Mention,
                 lexicons: LexiconSet, told: MentionIndex | None = None) -> tuple[int, int]:  # fmt: skip
    """The content of "X said (that) CONTENT." or "CONTENT, X said (on Monday).".

    ``told``: the sentence's mentions; the one told ("X told the BBC CONTENT") is no part of the content.
    """
    cue_end = tokens[cue.stop - 1].end
    source_start = min(mention.start, tokens[cue.first].start)
    before = source_start  # the end of the sentence's text before the source, without spaces
    while before > sentence.start and text[before - 1].isspace():
        before -= 1
    # tokens are in text order; an inverted source ("..., said the chairman of X") is no content after the cue
    first_after = bisect_left(tokens, max(cue_end, mention.end), key=lambda t: t.start)
    n_after = len(tokens) - first_after
    after_class = lexicons.speech.function_words.get(tokens[first_after].norm) if n_after else None
    # "CONTENT, X said" and "CONTENT - said X" (a dash quotation without its opening dash)
    dash = (
        text[before - 1] in DASHES
        and text[before - 2].isspace()
        and bool(text[sentence.start : before - 1].strip())
    )
    comma = before > sentence.start and (text[before - 1] == "," or dash)
    # "CONTENT, the UN said, but some experts disagree": a new clause after the cue is not its content.
    new_clause = n_after > 0 and after_class == "conjunction" and tokens[first_after].clause_break_before
    # "CONTENT, Interfax said, as Moscow launched ...", "..., the minister said, adding that ...": a tag set
    # off by commas before an adjunct (a conjunction, preposition, relative or participle) reports the main
    # clause before it; not "Although it could help, X said, life was ..." nor "There will be, says X, no
    # value": there the clause goes on after the tag; nor a fronted phrase ("In Kyiv, the minister said, ...").
    set_off = n_after > 0 and text[tokens[first_after - 1].end : tokens[first_after].start].strip() == ","
    set_off = set_off and bisect_left(tokens, source_start, key=lambda t: t.start) >= MIN_FRONT_CONTENT
    if set_off:
        # not after a fronted phrase ("In a statement released on Monday, the ministry said, with regret,
        # that ...", "Speaking to reporters in Kyiv on Friday, ..."), nor for a participle cue ("saying, in
        # effect, that"), nor before "that", which opens the cue's own content ("adding, that ...")
        word, opener = tokens[first_after].norm, tokens[0].norm
        adjunct = after_class in ("conjunction", "preposition") or word.endswith("ing")
        adjunct = adjunct or in_class(lexicons, word, "sentential_relative")
        fronted = lexicons.speech.function_words.get(opener) in ("conjunction", "adverb", "preposition")
        fronted = fronted or opener.endswith(("ing", "ed")) or tokens[cue.stop - 1].norm.endswith("ing")
        set_off = adjunct and not fronted
    if comma and (
        not n_after or new_clause or set_off or (n_after <= 4 and after_class in AFTER_CUE_CLASSES)
    ):
        return sentence.start, trim_end(text, sentence.start, source_start)
    start = cue_end
    if told is not None and n_after and in_class(lexicons, tokens[cue.stop - 1].norm, "addressee"):
        k = first_after + int(in_class(lexicons, tokens[first_after].norm, "article"))  # "the BBC"
        one = next((m for m in told.starting.get(k, ()) if m.kind != "speech_noun"), None)
        if one is not None and in_class(lexicons, tokens[k].norm, "possessive"):  # "told his aides"
            one = next(iter(told.starting.get(one.stop, ())), one)
        if one is not None and one.stop < len(tokens) and not tokens[one.stop].clause_break_before:
            start = tokens[one.stop - 1].end  # "told Reuters that ...": the content starts after Reuters
    return trim(text, start, sentence.end)


MIN_FRONT_CONTENT = 5
"""Words before a tag set off by commas that make a claim of it; fewer are a fronted phrase ("In Kyiv,")."""


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and punctuation at its edges."""
    while start < end and (text[start].isspace() or text[start] in ",:;–—-"):
        start += 1
    return start, trim_end(text, start, end)


def trim_end(text: str, start: int, end: int) -> int:
    """The end of a span without trailing spaces and punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:!?–—-"):
        end -= 1
    return end


def quote_content(text: str, sentence: Sentence, tokens: Sequence[Token], quote: Quote, cue: Hit,
                  cues: Sequence[Hit]) -> tuple[tuple[int, int], str]:  # fmt: skip
    """The content of a quotation and its rule: the words inside it (``quote_cue``), or the paraphrase it ends.

    A paraphrase (``mixed_quote``) when its tag follows: the sentence up to the quote's end.

    "Ukraine expects the first grain shipments to leave its ports “this week”, its infrastructure
    minister says": the minister's claim is the whole clause, the quotation only its last words. The
    quotation closes its clause with a comma, the tag (source and cue, at most :data:`MIXED_TAG` words)
    closes the next one, and at least three words of the sentence stand before the quotation, with no
    other quotation mark and no speech verb among them ("Kuleba told reporters that while the build-up
    “poses a threat”, he believes ..." is Kuleba's, not a paraphrase of the later cue's).
    """
    inside = (quote.content_start, quote.content_end), "quote_cue"
    quote_start, content_end = quote.start, quote.content_end
    after = bisect_left(tokens, content_end, key=lambda t: t.start)
    if after >= len(tokens) or not after <= cue.first <= after + MIXED_TAG:
        return inside
    if "," not in text[content_end - 1 : tokens[after].start]:
        return inside
    end = next((k for k in range(cue.stop, len(tokens)) if tokens[k].clause_break_before), len(tokens))
    if end - after > MIXED_TAG or any(t.clause_break_before for t in tokens[after + 1 : cue.first + 1]):
        return inside
    before = text[sentence.start : quote_start]
    if len(before.split()) < MIXED_MIN_WORDS or any(mark in before for mark in DOUBLE_MARKS):
        return inside
    if any(c.entry.subcategory in SPEECH_KINDS and tokens[c.first].start < quote_start for c in cues):
        return inside
    return (tokens[0].start, content_end), "mixed_quote"
