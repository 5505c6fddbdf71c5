"""Evaluation of framing against external gold standards.

Each dataset module reads a corpus from a folder the caller passes (research data is never copied into
this repository) and scores framing against it; what is measured, and how, is in ``docs/evaluation_*.md``.
:func:`evaluate` runs one dataset by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from framing.analyze import LexiconsArg, analyze
from framing.errors import UnknownNameError
from framing.lexicon import LexiconSet, load_lexicons

DATASETS = {"polnear": "dev"}
"""Dataset name -> the split read when none is given."""


def evaluate(
    dataset: str, path: str | Path, *, split: str | None = None, lexicons: LexiconsArg = None
) -> dict[str, Any]:
    """Score framing on a gold-standard dataset.

    Args:
        dataset: One of :data:`DATASETS`.
        path: The dataset's folder, in its published layout.
        split: The split to read (default: the dataset's development split).
        lexicons: As for :func:`framing.analyze`.

    Returns:
        ``{"dataset", "split", "n", "metrics": {name: {"precision", "recall", "f1", "tp", "fp", "fn"}}}``.
    """
    if dataset not in DATASETS:
        raise UnknownNameError("dataset", dataset, DATASETS)
    split = split or DATASETS[dataset]
    lexicon_set = lexicons if isinstance(lexicons, LexiconSet) else load_lexicons(lexicons)
    from framing.evaluation.polnear import load_polnear, score_polnear

    documents = load_polnear(path, split)

    def predict(text: str) -> tuple[list[tuple[int, int]], list[Any]]:
        result = analyze(text, lexicons=lexicon_set)
        # A scare quote is the author's, not an attribution.
        return [(s.start, s.end) for s in result.sentences], [
            a for a in result.attributions if a.kind != "scare"
        ]

    return {
        "dataset": dataset,
        "split": split,
        "n": len(documents),
        "metrics": score_polnear(documents, predict),
    }
