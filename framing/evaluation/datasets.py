"""Gold-labelled corpora for the framing dimensions: one loader per corpus, one item type for all.

Each loader reads a published corpus from a path the caller passes (none of it is copied into this
repository) and returns :class:`Item` objects: a scored unit (sentence, paragraph or tweet), the document it
comes from, and a 0/1 label for each framing dimension the corpus can stand in for. Most corpora label
something close to a dimension rather than the dimension itself (a propaganda technique, a crisis tweet's
information type); ``docs/evaluation_datasets.md`` says, per corpus, how labels map and why they are proxies.

>>> items = load_szeged("../shared/data/szeged_uncertainty/wiki.xml", part="tune")
>>> describe(items)["positives"]["hedging"]

Every document is in one fixed *part*: ``heldout`` (20 % of documents, chosen by a hash of the document
ID, see :func:`part_of`) or ``tune``. Lexicons and rules are tuned on ``tune`` only, so that ``heldout``
stays an honest estimate.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from framing.errors import InputError, UnknownNameError

Span = tuple[int, int, str]
"""A gold span ``(start, end, label)``: ``Item.text[start:end]`` is what the label marks."""

PARTS = ("all", "tune", "heldout")
HELDOUT_PERCENT = 20
"""Share of documents, in percent, that :func:`part_of` puts in ``heldout``."""

SEMEVAL2023_TECHNIQUES = MappingProxyType({"threat": "Appeal_to_Fear-Prejudice", "hedging": "Doubt"})
"""Framing dimension -> the SemEval-2023 Task 3 technique that stands in for it."""
PTC2020_TECHNIQUES = MappingProxyType({"threat": "Appeal_to_fear-prejudice", "hedging": "Doubt"})
"""Framing dimension -> the SemEval-2020 Task 11 technique that stands in for it (the 2020 spelling)."""
CRISISLEX_TYPES = MappingProxyType({"threat": "Caution and advice", "reassurance": "Sympathy and support"})
"""Framing dimension -> the CrisisLexT26 Information Type that stands in for it."""
CRISISLEX_UNLABELLED = ("Not labeled", "Not applicable")
"""Information Types that say nothing about the tweet's content; such tweets are skipped."""

_SEMEVAL2023_FILE = re.compile(r"(?P<split>.+)-labels-subtask-3\.(?:txt|template)")
_PTC_ARTICLE = re.compile(r"article(?P<id>.+)\.txt")
_PTC_LABELS = re.compile(r"article(?P<id>.+)\.task2-TC\.labels")
_SEMEVAL2023_SPANS = re.compile(r"article(?P<id>.+)-labels-subtask-3\.txt")
# Twitter's API escapes exactly these three in tweet texts; one pass, so "&amp;lt;" becomes "&lt;".
_TWITTER_ENTITY = re.compile(r"&(amp|lt|gt);")
_TWITTER_CHARACTER = {"amp": "&", "lt": "<", "gt": ">"}
_BOM = "\ufeff"


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
    _check_part(part)
    if part == "all":
        return list(items)
    return [item for item in items if part_of(item.doc_id) == part]


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


# --- loaders ---------------------------------------------------------------------------------------------


def load_szeged(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read the Szeged Uncertainty Corpus: one item per sentence, labelled for hedging.

    A sentence is hedged when it holds at least one ``<ccue>`` (uncertainty cue). ``text`` is the whole
    sentence text with the tags removed; ``gold`` holds each cue's span (trimmed of white space) with its
    type, spaces removed (``"speculation_hypo_doxastic _"`` -> ``"speculation_hypo_doxastic_"``);
    ``category`` is the sentence's cue types in order of appearance, comma-joined. Sentences that are only
    white space are skipped.

    Args:
        path: One XML file of the corpus (``wiki.xml``) or a folder of them.
        split: ``all``, or for a folder the stem of one file (``wiki``) to read only that file.
        part: One of :data:`PARTS`.

    Returns:
        The sentences, by ``doc_id`` (``<file stem>:<DocID>``) then in document order; ``id`` is
        ``<doc_id>:<sentence id>``.

    Raises:
        InputError: The path, the split or a ``<DocID>`` is missing, or a file is not well-formed XML.
    """
    _check_part(part)
    keyed: list[tuple[str, int, Item]] = []
    for file in _files(path, ".xml", split, "a Szeged Uncertainty XML file (wiki.xml) or a folder of them"):
        for position, item in enumerate(_szeged_file(file)):
            keyed.append((item.doc_id, position, item))
    return select(_unique(_sorted(keyed), path), part)


def load_semeval2023(path: str | Path, *, split: str = "train", part: str = "all") -> list[Item]:
    """Read SemEval-2023 Task 3 (English, subtask 3): one item per paragraph, for threat and hedging.

    ``threat`` is 1 when the paragraph's techniques include ``Appeal_to_Fear-Prejudice``, ``hedging`` when
    they include ``Doubt`` (see :data:`SEMEVAL2023_TECHNIQUES`); ``category`` is the techniques as written,
    comma-joined. When the split has span files (``<split>-labels-subtask-3-spans/`` with
    ``<split>-articles-subtask-3/``, as train does), ``gold`` holds every technique span, cut to the
    paragraph. Paragraphs that are empty (or only a byte-order mark) are skipped; a leading byte-order
    mark is removed from ``text``, and trailing carriage returns are not part of it.

    Args:
        path: The task's English folder, holding ``<split>-labels-subtask-3.{txt,template}``.
        split: Any split with both files: ``train`` here, ``dev`` in the full release.
        part: One of :data:`PARTS`.

    Returns:
        The paragraphs by article and line; ``doc_id`` is the article ID, ``id`` is ``<article>:<line>``.

    Raises:
        InputError: The folder or the split is missing, the split has no labels (``test``), a line is
            malformed (``file:line``), or the labels, texts and spans disagree.
    """
    _check_part(part)
    root = _folder(
        path, "the SemEval-2023 Task 3 English folder (the one holding train-labels-subtask-3.txt)"
    )
    splits = sorted({m["split"] for p in root.iterdir() if (m := _SEMEVAL2023_FILE.fullmatch(p.name))})
    if split not in splits:
        raise InputError(f"unknown split {split!r}; splits in {root}: {', '.join(splits) or '(none)'}")
    template = root / f"{split}-labels-subtask-3.template"
    labels_file = root / f"{split}-labels-subtask-3.txt"
    if not labels_file.is_file():
        raise InputError(
            f"{labels_file}: no such file; the {split} split has texts but its labels are missing, so it cannot be scored"
        )
    if not template.is_file():
        raise InputError(
            f"{template}: no such file; the {split} paragraph texts are missing, restore them from the release"
        )
    texts = _semeval2023_lines(template, labels=False)
    labels = _semeval2023_lines(labels_file, labels=True)
    for key, (number, _) in labels.items():
        if key not in texts:
            raise InputError(
                f"{labels_file}:{number}: paragraph {key[0]}:{key[1]} is not in {template.name}; "
                "the two files are from different releases"
            )
    spans = _semeval2023_spans(root, split, texts)
    items = []
    for (article, line), (number, raw) in sorted(texts.items()):
        text, shift = _clean_line(raw)
        if _blank(text):
            continue  # a blank line of the article; nothing to score
        if (article, line) not in labels:
            raise InputError(
                f"{template}:{number}: paragraph {article}:{line} has no line in {labels_file.name}; "
                "the two files are from different releases"
            )
        techniques = labels[(article, line)][1].split(",")
        items.append(
            Item(
                id=f"{article}:{line}",
                doc_id=article,
                text=text,
                labels=_labels({dim: name in techniques for dim, name in SEMEVAL2023_TECHNIQUES.items()}),
                gold=_clip(spans.get((article, line), ()), shift, len(text)),
                category=",".join(techniques),
            )
        )
    return select(items, part)


def load_ptc2020(path: str | Path, *, split: str = "train", part: str = "all") -> list[Item]:
    """Read SemEval-2020 Task 11 (the Propaganda Techniques Corpus): one item per sentence.

    The articles have one sentence per line, so an item is a non-blank line (a leading byte-order mark
    and a trailing carriage return are not part of ``text``). ``threat`` is 1 when a gold span of
    ``Appeal_to_fear-prejudice`` overlaps the line, ``hedging`` when a ``Doubt`` span does (see
    :data:`PTC2020_TECHNIQUES`). ``gold`` holds every technique span cut to the line, ``category`` the
    techniques that overlap it, sorted and joined with ``|`` (2020 names hold commas).

    Args:
        path: The corpus folder, holding ``<split>-articles/`` and
            ``<split>-labels-task2-technique-classification/``.
        split: A split with both folders: ``train`` (``dev`` and ``test`` are unlabelled).
        part: One of :data:`PARTS`.

    Returns:
        The sentences by article and line; ``doc_id`` is the article ID, ``id`` is ``<article>:<line>``.
        Every train article is also in SemEval-2023's train under the same ID, so it is in the same part;
        the line numbers differ (2023 has paragraphs, 2020 sentences).

    Raises:
        InputError: The folder or the split is missing, the split has no label files, an article lacks
            its label file (or the reverse), or a label line is malformed (``file:line``).
    """
    _check_part(part)
    root = _folder(path, "the SemEval-2020 Task 11 folder (the one holding train-articles/)")
    splits = sorted(p.name.removesuffix("-articles") for p in root.glob("*-articles") if p.is_dir())
    if split not in splits:
        raise InputError(f"unknown split {split!r}; splits in {root}: {', '.join(splits) or '(none)'}")
    labels_dir = root / f"{split}-labels-task2-technique-classification"
    if not labels_dir.is_dir():
        raise InputError(
            f"{labels_dir}: no such folder; the {split} split is unlabelled, so it cannot be scored (train is labelled)"
        )
    articles = _by_id(root / f"{split}-articles", _PTC_ARTICLE)
    if not articles:
        raise InputError(f"{root / f'{split}-articles'} holds no article<ID>.txt; check the folder")
    label_files = _by_id(labels_dir, _PTC_LABELS)
    _same_articles(articles, label_files, "label file")
    items = []
    for article, article_path in articles.items():
        text = _read_text(article_path)
        spans = _ptc_spans(label_files[article], article, len(text))
        for line, start, raw in _lines(text):
            line_text, shift = _clean_line(raw)
            if _blank(line_text):
                continue
            gold = _clip(spans, start + shift, len(line_text))
            found = {label for _, _, label in gold}
            items.append(
                Item(
                    id=f"{article}:{line}",
                    doc_id=article,
                    text=line_text,
                    labels=_labels({dim: name in found for dim, name in PTC2020_TECHNIQUES.items()}),
                    gold=gold,
                    category="|".join(sorted(found)),
                )
            )
    return select(items, part)


def load_crisislex(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read CrisisLexT26: one item per labelled tweet, for threat and reassurance (proxies).

    ``threat`` is 1 when the tweet's Information Type is ``Caution and advice``, ``reassurance`` when it
    is ``Sympathy and support`` (see :data:`CRISISLEX_TYPES`); ``category`` is the Information Type.
    Tweets typed ``Not labeled`` or ``Not applicable`` are skipped: their type says nothing about their
    content. ``doc_id`` is the event, so the held-out part is whole events (leave-events-out). Twitter's
    ``&amp;``, ``&lt;`` and ``&gt;`` are turned back into ``&``, ``<`` and ``>``.

    Args:
        path: The CrisisLexT26 folder (one sub-folder per event with ``*-tweets_labeled.csv``) or one
            event's folder.
        split: ``all``, or an event's folder name to read only that event.
        part: One of :data:`PARTS`.

    Returns:
        The tweets by event, then by tweet ID; ``id`` is ``<event>:<tweet id>``.

    Raises:
        InputError: The folder, the split or a column is missing, a file is not UTF-8, or a row is
            malformed (``file:line``).
    """
    _check_part(part)
    root = _folder(path, "the CrisisLexT26 folder (one sub-folder per event with *-tweets_labeled.csv)")
    events = {
        p.name: files
        for p in [root, *sorted(p for p in root.iterdir() if p.is_dir())]
        if (files := sorted(p.glob("*-tweets_labeled.csv")))
    }
    if not events:
        raise InputError(f"{root}: no */*-tweets_labeled.csv; pass the CrisisLexT26 folder")
    if split != "all" and split not in events:
        raise InputError(f"unknown split {split!r}; splits in {root}: all, {', '.join(events)}")
    keyed: list[tuple[str, int, Item]] = []
    for event, files in events.items():
        if split in ("all", event):
            for file in files:
                keyed.extend((event, _tweet_order(item), item) for item in _crisislex_file(file, event))
    return select(_unique(_sorted(keyed), path), part)


def load_gold(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read labels made with the project's annotation guide, from JSONL.

    One object per line: ``{"id": str, "text": str, "doc_id": str (optional, default: the id),
    "labels": {dimension: 0 | 1 | 2}}``. Labels are on the guide's 3-point scale; 1 and 2 ("present")
    become 1. Other keys are ignored; blank lines are skipped.

    Args:
        path: A ``.jsonl`` file or a folder of them.
        split: ``all``, or for a folder the stem of one file to read only that file.
        part: One of :data:`PARTS`.

    Returns:
        The items by ``doc_id``, then in file order.

    Raises:
        InputError: The path or the split is missing, or a line is not a valid object (``file:line``).
    """
    _check_part(part)
    keyed: list[tuple[str, int, Item]] = []
    where: dict[str, str] = {}
    for file in _files(path, ".jsonl", split, "a JSONL file of gold labels or a folder of them"):
        for number, line in enumerate(_read_text(file, encoding="utf-8-sig").split("\n"), start=1):
            if not line.strip():
                continue
            item = _gold_item(line, f"{file}:{number}")
            if item.id in where:
                raise InputError(
                    f"{file}:{number}: id {item.id!r} is already used at {where[item.id]}; ids must be unique"
                )
            where[item.id] = f"{file}:{number}"
            keyed.append((item.doc_id, len(keyed), item))
    return select(_sorted(keyed), part)


LOADERS: dict[str, Callable[..., list[Item]]] = {
    "szeged": load_szeged,
    "semeval2023": load_semeval2023,
    "ptc2020": load_ptc2020,
    "crisislex": load_crisislex,
    "gold": load_gold,
}
"""Dataset name -> loader; each takes ``(path, *, split=..., part=...)``."""


# --- shared helpers --------------------------------------------------------------------------------------


def _check_part(part: str) -> None:
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


def _labels(present: Mapping[str, bool]) -> Mapping[str, int]:
    # Read-only, so that a frozen Item stays unchanged.
    return MappingProxyType({dimension: int(flag) for dimension, flag in present.items()})


def _sorted(keyed: list[tuple[str, int, Item]]) -> list[Item]:
    return [item for _, _, item in sorted(keyed, key=lambda entry: entry[:2])]


def _unique(items: list[Item], path: str | Path) -> list[Item]:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise InputError(f"{path}: item id {item.id!r} occurs twice; the corpus holds a duplicate")
        seen.add(item.id)
    return items


def _folder(path: str | Path, what: str) -> Path:
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{path}: no such folder; pass {what}")
    return folder


def _files(path: str | Path, suffix: str, split: str, what: str) -> list[Path]:
    """The files a split names: the file itself, or a folder's ``*<suffix>`` files (all, or the one stem)."""
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


def _read_text(path: Path, encoding: str = "utf-8") -> str:
    # newline="" keeps "\r\n" as two characters, as the corpora count them in their offsets.
    try:
        with path.open(encoding=encoding, newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """``(line number from 1, offset of its first character, line)`` for each line of ``text``."""
    result = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        result.append((number, start, line))
        start += len(line) + 1
    return result


def _clean_line(line: str) -> tuple[str, int]:
    """The line without a trailing carriage return and a leading byte-order mark, and the characters cut at the start."""
    line = line.removesuffix("\r")
    if line.startswith(_BOM):
        return line[1:], 1
    return line, 0


def _blank(text: str) -> bool:
    # str.strip keeps U+FEFF (not white space), but a line of nothing else is still empty.
    return not text.replace(_BOM, "").strip()


def _clip(spans: Iterable[Span], start: int, length: int) -> tuple[Span, ...]:
    """The spans that overlap ``[start, start + length)``, cut to it and made relative to ``start``."""
    clipped = {
        (max(s, start) - start, min(e, start + length) - start, label)
        for s, e, label in spans
        if s < start + length and e > start
    }
    return tuple(sorted(clipped))


def _by_id(folder: Path, pattern: re.Pattern[str]) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    found = {}
    for p in sorted(folder.iterdir()):
        if (match := pattern.fullmatch(p.name)) is not None:
            found[match["id"]] = p
    return dict(sorted(found.items()))


def _same_articles(articles: Mapping[str, Path], others: Mapping[str, Path], what: str) -> None:
    for article, path in articles.items():
        if article not in others:
            raise InputError(f"{path} has no {what}; every article needs one, restore it from the release")
    for article, path in others.items():
        if article not in articles:
            raise InputError(
                f"{path}: no article{article}.txt for this {what}; restore the article or remove the file"
            )


def _span_line(path: Path, number: int, line: str, article: str, length: int) -> Span:
    """One ``id<tab>technique<tab>start<tab>end`` line, checked against the article."""
    fields = line.rstrip("\r").split("\t")
    if len(fields) != 4 or not fields[2].isdigit() or not fields[3].isdigit() or not fields[1].strip():
        raise InputError(
            f"{path}:{number}: expected 'article id<tab>technique<tab>start<tab>end', got {_short(line)}"
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


def _short(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


# --- Szeged ----------------------------------------------------------------------------------------------


def _szeged_file(path: Path) -> list[Item]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]
        raise InputError(
            f"{path}:{line}:{column}: not well-formed XML ({reason}); the file is damaged or not from the corpus"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    documents = [e for e in root.iter() if _tag(e) == "document"]
    if not documents:
        raise InputError(f"{path}: no <Document> element; it is not a Szeged Uncertainty XML file")
    items = []
    for number, document in enumerate(documents, start=1):
        doc_ids = [(e.text or "").strip() for e in document if _tag(e) == "docid"]
        if not doc_ids or not doc_ids[0]:
            raise InputError(f"{path}: document {number} has no <DocID>; every document needs one")
        doc_id = f"{path.stem}:{doc_ids[0]}"
        sentences = [e for e in document.iter() if _tag(e) == "sentence"]
        for position, sentence in enumerate(sentences, start=1):
            pieces: list[str] = []
            cues: list[Span] = []
            _flatten(sentence, pieces, cues)
            text = "".join(pieces)
            if _blank(text):
                continue
            types = [label for _, _, label in cues]
            items.append(
                Item(
                    id=f"{doc_id}:{sentence.get('id') or f's{position}'}",
                    doc_id=doc_id,
                    text=text,
                    labels=_labels({"hedging": bool(cues)}),
                    gold=tuple(
                        sorted(span for span in (_trim(text, cue) for cue in cues) if span[0] < span[1])
                    ),
                    category=",".join(dict.fromkeys(types)),
                )
            )
    return items


def _flatten(element: ET.Element, pieces: list[str], cues: list[Span]) -> None:
    """Append ``element``'s text to ``pieces`` in reading order (text, children, tails) and its cue spans."""
    if element.text:
        pieces.append(element.text)
    for child in element:
        start = sum(map(len, pieces))
        _flatten(child, pieces, cues)
        if _tag(child) == "ccue":
            cues.append((start, sum(map(len, pieces)), "".join(child.get("type", "").split())))
        if child.tail:
            pieces.append(child.tail)


def _trim(text: str, span: Span) -> Span:
    start, end, label = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end, label)


def _tag(element: ET.Element) -> str:
    # The DTD spells <sentence>, the files <Sentence>: compare without case.
    return element.tag.lower() if isinstance(element.tag, str) else ""


# --- SemEval-2023 ----------------------------------------------------------------------------------------


def _semeval2023_lines(path: Path, *, labels: bool) -> dict[tuple[str, int], tuple[int, str]]:
    """``(article, paragraph line) -> (file line, third field)`` of a template or a labels file."""
    found: dict[tuple[str, int], tuple[int, str]] = {}
    for number, raw in enumerate(_read_text(path).split("\n"), start=1):
        line = raw.removesuffix("\r") if labels else raw
        if not line.strip():
            continue
        # A labels line without techniques may have lost its trailing tab to an editor: still no techniques.
        fields = line.split("\t", 2)
        if labels and len(fields) == 2:
            fields.append("")
        if len(fields) != 3 or not fields[0].strip() or not fields[1].strip().isdigit():
            expected = "techniques,comma,separated" if labels else "paragraph text"
            raise InputError(
                f"{path}:{number}: expected 'article id<tab>line<tab>{expected}', got {_short(line)}"
            )
        key = (fields[0].strip(), int(fields[1]))
        if key in found:
            raise InputError(
                f"{path}:{number}: paragraph {key[0]}:{key[1]} is already on line {found[key][0]}; remove one"
            )
        value = ",".join(t.strip() for t in fields[2].split(",") if t.strip()) if labels else fields[2]
        found[key] = (number, value)
    return found


def _semeval2023_spans(
    root: Path, split: str, texts: Mapping[tuple[str, int], tuple[int, str]]
) -> dict[tuple[str, int], tuple[Span, ...]]:
    """``(article, line) -> technique spans in article offsets``, when the split has span files."""
    spans_dir = root / f"{split}-labels-subtask-3-spans"
    if not spans_dir.is_dir():
        return {}
    articles_dir = root / f"{split}-articles-subtask-3"
    span_files = _by_id(spans_dir, _SEMEVAL2023_SPANS)
    found: dict[tuple[str, int], tuple[Span, ...]] = {}
    for article in sorted({article for article, _ in texts}):
        article_path = articles_dir / f"article{article}.txt"
        if not article_path.is_file():
            raise InputError(f"{article_path}: no such file; the span labels of {split} need the articles")
        if article not in span_files:
            raise InputError(
                f"{spans_dir} has no article{article}-labels-subtask-3.txt; restore it from the release"
            )
        text = _read_text(article_path)
        spans = [
            _span_line(span_files[article], number, line, article, len(text))
            for number, line in enumerate(_read_text(span_files[article]).split("\n"), start=1)
            if line.strip()
        ]
        for line, start, raw in _lines(text):
            if (article, line) not in texts:
                continue
            if raw.removesuffix("\r") != texts[(article, line)][1].removesuffix("\r"):
                raise InputError(
                    f"{article_path}:{line} differs from paragraph {article}:{line} of the template; "
                    "the articles and the template are from different releases"
                )
            # Offsets stay relative to the raw line here; load_semeval2023 cuts them to the cleaned text.
            found[(article, line)] = _clip(spans, start, len(raw.removesuffix("\r")))
    return found


# --- PTC 2020 --------------------------------------------------------------------------------------------


def _ptc_spans(path: Path, article: str, length: int) -> list[Span]:
    return [
        _span_line(path, number, line, article, length)
        for number, line in enumerate(_read_text(path).split("\n"), start=1)
        if line.strip()
    ]


# --- CrisisLex -------------------------------------------------------------------------------------------


def _column(name: str) -> str:
    # The published header is "Tweet ID, Tweet Text, ...": spaces after the commas, perhaps a BOM.
    return " ".join(name.replace(_BOM, "").split()).casefold()


def _crisislex_file(path: Path, event: str) -> list[Item]:
    text = _read_text(path, encoding="utf-8-sig")
    # StringIO with newline="" splits lines as csv expects; str.splitlines would also split on U+2028 in a tweet.
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [_column(name) for name in next(reader, [])]
    except csv.Error as error:
        raise InputError(f"{path}:1: not CSV ({error}); the file is damaged") from None
    needed = {"tweet id": -1, "tweet text": -1, "information type": -1}
    for name in needed:
        if name not in header:
            raise InputError(
                f"{path}:1: no {name!r} column (columns: {', '.join(header) or 'none'}); "
                "expected the CrisisLexT26 header 'Tweet ID, Tweet Text, Information Source, Information Type, Informativeness'"
            )
        needed[name] = header.index(name)
    items = []
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader, None)
        except csv.Error as error:
            raise InputError(f"{path}:{line}: not CSV ({error}); fix the row") from None
        if row is None:
            break
        number, line = line, reader.line_num + 1  # a quoted tweet may span several lines
        if not any(field.strip() for field in row):
            continue
        if len(row) != len(header):
            raise InputError(
                f"{path}:{number}: {len(row)} fields, the header has {len(header)}; fix the row (quote commas in the text)"
            )
        tweet_id = row[needed["tweet id"]].strip().strip('"')
        tweet = _TWITTER_ENTITY.sub(lambda m: _TWITTER_CHARACTER[m[1]], row[needed["tweet text"]])
        kind = " ".join(row[needed["information type"]].split())
        if not tweet_id:
            raise InputError(f"{path}:{number}: empty Tweet ID; every row needs one")
        if kind in CRISISLEX_UNLABELLED or _blank(tweet):
            continue
        items.append(
            Item(
                id=f"{event}:{tweet_id}",
                doc_id=event,
                text=tweet,
                labels=_labels({dim: kind == name for dim, name in CRISISLEX_TYPES.items()}),
                category=kind,
            )
        )
    return items


def _tweet_order(item: Item) -> int:
    # Tweet IDs grow with time; a non-numeric ID (not in the release) sorts first.
    tweet_id = item.id.rsplit(":", 1)[1]
    return int(tweet_id) if tweet_id.isdigit() else -1


# --- gold JSONL ------------------------------------------------------------------------------------------


def _gold_item(line: str, where: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not JSON ({error.msg} at column {error.colno}); fix the line") from None
    if not isinstance(record, dict):
        raise InputError(
            f"{where}: a JSON {type(record).__name__}, expected an object with id, text and labels"
        )
    for key in ("id", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise InputError(f"{where}: {key!r} must be a non-empty string; fix the line")
    doc_id = record.get("doc_id", record["id"])
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(f"{where}: 'doc_id' must be a non-empty string when given; fix or remove it")
    labels = record.get("labels")
    if not isinstance(labels, dict) or not labels:
        raise InputError(
            f"{where}: 'labels' must be a non-empty object {{dimension: 0, 1 or 2}}; fix the line"
        )
    for dimension, value in labels.items():
        # type() rather than isinstance: true/false (bool) and 1.0 (float) are not points of the 0/1/2 scale.
        if not dimension.strip() or type(value) is not int or value not in (0, 1, 2):
            raise InputError(
                f"{where}: label {dimension!r}: {json.dumps(value)} is not 0, 1 or 2 (ANNOTATION.md's scale); fix it"
            )
    return Item(
        id=record["id"],
        doc_id=doc_id,
        text=record["text"],
        labels=_labels({dimension: value >= 1 for dimension, value in labels.items()}),
    )


def select_documents(documents: Sequence[Any], part: str) -> list[Any]:
    """Keep the documents (anything with a ``doc_id``) of one part, as :func:`select` does for items."""
    _check_part(part)
    return [d for d in documents if part == "all" or part_of(d.doc_id) == part]
