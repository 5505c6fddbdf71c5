"""Reading a gold folder of whole articles: ``articles.jsonl`` and ``sentences.jsonl``, offsets checked.

The layout (``shared/data/framing_gold`` and any set made the same way): ``articles.jsonl`` holds
``{"id", "text", ...metadata}``; ``sentences.jsonl`` one labelled sentence per line with ``doc_id``,
``start``/``end`` offsets into its article, ``labels`` on ANNOTATION.md's 0/1/2 scale, ``speaker``,
``source_type`` and ``boilerplate``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from framing.errors import InputError
from framing.records import json_objects
from framing.results import AUTHOR

ARTICLES = "articles.jsonl"
SENTENCES = "sentences.jsonl"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled sentence: its span in its article and the annotators' adjudicated labels."""

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    labels: Mapping[str, int]
    speaker: str
    source_type: str
    boilerplate: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article with its metadata and its labelled sentences, in text order."""

    id: str
    text: str
    metadata: Mapping[str, Any]
    sentences: tuple[GoldSentence, ...]


def is_article_layout(path: str | Path) -> bool:
    """Whether ``path`` is a gold folder with whole articles (``articles.jsonl`` + ``sentences.jsonl``)."""
    folder = Path(path)
    return folder.is_dir() and (folder / ARTICLES).is_file() and (folder / SENTENCES).is_file()


def load_gold_articles(path: str | Path) -> list[GoldArticle]:
    """Read a gold folder: articles with their labelled sentences, offsets checked against the text.

    Raises:
        InputError: A file is missing or malformed, an id repeats, a sentence names no article, or a
            sentence's ``text`` is not ``article[start:end]`` (``file:line`` in the message).
    """
    folder = Path(path)
    if not is_article_layout(folder):
        raise InputError(
            f"{folder}: not a gold folder; it needs {ARTICLES} and {SENTENCES} (see framing_gold/SOURCE.md)"
        )
    articles: dict[str, dict[str, Any]] = {}
    for where, record in _records(folder / ARTICLES):
        ident, text = record.get("id"), record.get("text")
        if not isinstance(ident, str) or not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: an article needs a string 'id' and a non-empty 'text'")
        if ident in articles:
            raise InputError(f"{where}: article id {ident!r} repeats; ids must be unique")
        articles[ident] = record
    sentences: dict[str, list[GoldSentence]] = {ident: [] for ident in articles}
    seen: set[str] = set()
    for where, record in _records(folder / SENTENCES):
        sentence = _sentence(record, where, articles)
        if sentence.id in seen:
            raise InputError(f"{where}: sentence id {sentence.id!r} repeats; ids must be unique")
        seen.add(sentence.id)
        sentences[sentence.doc_id].append(sentence)
    return [
        GoldArticle(
            id=ident,
            text=record["text"],
            metadata=MappingProxyType({k: v for k, v in record.items() if k not in ("id", "text")}),
            sentences=tuple(sorted(sentences[ident], key=lambda s: s.start)),
        )
        for ident, record in articles.items()
        if sentences[ident]
    ]


def _records(path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (offset {error.start}); save it as UTF-8") from None
    records = []
    lines = enumerate(text.split("\n"), start=1)
    for number, record in json_objects(lines, str(path), '{"id": ..., ...}'):
        where = f"{path}:{number}"
        if not isinstance(record, dict):
            raise InputError(f"{where}: a JSON {type(record).__name__}, expected an object")
        records.append((where, record))
    return records


def _sentence(
    record: Mapping[str, Any], where: str, articles: Mapping[str, Mapping[str, Any]]
) -> GoldSentence:
    doc_id = record.get("doc_id")
    if doc_id not in articles:
        raise InputError(f"{where}: doc_id {doc_id!r} is not an article of {ARTICLES}")
    start, end, text = record.get("start"), record.get("end"), record.get("text")
    article = articles[doc_id]["text"]
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(article):
        raise InputError(f"{where}: start/end must be offsets into the article with start < end")
    if article[start:end] != text:
        raise InputError(f"{where}: text is not the article's characters {start}:{end}; fix the offsets")
    labels = record.get("labels")
    if not isinstance(labels, dict) or any(type(v) is not int or v not in (0, 1, 2) for v in labels.values()):
        raise InputError(f"{where}: 'labels' must map each dimension to 0, 1 or 2 (ANNOTATION.md's scale)")
    return GoldSentence(
        id=str(record.get("id", f"{doc_id}#{start}")),
        doc_id=doc_id,
        start=start,
        end=end,
        text=text,
        labels=MappingProxyType(dict(labels)),
        speaker=str(record.get("speaker") or AUTHOR),
        source_type=str(record.get("source_type") or "none"),
        boilerplate=bool(record.get("boilerplate", False)),
    )
