"""Untitled names that are a person's by their first word: "Tony Blair", "Dmitry Peskov".

A name read with no title, no he/she and no role is of unknown kind until it speaks; one that opens with a
given name (``sources/given_names.tsv``) is taken for a person's.
"""

from __future__ import annotations

from framing.attribution.base import Mention
from framing.attribution.heads import source_nouns
from framing.attribution.organisations import named_as_organisation
from framing.lexicon import LexiconSet


def given_name(mention: Mention, lexicons: LexiconSet) -> bool:
    """An untitled name of two or three capitalized words that opens with a given name: "Tony Blair".

    Not an organisation's ("Tony Blair Institute", "Green Party") or a country's name.
    """
    words = (mention.name or mention.text).split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[0].lower() in lexicons.speech.given_names
        and words[-1].lower() not in source_nouns(lexicons)  # "Christian Democrats", "Labour MPs"
        and not named_as_organisation(mention, lexicons)
    )
