"""A person named in full before, found again by one word that is not the last: "Mr Xi", "Sir John".

"Xi Jinping ... Mr Xi" writes the family name first; "Sir John Stevens ... Sir John" and "Jamie Costin ...
Jamie said" use the given name. Either way, when exactly one name read before (a person's or not) opens
with the word, that name is the person's. Untitled, the word finds only a person registered as one
("Jamie Costin"), not an untitled full name that may be a place or a firm ("Leeds United"). After a title
other than a ``forename_title`` ("Mr", "President") a given name alone is a surname ("Mr Howard" is not
"Howard Flight"), so only a word no given-name list holds matches there.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping

from framing.attribution.base import in_class
from framing.lexicon import LexiconSet
from framing.names import opening


def named_fully(
    word: str,
    title: str,
    full_names: Mapping[str, str],
    persons: Container[str],
    seen: Mapping[str, Collection[str]],
    lexicons: LexiconSet,
) -> str | None:
    """The full name ``word`` stands for: a surname's untitled full name, or the one name it opens.

    ``seen``: every name of two words or more read so far, by its first word casefolded (an index, so the
    look-up does not grow with the article); ``persons``: the names registered as people's.
    """
    if full_names.get(word):  # "Mahmoud Abbas ... Mr Abbas"
        return full_names[word]
    last_title = title.split()[-1].lower() if title else ""
    surname_place = last_title and not in_class(lexicons, last_title, "forename_title")
    if surname_place and word.lower() in lexicons.speech.given_names:
        return None
    # one name only ("Kim" after "Kim Jong Un" and "Kim Yo Jong" is neither); an untitled word may name a
    # place or a firm ("Leeds" after "Leeds United"), so only a person's name counts for it
    found = opening(word, seen.get(word.casefold(), ()))
    return None if found is None or (not title and found not in persons) else found


def note_full_name(full_names: dict[str, str], name: str) -> None:
    """Keep an untitled "Mahmoud Abbas" for a later "Mr Abbas" (two words; no surname two share)."""
    words = name.split()
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        known = full_names.get(words[-1], name)
        full_names[words[-1]] = name if known == name else ""
