"""Evaluation of framing against external gold standards.

Each dataset is read from a folder or file the caller passes, in its published layout (research data is
never copied into this repository). :func:`evaluate` runs one dataset by name; what is measured, and how,
is in ``docs/evaluation_*.md`` and ``docs/VALIDITY.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from framing.analyze import LexiconsArg, analyze
from framing.errors import UnknownNameError
from framing.evaluation.peers import missing_peers
from framing.lexicon import LexiconSet, load_lexicons

DEFAULT_SPLITS = {"polnear": "dev", "szeged": "all", "semeval2023": "train", "ptc2020": "train",
                  "crisislex": "all", "gold": "all"}  # fmt: skip
"""Dataset name -> the split read when none is given."""
DATASETS = tuple(DEFAULT_SPLITS)

__all__ = ["DATASETS", "DEFAULT_SPLITS", "evaluate", "missing_peers"]


def evaluate(
    dataset: str,
    path: str | Path,
    *,
    split: str | None = None,
    part: str = "all",
    lexicons: LexiconsArg = None,
    peers: bool = True,
) -> dict[str, Any]:
    """Score framing on a gold-standard dataset.

    Args:
        dataset: One of :data:`DATASETS`.
        path: The dataset's folder (or file), in its published layout.
        split: The published split to read (default: see :data:`DEFAULT_SPLITS`).
        part: ``all``, ``tune`` or ``heldout``: a fixed document-hash part of the split (see
            :func:`framing.evaluation.datasets.part_of`).
        lexicons: As for :func:`framing.analyze`.
        peers: Also score the peer tools that are installed.

    Returns:
        ``{"dataset", "split", "part", "n", "metrics": {dimension: {"precision", "recall", "f1", "roc_auc",
        "pr_auc", "threshold", "n_positive", ...}}, ...}`` plus ``errors`` and ``peers`` (or, for PolNeAR,
        the span metrics under ``attribution_spans``).
    """
    if dataset not in DEFAULT_SPLITS:
        raise UnknownNameError("dataset", dataset, DATASETS)
    split = split or DEFAULT_SPLITS[dataset]
    lexicon_set = lexicons if isinstance(lexicons, LexiconSet) else load_lexicons(lexicons)
    if dataset == "polnear":
        return _polnear(path, split, part, lexicon_set)
    if dataset == "gold":
        from framing.evaluation.gold import evaluate_gold
        from framing.evaluation.gold_articles import is_article_layout

        # A folder of whole articles (articles.jsonl + sentences.jsonl) is scored in context; a JSONL
        # file of sentences (the older layout) item by item below.
        if is_article_layout(path):
            # The article layout is one set; its parts are hash parts of the article ids.
            if split != "all":
                raise UnknownNameError("split", split, ("all",))
            return evaluate_gold(path, lexicon_set, part=part, peers=peers).to_dict()
    from framing.evaluation.datasets import LOADERS
    from framing.evaluation.validity import evaluate_items

    items = LOADERS[dataset](path, split=split, part=part)
    return {
        "dataset": dataset,
        "split": split,
        "part": part,
        **evaluate_items(items, lexicon_set, peers=peers),
    }


def _polnear(path: str | Path, split: str, part: str, lexicons: LexiconSet) -> dict[str, Any]:
    from framing.evaluation.datasets import select_documents
    from framing.evaluation.polnear import load_polnear, score_polnear

    documents = select_documents(load_polnear(path, split), part)

    def predict(text: str) -> tuple[list[tuple[int, int]], list[Any]]:
        result = analyze(text, lexicons=lexicons)
        # A scare quote is the author's, not an attribution.
        return [(s.start, s.end) for s in result.sentences], [
            a for a in result.attributions if a.kind != "scare"
        ]

    spans = score_polnear(documents, predict)
    sentence = spans["sentence"]
    attribution = {**sentence, "roc_auc": None, "pr_auc": None, "threshold": None,
                   "n_positive": sentence["tp"] + sentence["fn"]}  # fmt: skip
    return {"dataset": "polnear", "split": split, "part": part, "n": len(documents),
            "metrics": {"attribution": attribution}, "attribution_spans": spans}  # fmt: skip
