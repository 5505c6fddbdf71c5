"""Sum evidence into per-sentence scores."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from framing.lexicon import LexiconSet
from framing.results import Match


def sentence_scores(evidence: Iterable[Match], dimensions: Sequence[str]) -> dict[str, float]:
    """Weighted sum of the matches of each dimension; every dimension is present, 0.0 if unmatched."""
    totals = dict.fromkeys(dimensions, 0.0)
    if not evidence:
        return totals  # a sentence without evidence: every score 0.0 already, nothing to round
    for match in evidence:
        totals[match.dimension] += match.weight
    # Rounded so that a sum rebuilt from the evidence (as shown) equals the score exactly.
    return {d: round(v, 4) for d, v in totals.items()}


def present(scores: Mapping[str, float], lexicons: LexiconSet) -> dict[str, bool]:
    """Dimension -> score at or above the dimension's threshold (its lexicon's ``# threshold:`` header).

    This is the decision rule a user sees in every sentence row and the one evaluations measure.
    """
    return {d: score >= lexicons[d].threshold for d, score in scores.items()}
