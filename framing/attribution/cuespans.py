"""The span of a cue: its verb group, with the auxiliaries, adverbs and particles that belong to it."""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.asides import MAX_FILLERS
from framing.attribution.base import (
    CLITICS,
    FILLER_CLASSES,
    Mention,
    chain_start,
    class_words,
    manner_adverb,
)
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token


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
