"""Names that are organisations, not people: initials ("ISW", "the RSPCA") and countries speaking for their governments."""

from __future__ import annotations

from framing.attribution.base import Mention, in_class, nation_of
from framing.lexicon import LexiconSet


def acronym(name: str, written: str = "") -> bool:
    """Initials of an organisation: 2-4 capitals ("ISW", "U.S."), 5-6 after "the" ("the RSPCA", never "the SMITH")."""
    letters = name.replace(".", "")  # "U.S.", "U.K.": initials with periods
    longest = 6 if written[:4].lower() == "the " else 4
    return 2 <= len(letters) <= longest and letters.isalpha() and letters.isupper()


def organisation(mention: Mention) -> bool:
    """An organisation's mention: its kind (an institution, a medium), or initials ("the WTO", "KIIS")."""
    return mention.kind in ("institution", "media") or (
        mention.kind == "name" and acronym(mention.name, mention.text)
    )


def organisation_name(mention: Mention, lexicons: LexiconSet) -> bool:
    """A name that is no person: initials, an organisation's head noun last, a country for its government.

    "ISW said", "the Green Party said", "Afghanistan showed". Only a country's own name (``sources/nations.tsv``): its adjective may be a person ("the Brazilian
    confirmed", "Mr German said"), as may a capital's name.
    """
    if mention.kind != "name":
        return False
    words = mention.name.split()
    # "Countryside Alliance", "Scottish National Party": an organisation's head noun ends the name
    # ("Simon Hart of the Countryside Alliance" is a person of it)
    headed = in_class(lexicons, words[-1].lower(), "org_head", "generic_head") and not any(
        w.islower() for w in words
    )
    return (
        headed
        or acronym(mention.name, mention.text)
        or (nation_of(mention.name, lexicons) or "").lower() == mention.name.lower()
    )
