"""What a person's title says of them, read off the words around it in one sentence.

- a name set off by commas right after a title is its holder ("Russia's President, Vladimir Putin, has");
- a name followed by ", who" is a person's ("Sabalenka, who could become ...");
- a country's initials right before the title are the person's country ("U.S. President Joe Biden");
- an organisation word right before a lowercase title qualifies it ("Ukrainian military expert Petro
  Czernyk", "Kremlin spokesman Dmitry Peskov"): one mention, the person's, so a source read after a cue
  ("said Ukrainian military expert Petro Czernyk") is the person, not the organisation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from framing.attribution.base import Mention, nation_of, strip_possessive, written_name
from framing.lexicon import LexiconSet
from framing.tokenize import Token

WHO = re.compile(r",\s+who\b")
"""A relative clause for a person right after a name."""


def qualified_titles(
    text: str, tokens: Sequence[Token], found: list[Mention], lexicons: LexiconSet
) -> list[Mention]:
    """The mentions of a sentence with titled persons read together with the words that qualify them."""
    # Each step reads mentions of one kind (the kind it is named for): a sentence with none skips it.
    kinds = {m.kind for m in found}
    if "title_role" in kinds:
        found = _apposed_titles(text, tokens, found, lexicons)
        found = _holders_after_complement(text, tokens, found, lexicons)
        kinds = {m.kind for m in found}
    if "name" in kinds:
        found = [_person_by_who(text, m) for m in found]
        kinds = {m.kind for m in found}
    if "person" in kinds:
        found = [_with_country(text, tokens, m, lexicons) if m.kind == "person" else m for m in found]
    return _organisation_modifiers(text, tokens, found) if "institution" in kinds else found


def _organisation_modifiers(text: str, tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """An organisation mention joined to a person's lowercase title after it is part of that person's mention.

    So is one joined to a title no name follows: "the Labour MP" is a role, not the party.
    """
    result: list[Mention] = []
    for mention in found:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.kind == "institution"
            and not previous.initials
            and previous.stop == mention.first
            and tokens[mention.first].joins_previous
            and (
                (mention.kind == "person" and mention.title and tokens[mention.first].text[:1].islower())
                or mention.kind == "title_role"  # "said the Labour MP", "the NATO Secretary General": a role
            )
        ):
            start = previous.start
            result[-1] = dataclasses.replace(
                mention, first=previous.first, start=start, text=text[start : mention.end]
            )
            continue
        result.append(mention)
    return result


def _with_country(text: str, tokens: Sequence[Token], mention: Mention, lexicons: LexiconSet) -> Mention:
    """A titled person with the country's initials written right before the title ("U.S. President Joe Biden").

    The name rules end a name at initials ("U.S. Secretary": letters of an acronym), so the country would
    be lost from the person's roles (``sources/nations.tsv``).
    """
    for first in (mention.first - 2, mention.first - 1):
        letters = tokens[max(first, 0) : mention.first]
        if (
            first >= 0
            and all(len(t.text) == 1 and t.text.isupper() for t in letters)
            and nation_of(written_name(text, letters), lexicons)
        ):
            start = tokens[first].start
            return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end])
    return mention


def _person_by_who(text: str, mention: Mention) -> Mention:
    """An untitled name followed by ", who": a person ("Sabalenka, who could become the world number one").

    A place or an organisation takes "which"; so the name is registered, and a later "she" may stand for it.
    """
    if mention.kind != "name" or not text.startswith(",", mention.end) or not WHO.match(text, mention.end):
        return mention
    return dataclasses.replace(mention, kind="person")


def _apposed_titles(
    text: str, tokens: Sequence[Token], found: list[Mention], lexicons: LexiconSet
) -> list[Mention]:
    """A name set off by commas right after a title is that title's holder: a person.

    "Russia's President, Vladimir Putin, has chosen ...": the name is registered with the title, so a
    later "he" or "the president" finds him (a title before a colon names no one: "Estonia's PM: NATO").
    The title may take its office's complement first: "The Commander-in-Chief of the Armed Forces of
    Ukraine, Oleksandr Syrskyi, visited ...".
    """
    result = list(found)
    for k, title in enumerate(found):
        if title.kind != "title_role":
            continue
        # the next name after the title, past the organisations and places of its complement
        j = next((j for j in range(k + 1, len(found)) if found[j].kind not in ("institution", "place")), None)
        name = found[j] if j is not None else None
        if (
            name is not None
            and name.kind == "name"
            and _office_complement(text, tokens, title.stop, name.first, lexicons)
            and text[name.end : name.end + 1] == ","
        ):
            result[j] = dataclasses.replace(name, kind="person", title=title.title)
    return result


def _holders_after_complement(
    text: str, tokens: Sequence[Token], found: list[Mention], lexicons: LexiconSet
) -> list[Mention]:
    """A name right after a title's complement holds the title: "Ukraine’s ambassador to the UK Vadym Prystaiko".

    The name rules read the complement and the name as one run ("the UK Vadym Prystaiko", "Poland Andrij
    Deszczyca"); the run is cut back to the complement, and the name becomes the titled person.
    """
    result = list(found)
    for title in found:
        at = title.stop + 1  # one preposition after the title: "to", "of", "for"
        if title.kind != "title_role" or at >= len(tokens):
            continue
        if lexicons.speech.function_words.get(tokens[title.stop].norm) != "preposition":
            continue
        run = next(
            (m for m in result if m.first == at and m.kind in ("institution", "place", "person")), None
        )
        holder = next(
            (
                m
                for m in result
                if run is not None and m.stop == run.stop and m.first > at and m.kind == "name"
            ),
            None,
        )
        if run is None or (holder is None and (run.kind != "person" or run.title)):
            continue
        # the person's span runs from the title, so the source reads as written ("the UK" stays the UK's)
        if holder is None:  # "Poland Andrij Deszczyca": a person already, the title was lost before "to"
            result[result.index(run)] = dataclasses.replace(
                run, first=title.first, start=title.start, text=text[title.start : run.end], title=title.title
            )
        elif holder.stop - holder.first >= 2:
            end = tokens[holder.first - 1].end
            result[result.index(run)] = dataclasses.replace(
                run, stop=holder.first, end=end, text=text[run.start : end]
            )
            result[result.index(holder)] = dataclasses.replace(
                holder,
                kind="person",
                title=title.title,
                first=title.first,
                start=title.start,
                text=text[title.start : holder.end],
            )
    return result


def _office_complement(
    text: str, tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet
) -> bool:
    """Whether only a comma, or an office's complement and a comma, stand between a title and a name."""
    words = tokens[first:stop]
    if not office_words(words, lexicons):
        return False
    end = words[-1].end if words else tokens[first - 1].end
    return text[end : tokens[stop].start].strip() == ","


def office_words(words: Sequence[Token], lexicons: LexiconSet) -> bool:
    """Words that can complete a title's office, as "of the Armed Forces of Ukraine" does.

    None, or a name particle ("of", "the") and then capitalized words and particles only. A possessive or a lowercase word makes them something else ("The President of Ukraine's wife", "the
    chairman of Spain's most powerful bank", "Chairman of the board met Mr Andrzej Duda").
    """
    particles = lexicons.speech.name_particles
    if words and words[0].norm not in particles:
        return False
    return all(
        (t.norm in particles or t.text[:1].isupper()) and t.text == strip_possessive(t.text) for t in words
    )
