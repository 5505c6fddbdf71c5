"""Gold labels made with the project's annotation guide, one sentence (or other unit) per JSONL line.

>>> items = load_gold("../shared/data/framing_gold/sentences.jsonl", part="heldout")
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.errors import InputError
from framing.evaluation.items import Item, check_part, corpus_files, flags, in_order, read_text, select


def load_gold(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read labels made with the project's annotation guide, from JSONL.

    One object per line: ``{"id": str, "text": str, "doc_id": str (optional, default: the id),
    "labels": {dimension: 0 | 1 | 2}}``. Labels are on the guide's 3-point scale; 1 and 2 ("present")
    become 1. Other keys are ignored; blank lines are skipped.

    Args:
        path: A ``.jsonl`` file or a folder of them.
        split: ``all``, or for a folder the stem of one file to read only that file.
        part: One of :data:`~framing.evaluation.items.PARTS`.

    Returns:
        The items by ``doc_id``, then in file order.

    Raises:
        InputError: The path or the split is missing, or a line is not a valid object (``file:line``).
    """
    check_part(part)
    keyed: list[tuple[str, int, Item]] = []
    where: dict[str, str] = {}
    for file in corpus_files(path, ".jsonl", split, "a JSONL file of gold labels or a folder of them"):
        for number, line in enumerate(read_text(file, encoding="utf-8-sig").split("\n"), start=1):
            if not line.strip():
                continue
            item = _gold_item(line, f"{file}:{number}")
            if item.id in where:
                raise InputError(
                    f"{file}:{number}: id {item.id!r} is already used at {where[item.id]}; ids must be unique"
                )
            where[item.id] = f"{file}:{number}"
            keyed.append((item.doc_id, len(keyed), item))
    return select(in_order(keyed), part)


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
        labels=flags({dimension: value >= 1 for dimension, value in labels.items()}),
    )
