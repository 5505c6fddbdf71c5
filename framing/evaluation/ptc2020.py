"""SemEval-2020 Task 11 (the Propaganda Techniques Corpus) as proxy gold for threat and hedging, per sentence.

>>> items = load_ptc2020("../shared/data/semeval2020_task11_ptc", split="train", part="tune")
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from framing.errors import InputError
from framing.evaluation.items import (
    Item,
    check_part,
    clean_line,
    clip,
    files_by_id,
    folder,
    is_blank,
    numbered_lines,
    read_spans,
    read_text,
    select,
    technique_item,
)

PTC2020_TECHNIQUES = MappingProxyType({"threat": "Appeal_to_fear-prejudice", "hedging": "Doubt"})
"""Framing dimension -> the SemEval-2020 Task 11 technique that stands in for it (the 2020 spelling)."""

_PTC_ARTICLE = re.compile(r"article(?P<id>.+)\.txt")
_PTC_LABELS = re.compile(r"article(?P<id>.+)\.task2-TC\.labels")


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
        part: One of :data:`~framing.evaluation.items.PARTS`.

    Returns:
        The sentences by article and line; ``doc_id`` is the article ID, ``id`` is ``<article>:<line>``.
        Every train article is also in SemEval-2023's train under the same ID, so it is in the same part;
        the line numbers differ (2023 has paragraphs, 2020 sentences).

    Raises:
        InputError: The folder or the split is missing, the split has no label files, an article lacks
            its label file (or the reverse), or a label line is malformed (``file:line``).
    """
    check_part(part)
    root = folder(path, "the SemEval-2020 Task 11 folder (the one holding train-articles/)")
    splits = sorted(p.name.removesuffix("-articles") for p in root.glob("*-articles") if p.is_dir())
    if split not in splits:
        raise InputError(f"unknown split {split!r}; splits in {root}: {', '.join(splits) or '(none)'}")
    labels_dir = root / f"{split}-labels-task2-technique-classification"
    if not labels_dir.is_dir():
        raise InputError(
            f"{labels_dir}: no such folder; the {split} split is unlabelled, so it cannot be scored (train is labelled)"
        )
    articles = files_by_id(root / f"{split}-articles", _PTC_ARTICLE)
    if not articles:
        raise InputError(f"{root / f'{split}-articles'} holds no article<ID>.txt; check the folder")
    label_files = files_by_id(labels_dir, _PTC_LABELS)
    _same_articles(articles, label_files, "label file")
    items = []
    for article, article_path in articles.items():
        text = read_text(article_path)
        spans = read_spans(label_files[article], article, len(text))
        for line, start, raw in numbered_lines(text):
            line_text, shift = clean_line(raw)
            if is_blank(line_text):
                continue
            gold = clip(spans, start + shift, len(line_text))
            found = {label for _, _, label in gold}
            category = "|".join(sorted(found))
            items.append(
                technique_item(
                    article, line, line_text, found, PTC2020_TECHNIQUES, gold=gold, category=category
                )
            )
    return select(items, part)


def _same_articles(articles: Mapping[str, Path], others: Mapping[str, Path], what: str) -> None:
    for article, path in articles.items():
        if article not in others:
            raise InputError(f"{path} has no {what}; every article needs one, restore it from the release")
    for article, path in others.items():
        if article not in articles:
            raise InputError(
                f"{path}: no article{article}.txt for this {what}; restore the article or remove the file"
            )
