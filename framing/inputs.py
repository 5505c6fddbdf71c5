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
source that is really JSON Lines (the first line is a JSON object), JSON (the whole text is an array or an
object) or a CSV/TSV table (a header naming the text column, rows of as many cells) is refused rather than
scored as prose. Each article keeps its place (``source``, ``position``), so two records with the same
``id`` stay apart.
"""

from __future__ import annotations

import codecs
import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from framing._records_as_prose import STDIN_NAME, refuse_records, to_json_lines
from framing.errors import InputError, OptionError
from framing.folders import SUFFIXES, scan
from framing.records import (
    DEFAULT_ID_FIELD,
    FORMATS,
    MAX_CHARS,
    Document,
    ReadOptions,
    check_length,
    csv_documents,
    jsonl_documents,
    reject,
    visible,
)

__all__ = [
    "DEFAULT_ID_FIELD",
    "FORMATS",
    "MAX_CHARS",
    "STDIN",
    "Document",
    "ReadOptions",
    "decode",
    "iter_documents",
    "read_documents",
    "scan",
    "source_format",
]

STDIN = "-"


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

    Folders are expanded first, so a missing file is reported before any article is read. With
    ``options.on_bad``, a record or a file that cannot be read is handed over and reading goes on.
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
        except OptionError:
            raise  # the command's error, not the file's: it would leave out every file
        except InputError as error:
            reject(error, options)  # the rest of a file that cannot be read (binary, empty, a broken gzip)


def source_format(name: str) -> str:
    """The format of a file by its name (``.gz`` looked through); plain text when unknown."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    if lowered.endswith(".json"):
        raise InputError(
            f"{name}: .json files are not read; {to_json_lines(name)} (or name it .jsonl if it already "
            "holds one object per line)"
        )
    if (kind := _DOCUMENTS.get(Path(lowered).suffix)) is not None:
        raise _not_plain(name, kind)
    if (kind := _NOT_ARTICLES.get(Path(lowered).suffix)) is not None:
        raise InputError(
            f"{name} is {kind}, not an article; pass articles as .txt, .md, .jsonl, .csv or .tsv files"
        )
    return SUFFIXES.get(Path(lowered).suffix, "text")


# Formats that hold an article but not as plain text: read as text, their markup would be scored.
_DOCUMENTS = {".html": "an HTML page", ".htm": "an HTML page", ".xml": "XML", ".pdf": "a PDF", ".rtf": "RTF",
              ".doc": "a Word document", ".docx": "a Word document", ".odt": "an OpenDocument text",
              ".epub": "an e-book", ".xls": "a spreadsheet", ".xlsx": "a spreadsheet", ".ods": "a spreadsheet",
              ".png": "an image (PNG)", ".jpg": "an image (JPEG)", ".jpeg": "an image (JPEG)",
              ".gif": "an image (GIF)"}  # fmt: skip
# Text files that are plainly no article (new-user trial: "framing score pyproject.toml" scored its lines).
_NOT_ARTICLES = {".py": "Python code", ".ipynb": "a Jupyter notebook", ".toml": "a TOML configuration",
                 ".yaml": "YAML", ".yml": "YAML", ".ini": "a configuration file", ".cfg": "a configuration file",
                 ".js": "JavaScript", ".ts": "TypeScript", ".css": "a style sheet", ".sh": "a shell script",
                 ".c": "C code", ".h": "C code", ".cpp": "C++ code", ".java": "Java code", ".rs": "Rust code",
                 ".go": "Go code", ".r": "R code", ".sql": "SQL", ".lock": "a lock file"}  # fmt: skip
# The first bytes of the same formats, for a file whose name does not say so.
_SIGNATURES = ((b"%PDF-", "a PDF"), (b"{\\rtf", "RTF"), (b"PK\x03\x04", "a zip archive (.docx, .xlsx, .odt)"),
               (b"<!doctype html", "an HTML page"), (b"<html", "an HTML page"), (b"<?xml", "XML"),
               (b"\x89PNG\r\n\x1a\n", "an image (PNG)"), (b"\xff\xd8\xff", "an image (JPEG)"),
               (b"GIF87a", "an image (GIF)"), (b"GIF89a", "an image (GIF)"))  # fmt: skip


def _not_plain(name: str, kind: str) -> InputError:
    return InputError(
        f"{name} is {kind}, not plain text; save the article's text as a .txt or .md file and pass that"
    )


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
        check_length(text, name, options)
        yield Document(name, text, {}, name, 0)
    elif kind == "jsonl":
        yield from jsonl_documents(_lines(stream, name, options), name, options)
    else:
        # a line that is not UTF-8 is kept (replaced) and its row refused: dropping it would move later rows
        bad_lines: dict[int, InputError] | None = {} if options.on_bad is not None else None
        lines = _lines(stream, name, options, bad_lines)
        yield from csv_documents(lines, name, "\t" if kind == "tsv" else ",", options, bad_lines)


def _lines(
    stream: IO[bytes], name: str, options: ReadOptions, bad_lines: dict[int, InputError] | None = None
) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-8 stream, decoded incrementally; bad bytes name their line.

    With ``options.on_bad``, a line that is not UTF-8 is handed over and left out, or, given ``bad_lines``,
    read with replacement characters and its error kept there by line number.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    number = 0
    for number, raw in enumerate(_raw_lines(stream, name), start=1):
        if number == 1:
            _check_start(raw, name)
        try:
            yield number, decoder.decode(raw)
        except UnicodeDecodeError as error:
            decoder.reset()  # the next line decodes afresh
            if bad_lines is None:
                reject(_not_utf8(f"{name}:{number}", raw[error.start], error.start), options)
                continue
            bad_lines[number] = _not_utf8(f"line {number}", raw[error.start], error.start)
            yield number, raw.decode("utf-8", "replace")
    if number == 0:
        raise InputError(f"{name} is empty; pass a file that contains article records")


def _raw_lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    number = 0
    try:
        for number, raw in enumerate(stream, start=1):  # noqa: B007 - the count names where a cut file ends
            yield raw
    except (OSError, EOFError) as error:
        after = f" after line {number}; the records before it were read" if number else ""
        raise InputError(f"{name}: cannot be read ({error}){after}; is it a valid gzip file?") from None


def _check_start(data: bytes, name: str) -> None:
    start = data[:64].lstrip().lower()
    if (kind := next((k for mark, k in _SIGNATURES if start.startswith(mark.lower())), None)) is not None:
        raise _not_plain(name, kind)
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
