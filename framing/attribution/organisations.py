"""Names that are organisations, not people: initials, an organisation's head noun, a country's name.

"ISW said", "the RSPCA said", "the Green Party said", "Afghanistan showed": a name that speaks is taken
for a person unless the lists or these forms say it is an organisation.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from framing.attribution.base import Mention, MentionIndex, in_class, nation_of
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def initials_shape(word: str) -> bool:
    """Capitals in any script, at most one lowercase letter between two: "ISW", "ÖVP", "ЗСУ", "MoD", "DfE".

    Not a name with a capital inside ("McCain", "DeSantis"): those end in lowercase.
    """
    return (
        len(word) > 1
        and word.isalpha()
        and word[0].isupper()
        and word[-1].isupper()
        and not any(a.islower() and b.islower() for a, b in itertools.pairwise(word))
    )


def acronym(name: str, written: str = "") -> bool:
    """Initials of an organisation: 2-4 capitals ("ISW", "U.S.", "MoD"), 5-6 after "the" or a possessive.

    "the RSPCA", "Britain's NSPCC"; without one, five capitals may be a surname in capitals ("PUTIN said").
    """
    letters = name.replace(".", "")  # "U.S.", "U.K.": initials with periods
    determined = written[:4].lower() == "the " or any(f"{mark}s " in written for mark in "'’")
    longest = 6 if determined else 4
    capitals = sum(ch.isupper() for ch in letters)
    return 2 <= capitals <= longest and initials_shape(letters)


def organisation(mention: Mention, lexicons: LexiconSet) -> bool:
    """An organisation's mention: its kind (an institution, a medium), or a name of one of these forms."""
    return mention.kind in ("institution", "media") or (
        mention.kind == "name"
        and (acronym(mention.name, mention.text) or named_as_organisation(mention, lexicons))
    )


def named_as_organisation(mention: Mention, lexicons: LexiconSet) -> bool:
    """A capitalized name of two or more words ending in an organisation's head noun, or a country's own name.

    "Scottish National Party", "Countryside Alliance" (classes ``org_head``, ``generic_head``), not "Simon
    Hart of the Countryside Alliance" (a lowercase word inside) nor one word ("Service" may be a surname);
    "Afghanistan showed" (``sources/nations.tsv``), not its adjective ("the Brazilian confirmed", "Mr German
    said") nor a capital; a name right after "the" ("The Conservatives said", "the Bundesbank warned"; also
    a family: "The Obamas"). The resolver first asks whether a person of that surname was named ("Composer John Ireland ... Ireland
    said").
    """
    if mention.kind != "name":
        return False
    words = mention.name.split()
    headed = (
        len(words) > 1
        and in_class(lexicons, words[-1].lower(), "org_head", "generic_head")
        and not any(w.islower() for w in words)
    )
    # "the Land Registry said": a person's name takes no article right before it, so a name of two words
    # there is an organisation's; not a given name's ("the Tony Blair of the 1990s"), nor a country's word
    # ("the Brazilian"); a possessor before the name keeps it a person's ("The BBC's Zubair Ahmed")
    opener, _, rest = mention.text.partition(" ")
    article = (
        # "the Serb said", "the Coroner said": one word after "the" is as often a person's noun, unless a
        # plural ("The Conservatives said": a party or a group)
        (len(words) > 1 or (words[0].endswith("s") and not words[0].endswith("ss")))
        and in_class(lexicons, opener.lower(), "definite_article")
        and rest.lower() == mention.name.lower()
        and words[0].lower() not in lexicons.speech.given_names
        and nation_of(mention.name, lexicons) is None
    )
    return headed or article or (nation_of(mention.name, lexicons) or "").lower() == mention.name.lower()


def with_publisher(
    mention: Mention, mentions: MentionIndex, tokens: Sequence[Token], lexicons: LexiconSet
) -> Mention:
    """A vague source that names who put it out, that organisation as its possessor.

    "According to reports from Russian News Agency Interfax", "figures from the Office for National
    Statistics": Interfax and the ONS speak (class ``publisher_preposition``: from, by); not a country,
    which says where ("reports from China"). The span stays the whole phrase.
    """
    if mention.kind != "vague":
        return mention
    for k in range(mention.first, mention.stop - 1):
        if in_class(lexicons, tokens[k].norm, "publisher_preposition"):
            after = mentions.starting_in(k + 1, k + 3)
            named = next(
                (
                    m
                    for m in after
                    if organisation(m, lexicons)
                    and m.stop <= mention.stop
                    and not nation_of(m.text, lexicons)
                ),
                None,
            )
            return dataclasses.replace(mention, possessor=named) if named is not None else mention
    return mention
