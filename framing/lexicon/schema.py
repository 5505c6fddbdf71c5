"""One declarative reader for the project's own TSV lists.

A file kind is a :class:`Schema`: its columns in order, each with a parser from cell text to a typed value,
and the record a row becomes. :func:`read_table` checks the structure (``# key: value`` header, column
row, number of cells); :meth:`Table.records` checks the provenance and every cell, and stops at the first
problem with its place: ``threat.tsv:41: weight 'high' is not a number``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from framing.errors import LexiconError
from framing.tokenize import pattern_words

R = TypeVar("R")

PATTERN = re.compile(r"[a-z0-9'’][a-z0-9'’\-]*\*?(?: [a-z0-9'’][a-z0-9'’\-]*\*?)*")
SUBCATEGORY = re.compile(r"[a-z][a-z_]*")
NAME = re.compile(r"[a-z][a-z0-9_]*")
MIN_WILDCARD_LETTERS = 3
_META_KEY = re.compile(r"[A-Za-z_]+")


def _meta(line: str) -> tuple[str, str] | None:
    """A ``# key: value`` header line as (key, value), parsed without a backtracking regex.

    A lazy regex (any text, then trailing spaces to the end) took seconds on a header line padded with
    40,000 spaces; partition and strip are linear.
    """
    key, colon, value = line[1:].partition(":")
    key = key.strip()
    if not colon or not _META_KEY.fullmatch(key):
        return None
    return key, value.strip()


File = tuple[Traversable | Path, str]
"""A file to read and how messages name it: relative for built-ins ("modifiers/negators.tsv")."""


class CellError(ValueError):
    """What is wrong with one cell or row, without its place; the reader adds ``file:line:``."""


class Pattern(NamedTuple):
    """A pattern as written and the normalized words it matches (``key`` finds repeats)."""

    text: str
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        """The words joined by spaces: two patterns with one key match the same tokens."""
        return " ".join(self.words)


def parse_pattern(text: str) -> Pattern:
    """Lowercase words separated by single spaces; a word may end in ``*`` after 3 letters or more."""
    if not PATTERN.fullmatch(text):
        raise CellError(
            f"pattern {text!r} is not lowercase words separated by single spaces (a word may end in '*')"
        )
    words = pattern_words(text)
    for word in words:
        if word.endswith("*") and len(re.sub(r"[^a-z]", "", word)) < MIN_WILDCARD_LETTERS:
            raise CellError(
                f"wildcard {word!r} is too broad; give at least {MIN_WILDCARD_LETTERS} letters before '*'"
            )
    return Pattern(text, words)


def parse_text(text: str) -> str:
    """Any text, as is (cells are already stripped)."""
    return text


def parse_subcategory(text: str) -> str:
    """``[a-z_]+``, reported as ``dimension/subcategory``."""
    if not SUBCATEGORY.fullmatch(text):
        raise CellError(f"subcategory {text!r} must be lowercase letters and '_'")
    return text


def number(column: str) -> Callable[[str], float]:
    """A parser of finite numbers whose messages name ``column``."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise CellError(f"{column} {text!r} is not a number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError(f"{column} {text!r} is not a finite number")
        return value

    return parse


def choice(column: str, options: tuple[str, ...]) -> Callable[[str], str]:
    """A parser that accepts one of ``options`` and lists them when the cell is something else."""

    def parse(text: str) -> str:
        if text not in options:
            raise CellError(f"{column} {text!r} is unknown; use one of: {', '.join(options)}")
        return text

    return parse


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name in the column row and the parser of its cells."""

    name: str
    parse: Callable[[str], Any] = parse_text
    optional: bool = False
    unique: bool = False
    """Two rows may not have the same value here (a :class:`Pattern` compares by its key)."""


@dataclass(frozen=True, slots=True)
class Schema(Generic[R]):
    """A file kind: its columns, the record a row becomes, and what the header must declare.

    Attributes:
        columns: In file order; the optional ones (``note``) come last.
        record: Called with the parsed cells by column name and ``line``; returns the typed record.
        check: Called with the record and the raw cells by column name, for rules across columns;
            raises :class:`CellError`.
        provenance: The header declares ``# source: KEY = citation`` lines, and a ``source`` column
            names one of their keys.
        unique_together: Columns whose values together may not repeat, where each alone may
            (``word_classes.tsv``: a word may have several classes, each once).
    """

    columns: tuple[Column, ...]
    record: Callable[..., R]
    check: Callable[[R, Mapping[str, str]], None] | None = None
    provenance: bool = True
    unique_together: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[str, ...]:
        """The names of the columns every row fills."""
        return tuple(c.name for c in self.columns if not c.optional)


NOTE = Column("note", optional=True)


@dataclass(frozen=True, slots=True)
class Table(Generic[R]):
    """A file whose structure is checked: header metadata and the rows' cells, by line number."""

    origin: str
    schema: Schema[R]
    meta: Mapping[str, list[str]]
    meta_lines: Mapping[str, int]
    rows: list[tuple[int, list[str]]]

    def fail(self, line: int | None, message: str) -> LexiconError:
        """The error for ``message`` at ``line`` (``None``: the file as a whole)."""
        return LexiconError(
            f"{self.origin}: {message}" if line is None else f"{self.origin}:{line}: {message}"
        )

    def required(self, key: str) -> str:
        """The value of header ``# key: value``, which must be there."""
        values = self.meta.get(key)
        if not values or not values[0]:
            raise self.fail(None, f"header line '# {key}: ...' is missing")
        return values[0]

    def require_all(self, keys: Sequence[str]) -> None:
        """Refuse a header without any of ``# key: ...`` or a ``# source:`` line, naming every one missing."""
        missing = [f"'# {key}: ...'" for key in keys if not (self.meta.get(key) or [""])[0]]
        if self.schema.provenance and not self.meta.get("source"):
            missing.append("'# source: KEY = citation'")
        if missing:
            raise self.fail(
                None,
                f"the header lacks {', '.join(missing)}; add {'them' if len(missing) > 1 else 'it'} above the column row",
            )

    def sources(self) -> dict[str, str]:
        """The ``# source: KEY = citation`` lines; at least one."""
        sources = {}
        for value in self.meta.get("source", []):
            key, sep, citation = value.partition("=")
            if not sep or not key.strip() or not citation.strip():
                raise self.fail(None, f"source header {value!r} must read '# source: KEY = citation'")
            sources[key.strip()] = citation.strip()
        if not sources:
            raise self.fail(
                None, "no '# source: KEY = citation' line in the header; every list needs its provenance"
            )
        return sources

    def records(self, problems: list[str] | None = None) -> list[R]:
        """Every row as its typed record, in file order.

        Args:
            problems: ``None``: the first bad cell stops with its place. A list: each bad row's
                ``file:line: problem`` is added to it and the row left out (``framing lexicon check``).
        """
        sources = self.sources() if self.schema.provenance else {}
        seen: dict[str, dict[Any, int]] = {}
        records = []
        for number, cells in self.rows:
            raw = {column.name: cell for column, cell in zip(self.schema.columns, cells, strict=True)}
            values: dict[str, Any] = {}
            try:
                for column in self.schema.columns:
                    value = column.parse(raw[column.name])
                    if column.unique:
                        key = value.key if isinstance(value, Pattern) else value
                        first = seen.setdefault(column.name, {}).setdefault(key, number)
                        if first != number:
                            raise CellError(f"{column.name} {raw[column.name]!r} repeats line {first}")
                    if column.name == "source" and self.schema.provenance and value not in sources:
                        raise CellError(
                            f"source {value!r} is not declared; declared sources: {', '.join(sources)} "
                            f"(add '# source: {value} = citation' to the header)"
                        )
                    values[column.name] = value
                self._check_together(values, raw, seen, number)
                record = self.schema.record(**values, line=number)
                if self.schema.check is not None:
                    self.schema.check(record, raw)
            except CellError as error:
                if problems is None:
                    raise self.fail(number, str(error)) from None
                problems.append(str(self.fail(number, str(error))))
                continue
            records.append(record)
        return records

    def _check_together(self, values: Mapping[str, Any], raw: Mapping[str, str],
                        seen: dict[str, dict[Any, int]], number: int) -> None:  # fmt: skip
        """Refuse a row whose :attr:`Schema.unique_together` columns repeat an earlier row's."""
        names = self.schema.unique_together
        if not names:
            return
        key = tuple(v.key if isinstance(v, Pattern) else v for v in (values[n] for n in names))
        first = seen.setdefault(" ".join(names), {}).setdefault(key, number)
        if first != number:
            cells = " with ".join(f"{n} {raw[n]!r}" for n in names)
            raise CellError(f"{cells} repeats line {first}")


def read_bytes(source: File) -> str:
    """The text of a file, as UTF-8 (a byte-order mark is dropped); a clear error otherwise."""
    file, origin = source
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{origin}: file not found; restore it or reinstall framing") from None
    except OSError as error:
        raise LexiconError(f"{origin}: cannot be read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LexiconError(
            f"{origin}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8"
        ) from None


def _column_row(schema: Schema[Any]) -> str:
    """The column row in words: the columns it must start with, and the optional ones that may follow."""
    required = "'" + "<TAB>".join(schema.required) + "'"
    optional = "".join(f"<TAB>{c.name}" for c in schema.columns if c.optional)
    return f"{required} (required), optionally followed by '{optional}'" if optional else required


def read_table(source: File, schema: Schema[R]) -> Table[R]:
    """Read the header and the rows of ``source`` and check their structure against ``schema``."""
    origin = source[1]
    text = read_bytes(source)
    columns = schema.required
    width = len(schema.columns)
    meta: dict[str, list[str]] = {}
    meta_lines: dict[str, int] = {}
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    expected = _column_row(schema)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _meta(line)
            if found and not header_seen:
                key = found[0].lower()
                meta.setdefault(key, []).append(found[1])
                meta_lines.setdefault(key, number)
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells[: len(columns)]) != columns:
                raise LexiconError(
                    f"{origin}:{number}: expected the column row before the entries: {expected}; "
                    f"found {line[:60]!r}"
                )
            header_seen = True
            continue
        if not len(columns) <= len(cells) <= width:
            hint = "; are the columns separated by spaces instead of tabs?" if len(cells) == 1 else ""
            count = f"{len(columns)}" if width == len(columns) else f"{len(columns)} to {width}"
            raise LexiconError(
                f"{origin}:{number}: expected {count} tab-separated columns "
                f"({', '.join(c.name for c in schema.columns)}), found {len(cells)}{hint}"
            )
        rows.append((number, cells + [""] * (width - len(cells))))
    if not header_seen:
        raise LexiconError(f"{origin}: no column row and no entries; the column row is {expected}")
    if not rows:
        raise LexiconError(f"{origin}: no entries below the column row")
    return Table(origin, schema, meta, meta_lines, rows)
