"""The item every gold corpus is read into, the fixed tune/held-out parts, and the readers' shared helpers.

An :class:`Item` is one scored unit (sentence, paragraph or tweet) with the document it comes from and a 0/1
label per framing dimension. Every document is in one fixed *part*: ``heldout`` (20 % of documents, chosen
by a hash of the document ID, see :func:`part_of`) or ``tune``. Lexicons and rules are tuned on ``tune``
only, so that ``heldout`` stays an honest estimate.

The rest of the module is for the corpus readers of this package (``szeged``, ``semeval2023``, ``ptc2020``,
``crisislex``, ``gold_sentences`` and ``polnear``): reading files, cleaning lines, cutting and trimming
spans, and the span files that SemEval-2020 and SemEval-2023 share. Only the names in ``__all__`` are
public.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from framing.errors import InputError, UnknownNameError

__all__ = [
    "HELDOUT_PERCENT",
    "PARTS",
    "Item",
    "Span",
    "describe",
    "part_of",
    "select",
    "select_documents",
]

Span = tuple[int, int, str]
"""A gold span ``(start, end, label)``: ``Item.text[start:end]`` is what the label marks."""

PARTS = ("all", "tune", "heldout")
HELDOUT_PERCENT = 20
"""Share of documents, in percent, that :func:`part_of` puts in ``heldout``."""

BOM = "\ufeff"
UTF8_FIX = "convert it to UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
"""What :func:`read_text` tells the user to do with a file that is not UTF-8, unless told otherwise."""


@dataclass(frozen=True, slots=True)
class Item:
    """One scored unit with its gold labels.

    Attributes:
        id: Unique within one load, e.g. ``"wiki:Tim Witherspoon_2358:S1.2"``.
        doc_id: The document the item comes from; :func:`part_of` splits by it.
        text: The unit that is scored: a sentence, a paragraph or a tweet.
        labels: Framing dimension -> 1 (present) or 0 (absent), only for the dimensions the corpus labels.
        gold: Gold spans ``(start, end, label)`` into ``text``, sorted, for error analysis; may be empty.
        category: A finer gold label (the Szeged cue types, the SemEval techniques, the CrisisLex type).
    """

    id: str
    doc_id: str
    text: str
    labels: Mapping[str, int]
    gold: tuple[Span, ...] = ()
    category: str = ""


# --- parts -----------------------------------------------------------------------------------------------


def part_of(doc_id: str) -> str:
    """The fixed part a document belongs to.

    The first 8 bytes of the SHA-1 of the UTF-8 ``doc_id``, read as a big-endian integer, modulo 100: below
    :data:`HELDOUT_PERCENT` is ``heldout``. The same document is in the same part on every machine, in
    every run and in every corpus that uses the same ID (SemEval-2020 and SemEval-2023 share articles).

    Args:
        doc_id: A document ID, as in :attr:`Item.doc_id`.

    Returns:
        ``"heldout"`` or ``"tune"``.
    """
    digest = hashlib.sha1(doc_id.encode("utf-8"), usedforsecurity=False).digest()
    return "heldout" if int.from_bytes(digest[:8], "big") % 100 < HELDOUT_PERCENT else "tune"


def select(items: Iterable[Item], part: str) -> list[Item]:
    """The items of one part, in their order.

    Args:
        items: Loaded items.
        part: One of :data:`PARTS`; ``all`` keeps every item.

    Returns:
        The items whose document is in ``part``.

    Raises:
        UnknownNameError: ``part`` is not one of :data:`PARTS`.
    """
    check_part(part)
    if part == "all":
        return list(items)
    return [item for item in items if part_of(item.doc_id) == part]


def select_documents(documents: Sequence[Any], part: str) -> list[Any]:
    """Keep the documents (anything with a ``doc_id``) of one part, as :func:`select` does for items."""
    check_part(part)
    return [d for d in documents if part == "all" or part_of(d.doc_id) == part]


def describe(items: Iterable[Item]) -> dict[str, Any]:
    """Counts that describe a load, overall and per part.

    Args:
        items: What a loader returned.

    Returns:
        ``items``, ``documents``, ``with_gold`` (items with gold spans), ``labelled`` and ``positives``
        (dimension -> number of items), and ``parts``: the same counts for ``tune`` and ``heldout``.
    """
    items = list(items)
    dimensions = sorted({dimension for item in items for dimension in item.labels})
    result = _counts(items, dimensions)
    result["parts"] = {
        part: _counts([item for item in items if part_of(item.doc_id) == part], dimensions)
        for part in PARTS[1:]
    }
    return result


def check_part(part: str) -> None:
    """Refuse a part that is not one of :data:`PARTS`, before anything is read.

    Raises:
        UnknownNameError: ``part`` is not one of :data:`PARTS`.
    """
    if part not in PARTS:
        raise UnknownNameError("part", part, PARTS)


def _counts(items: Sequence[Item], dimensions: Sequence[str]) -> dict[str, Any]:
    return {
        "items": len(items),
        "documents": len({item.doc_id for item in items}),
        "with_gold": sum(1 for item in items if item.gold),
        "labelled": {d: sum(1 for item in items if d in item.labels) for d in dimensions},
        "positives": {d: sum(item.labels.get(d, 0) for item in items) for d in dimensions},
    }


# --- building items --------------------------------------------------------------------------------------


def flags(present: Mapping[str, bool]) -> Mapping[str, int]:
    """Dimension -> 1 or 0, read-only so that a frozen :class:`Item` stays unchanged."""
    return MappingProxyType({dimension: int(flag) for dimension, flag in present.items()})


def in_order(keyed: list[tuple[str, int, Item]]) -> list[Item]:
    """The items of ``(doc_id, position, item)`` entries, by document, then by position."""
    return [item for _, _, item in sorted(keyed, key=lambda entry: entry[:2])]


def unique(items: list[Item], path: str | Path) -> list[Item]:
    """``items`` unchanged, once no item ID is seen twice.

    Raises:
        InputError: Two items share an ID; the corpus at ``path`` holds a duplicate.
    """
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise InputError(f"{path}: item id {item.id!r} occurs twice; the corpus holds a duplicate")
        seen.add(item.id)
    return items


# --- files -----------------------------------------------------------------------------------------------


def folder(path: str | Path, what: str) -> Path:
    """``path`` as a folder; ``what`` says, in the error, what the folder should be.

    Raises:
        InputError: ``path`` is not a folder.
    """
    location = Path(path)
    if not location.is_dir():
        raise InputError(f"{path}: no such folder; pass {what}")
    return location


def corpus_files(path: str | Path, suffix: str, split: str, what: str) -> list[Path]:
    """The files a split names: the file itself, or a folder's ``*<suffix>`` files (all, or the one stem).

    Raises:
        InputError: The path is missing, the folder holds no such file, or no file has ``split`` as stem.
    """
    location = Path(path)
    if location.is_file():
        if split not in ("all", location.stem):
            raise InputError(f"unknown split {split!r}; splits in {path}: all, {location.stem}")
        return [location]
    if not location.is_dir():
        raise InputError(f"{path}: no such file or folder; pass {what}")
    files = sorted(p for p in location.glob(f"*{suffix}") if p.is_file())
    if not files:
        raise InputError(f"{path} holds no *{suffix} file; pass {what}")
    if split == "all":
        return files
    chosen = [p for p in files if p.stem == split]
    if not chosen:
        stems = ", ".join(p.stem for p in files)
        raise InputError(f"unknown split {split!r}; splits in {path}: all, {stems}")
    return chosen


def files_by_id(location: Path, pattern: re.Pattern[str]) -> dict[str, Path]:
    """ID -> file for the files of ``location`` whose name ``pattern`` matches (group ``id``), by ID."""
    if not location.is_dir():
        return {}
    found = {}
    for p in sorted(location.iterdir()):
        if (match := pattern.fullmatch(p.name)) is not None:
            found[match["id"]] = p
    return dict(sorted(found.items()))


def read_text(path: Path, encoding: str = "utf-8", *, fix: str = UTF8_FIX) -> str:
    """The whole file, line endings untouched.

    Args:
        path: The file.
        encoding: ``utf-8``, or ``utf-8-sig`` to drop a leading byte-order mark.
        fix: What the error tells the user to do when the file is not UTF-8.

    Raises:
        InputError: The file cannot be read or is not UTF-8 (the message names the byte and its offset).
    """
    # newline="" keeps "\r\n" as two characters, as the corpora (and brat) count them in their offsets.
    try:
        with path.open(encoding=encoding, newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start}); {fix}"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def short(value: str, limit: int = 40) -> str:
    """``value`` quoted, cut to ``limit`` characters with an ellipsis, for an error message."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


# --- lines and spans -------------------------------------------------------------------------------------


def numbered_lines(text: str) -> list[tuple[int, int, str]]:
    """``(line number from 1, offset of its first character, line)`` for each line of ``text``."""
    result = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        result.append((number, start, line))
        start += len(line) + 1
    return result


def clean_line(line: str) -> tuple[str, int]:
    """The line without a trailing carriage return and a leading byte-order mark, and the characters cut at the start."""
    line = line.removesuffix("\r")
    if line.startswith(BOM):
        return line[1:], 1
    return line, 0


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but white space and byte-order marks."""
    # str.strip keeps U+FEFF (not white space), but a line of nothing else is still empty.
    return not text.replace(BOM, "").strip()


def clip(spans: Iterable[Span], start: int, length: int) -> tuple[Span, ...]:
    """The spans that overlap ``[start, start + length)``, cut to it and made relative to ``start``."""
    clipped = {
        (max(s, start) - start, min(e, start + length) - start, label)
        for s, e, label in spans
        if s < start + length and e > start
    }
    return tuple(sorted(clipped))


def trim(text: str, start: int, end: int, is_edge: Callable[[str], bool] = str.isspace) -> tuple[int, int]:
    """Narrow ``[start, end)`` past the characters at its edges that ``is_edge`` accepts.

    Args:
        text: The text the offsets index.
        start: Offset of the span's first character.
        end: Offset after the span's last character.
        is_edge: Which characters to cut; white space by default.

    Returns:
        The narrowed offsets; ``start == end`` when the span held only edge characters (the caller decides
        whether to drop such a span or keep the original).
    """
    while start < end and is_edge(text[start]):
        start += 1
    while end > start and is_edge(text[end - 1]):
        end -= 1
    return start, end


# --- technique span files (SemEval-2020 Task 11 and SemEval-2023 Task 3) ---------------------------------


def technique_item(
    article: str,
    line: int,
    text: str,
    techniques: Collection[str],
    proxies: Mapping[str, str],
    *,
    gold: tuple[Span, ...],
    category: str,
) -> Item:
    """One line of an article whose techniques stand in for framing dimensions.

    Args:
        article: The article ID: the item's ``doc_id``.
        line: The line's number in the article; ``id`` is ``<article>:<line>``.
        text: The line as scored.
        techniques: The techniques that label the line.
        proxies: Framing dimension -> the technique that stands in for it; a dimension is 1 when its
            technique is in ``techniques``.
        gold: The technique spans, in ``text`` offsets.
        category: The techniques as the corpus writes them.
    """
    return Item(
        id=f"{article}:{line}",
        doc_id=article,
        text=text,
        labels=flags({dimension: name in techniques for dimension, name in proxies.items()}),
        gold=gold,
        category=category,
    )


def read_spans(path: Path, article: str, length: int) -> list[Span]:
    """The technique spans of one article's label file, in article offsets, in file order.

    Args:
        path: The label file: one ``id<tab>technique<tab>start<tab>end`` line per span.
        article: The article ID every line must carry.
        length: The article's length in characters; every span must lie inside it.

    Raises:
        InputError: A line is malformed, names another article, or its span is empty or outside the
            article (``file:line``).
    """
    return [
        _span_line(path, number, line, article, length)
        for number, line in enumerate(read_text(path).split("\n"), start=1)
        if line.strip()
    ]


def _span_line(path: Path, number: int, line: str, article: str, length: int) -> Span:
    """One ``id<tab>technique<tab>start<tab>end`` line, checked against the article."""
    fields = line.rstrip("\r").split("\t")
    if len(fields) != 4 or not fields[2].isdigit() or not fields[3].isdigit() or not fields[1].strip():
        raise InputError(
            f"{path}:{number}: expected 'article id<tab>technique<tab>start<tab>end', got {short(line)}"
        )
    if fields[0] != article:
        raise InputError(
            f"{path}:{number}: article id {fields[0]!r}, but the file is for {article!r}; fix the line"
        )
    start, end = int(fields[2]), int(fields[3])
    if not start < end <= length:
        raise InputError(
            f"{path}:{number}: span {start}-{end} is empty or outside article{article}.txt ({length} characters); "
            "the labels belong to another version of the article"
        )
    return (start, end, fields[1].strip())
