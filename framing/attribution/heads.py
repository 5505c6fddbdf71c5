"""Where a noun phrase source has its head: before a preposition that modifies it, not at a possessive.

"The security guard at the firm's headquarters said": the guard speaks; "warning that Putin’s “...”":
Putin owns what follows, he does not speak.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.adverbs import ly_adverb
from framing.attribution.base import Mention, MentionIndex, class_words, in_class, manner_adverb
from framing.attribution.organisations import acronym
from framing.attribution.roles import vague_name
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.tokenize import Token

MAX_HEAD = 6
"""A head before a preposition is looked for at most this many words back."""


def head_before_preposition(
    tokens: Sequence[Token], first: int, lexicons: LexiconSet
) -> tuple[int, int] | None:
    """The noun phrase a preposition before ``first`` modifies, as (its first token, the preposition's).

    Only a phrase opened by a determiner at the start of its clause ("The security guard at ..."), or a
    listed source word opening it bare ("Officials in Cojedes state said", "Residents of the city"; not
    "Prices in the capital suggest"), and a preposition that attaches to a noun (``object_preposition``:
    "at", "in", "from", not "after", "as").
    """
    function_words = lexicons.speech.function_words
    at = first - 1
    if at < 1 or tokens[first].clause_break_before or tokens[at].norm == "to":
        return None  # "contacted Five to cease": an infinitive; "close to" is read with its adjective
    if not in_class(lexicons, tokens[at].norm, "object_preposition"):
        return None  # "fell 1.7% as the market", "protests after the firm": a clause, no head
    for k in range(at - 1, max(-1, at - 1 - MAX_HEAD), -1):
        if function_words.get(tokens[k].norm) == "determiner":
            return (k, at) if k == 0 or tokens[k].clause_break_before else None
        if tokens[k].norm in function_words:
            return None
        if k == 0 or tokens[k].clause_break_before:
            # a bare source word opens the clause: "Officials in Cojedes state said"
            nouns = source_nouns(lexicons)  # "Officials in ...", "Diplomats involved in ..."
            return (k, at) if tokens[k].norm in nouns or tokens[at - 1].norm in nouns else None
    return None


def object_of_preposition(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> bool:
    """Whether the phrase at ``first`` follows a preposition in its clause (and so is that preposition's object).

    Not after a ``subordinator`` ("after the law lords said") or a capitalised preposition inside a name
    ("The Reporters Without Borders group said").
    """
    before = tokens[first - 1] if first > 0 else None
    return (
        before is not None
        and not tokens[first].clause_break_before
        and before.text.islower()
        and lexicons.speech.function_words.get(before.norm) == "preposition"
        and not in_class(lexicons, before.norm, "subordinator")
    )


def partitive_of(tokens: Sequence[Token], k: int, postmodifiers: frozenset[str]) -> bool:
    """A determiner after "of" or "for" ("many of his endorsers", "a spokesman for the buyer"): the phrase goes on."""
    return k > 1 and tokens[k - 1].norm in postmodifiers and not tokens[k].clause_break_before


def complement_at(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A preposition after a ``complement_adjective`` ("familiar with", "close to"): the head is further back."""
    return (
        k > 0
        and not tokens[k].clause_break_before
        and lexicons.speech.function_words.get(tokens[k].norm) == "preposition"
        and in_class(lexicons, tokens[k - 1].norm, "complement_adjective")
    )


def not_a_subject(tokens: Sequence[Token], first: int, end: int, cue_first: int, head: tuple[int, int] | None,
                  lexicons: LexiconSet) -> bool:  # fmt: skip
    """Whether the noun phrase ``first:end`` before a cue at ``cue_first`` cannot be the cue's subject.

    With a ``head`` before a preposition (:func:`head_before_preposition`), when that head never speaks
    ("Video from the scene showed", "The MoD update on Feb. 13 focuses on"); without, when the phrase is a
    preposition's object ("forced Russian forces back from the capital suggested"), unless the verb is the
    object's own ("with investors saying", "charities who say"), or when it is headed by an ``event_noun``.
    """
    if head is not None:
        return in_class(lexicons, tokens[head[1] - 1].norm, "not_source")
    if in_class(lexicons, tokens[end - 1].norm, "event_noun") and not any(
        lexicons.speech.function_words.get(t.norm) == "preposition" or t.norm.endswith(("ing", "ed"))
        for t in tokens[first : end - 1]
    ):
        # "The Pompeo visit emphasizes", "The attack shows that": an event heads the phrase. Not the head
        # after a preposition or a participle: "Video of the incident", "People familiar with the move"
        return True
    if tokens[first].text.islower() and in_class(lexicons, tokens[first].norm, "irregular_past"):
        return True  # "asked why the West made countries think ...": a verb opens no subject
    if first == 0 and end == 1 and ly_adverb(tokens[0], lexicons):
        return True  # "Clearly alluding to China, ...", "Ultimately, says ...": an adverb opens the sentence
    auxiliary = first > 0 and lexicons.speech.function_words.get(tokens[first - 1].norm) == "auxiliary"
    if auxiliary and tokens[first].norm.endswith("ed"):
        return True  # "many of whom have campaigned for a ban for decades saying": a verb phrase
    own_verb = tokens[cue_first].norm.endswith("ing") or tokens[end].norm in class_words(lexicons, "relative")
    return not own_verb and object_of_preposition(tokens, first, lexicons)


def document_publisher(tokens: Sequence[Token], first: int, end: int, mentions: MentionIndex,
                       lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The organisation whose document heads a noun phrase: "ECFR's survey", "the ECFR survey", "UNHCR's report".

    The phrase ends in a ``document_noun``; the organisation (or initials) stands inside it, before the noun.
    """
    if end - first < 2 or tokens[end - 1].norm not in class_words(lexicons, "document_noun"):
        return None
    inside = [m for m in mentions.between(first, end - 1) if m.kind in ("institution", "media", "name")]
    found = inside[-1] if inside else None
    if found is None or (found.kind == "name" and not acronym(found.name or found.text)):
        return None  # "Smith's report": a person's, not read as a publisher here
    return found


def owns_what_follows(last: Token) -> bool:
    """A phrase ending in a possessive ("Putin’s") owns what comes next, it does not speak.

    At the end of its sentence the word is a name ("according to the website Parker's").
    """
    written = last.text.lower().replace("’", "'")
    return len(written) > 2 and written.endswith("'s")


def can_name(phrase: Sequence[Token], linked: int, lexicons: LexiconSet) -> bool:
    """Whether a noun phrase before a cue can name its source; ``linked``: the length of its head part.

    Not an ``indefinite`` ("No one can think"), not function words alone, no cue word inside ("He said the
    US would continue": not "said the US"), and a noun (:func:`noun_like`, "Officials familiar with" read
    before "familiar"). A document phrase ("An EU report says") may end in a cue noun of its own.
    """
    function_words = lexicons.speech.function_words
    if phrase[-1].norm in class_words(lexicons, "indefinite") or all(
        function_words.get(t.norm) is not None or t.text[:1].isdigit() for t in phrase
    ):
        return False
    document = document_head(phrase, lexicons)
    if any(t.norm in speech_words(lexicons) for t in (phrase[:-1] if document else phrase)):
        return False
    return document or noun_like(phrase[:linked], lexicons)


def document_head(phrase: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A phrase of two words or more that ends in a ``document_noun``: "An EU report", "a damning report"."""
    return len(phrase) > 1 and phrase[-1].norm in class_words(lexicons, "document_noun")


def as_document(mention: Mention, lexicons: LexiconSet) -> Mention:
    """A document phrase with no publisher named in it: a vague source when its noun is one ("a damning report").

    Other document nouns keep their role ("a review concluded": no vague source list names reviews).
    """
    if mention.kind == "role" and vague_name(mention.text, lexicons) is not None:
        return dataclasses.replace(mention, kind="vague")
    return mention


def noun_like(phrase: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A phrase that can name a source: not a verb group or participle ("is expected", "Speaking")."""
    last = phrase[-1]
    if in_class(lexicons, last.norm, "not_source") or last.norm in speech_words(lexicons):
        return False  # "the statement said", "Speaking", "said"
    if " ".join(t.norm for t in phrase[-2:]) in speech_words(lexicons):
        return False  # "through social media spoke": a channel, not a source
    if last.norm.endswith(("ing", "ed")) and not last.text[0].isupper():
        return False  # "Speaking", "is expected": no noun
    if manner_adverb(last, lexicons):
        return False  # "not directly": no noun ("The family", "A close ally" are)
    return not (len(phrase) == 1 and last.text[0].isupper() and last.norm.endswith("ing"))


@derived
def source_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """The last words of the role, title and vague rows of ``sources/sources.tsv`` ("officials", "residents")."""
    kinds = ("role", "title", "vague")
    return frozenset(e.words[-1] for e in lexicons.speech.sources if e.subcategory in kinds)


@derived
def speech_words(lexicons: LexiconSet) -> frozenset[str]:
    """Words that are speech, not speakers: one-word cues and channels, two-word channels ("social media")."""
    speech = lexicons.speech
    one = {e.pattern for e in (*speech.cues, *speech.channels) if len(e.words) == 1}
    return frozenset(one | {e.pattern for e in speech.channels if len(e.words) == 2})


@derived
def speech_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """One-word speech nouns of the cue list ("letter", "statement", "appeal": cue kind ``noun``)."""
    return frozenset(e.pattern for e in lexicons.speech.cues if len(e.words) == 1 and e.subcategory == "noun")


@derived
def speech_verbs(lexicons: LexiconSet) -> frozenset[str]:
    """One-word verb and stance cues ("said", "added", "assessed"), without speech nouns and channels."""
    cues = lexicons.speech.cues
    return frozenset(e.pattern for e in cues if len(e.words) == 1 and e.subcategory in ("verb", "attitude"))


def published(head: Mention | None, lexicons: LexiconSet) -> bool:
    """Whether a vague source is a document or data an organisation publishes ("Research", "Figures")."""
    last = head.text.split()[-1].lower() if head is not None and head.kind == "vague" else ""
    return in_class(lexicons, last, "document_noun", "data_noun")
