"""Asides of a source before its cue.

A source before an aside ("X, 52, said"; "his aide, Tad Devine, told"); the words before a source in its
noun phrase are :mod:`framing.attribution.premodifiers`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from framing.attribution.base import (
    MAX_FILLERS,
    NAME_KINDS,
    Mention,
    MentionIndex,
    class_words,
    in_class,
    manner_adverb,
)
from framing.attribution.heads import speech_verbs
from framing.attribution.offices import office_of
from framing.attribution.organisations import organisation
from framing.attribution.phrases import finite_clause, role_from
from framing.attribution.premodifiers import with_premodifiers
from framing.attribution.quotednames import quoted_name
from framing.attribution.runs import descriptor
from framing.lexicon import LexiconSet
from framing.tokenize import Token

MAX_ASIDE = 14
MAX_RELATIVE_ASIDE = 40
_CLOSED_QUOTE = re.compile(r"(?:[,.!?][\"”’]|[\"”’],)\s*$")


SPEAKER_KINDS = frozenset({*NAME_KINDS, "pronoun"})
"""Mentions that, with a verb after them, make an aside a speech clause ("..., he said, pointing out")."""


def before_aside(text: str, j: int, ends: Mapping[int, Mention], mentions: MentionIndex,
                  tokens: Sequence[Token], lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """A source before an aside: "X, 52, said", "his aide, Tad Devine, told", "Senator X of Texas, the No. 2 Republican, said"."""
    k = _aside_start(text, j, mentions, tokens, lexicons)
    if (
        k <= 0
        or j - k > MAX_RELATIVE_ASIDE
        or (j - k > MAX_ASIDE and not _long_aside(k, ends, tokens, lexicons))
    ):
        return None
    if tokens[k].norm in ("and", "but", "or") or finite_clause(tokens, k, j, lexicons):
        return None  # "in Ukraine, and put it on ...,", "Serbia has accepted ...,": a clause, no aside
    # "We are at war in Eastern Europe, he said, pointing out that ...": the aside is a speech clause, a
    # source and its verb, and that source speaks on
    said = tokens[j - 1].norm in speech_verbs(lexicons)
    speaker = (
        m for m in mentions.starting.get(k, ()) if said and m.stop == j - 1 and m.kind in SPEAKER_KINDS
    )
    if (clause := next(speaker, None)) is not None:
        return clause
    if (bracketed := _bracketed(text, k, j, ends, tokens)) is not None:
        return bracketed
    if lexicons.speech.function_words.get(tokens[k].norm) in ("preposition", "conjunction"):
        return _subject_before_adjunct(text, k, ends, mentions, tokens, lexicons)
    ending = mentions.stopping.get(j, ())
    spanning = next((m for m in ending if m.first < k and m.kind in NAME_KINDS), None)
    if spanning is not None:
        return spanning  # "The defence secretary, Grant Shapps, said": title and name read as one mention
    # "The trade body, the EEF, said", "The candidate, Republican Mike Smith, said": a word before the name
    article = lexicons.speech.function_words.get(tokens[k].norm) == "determiner" or descriptor(tokens, k, j, lexicons)  # fmt: skip
    aside = next((m for m in ending if m.first in (k, k + article) and m.kind in NAME_KINDS), None)
    if k not in ends:
        return aside or _second_aside(text, k, j, ends, tokens)
    head = ends[k]
    if _object_before_description(head, k, tokens, lexicons) and (outer := before_aside(
            text, k, ends, mentions, tokens, lexicons)) is not None:  # fmt: skip
        # "X, the mayor of Melitopol, a city near Crimea, said": the second aside describes the first's object
        return _second_aside(text, k, j, ends, tokens) or outer
    if aside is not None and _initials_of_object(text, head, aside, tokens, lexicons):
        # "Nigel Marson, head of marketing at Transport for London (TfL), said": the organisation and its
        # initials end the first aside, whose subject speaks
        return next((m for m in mentions.opening if m.kind in NAME_KINDS and m.stop <= head.first), None)
    if aside is not None and (named := _organisation_aside(text, head, aside, ends, tokens, lexicons)):
        return named
    if aside is not None and _place_of_role(head, aside, mentions, tokens, lexicons):
        head = dataclasses.replace(head, kind="role")
    if aside is not None and head.kind in NAME_KINDS:
        head = office_of(head, ends, tokens, lexicons)
        if _office_of_body(aside, tokens, lexicons) and not head.title and head.kind in NAME_KINDS:
            aside = None  # "Jack Law, chief executive of Alcohol Focus Scotland, said": Law holds the office
        elif aside.title and not head.title and head.kind in NAME_KINDS:
            # "The commander of Ukraine's 36th Separate Marine Brigade, Maj. Serhii Volyna, told": a titled
            # name apposed to an untitled one is the person; the untitled name is the unit or body
            head = dataclasses.replace(head, kind="role")
    if aside is not None and head.kind not in NAME_KINDS:
        return _apposed_name(text, head, aside, ends, tokens, lexicons)
    if all(t.text.isdigit() for t in tokens[k:j]) or _adjunct(tokens[k], lexicons):
        return head  # an age, "however" or "speaking in Ohio" is not part of the name: "Sarandon, 69, said"
    end = max((tokens[j - 1].end, *(m.end for m in mentions.stopping.get(j, ()))))  # "(ISW)" keeps its ")"
    return dataclasses.replace(head, stop=j, end=end, text=text[head.start : end])


def _aside_start(
    text: str, j: int, mentions: MentionIndex, tokens: Sequence[Token], lexicons: LexiconSet
) -> int:
    """Where the stretch before a cue at ``j`` opens: the clause break before it, or a bound away.

    A break inside a quotation that closes right before the cue is stepped over ("the author of “Putin's
    Playbook: ...,” told", "whose party opposes the plan as “deeply flawed” said"), not one after an
    auxiliary, whose quotation is the content ('have been "making good progress" say those behind it').
    """
    k = j - 1
    while k > 0 and j - k <= MAX_RELATIVE_ASIDE:
        # "the director of the Institute for the Study of War (ISW), wrote": that bracket is inside a name
        inside = next((m for m in mentions.stopping.get(j, ()) if m.initials and m.first < k), None)
        content = lexicons.speech.function_words.get(tokens[k - 1].norm) == "auxiliary"
        if (
            tokens[k].clause_break_before
            and inside is None
            and (content or not _quoted(text, tokens[k - 1].end, tokens[k].start, tokens[j].start))
            and not quoted_name(text, tokens, k)
        ):
            break
        k = inside.first if inside is not None and tokens[k].clause_break_before else k - 1
    return k


def _subject_before_adjunct(text: str, k: int, ends: Mapping[int, Mention], mentions: MentionIndex,
                            tokens: Sequence[Token], lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The subject before an aside that is an adjunct, not an apposition: the sentence's first mention.

    "X in a speech before the Federal Assembly, after choosing him ..., warned". After a fronted clause the
    subject opens the next one: "Explaining why ..., Toshihiko Horiuchi, from Hitachi's laboratory, said".
    """
    opener = next((m for m in mentions.opening if m.kind != "place" and m.stop <= k), None)
    head = ends.get(k)
    if opener is None and head is not None and head.kind in NAME_KINDS:
        return head if _after_fronted_clause(text, head, tokens, lexicons) else None
    return opener


def _after_fronted_clause(text: str, head: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """Whether a mention opens the main clause after a fronted one ("Explaining why ..., Horiuchi").

    The fronted clause is a quotation ('"...," Simon Wheatley, from Goldman Sachs, told Reuters') or
    opens with a word in -ing or -ed that is no function word ("Explaining", "Asked"; a name there is a
    mention, and the caller reads the sentence's opening mention first) or with a preposition or
    conjunction ("After ..."), and the mention starts right after its first clause break; not a name
    apposed to an object ("The minister met with his counterpart, Penny Wong, on Monday, outlining").
    """
    if _CLOSED_QUOTE.search(text, max(0, head.start - 8), head.start):
        return True
    opener = tokens[0]
    fronted = (opener.norm.endswith(("ing", "ed")) and opener.norm not in lexicons.speech.function_words) or (
        lexicons.speech.function_words.get(opener.norm) in ("preposition", "conjunction")
    )
    first_break = next((i for i in range(1, len(tokens)) if tokens[i].clause_break_before), None)
    return fronted and head.first == first_break


def _quoted(text: str, gap: int, start: int, end: int) -> bool:
    """Whether a break at ``start`` lies inside a quotation that closes right before the cue at ``end``.

    "the author of “Putin's Playbook: Russia's Secret Plan,” told": the colon and the opening mark are the
    book title's, not a clause's (``text[gap:start]``: what stands before the break).
    """
    if not text[start:end].rstrip().rstrip(",").endswith(('"', "”")):
        return False
    marks = sum(text.count(mark, gap, end) for mark in '"“”')
    opening = any(mark in text[gap:start] for mark in '"“')
    return marks % 2 == (0 if opening else 1)


def _organisation_aside(text: str, head: Mention, aside: Mention, ends: Mapping[int, Mention],
                        tokens: Sequence[Token], lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The name apposed to an organisation's mention, when it is the source.

    "European Union ambassador to the WTO, Carlo Trojan, said": the organisation ends a role, Trojan
    speaks; "Manufacturers' organisation, the EEF, said": a common noun of an organisation, named after it.
    """
    named = aside.kind in ("person", "name") and organisation(head, lexicons)
    common = head.kind == "institution" and head.text.islower() and organisation(aside, lexicons)
    if common or (named and _after_genitive(head, tokens, lexicons)):
        return _apposed_name(text, head, aside, ends, tokens, lexicons)
    return None


def _place_of_role(head: Mention, aside: Mention, mentions: MentionIndex, tokens: Sequence[Token],
                   lexicons: LexiconSet) -> bool:  # fmt: skip
    """Whether a name before an aside ends a role's place and the aside is a person, who speaks.

    "The BBC's correspondent in Jakarta, Rachel Harvey, said" (:func:`role_from`); not a state after a
    city: "The correspondent in Jakarta, Indonesia, reported".
    """
    # a person's name has two words at least ("Rushdi Abualouf", given name known or not); a state one
    words = len((aside.name or aside.text).split())
    return (
        head.kind in NAME_KINDS
        and (aside.kind == "person" or (aside.kind == "name" and 2 <= words <= 3))
        and role_from(tokens, 0, head, mentions, lexicons) is not None
    )


def _apposed_name(text: str, head: Mention, aside: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
                  lexicons: LexiconSet) -> Mention:  # fmt: skip
    """The source of a role and the name apposed to it: "The NATO spokesperson, Oana Lungescu, said".

    The apposed name is the source, the span the whole ("the White House spokesman, Josh Earnest"); but a
    role in a genitive belongs to an aside of the name that opens the sentence, which speaks: "Andrij
    Jermak, head of the office of the President of Ukraine, Volodymyr Zelensky, wrote".
    """
    if _after_genitive(head, tokens, lexicons):
        # the name before the aside the genitive is in ("Dubai, United Arab Emirates (CNN)- The US Deputy
        # Minister of Defense for Political Affairs, Collin Cole, revealed": no name right before it)
        b = next((k for k in range(head.first, 0, -1) if tokens[k].clause_break_before), 0)
        named = ends.get(b)
        if named is not None and named.kind in NAME_KINDS:
            return named
    head = with_premodifiers(text, head, tokens, lexicons, office=True)
    return dataclasses.replace(aside, first=head.first, start=head.start, text=text[head.start : aside.end])


def _after_genitive(mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """Whether a mention follows "of", "for" or "to" (an article may stand between): "an aide to the President"."""
    k = mention.first - 1
    if k > 0 and lexicons.speech.function_words.get(tokens[k].norm) == "determiner":
        k -= 1
    return k > 0 and (tokens[k].norm in class_words(lexicons, "postmodifier") or tokens[k].norm == "to")


def _office_of_body(aside: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """An aside that is a title and the body it is held in ("chief executive of Alcohol Focus Scotland").

    Its "name" is the body's: "of" or "for" stands between the title and the capitalised words.
    """
    postmodifiers = class_words(lexicons, "postmodifier")
    return bool(aside.title) and any(t.norm in postmodifiers for t in tokens[aside.first : aside.stop])


def _long_aside(k: int, ends: Mapping[int, Mention], tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """Only a relative clause or a name's apposition runs long before a cue.

    "Daniel Russel, who served as ..., said"; "Prof Paul Dibb, an emeritus professor at ... and former director
    of ..., said". A long stretch of anything else is a clause.
    """
    if tokens[k].norm in ("who", "whose"):
        return True  # "which" is not: "sanctions hitting Russian interests in Great Britain, which would ..., said"
    head = ends.get(k)
    return head is not None and head.kind in NAME_KINDS and in_class(lexicons, tokens[k].norm, "article")


def _initials_of_object(
    text: str, head: Mention, aside: Mention, tokens: Sequence[Token], lexicons: LexiconSet
) -> bool:
    """Whether ``aside`` is the bracketed initials of an organisation that a preposition governs."""
    bracketed = text[tokens[aside.first - 1].end : aside.start].strip() == "("
    before = tokens[head.first - 1].norm if head.first > 0 else ""
    return bracketed and lexicons.speech.function_words.get(before) == "preposition"


def _second_aside(
    text: str, k: int, j: int, ends: Mapping[int, Mention], tokens: Sequence[Token]
) -> Mention | None:
    """A name before two asides, the first short: "Jillian Chase, 27, a Tinder user in New York, said"."""
    first = k - 1
    while first > 0 and not tokens[first].clause_break_before and k - first <= MAX_FILLERS:
        first -= 1
    head = ends.get(first) if tokens[first].clause_break_before else None
    if head is None or head.kind not in NAME_KINDS:
        return None
    end = tokens[j - 1].end
    return dataclasses.replace(head, stop=j, end=end, text=text[head.start : end])


def _bracketed(text: str, k: int, j: int, ends: Mapping[int, Mention],
               tokens: Sequence[Token]) -> Mention | None:  # fmt: skip
    """A name before a short bracketed aside, which its span keeps: "Sen. Bernie Sanders (I-Vt.) said"."""
    if k not in ends or j - k > MAX_FILLERS or ends[k].kind not in NAME_KINDS:
        return None
    opening = text.rfind("(", tokens[k - 1].end, tokens[k].start)
    closing = text.find(")", tokens[j - 1].end, tokens[j].start)
    if opening == -1 or closing == -1:
        return None
    head = ends[k]
    return dataclasses.replace(head, stop=j, end=closing + 1, text=text[head.start : closing + 1])


def _adjunct(token: Token, lexicons: LexiconSet) -> bool:
    """An aside that is an adjunct, not an apposition: an adverb ("however") or a participle ("speaking in")."""
    adverb = lexicons.speech.function_words.get(token.norm) == "adverb" or manner_adverb(token, lexicons)
    return adverb or (token.text.islower() and token.norm.endswith("ing"))


def _object_before_description(head: Mention, k: int, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A preposition's object before an aside that opens with "a": "the mayor of Melitopol, a city ..."."""
    before = tokens[head.first - 1].norm if head.first > 0 else ""
    return lexicons.speech.function_words.get(before) == "preposition" and in_class(
        lexicons, tokens[k].norm, "indefinite_article"
    )
