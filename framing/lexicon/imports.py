"""Dictionaries in other formats as framing dimensions: one per category, scored like the built-in ones.

A category becomes a dimension named by it in lowercase (``Care.Virtue`` -> ``care_virtue``); a nested
category (WordStat, Yoshikoder, YAML) becomes the subcategory, otherwise the subcategory is the category's
name in letters. Terms are lowercased; every other rule of the project's lists holds (see
``lexicons/README.md``), so a term that could never match a word is an error at its line. Each entry's
source is ``import``, cited as the file's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from framing.errors import LexiconError, UnknownNameError
from framing.lexicon.formats import (
    Dictionary,
    Term,
    read_cat,
    read_dic,
    read_dicx,
    read_empath,
    read_lc3,
    read_yaml,
    read_ykd,
    reader_for_plain_list,
)
from framing.lexicon.model import DEFAULT_THRESHOLD, IMPORT_FORMATS, MAX_WEIGHT, NEGATION_KEEP, Entry, Lexicon
from framing.lexicon.schema import PATTERN, CellError, parse_pattern, read_bytes

IMPORT_SOURCE = "import"

FORMATS = IMPORT_FORMATS
"""Format name -> what it is, for messages and ``--format`` (defined with the model, so the CLI needs no readers)."""

SUFFIXES = {".tsv": "tsv", ".dic": "dic", ".dicx": "dicx", ".lc3": "lc3", ".cat": "cat", ".ykd": "ykd",
            ".yaml": "yaml", ".yml": "yaml", ".txt": "txt"}  # fmt: skip

_READERS: dict[str, Callable[[str, str], Dictionary]] = {
    "dic": read_dic,
    "dicx": read_dicx,
    "lc3": read_lc3,
    "cat": read_cat,
    "ykd": read_ykd,
    "yaml": read_yaml,
    "empath": read_empath,
}


def supported() -> str:
    """The file names framing reads as lexicons, for messages."""
    return ", ".join(SUFFIXES)


def format_of(path: Path, text: str | None = None) -> str | None:
    """The format of ``path`` from its suffix (a ``.tsv`` is Empath-style unless it has a column row)."""
    found = SUFFIXES.get(path.suffix.lower())
    if found == "tsv" and text is not None and not is_dimension_tsv(text):
        return "empath"
    return found


def is_dimension_tsv(text: str) -> bool:
    """Whether a ``.tsv`` is the project's own format: a ``# key:`` header or a ``pattern`` column row."""
    for line in text.splitlines():
        if re.match(r"#\s*[A-Za-z_]+\s*:", line):
            return True
        if line.strip() and not line.startswith("#"):
            return line.split("\t")[0].strip() == "pattern"
    return True


def read_dictionary(path: str | Path, format: str | None = None) -> Dictionary:
    """Read a dictionary file of a foreign format (given, or found from its suffix) as it is written.

    Raises:
        LexiconError: The file is missing, not UTF-8, or broken; the message names the file and line.
        UnknownNameError: ``format`` is not one of :data:`FORMATS`.
    """
    path = Path(path)
    if format is not None and format not in FORMATS:
        raise UnknownNameError("format", format, FORMATS)
    if path.is_dir():
        raise LexiconError(f"{path}: is a folder; give one dictionary file here")
    text = read_bytes((path, str(path)))
    name = format or format_of(path, text)
    if name is None:
        raise LexiconError(
            f"{path}: not a lexicon file (framing reads {supported()}); give --format "
            f"({', '.join(FORMATS)}) or move it out of the lexicon folder"
        )
    if name == "tsv":
        if not is_dimension_tsv(text):
            raise LexiconError(
                f"{path}:1: expected '# dimension: NAME' and the other header lines of a NAME.tsv file"
            )
        return _from_lexicon(_read_own(path))
    reader = reader_for_plain_list(path.stem) if name == "txt" else _READERS[name]
    return reader(text, str(path))


def _read_own(path: Path) -> Lexicon:
    from framing.lexicon.kinds import read_dimension

    return read_dimension(path.stem, (path, str(path)))


def _from_lexicon(lexicon: Lexicon) -> Dictionary:
    """A project TSV file as a dictionary, so it can be checked and exported like the others."""
    result = Dictionary(lexicon.origin, "tsv")
    result.declare(lexicon.name, 1)
    result.terms.extend(
        Term(e.pattern, lexicon.name, e.line, e.subcategory, e.weight) for e in lexicon.entries
    )
    return result


def dimension_name(category: str) -> str:
    """The dimension a category becomes: lowercase letters, digits and ``_``, starting with a letter."""
    name = re.sub(r"[^a-z0-9]+", "_", category.lower()).strip("_")
    return name if not name or name[0].isalpha() else f"c{name}"


def subcategory_name(category: str) -> str:
    """The subcategory a (nested) category becomes: lowercase letters and ``_`` (digits dropped)."""
    return re.sub(r"_+", "_", re.sub(r"[^a-z]+", "_", category.lower())).strip("_") or "term"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that stops a dictionary from loading, at a line of its file."""

    line: int | None
    message: str
    category: bool = False
    """About a category as a whole (empty, name taken): reported after the problems of single terms,
    which may be its cause (a category whose only term is broken is empty)."""


def normalize_term(text: str) -> str:
    """A term as framing matches it: lowercase, single spaces."""
    return " ".join(text.lower().split())


def _entries(dictionary: Dictionary) -> Iterator[tuple[str, Entry] | Problem]:
    """Each term as (dimension, entry), or the problem that keeps it out."""
    for line, message in dictionary.errors:
        yield Problem(line, message)
    yield from _category_problems(dictionary)
    seen: dict[tuple[str, str], Term] = {}
    for term in dictionary.terms:
        found = _term_entry(term, seen)
        if found is not None:
            yield found


def _category_problems(dictionary: Dictionary) -> Iterator[Problem]:
    """Categories that name no dimension, name the same one as another, or have no terms."""
    names: dict[str, str] = {}
    for category, line in dictionary.categories.items():
        name = dimension_name(category)
        if not name:
            yield Problem(
                line, f"category {category!r} has no letter or digit to name a dimension; rename it", True
            )
        elif name in names:
            yield Problem(
                line,
                f"categories {names[name]!r} and {category!r} would both be dimension {name!r}; rename one",
                True,
            )
        else:
            names[name] = category
    terms_seen = {dimension_name(term.category) for term in dictionary.terms}
    for category, line in dictionary.categories.items():
        if dimension_name(category) not in terms_seen:
            yield Problem(line, f"category {category!r} has no terms", True)


def _term_entry(term: Term, seen: dict[tuple[str, str], Term]) -> tuple[str, Entry] | Problem | None:
    """One term as (dimension, entry), the problem that keeps it out, or ``None`` for a repeated entry.

    ``seen`` holds the first term of each (dimension, pattern); this term is added when it is the first.
    """
    name = dimension_name(term.category)
    text = normalize_term(term.text)
    if not PATTERN.fullmatch(text):
        return Problem(
            term.line,
            f"term {term.text!r} can never match a word: framing matches words of letters, digits, "
            "apostrophes and hyphens, separated by spaces (a word may end in '*')",
        )
    try:
        pattern = parse_pattern(text)
    except CellError as error:
        return Problem(term.line, f"term {term.text!r}: {error}")
    subcategory = subcategory_name(term.subcategory or term.category)
    # A sense trap (weight 0) stops shorter patterns by winning the longest match.
    if not 0 < term.weight <= MAX_WEIGHT and not (subcategory == "trap" and term.weight == 0):
        return Problem(
            term.line,
            f"weight {term.weight:g} of term {term.text!r} is out of range; framing weights are above 0 "
            f"and at most {MAX_WEIGHT:g}",
        )
    first = seen.setdefault((name, pattern.key), term)
    if first is not term:
        earlier = (subcategory_name(first.subcategory or first.category), first.weight)
        if earlier != (subcategory, term.weight):
            return Problem(
                term.line,
                f"term {term.text!r} repeats line {first.line} of category {term.category!r} with another "
                "subcategory or weight; keep one",
            )
        return None  # the same entry twice: the first one stands
    return name, Entry(pattern.text, pattern.words, subcategory, term.weight, IMPORT_SOURCE, "", term.line)


def problems(dictionary: Dictionary) -> list[Problem]:
    """Everything that keeps the dictionary from loading: the terms' problems in file order, then the categories'."""
    found = [p for p in _entries(dictionary) if isinstance(p, Problem)]
    return sorted(found, key=lambda p: (p.category, p.line or 0))


def dictionary_lexicons(dictionary: Dictionary, *, strict: bool = True) -> dict[str, Lexicon]:
    """The dimensions of a dictionary, one per category, in the order the file declares them.

    Args:
        dictionary: As read by :func:`read_dictionary`.
        strict: Stop at the first problem (loading); otherwise leave the faulty terms out (checking).

    Raises:
        LexiconError: With ``strict``, the problem of the first line, as ``file:line: what is wrong``.
    """
    found = problems(dictionary) if strict else []
    if found:
        raise dictionary.fail(found[0].line, found[0].message)
    entries: dict[str, list[Entry]] = {dimension_name(c): [] for c in dictionary.categories}
    for item in _entries(dictionary):
        if not isinstance(item, Problem):
            entries[item[0]].append(item[1])
    citation = Path(dictionary.origin).name
    return {
        name: Lexicon(
            name=name,
            description=f"category {category!r} of {citation} ({dictionary.format})",
            license=f"as stated by the authors of {citation}",
            negated=NEGATION_KEEP,
            sources=MappingProxyType({IMPORT_SOURCE: citation}),
            entries=tuple(entries[name]),
            origin=dictionary.origin,
            threshold=DEFAULT_THRESHOLD,
        )
        for category in dictionary.categories
        if entries.get(name := dimension_name(category))
    }


def read_lexicons(path: str | Path, format: str | None = None) -> dict[str, Lexicon]:
    """The dimensions of one dictionary file of any supported format (see :data:`FORMATS`)."""
    dictionary = read_dictionary(path, format)
    if dictionary.format == "tsv":
        lexicon = _read_own(Path(path))
        return {lexicon.name: lexicon}
    return dictionary_lexicons(dictionary)
