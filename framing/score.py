"""Sum evidence into per-sentence scores."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from framing.results import Match


def sentence_scores(evidence: Iterable[Match], dimensions: Sequence[str]) -> dict[str, float]:
    """Weighted sum of the matches of each dimension; every dimension is present, 0.0 if unmatched."""
    totals = dict.fromkeys(dimensions, 0.0)
    for match in evidence:
        totals[match.dimension] += match.weight
    # Rounded so that a sum rebuilt from the evidence (as shown) equals the score exactly.
    return {d: round(v, 4) for d, v in totals.items()}
