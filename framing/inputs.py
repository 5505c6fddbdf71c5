"""Read articles from files, folders and standard input, refusing bad input with a message that says what to do.

Accepted, each optionally gzip-compressed (``.gz``):

- plain text (``.txt``, ``.md`` or any other name given explicitly): one article per file;
- JSON Lines (``.jsonl``): one article per line, text in ``text``, identifier in ``id`` (both field names
  can be changed, see :class:`ReadOptions`: a named id field must be there); other fields ride along;
- CSV and TSV (``.csv``, ``.tsv``): one article per row, with a header row naming the columns;
- folders: every file above inside them, recursively, sorted (other files are named, not read; folders of
  scores that ``framing batch`` wrote are skipped, see :mod:`framing.folders`);
- ``-``: standard input, plain text unless ``stdin_format`` says ``jsonl`` or ``csv``.

Text must be UTF-8; a byte-order mark is dropped; a JSON string with half a character (a lone surrogate
escape such as U+D83D, half an emoji) is refused, since no UTF-8 output could hold it. A plain-text
source that is really JSON Lines (the first line is a JSON object) or a CSV/TSV table (a header naming the
text column, rows of as many cells) is refused rather than scored as prose. Each article keeps its place
(``source``, ``position``), so two records with the same ``id`` stay apart.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from framing._records_as_prose import STDIN_NAME, refuse_records, wrong_delimiter
from framing.errors import InputError, UnknownNameError
from framing.folders import SUFFIXES, scan

_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_CHARS = 50_000_000
"""The default limit on one article's length (characters): a year of a daily paper fits."""
# Records without it are numbered by line; a field named with --id-field must be there.
DEFAULT_ID_FIELD = "id"
STDIN = "-"
FORMATS = ("text", "jsonl", "csv", "tsv")
"""What a source holds; :func:`source_format` tells from the file name."""
# CSV cells hold whole articles; the csv module's default limit (128 KiB) is too small for a long one.
_CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Document:
    """An article to analyse: an identifier, its text, its other fields and where it was read.

    Attributes:
        doc: The identifier shown in outputs: the file path, the record's id, or ``FILE:LINE``.
        text: The article text; every offset of its analysis indexes it.
        metadata: The record's other fields (JSON Lines, CSV), carried into every output row.
        source: The file (or ``<stdin>``) it was read from.
        position: The line (JSON Lines), row (CSV, the header is row 1) or 0 for a whole file.
    """

    doc: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""
    position: int = 0

    @property
    def key(self) -> str:
        """A key unique within a run: source and position (ids may repeat)."""
        return f"{self.source}:{self.position}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How records are read.

    Attributes:
        text_field: The JSON Lines field or CSV column with the article text.
        id_field: The field or column with the identifier (optional in the data).
        stdin_format: What standard input holds: ``text``, ``jsonl``, ``csv`` or ``tsv``.
        max_chars: The longest article accepted; a longer one is refused (exit 2), not analysed for hours.
        on_bad: Called with the error of each record or file that cannot be read, and reading goes on
            (``framing batch --skip-bad``); ``None``: the first one stops the reading.
    """

    text_field: str = "text"
    id_field: str = DEFAULT_ID_FIELD
    stdin_format: str = "text"
    max_chars: int = MAX_CHARS
    on_bad: Callable[[InputError], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.stdin_format not in FORMATS:
            raise UnknownNameError("input format", self.stdin_format, FORMATS)


def read_documents(
    sources: Iterable[str], stdin: BinaryIO | None = None, options: ReadOptions | None = None
) -> list[Document]:
    """Read every source before anything is analysed, so a bad one stops the run before any output.

    Args:
        sources: Files, folders, or ``-`` for standard input.
        stdin: Where ``-`` reads from (default ``sys.stdin.buffer``).
        options: Field names and the format of standard input.

    Raises:
        InputError: A source is missing, empty, binary, not UTF-8, or a record is malformed.
    """
    return list(iter_documents(sources, stdin, options))


def iter_documents(
    sources: Iterable[str], stdin: BinaryIO | None = None, options: ReadOptions | None = None
) -> Iterator[Document]:
    """Yield the articles of ``sources`` one at a time (memory independent of the corpus size).

    Folders are expanded first, so a missing file is reported before any article is read.
    """
    options = options or ReadOptions()
    for name in scan(sources).files:
        try:
            if name == STDIN:
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _documents(stream, STDIN_NAME, options.stdin_format, options)
            else:
                with _open(Path(name), name) as stream:
                    yield from _documents(stream, name, source_format(name), options)
        except InputError as error:
            _bad(error, options)  # the rest of a file that cannot be read (binary, empty, a broken gzip)


def _bad(error: InputError, options: ReadOptions) -> None:
    """Hand a record's or a file's error to ``options.on_bad``, or raise it when reading stops at one."""
    if options.on_bad is None:
        raise error
    options.on_bad(error)


def source_format(name: str) -> str:
    """The format of a file by its name (``.gz`` looked through); plain text when unknown."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    if lowered.endswith(".json"):
        raise InputError(
            f"{name}: .json files are not read; use .jsonl (one JSON object per line with a "
            '"text" field) or plain text'
        )
    return SUFFIXES.get(Path(lowered).suffix, "text")


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 article bytes (a BOM is dropped) or raise an :class:`InputError` that says why not."""
    _check_start(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _not_utf8(name, data[error.start], error.start) from None
    if not visible(text):
        raise InputError(f"{name} is empty (no visible characters); pass a file that contains article text")
    return text


# --- sources ---------------------------------------------------------------------------------------------


def _open(path: Path, name: str) -> IO[bytes]:
    try:
        handle: IO[bytes] = path.open("rb")
    except IsADirectoryError:
        raise InputError(f"{name} is a directory; pass the folder itself or the files in it") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror})") from None
    if name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def _read(stream: IO[bytes], name: str) -> bytes:
    try:
        return stream.read()
    except (OSError, EOFError) as error:  # gzip.BadGzipFile is an OSError
        raise InputError(f"{name}: cannot be read ({error}); is it a valid gzip file?") from None


def _documents(stream: IO[bytes], name: str, kind: str, options: ReadOptions) -> Iterator[Document]:
    if kind == "text":
        text = decode(_read(stream, name), name)
        refuse_records(text, name, options.text_field)
        _check_length(text, name, options)
        yield Document(name, text, {}, name, 0)
    elif kind == "jsonl":
        yield from _jsonl(_lines(stream, name, options), name, options)
    else:
        yield from _csv(_lines(stream, name, options), name, "\t" if kind == "tsv" else ",", options)


def _lines(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-8 stream, decoded incrementally; bad bytes name their line."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    first = True
    for number, raw in enumerate(_raw_lines(stream, name), start=1):
        if first:
            _check_start(raw, name)
            first = False
        try:
            yield number, decoder.decode(raw)
        except UnicodeDecodeError as error:
            _bad(_not_utf8(f"{name}:{number}", raw[error.start], error.start), options)
            decoder.reset()  # skipped: the next line decodes afresh
    if first:
        raise InputError(f"{name} is empty; pass a file that contains article records")


def _raw_lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    try:
        yield from stream
    except (OSError, EOFError) as error:
        raise InputError(f"{name}: cannot be read ({error}); is it a valid gzip file?") from None


def _check_start(data: bytes, name: str) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{name} is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8 {name} > fixed.txt"
        )
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks binary (it contains NUL bytes), not text; pass a .txt, .md, .jsonl or .csv file"
        )


def _not_utf8(where: str, byte: int, offset: int) -> InputError:
    return InputError(
        f"{where} is not UTF-8 (byte 0x{byte:02x} at offset {offset}); convert it first, "
        "e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > fixed.txt"
    )


# --- records ---------------------------------------------------------------------------------------------


def json_objects(
    lines: Iterable[tuple[int, str]], name: str, example: str, options: ReadOptions | None = None
) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) of each non-blank line of a JSON Lines source.

    Raises:
        InputError: A line is not valid JSON (``file:line``, with ``example`` as the expected shape),
            unless ``options.on_bad`` takes it and the next line is read.
    """
    for number, line in lines:
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            _bad(
                InputError(
                    f"{name}:{number}: not valid JSON ({error.msg}); each line must be one object like {example}"
                ),
                options or ReadOptions(),
            )
            continue
        yield number, value


def _jsonl(lines: Iterable[tuple[int, str]], name: str, options: ReadOptions) -> Iterator[Document]:
    example = f'{{"{options.id_field}": "a1", "{options.text_field}": "..."}}'
    found = False
    for number, record in json_objects(lines, name, example, options):
        where = f"{name}:{number}"
        found = True
        if not isinstance(record, dict) or not isinstance(record.get(options.text_field), str):
            _bad(
                InputError(
                    f'{where}: no "{options.text_field}" string field; each line must be one object like '
                    f"{example}"
                    + ("; choose the field with --text-field" if isinstance(record, dict) else "")
                ),
                options,
            )
            continue
        yield from _checked(record, where, name, number, options)
    if not found:
        raise InputError(f"{name} has no records; each line must be one object like {example}")


def _checked(
    record: Mapping[str, Any], where: str, name: str, number: int, options: ReadOptions
) -> Iterator[Document]:
    """The record's article, or nothing when it is refused and ``options.on_bad`` takes the error."""
    try:
        document = _record(record, where, name, number, options)
    except InputError as error:
        _bad(error, options)
        return
    yield document


def _csv(
    lines: Iterable[tuple[int, str]], name: str, delimiter: str, options: ReadOptions
) -> Iterator[Document]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    # Positions are rows, as a spreadsheet numbers them (the header is row 1): a quoted cell may span lines.
    reader = csv.reader((line for _, line in lines), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name} is empty; pass a file with a header row and one article per row") from None
    except csv.Error as error:
        raise InputError(f"{name}:1: not valid CSV ({error})") from None
    if options.text_field not in header:
        raise InputError(
            wrong_delimiter(name, header, delimiter)
            or f"{name}: no '{options.text_field}' column (columns: {', '.join(header) or 'none'}); "
            "name the text column with --text-field"
        )
    found = False
    for number in itertools.count(2):
        try:
            row = next(reader)
        except StopIteration:
            if not found:
                raise InputError(f"{name} has a header row but no articles") from None
            return
        except csv.Error as error:
            _bad(InputError(f"{name}:{number}: not valid CSV ({error})"), options)
            continue
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}:{number}"
        found = True
        if len(row) != len(header):
            _bad(InputError(f"{where}: {len(row)} cells, the header has {len(header)}; fix the row"), options)
            continue
        yield from _checked(dict(zip(header, row, strict=True)), where, name, number, options)


def _record(record: Mapping[str, Any], where: str, name: str, number: int, options: ReadOptions) -> Document:
    text = record[options.text_field]
    if not visible(str(text)):
        raise InputError(f'{where}: "{options.text_field}" is empty; remove the record or fill it')
    for key, value in record.items():
        if isinstance(value, str) and (problem := lone_surrogate(value)) is not None:
            raise InputError(
                f'{where}: "{key}" holds {problem}, which no UTF-8 output can hold; fix that escape in the '
                "file, or replace it with \\ufffd"
            )
    _check_length(str(text), where, options)
    ident = record.get(options.id_field)
    if options.id_field != DEFAULT_ID_FIELD and options.id_field not in record:  # named on purpose: a typo
        raise InputError(f'{where}: no "{options.id_field}" field for --id-field; name the one with the ids')
    doc = str(ident) if ident not in (None, "") else where
    extra = {k: v for k, v in record.items() if k not in (options.id_field, options.text_field)}
    return Document(doc, str(text), extra, name, number)


def _check_length(text: str, where: str, options: ReadOptions) -> None:
    if len(text) > options.max_chars:
        raise InputError(
            f"{where} has {len(text):,} characters, more than the limit of {options.max_chars:,}; "
            "split it, or raise the limit with --max-chars"
        )


def lone_surrogate(text: str) -> str | None:
    r"""Where ``text`` holds half a character, as a JSON escape of half an emoji ("\ud83d") gives, or None."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return f"a lone surrogate {found.group().encode('unicode_escape').decode()} at character {found.start()}"


def visible(text: str) -> bool:
    """Whether ``text`` has a character a reader can see (not white space, control or format characters)."""
    return any(
        not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Zs", "Zl", "Zp") for c in text
    )
