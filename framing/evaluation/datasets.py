"""Gold-labelled corpora for the framing dimensions: the loaders by name, and the names they share.

Each loader reads a published corpus from a path the caller passes (none of it is copied into this
repository) and returns :class:`~framing.evaluation.items.Item` objects: a scored unit (sentence, paragraph
or tweet), the document it comes from, and a 0/1 label for each framing dimension the corpus can stand in
for. Most corpora label something close to a dimension rather than the dimension itself (a propaganda
technique, a crisis tweet's information type); ``docs/evaluation_datasets.md`` says, per corpus, how labels
map and why they are proxies.

>>> items = load_szeged("../shared/data/szeged_uncertainty/wiki.xml", part="tune")
>>> describe(items)["positives"]["hedging"]

Each corpus has its own module (:mod:`~framing.evaluation.szeged`, :mod:`~framing.evaluation.semeval2023`,
:mod:`~framing.evaluation.ptc2020`, :mod:`~framing.evaluation.crisislex`,
:mod:`~framing.evaluation.gold_sentences`); the item type and the fixed tune/held-out parts are in
:mod:`~framing.evaluation.items`. This module gathers them, so that callers import from one place.
"""

from __future__ import annotations

from collections.abc import Callable

from framing.evaluation.crisislex import CRISISLEX_TYPES, CRISISLEX_UNLABELLED, load_crisislex
from framing.evaluation.gold_sentences import load_gold
from framing.evaluation.items import (
    HELDOUT_PERCENT,
    PARTS,
    Item,
    Span,
    describe,
    part_of,
    select,
    select_documents,
)
from framing.evaluation.ptc2020 import PTC2020_TECHNIQUES, load_ptc2020
from framing.evaluation.semeval2023 import SEMEVAL2023_TECHNIQUES, load_semeval2023
from framing.evaluation.szeged import load_szeged

__all__ = [
    "CRISISLEX_TYPES",
    "CRISISLEX_UNLABELLED",
    "HELDOUT_PERCENT",
    "LOADERS",
    "PARTS",
    "PTC2020_TECHNIQUES",
    "SEMEVAL2023_TECHNIQUES",
    "Item",
    "Span",
    "describe",
    "load_crisislex",
    "load_gold",
    "load_ptc2020",
    "load_semeval2023",
    "load_szeged",
    "part_of",
    "select",
    "select_documents",
]

LOADERS: dict[str, Callable[..., list[Item]]] = {
    "szeged": load_szeged,
    "semeval2023": load_semeval2023,
    "ptc2020": load_ptc2020,
    "crisislex": load_crisislex,
    "gold": load_gold,
}
"""Dataset name -> loader; each takes ``(path, *, split=..., part=...)``."""
