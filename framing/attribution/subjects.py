"""The source of a cue: before it (X said), after it (said X), after "according to", or before a colon."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from framing.attribution.base import NAME_KINDS, Mention, MentionIndex, rstrip_end, word_class
from framing.attribution.phrases import MAX_NOUN_PHRASE, conjoined, speech_words
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import Quote
from framing.tokenize import Token

MAX_FILLERS = 3


MAX_ASIDE = 14


QUOTE_CUE_REACH = 8
"""A cue after a quote belongs to it only within this many words ("‘...’ as Ukraine ... Russia Claims" does not)."""


FILLER_CLASSES = frozenset({"auxiliary", "adverb", "negation"})
"""Function-word classes that may stand between a source and its cue ("X has also said")."""


def subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
            lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source before a cue: next to it, after auxiliaries, adverbs or a time adjunct, or before an aside.

    An aside between source and cue belongs to the source ("Senator John Cornyn of Texas, the No. 2
    Republican in the Senate, said"), so the returned span runs to its end; an aside that is itself a
    name names the source ("his top aide, Tad Devine, told").
    """
    ends = mentions.ends  # "His comments hinted": the speech noun wins over its possessor
    j = _skip_fillers(tokens, cue.first, ends, lexicons)
    if j in ends and not tokens[j].clause_break_before:
        found = with_premodifiers(text, _phrase_head(text, ends[j], ends, tokens, lexicons), tokens, lexicons)
        return conjoined(text, found, ends, tokens, lexicons)
    if (
        j > 0
        and not tokens[j].clause_break_before
        and word_class(lexicons, tokens[j - 1].norm) == "coordinator"
    ):
        # "President Obama met survivors ... and said": the sentence's subject speaks.
        first = next((m for m in mentions.starting.get(0, ()) if m.kind != "speech_noun"), None)
        if first is not None:
            return first
    if tokens[j].clause_break_before:
        return _before_aside(text, j, ends, mentions, tokens)
    return None


def _phrase_head(text: str, mention: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
                 lexicons: LexiconSet) -> Mention:  # fmt: skip
    """The head of "Critics of the government", "The Institute for the Study of War in Washington"."""
    k = mention.first
    if k > 0 and lexicons.speech.function_words.get(tokens[k - 1].norm) == "determiner":
        k -= 1  # "of the government"
    if k < 2 or mention.kind in ("pronoun", "speech_noun") or tokens[k].clause_break_before:
        return mention
    if lexicons.speech.function_words.get(tokens[k - 1].norm) != "preposition" or tokens[k - 1].norm == "by":
        return mention
    head = ends.get(k - 1)
    if head is None or head.kind in ("pronoun", "speech_noun"):
        return mention
    name = head.name or head.text  # the head names the source; the span shows the whole phrase
    return dataclasses.replace(
        head, stop=mention.stop, end=mention.end, text=text[head.start : mention.end], name=name
    )


def _skip_fillers(tokens: Sequence[Token], j: int, ends: Mapping[int, Mention], lexicons: LexiconSet) -> int:
    """Step back over "has also", "did not" and a time adjunct ("on Wednesday", "on Monday night")."""
    function_words = lexicons.speech.function_words
    fillers = 0
    while j > 0 and not tokens[j].clause_break_before and j not in ends and fillers < MAX_FILLERS:
        previous = tokens[j - 1].norm
        if function_words.get(previous) in FILLER_CLASSES:
            j -= 1
            fillers += 1
            continue
        k = j
        while k > 0 and word_class(lexicons, tokens[k - 1].norm) == "not_source" and j - k < 2:
            k -= 1
        if k < j and k > 0 and function_words.get(tokens[k - 1].norm) == "preposition":
            j = k - 1  # "Podolyak on Wednesday called"
            fillers += 1
            continue
        break
    return j


def _before_aside(text: str, j: int, ends: Mapping[int, Mention], mentions: MentionIndex,
                  tokens: Sequence[Token]) -> Mention | None:  # fmt: skip
    """A source before an aside: "X, 52, said", "his aide, Tad Devine, told", "Senator X of Texas, the No. 2 Republican, said"."""
    k = j - 1
    while k > 0 and not tokens[k].clause_break_before and j - k <= MAX_ASIDE:
        k -= 1
    if k <= 0 or j - k > MAX_ASIDE:
        return None
    ending = mentions.stopping.get(j, ())
    spanning = next((m for m in ending if m.first < k and m.kind in NAME_KINDS), None)
    if spanning is not None:
        return spanning  # "The defence secretary, Grant Shapps, said": title and name read as one mention
    aside = next((m for m in ending if m.first == k and m.kind in NAME_KINDS), None)
    if k not in ends:
        return aside
    head = ends[k]
    if aside is not None and head.kind not in NAME_KINDS:
        # "The NATO spokesperson, Oana Lungescu, said": the apposed name is the source.
        return dataclasses.replace(
            aside, first=head.first, start=head.start, text=text[head.start : aside.end]
        )
    if all(t.text.isdigit() for t in tokens[k:j]):
        return head  # an age is not part of the name: "Sarandon, 69, said"
    end = tokens[j - 1].end
    return dataclasses.replace(head, stop=j, end=end, text=text[head.start : end])


def with_premodifiers(text: str, mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> Mention:
    """Widen a source over the words before it in its noun phrase: "ABC moderator David Muir", "the Trump campaign"."""
    if mention.kind in ("pronoun", "speech_noun"):
        return mention
    function_words = lexicons.speech.function_words
    first = mention.first
    while first > 0 and mention.first - first < MAX_NOUN_PHRASE and not tokens[first].clause_break_before:
        previous = tokens[first - 1].norm
        word_class_ = function_words.get(previous)
        if word_class_ not in (None, "determiner") and word_class(lexicons, previous) != "possessive":
            break
        if previous in speech_words(lexicons):
            break  # "He said the US would ...": a cue word is not a modifier of the source
        first -= 1
        if word_class_ is not None:
            break  # a determiner or possessive opens the phrase
    if first == mention.first:
        return mention
    start = tokens[first].start
    return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end])


def participle_subject(cue: Hit, mentions: MentionIndex, tokens: Sequence[Token]) -> Mention | None:
    """The mention opening the sentence, for a participle cue after a comma or "by".

    "X opened the session, warning that ...", "X opened it by calling for ...": X speaks.
    """
    if cue.first < 2 or not tokens[cue.first].norm.endswith("ing"):
        return None
    if not (tokens[cue.first].clause_break_before or tokens[cue.first - 1].norm == "by"):
        return None
    return next(
        (
            m
            for m in mentions.opening
            if m.stop <= cue.first
            and m.kind not in ("speech_noun", "place")
            and m.referent not in ("first", "second", "neuter")
        ),
        None,
    )


def inverted_subject(cue: Hit, mentions: MentionIndex, tokens: Sequence[Token]) -> Mention | None:
    """The source right after the cue in the same clause: "..., said Governor X", "said the governor"."""
    return next(
        (
            m
            for m in mentions.starting.get(cue.stop, ())
            if m.kind != "speech_noun" and not tokens[m.first].clause_break_before
        ),
        None,
    )


def nearest_cue(cues: Sequence[Hit], tokens: Sequence[Token], quote: Quote, used: set[int]) -> Hit | None:
    """A verb or phrase cue outside the quote, in the clause right after or right before it.

    ``cues`` are in text order and never overlap (as :func:`~framing.match.select_longest` keeps them):
    the cues next to the quote are found by bisection, and only those within reach are looked at.
    """
    after = bisect_left(cues, quote.end, key=lambda c: tokens[c.first].start)
    for k in range(after, len(cues)):  # the first free cue after the quote, if near enough
        cue = cues[k]
        if _count_between(tokens, quote.end, tokens[cue.first].start) > QUOTE_CUE_REACH:
            break  # this cue and any later one are too far
        if _free(cue, used):
            return cue
    before = bisect_right(cues, quote.start, key=lambda c: tokens[c.stop - 1].end)
    for k in range(
        before - 1, -1, -1
    ):  # else the last free cue before it: "he said:", "X told reporters that"
        cue = cues[k]
        if _count_between(tokens, tokens[cue.stop - 1].end, quote.start) > 3:
            break
        if _free(cue, used):
            return cue
    return None


def _free(cue: Hit, used: set[int]) -> bool:
    return cue.first not in used and cue.entry.subcategory in ("verb", "phrase")


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
