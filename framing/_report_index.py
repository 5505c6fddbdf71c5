"""What keeps a corpus-sized report readable: detail for the first articles only, short group labels.

A report of hundreds of articles drew an arc and highlighted every one of them (80 s and 50 MB for 447
articles, minutes to render in a browser). :func:`framing.report.html_report` shows the first
:data:`MAX_ARTICLES` in detail and lists every other article with its scores, so nothing is dropped
without a word; the comparison always counts them all.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.results import ArticleResult

MAX_ARTICLES = 20
"""Articles a report shows in detail (text, arc, speakers, sentence scores) unless told otherwise."""
LONG_NAME = 16
"""A group name longer than this (an article id) is written as a letter in the comparison's sentences."""


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article shown without detail: its id, size and share of sentences per dimension."""

    doc: str
    n_sentences: int
    share: tuple[float, ...]


def article_rows(results: Sequence[ArticleResult]) -> list[ArticleRow]:
    """A row per article; readability is left out (syllable counts cost more than scoring)."""
    rows = []
    for result in results:
        summary = result.summary(readability=False)
        rows.append(
            ArticleRow(result.doc, summary.n_sentences, tuple(summary.share[d] for d in result.dimensions))
        )
    return rows


def short_labels(comparison: Comparison | None) -> dict[str, str]:
    """Group -> ``A``, ``B``... when a compared group has a long name, else nothing to replace.

    Article ids ("uawar-20220210T141500Z_GB_en_150b309295") repeated in every sentence of the comparison
    make it hard to read; the report names each once, in a legend, and writes the letter elsewhere.
    """
    if comparison is None:
        return {}
    groups = [p.group for p in comparison.profiles]
    if max((len(g) for g in groups), default=0) <= LONG_NAME:
        return {}
    return {group: _letters(i) for i, group in enumerate(groups)}


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet column names, so any number of groups gets a label."""
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = letters[rest] + name
    return name
