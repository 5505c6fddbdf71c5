"""Titles and offices around a person's name.

"Former Russian President Dmitry Medvedev", "Minister of Foreign Affairs of Lithuania Gabrielius
Landsbergis", "United States Secretary of State Antony Blinken": the title, the office and the person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from framing.attribution.base import (
    NAME_KINDS,
    Mention,
    class_words,
    in_class,
    is_name_word,
    joined,
    make_mention,
    nation_of,
    strip_possessive,
)
from framing.attribution.nameends import named_before_post_nominal
from framing.lexicon import LexiconSet
from framing.match import Hit, hits_between
from framing.tokenize import Token


def titles(
    tokens: Sequence[Token],
    start: int,
    by_first: Mapping[int, Hit],
    lexicons: LexiconSet,
    not_names: Sequence[bool],
) -> tuple[int, str]:
    """Skip titles and up to two modifiers before one: "Chechen leader", "Governor", "Former Russian President".

    A title held before (class ``former``: "former", "ex-") keeps that word: "former president" is not
    "the president".
    """
    title = ""
    j = start
    formers = class_words(lexicons, "former")
    former = start > 0 and tokens[start - 1].norm in formers
    while j < len(tokens) and not not_names[j]:
        hit = by_first.get(j)
        # "Lt. Gen. Ben Hodges": a title after an abbreviated one
        after_title = j == start or tokens[j].joins_previous or joined(tokens, j)
        if hit is not None and hit.entry.subcategory == "title" and after_title:
            last = hit.stop >= len(tokens) or not tokens[hit.stop].text[:1].isupper()
            bare = start == 0 or not in_class(
                lexicons, tokens[start - 1].norm, "article"
            )  # not "the Lord Mayor"
            if title and last and bare and in_class(lexicons, title, "honorific"):
                break  # "Mr Champion", "Ms King": after an honorific a last title word is the surname
            title = " ".join(t.norm for t in tokens[hit.first : hit.stop])
            j = hit.stop
            continue
        # no hit one or two words on, no title there: most runs need no look for modifiers before one
        ahead = (
            0
            if title or (j + 1 not in by_first and j + 2 not in by_first)
            else modifiers_before_title(tokens, j, by_first, lexicons)
        ) or (_joined_portfolios(tokens, j, by_first, lexicons) if j == start and not title else 0)
        if ahead and j == start and _title_surname(tokens, j, ahead, by_first, lexicons):
            break  # "says Simon Champion", "John King said": a given name, and a title word as surname
        if ahead:
            former = former or any(t.norm in formers for t in tokens[j : j + ahead])
            j += ahead  # adjectives of nationality or place, "Former", before a title
            continue
        break
    if title and former:
        return j, f"former {title}"
    # "shadow chancellor Oliver Letwin": a lowercase rank word before the run is part of the office
    rank = (
        start > 0
        and tokens[start - 1].text.islower()
        and in_class(lexicons, tokens[start - 1].norm, "rank_modifier")
    )
    return j, f"{tokens[start - 1].norm} {title}" if title and rank else title


def _title_surname(
    tokens: Sequence[Token], j: int, ahead: int, by_first: Mapping[int, Hit], lexicons: LexiconSet
) -> bool:
    """Whether one capitalized word and a title word that ends the run are a person's name.

    "Simon Champion", "John King": the title word is one that is also a surname (class
    ``surname_title``), the first word is no country, no word the lists match there and no "former", and no
    article, capitalized word ("Ealing North MP") or name after them; "Chechen leader", "the Lord Mayor",
    "High Commissioner", "Tory Leader Michael Howard" keep their title. An unlisted place before a title
    reads as a given name ("Durham Bishop said": a known limit).
    """
    title = by_first[j + ahead]
    first, word = tokens[j], tokens[j].norm
    return (
        ahead == 1
        and title.stop == j + 2
        and in_class(lexicons, tokens[j + 1].norm, "surname_title")
        and tokens[j + 1].text[:1].isupper()
        and not first.text.isupper()
        and (j == 0 or not tokens[j - 1].text[:1].isupper() or tokens[j - 1].text.endswith(("'s", "’s")))
        and (title.stop >= len(tokens) or not tokens[title.stop].text[:1].isupper())
        and (j == 0 or not in_class(lexicons, tokens[j - 1].norm, "article"))
        and j not in by_first
        and nation_of(word, lexicons) is None
        and not in_class(lexicons, word, "former")
    )


def _joined_portfolios(
    tokens: Sequence[Token], j: int, by_first: Mapping[int, Hit], lexicons: LexiconSet
) -> int:
    """How many words of portfolios joined by "and" stand before a title ("Trade and Industry Secretary"), or 0."""
    k, joined_by = j, 0
    while k < len(tokens) and k - j < 6:
        word = tokens[k]
        if k > j and not word.joins_previous:
            return 0
        if in_class(lexicons, word.norm, "coordinator"):
            joined_by += 1
        elif not (word.text[:1].isupper() and in_class(lexicons, word.norm, "portfolio")):
            hit = by_first.get(k)
            title = hit is not None and hit.entry.subcategory == "title"
            return k - j if title and joined_by == 1 and tokens[k - 1].text[:1].isupper() else 0
        k += 1
    return 0


def modifiers_before_title(
    tokens: Sequence[Token], j: int, by_first: Mapping[int, Hit], lexicons: LexiconSet
) -> int:
    """How many capitalized words (one or two) stand between ``j`` and a title joined to them, or 0."""
    function_words = lexicons.speech.function_words
    formers = class_words(lexicons, "former")
    for ahead in (1, 2):
        following = by_first.get(j + ahead)
        if following is None or following.entry.subcategory != "title":
            continue  # the cheap test first: most capitalized words have no title after them
        words = tokens[j : j + ahead]
        if (
            len(words) == ahead
            and all(is_name_word(t, function_words) or t.norm in formers for t in words)
            and all(t.joins_previous for t in tokens[j + 1 : j + ahead + 1])
            and not named_before_post_nominal(tokens, j, ahead, lexicons)  # "Kate Hoey MP": her name
        ):
            return ahead
    return 0


def title_after(hits: Sequence[Hit], inner: Sequence[Hit], first: int, stop: int) -> Hit | None:
    """A title inside a capitalized run after its organisation or country words ("US President")."""
    after = max(h.stop for h in inner)
    return next((h for h in hits_between(hits, after, stop) if h.entry.subcategory == "title"), None)


def trailing_name(
    tokens: Sequence[Token], first: int, stop: int, inner: Sequence[Hit], lexicons: LexiconSet, least: int = 2
) -> str:
    """The last two or three name words of a run (``least`` or more), after its last organisation word or particle."""
    after = max((h.stop for h in inner), default=first)
    for k in range(after, stop):
        # "of", "for" end an office ("Minister of Foreign Affairs of Lithuania"); "von der" is in a name.
        if (
            tokens[k].norm in lexicons.speech.name_particles
            and tokens[k].norm in lexicons.speech.function_words
        ):
            after = k + 1
    words = [strip_possessive(t.text) for t in tokens[after:stop]]
    if len(words) > 3 and all(w[:1].isupper() for w in words) and not any(h.first >= after for h in inner):
        words = words[
            -2:
        ]  # "Minister of Foreign Affairs Vladimir Makei": the office, then given name and surname
    given = lexicons.speech.given_names
    if len(words) == 3 and words[1].lower() in given and words[0].lower() not in given:
        # "U.S. Army Europe Ben Hodges": the office's last word, then given name and surname
        words = words[1:]
    # Lowercase particles inside the name ("Ursula von der Leyen") do not count as name words.
    n_names = sum(1 for w in words if w[:1].isupper())
    return " ".join(words) if least <= len(words) and least <= n_names <= 3 else ""


def office_person(
    tokens: Sequence[Token],
    first: int,
    stop: int,
    title: str,
    inner: Sequence[Hit],
    lexical: Sequence[Hit],
    hits: Sequence[Hit],
    lexicons: LexiconSet,
) -> tuple[str, str] | None:
    """The person (name, title) a run of an organisation's words names, if it names one.

    "US President" names an office held by someone named earlier (name ""); "United States Secretary of
    State Antony Blinken" and "German Ministry of Foreign Affairs Annalena Baerbock" name a person after
    the office; "Ministry of Defence of Ukraine" and "Fox News Digital Friday" name none.
    """
    if not inner:
        return None
    office = title_after(hits, inner, first, stop) if not title else None
    if office is not None:
        held = " ".join(t.norm for t in tokens[office.first : office.stop])
        if office.stop == stop:
            return "", held
        person = trailing_name(tokens, office.stop, stop, [], lexicons, least=1)
        return (person, held) if person else None
    person = trailing_name(tokens, first, stop, inner, lexicons)
    after = max(i.stop for i in inner)
    # "Office for the Coordination of Humanitarian Affairs": with no title before it, words right after "of"
    # or "for" complete the organisation's name; a holder's name follows the office directly ("Ministry of
    # Foreign Affairs Annalena Baerbock"), or a title says one is named ("Secretary of the Council of X")
    particle = tokens[stop - len(person.split()) - 1].norm
    if (
        person
        and not title
        and particle in lexicons.speech.name_particles
        and particle in lexicons.speech.function_words
    ):
        return None
    if (
        person
        and (title or inner[-1].entry.subcategory == "institution")
        and not any(h.first >= after for h in lexical)
        and not any(w.lower() in lexicons.speech.classes["not_source"] for w in person.split())
    ):
        return person, title
    return None


def office_of(
    head: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token], lexicons: LexiconSet
) -> Mention:
    """An office "of" an organisation before an apposed holder: "the head of Energy UK, Emma Pinchbeck".

    The organisation is read as a role (its holder, the aside, is the source) whether the office and the
    organisation were read as one mention or the office ends right before "of".
    """
    if any(in_class(lexicons, tokens[i].norm, "postmodifier") for i in range(head.first + 1, head.stop - 1)):
        return dataclasses.replace(head, kind="role")
    role = ends.get(head.first - 1) if head.first > 1 else None
    if (
        role is not None
        and role.kind not in NAME_KINDS
        and in_class(lexicons, tokens[head.first - 1].norm, "postmodifier")
    ):
        return role
    return head


def office_holder(
    tokens: Sequence[Token], first: int, stop: int, office: Sequence[Hit], lexicons: LexiconSet
) -> str:
    """The holder's name in "<title> of|for <words>": after the office's portfolio, if it names one.

    "Minister of Defence Reznikov", "Secretary of State Antony Blinken": the words after the portfolio
    (class ``portfolio``). With no office or portfolio word, two words are the office's complement ("the MP
    for Islington North"), no one's name.
    """
    k = first
    while k < stop and (
        in_class(lexicons, tokens[k].norm, "portfolio") or (k > first and nation_of(tokens[k].norm, lexicons))
    ):
        k += 1  # "Minister of Foreign Affairs Serbia Ivica Daczic": the country after the portfolio too
    if first < k < stop and stop - k <= 3 and tokens[k].norm not in lexicons.speech.name_particles:
        return " ".join(strip_possessive(t.text) for t in tokens[k:stop])
    person = trailing_name(tokens, first - 1, stop, office, lexicons)
    # "Minister of Health Care Services": the portfolio is all there is; "the MP for Islington North"
    return "" if first < k == stop or (not office and stop - first <= 2) else person


def titled_before(tokens: Sequence[Token], k: int, office: Sequence[Hit], lexicons: LexiconSet) -> bool:
    """Whether an office's title of its own stands right before token ``k`` ("President Vladimir Putin").

    A leader's, a public office's or an envoy's title (classes ``leader``, ``public_office``, ``diplomat``);
    a rank or courtesy title is the holder's own ("Chief of Defence Staff Admiral Sir Tony Radakin").
    """
    offices = ("leader", "public_office", "diplomat")
    return any(
        h.entry.subcategory == "title" and h.stop == k and in_class(lexicons, h.entry.pattern, *offices)
        for h in office
    )


def office_mention(text: str, tokens: Sequence[Token], span: tuple[int, int, int], hits: Sequence[Hit], title: str,
                   lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The person named after "<title> of <office words>", or a role when a title of theirs comes first.

    ``span``: the run's start, the particle after the title, the run's stop. "Minister of Foreign Affairs of
    Lithuania Gabrielius Landsbergis": the name after the office; "The press secretary of Russian President
    Vladimir Putin": Putin holds the inner title, and the outer office is someone else's tie to him, a role
    (not after "and": "founder and CEO Anton Taranenko" holds both).
    """
    start, particle, stop = span
    office = list(hits_between(hits, particle, stop))
    person = office_holder(tokens, particle + 1, stop, office, lexicons)
    of = lexicons.speech.function_words.get(tokens[particle].norm) == "preposition"
    if person and of and titled_before(tokens, stop - len(person.split()), office, lexicons):
        return make_mention(text, tokens, start, stop, "title_role", "", title)
    return make_mention(text, tokens, start, stop, "person", person, title) if person else None
