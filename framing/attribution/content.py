"""Spans: the cue as a verb group, and the content attributed to a source."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

from framing.attribution.base import Mention, manner_adverb
from framing.attribution.subjects import FILLER_CLASSES, MAX_FILLERS
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.segment import Sentence
from framing.tokenize import Token

SAY_FORMS = frozenset({"say", "says", "said", "saying"})
"""Forms of "say", whose "of" introduces a topic, not a prepositional verb ("said of the plan")."""
WHOLE_PHRASE_TAILS = frozenset({("in", "a", "statement"), ("about",)})
"""Phrase tails a cue keeps whole ("said in a statement", "asked about", "talked about", as PolNeAR marks
them in 7 of 10 cases or more on train); an interview, a day or an audience after the verb is left out
("said in an interview": 4 in 10)."""
AFTER_CUE_CLASSES = frozenset({"preposition", "adverb"})
"""Function-word classes that may follow a cue ending its sentence ("..., X said on Monday")."""


@functools.lru_cache(maxsize=8)
def _single_word_verbs(lexicons: LexiconSet) -> frozenset[str]:
    return frozenset(
        e.words[0]
        for e in lexicons.speech.cues
        if len(e.words) == 1 and e.subcategory in ("verb", "attitude")
    )


def cue_span(tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet) -> tuple[int, int]:
    """The cue as a verb group: "has also said", "did not mention"; "told" of "told reporters".

    A phrase found as a whole ("told reporters", "said in a statement", "found that") is reported by its
    verb, which is what carries the attribution; the rest is its object, channel or complementizer.
    """
    first, stop = cue.first, cue.stop
    kind = cue.entry.subcategory
    if kind == "phrase":
        tail = tuple(t.norm for t in tokens[first + 1 : stop])
        if tokens[first].norm in _single_word_verbs(lexicons) and tail not in WHOLE_PHRASE_TAILS:
            stop = first + 1
        elif stop - first > 1 and tokens[stop - 1].norm == "that":
            stop -= 1
    if kind == "vague" and stop - first > 1 and tokens[stop - 1].norm == "to":
        stop -= 1  # "is expected to": the infinitive marker belongs to the content
    if kind == "phrase" and tokens[first].norm.startswith("declin") and tokens[first + 1].norm == "to":
        stop = first + 1  # "declined to comment": the verb is the cue
    if kind in ("verb", "attitude") and stop < len(tokens) and not tokens[stop].clause_break_before:
        following = tokens[stop].norm
        if following == "about" or (following == "of" and tokens[stop - 1].norm not in SAY_FORMS):
            stop += 1  # "asked about", "warned of": the preposition of a prepositional verb
    if kind in ("verb", "phrase", "attitude"):
        function_words = lexicons.speech.function_words
        while (
            first > 0
            and cue.first - first < MAX_FILLERS
            and not tokens[first].clause_break_before
            and (
                function_words.get(tokens[first - 1].norm) in FILLER_CLASSES
                or manner_adverb(tokens[first - 1], lexicons)
            )
        ):
            first -= 1
    return tokens[first].start, tokens[stop - 1].end


def according_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit,
                      mention: Mention) -> tuple[int, int]:  # fmt: skip
    """The content of "CONTENT, according to X." or "According to X, CONTENT."."""
    cue_start = tokens[cue.first].start
    if cue_start - sentence.start > 2:
        return sentence.start, trim_end(text, sentence.start, cue_start)
    rest = text.find(",", mention.end, sentence.end)
    start = rest + 1 if rest != -1 else mention.end
    return trim(text, start, sentence.end)


def verb_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit, mention: Mention,
                 lexicons: LexiconSet) -> tuple[int, int]:  # fmt: skip
    """The content of "X said (that) CONTENT." or "CONTENT, X said (on Monday)."."""
    cue_end = tokens[cue.stop - 1].end
    source_start = min(mention.start, tokens[cue.first].start)
    before = source_start  # the end of the sentence's text before the source, without spaces
    while before > sentence.start and text[before - 1].isspace():
        before -= 1
    # tokens are in text order; an inverted source ("..., said the chairman of X") is no content after the cue
    first_after = bisect_left(tokens, max(cue_end, mention.end), key=lambda t: t.start)
    n_after = len(tokens) - first_after
    after_class = lexicons.speech.function_words.get(tokens[first_after].norm) if n_after else None
    comma = before > sentence.start and text[before - 1] == ","
    # "CONTENT, the UN said, but some experts disagree": a new clause after the cue is not its content.
    new_clause = n_after > 0 and after_class == "conjunction" and tokens[first_after].clause_break_before
    if comma and (not n_after or new_clause or (n_after <= 4 and after_class in AFTER_CUE_CLASSES)):
        return sentence.start, trim_end(text, sentence.start, source_start)
    return trim(text, cue_end, sentence.end)


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
