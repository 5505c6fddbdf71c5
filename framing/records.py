"""Records: the articles of a JSON Lines or CSV/TSV source, each checked, and how sources are read.

A record is refused with its place (``FILE:LINE`` for JSON Lines, ``FILE:ROW`` for CSV, the header being
row 1) and what to do: no text field, an empty text, half a character (a lone surrogate, in the text, a
field or a key), too long a text, the wrong number of cells. With :attr:`ReadOptions.on_bad` the error is
handed over and reading goes on (``framing batch --skip-bad``); an error in the options themselves (a text
column or id field that is not there) is an :class:`~framing.errors.OptionError` and always stops.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from framing._records_as_prose import refuse_json_line, wrong_delimiter
from framing.errors import InputError, OptionError, UnknownNameError

_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_CHARS = 50_000_000
"""The default limit on one article's length (characters): a year of a daily paper fits."""
# Records without it are numbered by line; a field named with --id-field must be there.
DEFAULT_ID_FIELD = "id"
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


def reject(error: InputError, options: ReadOptions) -> None:
    """Hand a record's or a file's error to ``options.on_bad``, or raise it when reading stops at one."""
    if options.on_bad is None:
        raise error
    options.on_bad(error)


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
            reject(
                InputError(
                    f"{name}:{number}: not valid JSON ({error.msg}); each line must be one object like {example}"
                ),
                options or ReadOptions(),
            )
            continue
        yield number, value


def jsonl_documents(lines: Iterable[tuple[int, str]], name: str, options: ReadOptions) -> Iterator[Document]:
    """The articles of a JSON Lines source, one per non-blank line; each bad line is refused or handed over."""
    example = f'{{"{options.id_field}": "a1", "{options.text_field}": "..."}}'
    met = [False]  # a non-blank line, read or refused: a file of only bad lines is no file "without records"

    def noted() -> Iterator[tuple[int, str]]:
        for number, line in lines:
            met[0] = met[0] or bool(line.strip())
            yield number, line

    for number, record in json_objects(noted(), name, example, options):
        where = f"{name}:{number}"
        if not isinstance(record, dict) or not isinstance(record.get(options.text_field), str):
            reject(
                InputError(
                    f'{where}: no "{options.text_field}" string field; each line must be one object like '
                    f"{example}"
                    + ("; choose the field with --text-field" if isinstance(record, dict) else "")
                ),
                options,
            )
            continue
        yield from _checked(record, where, name, number, options)
    if not met[0]:
        raise InputError(f"{name} has no records; each line must be one object like {example}")


def _checked(
    record: Mapping[str, Any], where: str, name: str, number: int, options: ReadOptions
) -> Iterator[Document]:
    """The record's article, or nothing when it is refused and ``options.on_bad`` takes the error."""
    try:
        document = _record(record, where, name, number, options)
    except OptionError:
        raise  # a wrong --id-field is the command's, not the record's: every record would be left out
    except InputError as error:
        reject(error, options)
        return
    yield document


def csv_documents(
    lines: Iterable[tuple[int, str]],
    name: str,
    delimiter: str,
    options: ReadOptions,
    bad_lines: Mapping[int, InputError] | None = None,
) -> Iterator[Document]:
    """The articles of a CSV/TSV source, one per row after the header; each bad row is refused or handed over.

    ``bad_lines``: lines that were not UTF-8 (read with replacement characters): the row that holds one is
    refused under its own row number, so no row moves and no cell is silently changed.
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    # Positions are rows, as a spreadsheet numbers them (the header is row 1): a quoted cell may span lines.
    # strict: a quoted cell never closed would otherwise swallow every later row into one article
    reader = csv.reader(_json_refused(lines, name), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name} is empty; pass a file with a header row and one article per row") from None
    except csv.Error as error:
        raise InputError(f"{name}:1: not valid CSV ({_csv_problem(error)})") from None
    _check_header(name, header, delimiter, options)
    found = False
    for number in itertools.count(2):
        read_before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            if not found:
                raise InputError(f"{name} has a header row but no articles") from None
            return
        except csv.Error as error:
            reject(InputError(f"{name}:{number}: not valid CSV ({_csv_problem(error)})"), options)
            continue
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}:{number}"
        found = True
        spanned = range(read_before + 1, reader.line_num + 1)  # the lines the row was read from
        broken = next((bad_lines[k] for k in spanned if k in bad_lines), None) if bad_lines else None
        if broken is not None:
            reject(InputError(f"{where}: {broken}"), options)  # "x.csv:3: line 4 is not UTF-8 ..."
            continue
        if len(row) != len(header):
            reject(
                InputError(f"{where}: {len(row)} cells, the header has {len(header)}; fix the row"), options
            )
            continue
        yield from _checked(dict(zip(header, row, strict=True)), where, name, number, options)


def _check_header(name: str, header: Sequence[str], delimiter: str, options: ReadOptions) -> None:
    """Refuse a header without the text column (saying what the file is instead) or with a repeated name."""
    if options.text_field not in header:
        raise (InputError if wrong_delimiter(name, header, delimiter) else OptionError)(
            wrong_delimiter(name, header, delimiter)
            or f"{name}: no '{options.text_field}' column (columns: {_listed(header)}); "
            "name the text column with --text-field"
        )
    if repeated := sorted({c for c in header if c.strip() and header.count(c) > 1}):
        # a dict of the row keeps the last of two same-named cells: one would be dropped without a word
        raise InputError(
            f"{name}:1: the column name {repeated[0]!r} is used twice; give each column its own name"
        )


def _json_refused(lines: Iterable[tuple[int, str]], name: str) -> Iterator[str]:
    """The lines, the first refused when it is JSON: its "columns" would be a whole article (JSON Lines)."""
    for k, (_, line) in enumerate(lines):
        if k == 0:
            refuse_json_line(line, name, "a CSV table")
        yield line


def _listed(header: Sequence[str], most: int = 12, width: int = 40) -> str:
    """The header's columns for a one-line message: the first ``most``, each cut to ``width`` characters."""
    shown = [c if len(c) <= width else c[: width - 3] + "..." for c in header[:most]]
    more = f", ... ({len(header)} columns)" if len(header) > most else ""
    return (", ".join(shown) or "none") + more


def _csv_problem(error: csv.Error) -> str:
    """The csv module's reason, with what to do for the two quoting mistakes it reports."""
    reason = str(error)
    if reason == "unexpected end of data":
        return "a quoted cell that starts on this row is never closed; close it, and double any quote mark inside it"
    if reason.endswith("expected after '\"'"):
        return f"{reason}: a quoted cell must end at its delimiter; double any quote mark inside it"
    return reason


def _record(record: Mapping[str, Any], where: str, name: str, number: int, options: ReadOptions) -> Document:
    text = record[options.text_field]
    if not visible(str(text)):
        raise InputError(f'{where}: "{options.text_field}" is empty; remove the record or fill it')
    if (found := _half_character(record)) is not None:
        field_name, problem = found
        raise InputError(
            f'{where}: "{field_name}" holds {problem}, which no UTF-8 output can hold; fix that escape in the '
            "file, or replace it with \\ufffd"
        )
    check_length(str(text), where, options)
    ident = record.get(options.id_field)
    if options.id_field != DEFAULT_ID_FIELD and options.id_field not in record:  # named on purpose: a typo
        raise OptionError(f'{where}: no "{options.id_field}" field for --id-field; name the one with the ids')
    doc = str(ident) if ident not in (None, "") else where
    extra = {k: v for k, v in record.items() if k not in (options.id_field, options.text_field)}
    return Document(doc, str(text), extra, name, number)


def _half_character(value: Any, path: str = "") -> tuple[str, str] | None:
    """The first field (``meta.title``, a key too) whose text holds a lone surrogate, and where, or None."""
    if isinstance(value, str):
        problem = lone_surrogate(value)
        return (path, problem) if problem is not None else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            if (problem := lone_surrogate(str(key))) is not None:
                return inner, f"{problem} in its name"
            if (found := _half_character(item, inner)) is not None:
                return found
    elif isinstance(value, list):
        for k, item in enumerate(value):
            if (found := _half_character(item, f"{path}[{k}]")) is not None:
                return found
    return None


def check_length(text: str, where: str, options: ReadOptions) -> None:
    """Refuse a text longer than ``options.max_chars``, naming its place and the option that raises the limit."""
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
