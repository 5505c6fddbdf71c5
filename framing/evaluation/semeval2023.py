"""SemEval-2023 Task 3 (English, subtask 3) as proxy gold for threat and hedging: one item per paragraph.

>>> items = load_semeval2023("../shared/data/semeval2023_task3_en", split="train", part="tune")
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from framing.errors import InputError
from framing.evaluation.items import (
    Item,
    Span,
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
    short,
    technique_item,
)

SEMEVAL2023_TECHNIQUES = MappingProxyType({"threat": "Appeal_to_Fear-Prejudice", "hedging": "Doubt"})
"""Framing dimension -> the SemEval-2023 Task 3 technique that stands in for it."""

_SEMEVAL2023_FILE = re.compile(r"(?P<split>.+)-labels-subtask-3\.(?:txt|template)")
_SEMEVAL2023_SPANS = re.compile(r"article(?P<id>.+)-labels-subtask-3\.txt")


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
        part: One of :data:`~framing.evaluation.items.PARTS`.

    Returns:
        The paragraphs by article and line; ``doc_id`` is the article ID, ``id`` is ``<article>:<line>``.

    Raises:
        InputError: The folder or the split is missing, the split has no labels (``test``), a line is
            malformed (``file:line``), or the labels, texts and spans disagree.
    """
    check_part(part)
    root = folder(path, "the SemEval-2023 Task 3 English folder (the one holding train-labels-subtask-3.txt)")
    template, labels_file = _semeval2023_files(root, split)
    texts = _semeval2023_lines(template, labels=False)
    labels = _semeval2023_lines(labels_file, labels=True)
    for key, (number, _) in labels.items():
        if key not in texts:
            raise InputError(
                f"{labels_file}:{number}: paragraph {key[0]}:{key[1]} is not in {template.name}; "
                "the two files are from different releases"
            )
    spans = _semeval2023_spans(root, split, texts)
    return select(_semeval2023_items(texts, labels, spans, template, labels_file), part)


def _semeval2023_files(root: Path, split: str) -> tuple[Path, Path]:
    """The split's template (paragraph texts) and labels file.

    Raises:
        InputError: The split is unknown, or one of its two files is missing.
    """
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
    return template, labels_file


def _semeval2023_items(
    texts: Mapping[tuple[str, int], tuple[int, str]],
    labels: Mapping[tuple[str, int], tuple[int, str]],
    spans: Mapping[tuple[str, int], tuple[Span, ...]],
    template: Path,
    labels_file: Path,
) -> list[Item]:
    """One item per non-blank paragraph, by article and line, its gold spans cut to the cleaned text.

    Raises:
        InputError: A paragraph of the template has no line in the labels file.
    """
    items = []
    for (article, line), (number, raw) in sorted(texts.items()):
        text, shift = clean_line(raw)
        if is_blank(text):
            continue  # a blank line of the article; nothing to score
        if (article, line) not in labels:
            raise InputError(
                f"{template}:{number}: paragraph {article}:{line} has no line in {labels_file.name}; "
                "the two files are from different releases"
            )
        techniques = labels[(article, line)][1].split(",")
        gold = clip(spans.get((article, line), ()), shift, len(text))
        items.append(
            technique_item(
                article,
                line,
                text,
                techniques,
                SEMEVAL2023_TECHNIQUES,
                gold=gold,
                category=",".join(techniques),
            )
        )
    return items


def _semeval2023_lines(path: Path, *, labels: bool) -> dict[tuple[str, int], tuple[int, str]]:
    """``(article, paragraph line) -> (file line, third field)`` of a template or a labels file."""
    found: dict[tuple[str, int], tuple[int, str]] = {}
    for number, raw in enumerate(read_text(path).split("\n"), start=1):
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
                f"{path}:{number}: expected 'article id<tab>line<tab>{expected}', got {short(line)}"
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
    span_files = files_by_id(spans_dir, _SEMEVAL2023_SPANS)
    found: dict[tuple[str, int], tuple[Span, ...]] = {}
    for article in sorted({article for article, _ in texts}):
        article_path = articles_dir / f"article{article}.txt"
        if not article_path.is_file():
            raise InputError(f"{article_path}: no such file; the span labels of {split} need the articles")
        if article not in span_files:
            raise InputError(
                f"{spans_dir} has no article{article}-labels-subtask-3.txt; restore it from the release"
            )
        text = read_text(article_path)
        spans = read_spans(span_files[article], article, len(text))
        for line, start, raw in numbered_lines(text):
            if (article, line) not in texts:
                continue
            if raw.removesuffix("\r") != texts[(article, line)][1].removesuffix("\r"):
                raise InputError(
                    f"{article_path}:{line} differs from paragraph {article}:{line} of the template; "
                    "the articles and the template are from different releases"
                )
            # Offsets stay relative to the raw line here; load_semeval2023 cuts them to the cleaned text.
            found[(article, line)] = clip(spans, start, len(raw.removesuffix("\r")))
    return found
