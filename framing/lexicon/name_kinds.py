"""The file kinds of ``framing/lexicons/sources/`` that name people and places.

Aliases, nations, the Cyrillic transliteration and the pronouns' referents: each a column schema whose rows
become small records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from framing.lexicon.kinds import SOURCE
from framing.lexicon.schema import NOTE, CellError, Column, R, Schema
from framing.lexicon.vocabulary import PRONOUN_REFERENTS


class Alias(NamedTuple):
    """``aliases.tsv``: a normalized name variant and the canonical display name."""

    alias: str
    canonical: str


def _pairs(first: str, second: str, what: str, record: Callable[[str, str], R]) -> Schema[R]:
    """A table of two columns that every row fills (a name and what it stands for), with provenance.

    ``what``: how the message names the pair ("alias and canonical name").
    """

    def check(_: R, raw: Mapping[str, str]) -> None:
        if not raw[first] or not raw[second]:
            raise CellError(f"{what} must both be filled")

    return Schema(
        columns=(Column(first), Column(second), SOURCE, NOTE),
        record=lambda **cells: record(cells[first], cells[second]),
        check=check,
    )


ALIASES = _pairs(
    "alias",
    "canonical",
    "alias and canonical name",
    lambda alias, canonical: Alias(" ".join(alias.split()), canonical),
)


class TitleAbbreviation(NamedTuple):
    """``title_abbreviations.tsv``: an abbreviated title ("sen") and the title it stands for ("senator")."""

    abbreviation: str
    title: str


def _title_abbreviation(_: TitleAbbreviation, raw: Mapping[str, str]) -> None:
    if not raw["abbreviation"].strip().rstrip(".") or not raw["title"].strip():
        raise CellError(
            "abbreviation and title must both be filled, the abbreviation with letters ('sen', 'Sen.')"
        )


TITLE_ABBREVIATIONS = Schema(
    columns=(Column("abbreviation"), Column("title"), SOURCE, NOTE),
    record=lambda **cells: TitleAbbreviation(
        cells["abbreviation"].lower().rstrip("."), cells["title"].lower()
    ),
    check=_title_abbreviation,
)


def grouped(rows: Iterable[tuple[str, str]]) -> Mapping[str, tuple[str, ...]]:
    """Key -> every value listed for it, in file order, for tables of one row per pair.

    Abbreviation -> the titles it stands for (``TitleAbbreviation``); pronoun referent -> the source types
    it may stand for (``Referent``).
    """
    found: dict[str, tuple[str, ...]] = {}
    for key, value in rows:
        found[key] = (*found.get(key, ()), value)
    return MappingProxyType(found)


class Nation(NamedTuple):
    """``nations.tsv``: a country's name or adjective (lowercase words) and the country it names."""

    word: str
    nation: str


NATIONS = _pairs(
    "word", "nation", "word and nation", lambda word, nation: Nation(" ".join(word.lower().split()), nation)
)


class Letter(NamedTuple):
    """``transliteration.tsv``: a Cyrillic letter, its Latin letters and the Latin letter it looks like."""

    cyrillic: str
    latin: str
    lookalike: str


def _check_letter(letter: Letter, raw: Mapping[str, str]) -> None:
    cyrillic, latin, lookalike = letter
    if len(cyrillic) != 1 or not latin.isascii() or len(lookalike) > 1 or not lookalike.isascii():
        raise CellError(
            "expected one Cyrillic letter, its Latin letters and at most one Latin look-alike letter"
        )


TRANSLITERATION = Schema(
    columns=(Column("cyrillic"), Column("latin"), Column("lookalike"), SOURCE, NOTE),
    record=lambda cyrillic, latin, lookalike, **_: Letter(cyrillic, latin, lookalike),
    check=_check_letter,
)


def transliteration(letters: list[Letter]) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Cyrillic -> Latin transliteration, and Cyrillic -> the Latin letter it looks like."""
    latin: dict[str, str] = {}
    lookalikes: dict[str, str] = {}
    for letter in letters:
        for form in (letter.cyrillic, letter.cyrillic.upper()):
            latin[form] = letter.latin
            if letter.lookalike:
                lookalikes[form] = letter.lookalike
    return MappingProxyType(latin), MappingProxyType(lookalikes)


REFERENT_SOURCE_TYPES = ("named_person", "named_institution", "role_only", "vague", "media")


class Referent(NamedTuple):
    """``referents.tsv``: a pronoun referent and one source type it may stand for."""

    refers: str
    source_type: str


def _check_referent(referent: Referent, raw: Mapping[str, str]) -> None:
    if referent.refers not in PRONOUN_REFERENTS or referent.source_type not in REFERENT_SOURCE_TYPES:
        raise CellError(
            f"expected a referent ({', '.join(PRONOUN_REFERENTS)}) and a source "
            f"type ({', '.join(REFERENT_SOURCE_TYPES)})"
        )


REFERENTS = Schema(
    columns=(Column("refers"), Column("source_type"), SOURCE, NOTE),
    record=lambda refers, source_type, **_: Referent(refers, source_type),
    check=_check_referent,
)


# --- rules -----------------------------------------------------------------------------------
