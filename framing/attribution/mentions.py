"""Candidate sources in one sentence (pure: tokens and lexicon hits in, mentions out).

A mention is a name ("Governor Andrei Boharev", "Ramzan Kadyrov"), a lexical source ("analysts", "the
ministry", "Interfax"), a title used alone ("the governor"), a pronoun, or a possessed speech noun ("his
comments", "Anokhine's Telegram channel"). Words inside quotations are never sources.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from framing.attribution.base import (
    Mention,
    before_title,
    class_words,
    in_class,
    is_name_word,
    joined,
    make_mention,
    nation_of,
    strip_possessive,
    written_name,
)
from framing.attribution.initials import initials_amid_lowercase, middle_initial, with_initials
from framing.attribution.nameends import company_name, ends_name, event_name, with_post_nominal
from framing.attribution.offices import office_mention, office_person, titles
from framing.attribution.pronouns import epithet_run
from framing.attribution.qualifiers import qualified_titles
from framing.attribution.runs import (
    capitals_before,
    first_conjunct,
    inner_possessive,
    lexical_run,
    numbered,
    organisation_stop,
    past_not_source,
    person_before_of,
    surname_word,
    typed_apposition,
    typed_organisation,
    vague_tail,
)
from framing.attribution.speechnouns import attach_speech_nouns
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit, hits_between, select_longest
from framing.tokenize import Token


def mentions(
    text: str,
    tokens: Sequence[Token],
    source_hits: Sequence[Hit],
    lexicons: LexiconSet,
    inside: Sequence[bool],
    not_names: Sequence[bool],
) -> list[Mention]:
    """Possible sources in a sentence, outside quotations, longest first where they overlap.

    ``inside`` marks tokens inside quotations (never sources); ``not_names`` also marks cue and channel
    words, which may be source words ("according to reports") but never part of a name.
    """
    # "US", "WHO" amid lowercase words are initials, not the pronouns "us" and "who": read as written
    initials = initials_amid_lowercase(tokens)
    if initials:  # most sentences have none: no copy of their tokens
        tokens = [dataclasses.replace(t, norm=t.text) if k in initials else t for k, t in enumerate(tokens)]
    hits = [
        h
        for h in select_longest(source_hits)
        if not inside[h.first] and not (h.group == "pronoun" and h.first in initials)
    ]
    by_first = {h.first: h for h in hits}
    titles = frozenset(h.first for h in hits if h.entry.subcategory == "title")
    function_words = lexicons.speech.function_words
    formers = class_words(lexicons, "former")
    found: list[Mention] = []
    # Only a capitalized word, a title, "former" or a source word starts a mention: no loop over the others.
    starts = [k for k, t in enumerate(tokens) if (t.text[0].isupper() or k in by_first or t.norm in formers)
              and not inside[k]]  # fmt: skip
    i = 0
    for first in starts:
        if first < i:
            continue  # inside the mention found before
        i = first
        token = tokens[i]
        capital = is_name_word(token, function_words) and not _imperative(token, i, lexicons)
        could_name = (capital or i in titles or token.norm in formers) and not numbered(text, tokens, i)
        named = _name_mention(text, tokens, i, hits, by_first, lexicons, not_names) if could_name else None
        if named is not None:
            found.append(with_post_nominal(text, tokens, named, lexicons))  # "Kate Hoey MP"
            i = found[-1].stop
            continue
        hit = by_first.get(i)
        after = by_first.get(hit.stop) if hit is not None else None  # no hit after it: no title to qualify
        if after is not None and before_title(
            [t.text for t in tokens[hit.first : hit.stop]], after, lexicons
        ):
            # "the US president": the country's name qualifies the title after it, one mention
            titled = _lexical_mention(text, tokens, by_first[hit.stop], lexicons, inside, titles)
            start = tokens[hit.first].start
            found.append(
                dataclasses.replace(titled, first=hit.first, start=start, text=text[start : titled.end])
            )
            i = titled.stop
        elif hit is not None:
            found.append(_lexical_mention(text, tokens, hit, lexicons, inside, titles))
            i = hit.stop
    found = qualified_titles(text, tokens, with_initials(text, tokens, found, lexicons), lexicons)
    return attach_speech_nouns(text, tokens, found, lexicons)


def _name_mention(
    text: str,
    tokens: Sequence[Token],
    start: int,
    hits: Sequence[Hit],
    by_first: Mapping[int, Hit],
    lexicons: LexiconSet,
    not_names: Sequence[bool],
) -> Mention | None:
    """A capitalized run with its titles: "Chechen leader Ramzan Kadyrov", "Ministry of Defence"."""
    name_first, title = titles(tokens, start, by_first, lexicons, not_names)
    stop = _name_stop(tokens, name_first, lexicons, not_names)
    if title and name_first < len(tokens) and not joined(tokens, name_first):
        stop = name_first  # "Estonia's PM: NATO ...": a title before a colon or comma names no one after it
    particle = name_first + 1 < len(tokens) and tokens[name_first].norm in lexicons.speech.name_particles
    if title and stop == name_first and particle and not not_names[name_first]:
        # "Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis": the name after the office.
        stop = _name_stop(tokens, name_first + 1, lexicons, not_names)
        return office_mention(text, tokens, (start, name_first, stop), hits, title, lexicons)
    if stop == name_first:
        return None
    # The run's hits, looked up once: the narrower runs below (past a weekday, before "and") filter them.
    run = hits_between(hits, name_first, stop)
    organisation = by_first.get(name_first)
    if not title and not (organisation and organisation.entry.subcategory in ("institution", "media")):
        # "on Sunday Boris Johnson": past the weekday; "European Commission": an organisation starts there;
        # "the British Embassy", "the Russian Foreign Ministry": the country stays in the organisation's name
        organised = any(h.entry.subcategory in ("institution", "media") for h in run)
        organised = organised or _national_name(tokens, name_first, stop, lexicons)
        name_first = past_not_source(tokens, name_first, stop, lexicons, keep_nations=organised)
        start = max(start, name_first)
    conjoined = first_conjunct(tokens, name_first, stop, run, lexicons)
    if conjoined is not None:
        stop = conjoined  # "Putin and Biden": two sources, not one person
    # An institution or media word inside a capitalized run makes it an organisation; a title before
    # it, a person; otherwise it is a name of unknown kind until it speaks or is known.
    organisations = ("institution", "media", "place")
    inner = [h for h in run if name_first <= h.first < stop and h.entry.subcategory in organisations]
    stop = organisation_stop(tokens, stop, inner, lexicons)
    lexical = list(hits_between(hits, start, max(stop, start + 1)))
    if not title and not inner and lexical_run(lexical, name_first, stop, tokens, lexicons):
        return None
    if _no_name(tokens, name_first, stop, bool(title or inner), by_first, lexicons):
        return None
    if not title and event_name(tokens, name_first, stop, lexicons):  # "World War II", "the Cold War showed"
        return make_mention(text, tokens, start, stop, "place", written_name(text, tokens[name_first:stop]))
    person = office_person(tokens, name_first, stop, title, inner, lexical, hits, lexicons)
    if person is not None:
        name, office = person
        kind = "person" if name else "title_role"
        return make_mention(text, tokens, start, stop, kind, name, office)
    typed = None if title or inner else typed_organisation(text, tokens, name_first, stop, lexicons)
    if typed is not None:
        named = make_mention(text, tokens, typed, stop, "institution", written_name(text, tokens[typed:stop]))
        return dataclasses.replace(named, kind_noun=tokens[typed - 1].norm)  # "airline Qantas": its type
    tail = vague_tail(lexical, name_first, stop, tokens) or company_name(tokens, name_first, stop, lexicons)
    kind = inner[0].entry.subcategory if inner else "person" if title else "institution" if tail else "name"
    first = start if title or inner else name_first
    named = make_mention(text, tokens, first, stop, kind, written_name(text, tokens[name_first:stop]), title)
    return typed_apposition(text, tokens, named, lexicons)  # "Janes, a global agency": an organisation


def _no_name(tokens: Sequence[Token], first: int, stop: int, marked: bool, by_first: Mapping[int, Hit],
             lexicons: LexiconSet) -> bool:  # fmt: skip
    """Whether a capitalized run is no name; ``marked``: a title or an organisation word is in it."""
    run = tokens[first:stop]
    # Generators, not a list of the words: the first word that fails a test ends it (most runs are names).
    capitals = all(strip_possessive(t.text).isupper() for t in run)
    if capitals and (len(run) > 3 or capitals_before(tokens, first)):
        return True  # "FAILS TO PROPERLY ASSESS JOHN KERRY": a headline in capitals, not a name
    if marked:
        return False
    if epithet_run(tokens, first, stop, lexicons):
        return True  # "the Spaniard told", "the New Zealander": a description of someone, no name
    if len(run) == 1 and _date_word(tokens, first, lexicons):
        return True  # "In March this year, North Wales Police reopened the case": a month, no name
    never = _never_speakers(lexicons)
    if all(strip_possessive(t.text).lower() in never for t in run):
        return True  # "Monday", "European", "Nobody", "Three": never a speaker
    if before_title([t.text for t in run], by_first.get(stop), lexicons):
        return True  # "the US president", "U.S. officials": a country's name before a title qualifies it
    return first == 0 and len(run) == 1 and strip_possessive(run[0].text).endswith("ing")  # "Looking back"


def _national_name(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """Whether a country's adjective opens an organisation's name: "the British Retail Consortium said".

    "The" before it, two words at least after it and an organisation's head noun last (``org_head``): "The
    Russian Daniil Medvedev said" and "Belarusian Lukashenko" are people the adjective describes. A
    ``company_head`` last needs no article ("British Airways", "American Motors": "Airways" is no person).
    """
    article = first > 0 and in_class(lexicons, tokens[first - 1].norm, "definite_article")
    headed = stop - first >= 3 and in_class(lexicons, tokens[stop - 1].norm, "org_head", "generic_head")
    company = stop - first >= 2 and in_class(lexicons, tokens[stop - 1].norm, "company_head")
    return (company or (article and headed)) and nation_of(tokens[first].norm, lexicons) is not None


def _date_word(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A ``time_word`` that is a date where it stands: after a preposition ("in March") or before a number.

    Months that are also names or verbs ("March", "May") are never-speakers only there ("March 3").
    """
    if not in_class(lexicons, tokens[k].norm, "time_word"):
        return False
    after_preposition = k > 0 and lexicons.speech.function_words.get(tokens[k - 1].norm) == "preposition"
    return after_preposition or (k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit())


@derived
def _never_speakers(lexicons: LexiconSet) -> frozenset[str]:
    """Words of the classes ``not_source``, ``indefinite``, ``number_word``: one set, tested per word of a run."""
    return frozenset().union(*(class_words(lexicons, c) for c in ("not_source", "indefinite", "number_word")))


def _name_stop(
    tokens: Sequence[Token], name_first: int, lexicons: LexiconSet, not_names: Sequence[bool]
) -> int:
    """The end of a run, particles inside ("Ursula von der Leyen"); not "Laura Brownlees of Save the Children"."""
    function_words = lexicons.speech.function_words
    # The word sets are looked up once per run, not once per word (``in_class`` would, for each).
    not_source, particles = class_words(lexicons, "not_source"), lexicons.speech.name_particles
    k = name_first
    while k < len(tokens) and not not_names[k] and (k == name_first or joined(tokens, k)):
        if k > name_first and ends_name(tokens, name_first, k, not_source, lexicons):
            break  # "a letter to Biden Thursday": a weekday after a name is not part of it; "Kate Hoey MP"
        if (
            is_name_word(tokens[k], function_words)
            or middle_initial(tokens, k, function_words)
            or surname_word(tokens, k, name_first, lexicons)
        ):
            k += 1
            if tokens[k - 1].text.lower().endswith(("’s", "'s")) and not inner_possessive(
                tokens, k, lexicons
            ):
                break  # a possessive ends the name: "Anokhine’s Telegram channel"
            continue
        # Particles inside a name: "Ursula von der Leyen", "Institute for the Study of War".
        n = 0
        while n < 2 and k + n < len(tokens) and tokens[k + n].norm in particles:
            n += 1
        named = k + n < len(tokens) and is_name_word(tokens[k + n], function_words)
        if n and k > name_first and named and not person_before_of(tokens, name_first, k, lexicons):
            k += n
            continue
        break
    return k


def _lexical_mention(text: str, tokens: Sequence[Token], hit: Hit, lexicons: LexiconSet, inside: Sequence[bool],
                     titles: frozenset[int] = frozenset()) -> Mention:  # fmt: skip
    """A mention found by a source word or pronoun of the lists."""
    function_words = lexicons.speech.function_words
    kind = hit.entry.subcategory
    if hit.group == "pronoun":
        return make_mention(text, tokens, hit.first, hit.stop, "pronoun", referent=kind)
    if kind == "title":
        title = " ".join(t.norm for t in tokens[hit.first : hit.stop])
        k = hit.first  # after a ``former`` word ("former", "ex-") in its clause
        if k > 0 and not tokens[k].clause_break_before and in_class(lexicons, tokens[k - 1].norm, "former"):
            title = f"former {title}"  # "ex-President of Poland (1995-2005) X": X held it before
        return make_mention(text, tokens, hit.first, hit.stop, "title_role", title=title)
    stop = hit.stop
    if kind in ("institution", "media") and stop < len(tokens) and not inside[stop]:
        while (
            stop < len(tokens)
            and tokens[stop].joins_previous
            and is_name_word(tokens[stop], function_words)
            and stop not in titles
        ):
            stop += 1  # "the US Army"; not "the US President", whose title is its own mention
    first = hit.first
    while first > 0 and tokens[first].joins_previous and is_name_word(tokens[first - 1], function_words):
        first -= 1  # capitalized modifiers: "Russian air defense systems", "Western analysts"
    return make_mention(text, tokens, first, stop, kind)


def _imperative(token: Token, k: int, lexicons: LexiconSet) -> bool:
    """An ``imperative_opener`` opening the sentence: "Let's remind" names no one."""
    return k == 0 and in_class(lexicons, token.norm, "imperative_opener")
