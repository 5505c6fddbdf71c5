"""Spans: the cue as a verb group, and the content attributed to a source."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from framing.attribution.asides import MAX_FILLERS
from framing.attribution.base import (
    CLITICS,
    DASHES,
    FILLER_CLASSES,
    Mention,
    MentionIndex,
    chain_start,
    class_words,
    in_class,
    manner_adverb,
)
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
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


@derived
def _single_word_verbs(lexicons: LexiconSet) -> frozenset[str]:
    return frozenset(
        e.words[0]
        for e in lexicons.speech.cues
        if len(e.words) == 1 and e.subcategory in ("verb", "attitude")
    )


def cue_span(
    tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet, source: Mention | None = None
) -> tuple[int, int]:
    """The cue as a verb group: "has also said", "did not mention"; "told" of "told reporters".

    The group starts after its ``source``: "Theresa May said" holds no auxiliary "May".

    A phrase found as a whole ("told reporters", "said in a statement", "found that") is reported by its
    verb, which is what carries the attribution; the rest is its object, channel or complementizer. What
    the verb group keeps after the verb are classes of ``sources/word_classes.tsv``: a particle
    (``cue_particle``, ``to_verb``, ``on_verb``), an ``object_verb``'s object, a word ``after_cue``.
    """
    first, stop = cue.first, cue.stop
    kind = cue.entry.subcategory
    if kind == "phrase":
        stop = _phrase_stop(tokens, first, stop, lexicons)
    if kind == "vague" and stop - first > 1 and tokens[stop - 1].norm == "to":
        stop -= 1  # "is expected to": the infinitive marker belongs to the content
    if kind == "phrase" and tokens[first].norm.startswith("declin") and tokens[first + 1].norm == "to":
        stop = first + 1  # "declined to comment": the verb is the cue
    if kind in ("verb", "attitude") and stop < len(tokens) and not tokens[stop].clause_break_before:
        stop += _particle(tokens[stop - 1].norm, tokens[stop].norm, lexicons)
        following = tokens[stop] if stop < len(tokens) else None
        if (
            tokens[stop - 1].norm in class_words(lexicons, "object_verb")
            and following
            and following.text.isalpha()
        ):
            stop += int(
                following.text.islower() and lexicons.speech.function_words.get(following.norm) is None
            )
    opens_clause = first == 0 or tokens[first].clause_break_before  # "Asked Tuesday about X, ...": no subject
    if (
        kind in ("verb", "phrase")
        and stop < len(tokens)
        and not tokens[stop].clause_break_before
        and not opens_clause
    ):
        stop += _adverb_after(tokens[stop], lexicons)
    if kind not in ("verb", "phrase", "attitude"):
        return tokens[first].start, tokens[stop - 1].end
    first = _verb_group_start(tokens, first, cue.first, lexicons)
    start = _opening(tokens, first, lexicons)
    if source is not None and source.start < start < source.end and tokens[first].text[:1].isupper():
        start = next(t.start for t in tokens[first : cue.first + 1] if t.start >= source.end)
    return start, tokens[stop - 1].end


def _phrase_stop(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> int:
    """Where a phrase cue ends: "told" of "told reporters", "did not respond to" of "... a request for comment".

    After "statement" a participle stays in the cue ("issued a statement saying"), as PolNeAR marks it.
    """
    tail = tuple(t.norm for t in tokens[first + 1 : stop])
    kept = " ".join(tail) in class_words(lexicons, "whole_phrase_tail") or (
        len(tail) == 1
        and (
            tail[0] in class_words(lexicons, "cue_particle")
            or tokens[first].norm in class_words(lexicons, "object_verb")
        )
    )
    to_verbs = class_words(lexicons, "to_verb")
    responds = next((i for i in range(first, stop - 1) if tokens[i].norm in to_verbs), None)
    if responds is not None and tokens[responds + 1].norm == "to":
        return responds + 2
    if tokens[first].norm in _single_word_verbs(lexicons) and not kept:
        return first + 1
    if stop - first > 1 and tokens[stop - 1].norm == "that":
        return stop - 1
    following = tokens[stop] if stop < len(tokens) else None
    if tokens[stop - 1].norm == "statement" and following and not following.clause_break_before:
        return stop + int(following.text.islower() and following.norm.endswith("ing"))
    return stop


def _particle(verb: str, following: str, lexicons: LexiconSet) -> int:
    """1 when the word after a verb cue belongs to it ("asked about", "warned of", "responded to")."""
    says = verb in class_words(lexicons, "say_form")
    if following in ("about", "guilty") or (
        following in class_words(lexicons, "cue_particle") and (following != "for" or not says)
    ):
        return 1  # "said for weeks" is a duration
    if following == "of" and not says:
        return 1  # "warned of"; "said of the plan" names a topic
    return int(
        (following == "to" and verb in class_words(lexicons, "to_verb"))
        or (following == "on" and verb in class_words(lexicons, "on_verb"))
    )


def _adverb_after(token: Token, lexicons: LexiconSet) -> int:
    """1 when a weekday or manner adverb follows a cue: "said Tuesday", "said repeatedly" (PolNeAR marks 2 in 3)."""
    return int(token.norm in class_words(lexicons, "after_cue") or manner_adverb(token, lexicons))


def _verb_group_start(tokens: Sequence[Token], first: int, cue_first: int, lexicons: LexiconSet) -> int:
    """The first token of a verb group: auxiliaries, adverbs and negation ("has also said"), then more.

    The more is a chain ("sought to clarify") or an infinitive's "to" ("rushed to TV to say").
    """
    first = _fillers(tokens, first, cue_first, lexicons)
    chained = chain_start(tokens, first, lexicons)
    if chained < first:
        return _fillers(tokens, chained, chained, lexicons)
    if first > 0 and tokens[first - 1].norm == "to" and not tokens[first].clause_break_before:
        first -= 1
    return first


def _fillers(tokens: Sequence[Token], first: int, cue_first: int, lexicons: LexiconSet) -> int:
    """Step back over auxiliaries, adverbs and negation before a verb ("has also", "did not")."""
    function_words = lexicons.speech.function_words
    while (
        first > 0
        and cue_first - first < MAX_FILLERS
        and not tokens[first].clause_break_before
        and (
            function_words.get(tokens[first - 1].norm) in FILLER_CLASSES
            or manner_adverb(tokens[first - 1], lexicons)
        )
    ):
        first -= 1
    return first


def _opening(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> int:
    """Where a verb group starts: at an auxiliary contracted on a pronoun before it ("He’s predicted").

    A name's "’s" before a cue is a possessive ("Bolton’s view"), not an auxiliary.
    """
    if first == 0 or tokens[first].clause_break_before:
        return tokens[first].start
    before = tokens[first - 1]
    word = before.text.lower().replace("’", "'")
    clitic = next((c for c in CLITICS if word.endswith(c) and len(word) > len(c)), None)
    base = word[: -len(clitic)] if clitic else ""
    if clitic is None or (base != "that" and lexicons.speech.function_words.get(base) != "pronoun"):
        return tokens[first].start
    return before.end - len(clitic)


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
    if comma and (not n_after or new_clause or (n_after <= 4 and after_class in AFTER_CUE_CLASSES)):
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
