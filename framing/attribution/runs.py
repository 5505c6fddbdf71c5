"""Words that continue a capitalized run of a name although they would end it elsewhere.

"the North American Aerospace Defense Command" (a country's adjective), "the Chinese People's Republic"
(a possessive of class ``name_possessive``); where an organisation's run ends, and where a noun of its
type before it makes it one ("airline Qantas"); and an "of" that ends one: "Laura Brownlees of Save the
Children" is a person and her organisation, "Muslim Council of Britain" one name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import Mention, class_words, in_class, is_name_word, joined, nation_of
from framing.attribution.heads import speech_words
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token


def inner_possessive(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A possessive that names part of a name ("the Chinese People's Republic", "Donetsk People's Republic").

    Class ``name_possessive``; a capitalized word must follow in the same phrase.
    """
    following = tokens[k] if k < len(tokens) else None
    return (
        following is not None
        and following.joins_previous
        and following.text[:1].isupper()
        and in_class(lexicons, tokens[k - 1].norm, "name_possessive")
    )


def inner_word(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A word inside a run of names, a capitalized word joined after it ("CCR Video Corp", "North American").

    Not a time word: "Erdogan Monday Zelensky" is two names.
    """
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        following is not None
        and joined(tokens, k + 1)
        and is_name_word(following, lexicons.speech.function_words)
        # any word but a time word: "Erdogan Monday Zelensky" is two names
        and not in_class(lexicons, tokens[k].norm, "time_word")
    )


PERSON_WORDS = (2, 3)
"""A person's name before "of" has two or three words ("Laura Brownlees", "Zara Hyde Peters")."""


def person_before_of(tokens: Sequence[Token], first: int, at: int, lexicons: LexiconSet) -> bool:
    """Whether ``tokens[at]`` is "of" and the run ``tokens[first:at]`` before it a person's name, which it ends.

    Two or three capitalized words, none a word of a listed source ("Royal Navy"), a nation, an honorific
    or a word of class ``of_name`` ("Princess Marguerite of Romania", "Royal College of Physicians"), or an
    organisation's head noun (``org_head``, ``generic_head``, ``media_head``: "Muslim Council of Britain").
    A capitalized word before the run ("The Royal Bank of Scotland") or one word ("Bank of England") keeps
    "of" inside the name.
    """
    run = tokens[first:at]
    if (
        tokens[at].norm != "of"
        or len(run) not in PERSON_WORDS
        or (first > 0 and tokens[first - 1].text[:1].isupper())
    ):
        return False
    blocked = _not_person_words(lexicons)
    return all(
        t.text[:1].isupper()
        and t.text[1:2].islower()
        and t.norm not in blocked
        and nation_of(t.norm, lexicons) is None
        for t in run
    )


@derived
def _not_person_words(lexicons: LexiconSet) -> frozenset[str]:
    """Words of listed sources and organisation heads: a run with one of them is no person's name."""
    words = {w for entry in lexicons.speech.sources for w in entry.words}
    for name in ("org_head", "generic_head", "media_head", "media_noun", "of_name", "honorific"):
        words |= class_words(lexicons, name)
    return frozenset(words)


def organisation_stop(tokens: Sequence[Token], stop: int, inner: Sequence[Hit], lexicons: LexiconSet) -> int:
    """The end of an organisation's name: its listed phrase ("Russian media"), a medium's head noun.

    "the Reuters agency notes": the medium with its head noun (class ``media_head``, matched as written,
    so in lowercase only).
    """
    if inner and max(h.stop for h in inner) > stop:
        stop = max(h.stop for h in inner)
    if (
        inner
        and inner[-1].entry.subcategory == "media"
        and stop < len(tokens)
        and tokens[stop].text in class_words(lexicons, "media_head")
    ):
        stop += 1
    return stop


def typed_organisation(
    text: str, tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet
) -> int | None:
    """Where an organisation's name starts when a noun of its type stands right before it, else None.

    "Australian airline Qantas", "sportswear firm Umbro", "Bookmaker Ladbrokes said" (class ``org_type``):
    a capitalized run after such a noun names a company, a club or a charity, not a person. A capitalized
    type noun first in the run ("Bookmaker Ladbrokes") is left out of the name. Not a relative clause
    after the noun ("the company Elon Musk bought": Musk bought it), nor a compound with a hyphen ("Film-maker
    Spike Lee" is a person; "condom-maker" is rare).
    """
    types = class_words(lexicons, "org_type")
    if (
        first > 0
        and tokens[first - 1].text.islower()
        and tokens[first - 1].norm in types
        and joined(tokens, first)
        and (first < 2 or text[tokens[first - 2].end : tokens[first - 1].start] != "-")
        and not _relative_after(tokens, first, stop, lexicons)
    ):
        return first
    if stop - first > 1 and tokens[first].norm in types and not tokens[first].text.isupper():
        return first + 1
    return None


APPOSITION_REACH = 6
"""Words at most in an apposition that types a name ("Acme, a Texas-based oil company,")."""


def typed_apposition(text: str, tokens: Sequence[Token], mention: Mention, lexicons: LexiconSet) -> Mention:
    """A name of no known kind set off by an apposition headed by a type noun: an organisation of that type.

    "said Janes, a global agency for open-source defense intelligence", "Acme, a Texas-based oil company,":
    the apposition says what the name is, and "the agency", "the company" refer back to it. The head
    (class ``apposition_type``: nouns only an organisation is, not "maker", "operator", "giant", which a
    person can be) ends the apposition: a comma, a preposition or the sentence's end follows it ("Smith, a
    company spokesman" is headed by "spokesman").
    """
    k = mention.stop
    if mention.kind != "name" or k + 1 >= len(tokens) or not tokens[k].clause_break_before:
        return mention
    if text[tokens[k - 1].end : tokens[k].start].strip() != "," or not in_class(
        lexicons, tokens[k].norm, "article"
    ):
        return mention
    words = lexicons.speech.function_words
    reach = range(k + 2, min(len(tokens), k + 2 + APPOSITION_REACH))  # a bounded look: "a ... company,"
    ends = [j for j in reach if tokens[j].clause_break_before or words.get(tokens[j].norm) == "preposition"]
    if not ends and reach.stop < len(tokens):
        return mention  # longer than an apposition that types a name
    head = tokens[(ends[0] if ends else len(tokens)) - 1].norm
    if not in_class(lexicons, head, "apposition_type"):
        return mention
    return dataclasses.replace(mention, kind="institution", kind_noun=head)


def _relative_after(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """Whether "the company" + name opens a relative clause: a determiner before the noun, a verb after the name.

    "the company Elon Musk bought", "a firm John Smith founded"; not "the airline Qantas said" (a speech
    verb) or "the airline Qantas has" (an auxiliary), nor "Australian airline Qantas posted" (no determiner).
    """
    words = lexicons.speech.function_words
    if first < 2 or words.get(tokens[first - 2].norm) != "determiner" or stop >= len(tokens):
        return False
    after = tokens[stop]
    return after.text.islower() and after.norm not in words and after.norm not in speech_words(lexicons)


def lexical_run(
    hits: Sequence[Hit], first: int, stop: int, tokens: Sequence[Token], lexicons: LexiconSet
) -> bool:
    """Whether a source word opens or ends the run ``first:stop``: it is that source, no name.

    "Many Iranians", "Western analysts" are sources of the lists; a source word inside a run is part of a
    name ("the Swedish Defence Research Agency", not "Swedish Defence Research" and "Agency"), and so is one
    at either end of a run joined by "of" or "for" ("the Joint Chiefs of Staff", "Students for Fair
    Admissions": an organisation's name, not staff or students), and one capitalized at the end of a run
    inside a sentence (:func:`vague_tail`).
    """
    joining = class_words(lexicons, "postmodifier")  # "of", "for"
    if any(tokens[k].norm in joining for k in range(first + 1, stop - 1)):
        return False
    if vague_tail(hits, first, stop, tokens):
        return False
    return any(h.entry.subcategory in ("vague", "role") and not first < h.first < h.stop < stop for h in hits)


def vague_tail(hits: Sequence[Hit], first: int, stop: int, tokens: Sequence[Token]) -> bool:
    """Whether a capitalized vague source word ends a run inside a sentence: an organisation's name.

    "a report from Continental Research", "the Russian General Staff", "Dimension Data" (news corpus: 124 of
    124 such runs name an organisation); not "Western analysts", nor a run opening a sentence or a headline.
    """
    return _capitalized_tail(tokens, first, stop) and any(
        h.stop == stop and h.entry.subcategory == "vague" for h in hits
    )


def first_conjunct(
    tokens: Sequence[Token], first: int, stop: int, run: Sequence[Hit], lexicons: LexiconSet
) -> int | None:
    """Where the first of two conjoined names ends ("Xi and Lukashenko"), if the run is that; ``run``: its hits."""
    ands = [k for k in range(first + 1, stop - 1) if in_class(lexicons, tokens[k].norm, "coordinator")]
    if len(ands) != 1 or any(h.first >= first and h.entry.subcategory != "title" for h in run):
        return None
    k = ands[0]
    titled = any(h.first > k and h.entry.subcategory == "title" for h in run)
    if titled and all(in_class(lexicons, t.norm, "portfolio") for t in tokens[first:k]):
        return None  # "Trade and Industry Secretary Patricia Hewitt": two portfolios of one title
    return k if k - first <= 3 and stop - k - 1 <= 5 else None


def _capitalized_tail(tokens: Sequence[Token], first: int, stop: int) -> bool:
    """Whether a run of two words or more after a lowercase word ends in a capitalized word, as a name does."""
    last = tokens[stop - 1].text
    return (
        stop - first >= 2
        and first > 0
        and tokens[first - 1].text.islower()
        and last[:1].isupper()
        and not last.isupper()
    )


def surname_word(tokens: Sequence[Token], k: int, first: int, lexicons: LexiconSet) -> bool:
    """A capitalized function word that ends a person's name in prose: "Theresa May said", "Christine May had".

    Class ``surname_word``: after a capitalized name word that names no country and no weekday, and before a
    lowercase word (not a headline's "Russia May Invade").
    """
    token, before = tokens[k], tokens[k - 1]
    return (
        k > first
        and k + 1 < len(tokens)
        and token.text[:1].isupper()
        and token.joins_previous
        and tokens[k + 1].text.islower()
        and in_class(lexicons, token.norm, "surname_word")
        and before.text[:1].isupper()
        and nation_of(before.norm, lexicons) is None
        and not in_class(lexicons, before.norm, "not_source")
    )


def numbered(text: str, tokens: Sequence[Token], k: int) -> bool:
    """An abbreviation before a number ("see Fig. 2", "No. 5", "Vol. 3"): a reference, never a name."""
    end = tokens[k].end
    return k + 1 < len(tokens) and text[end : end + 1] == "." and tokens[k + 1].text[:1].isdigit()


def capitals_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether a word in capitals of two or more letters stands right before ``first`` in its clause."""
    if first == 0 or tokens[first].clause_break_before:
        return False
    previous = tokens[first - 1].text
    return len(previous) > 1 and previous.isupper() and previous.isalpha()


def descriptor(tokens: Sequence[Token], k: int, stop: int, lexicons: LexiconSet) -> bool:
    """A ``descriptor`` word before a given name and a surname: "Striker Nicolas Anelka", no part of the name."""
    return (
        k + 2 < stop
        and in_class(lexicons, tokens[k].norm, "descriptor")
        and tokens[k + 1].norm in lexicons.speech.given_names
    )


def past_not_source(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet,
                     keep_nations: bool = False) -> int:  # fmt: skip
    """Where a name starts after never-a-speaker words: "on Sunday Boris Johnson", "in September and Delhi".

    ``keep_nations``: a country's word stays ("the British Embassy" is not "Embassy").
    """
    function_words = lexicons.speech.function_words
    while (in_class(lexicons, tokens[first].norm, "not_source") and stop - first > 1) or descriptor(
        tokens, first, stop, lexicons
    ):
        if keep_nations and nation_of(tokens[first].norm, lexicons):
            break
        first += 1  # the weekday is no part of the name ...
        while first < stop - 1 and not is_name_word(tokens[first], function_words):
            first += 1  # ... nor the particle after it
    return first
