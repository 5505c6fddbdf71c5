"""Read articles from files and standard input, refusing bad input with a message that says what to do.

Accepted: plain text (``.txt``, ``.md`` or any other name) and JSON Lines (``.jsonl``: one article per
line, text in ``text``, identifier in ``id``). ``-`` reads plain text from standard input. Text must be
UTF-8; a byte-order mark is dropped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from framing.errors import InputError

STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class Document:
    """An article to analyse: an identifier, its text and, from JSON Lines, its other fields."""

    doc: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)


def read_documents(sources: Iterable[str], stdin: BinaryIO | None = None) -> list[Document]:
    """Read every source before anything is analysed, so a bad one stops the run before any output.

    Args:
        sources: File paths, or ``-`` for standard input.
        stdin: Where ``-`` reads from (default ``sys.stdin.buffer``).

    Raises:
        InputError: A source is missing, a directory, empty, binary, not UTF-8 or bad JSON Lines.
    """
    documents: list[Document] = []
    for source in sources:
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            documents.append(Document(STDIN_NAME, decode(stream.read(), STDIN_NAME)))
            continue
        path = Path(source)
        data = _read_bytes(path, source)
        if path.suffix.lower() == ".jsonl":
            documents.extend(_jsonl_documents(decode(data, source), source))
        elif path.suffix.lower() == ".json":
            raise InputError(
                f"{source}: .json files are not read; use .jsonl (one JSON object per line with a "
                '"text" field) or plain text'
            )
        else:
            documents.append(Document(source, decode(data, source)))
    return documents


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(
            f"{name} is a directory; pass the files in it, e.g. {name.rstrip('/')}/*.txt"
        ) from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror})") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 article bytes (a BOM is dropped) or raise an :class:`InputError` that says why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{name} is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8 {name} > fixed.txt"
        )
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks binary (it contains NUL bytes), not text; pass a .txt, .md or .jsonl file"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); convert it first, "
            f"e.g. iconv -f WINDOWS-1252 -t UTF-8 {name} > fixed.txt"
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty; pass a file that contains article text")
    return text


def _jsonl_documents(text: str, name: str) -> list[Document]:
    documents = []
    example = '{"id": "a1", "text": "..."}'
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{name}:{number}: not valid JSON ({error.msg}); each line must be one object like {example}"
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(
                f'{name}:{number}: no "text" string field; each line must be one object like {example}'
            )
        if not record["text"].strip():
            raise InputError(f'{name}:{number}: "text" is empty; remove the line or fill it')
        doc = str(record["id"]) if record.get("id") is not None else f"{name}:{number}"
        extra = {k: v for k, v in record.items() if k not in ("id", "text")}
        documents.append(Document(doc, record["text"], extra))
    return documents
