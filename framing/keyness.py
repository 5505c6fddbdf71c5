"""Keyness: which matched terms one group of sentences over-uses relative to another.

Dunning's log-likelihood G² with its p-value (chi-squared, one degree of freedom), and Hardie's log2 ratio
of relative frequencies as the effect size.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.negation import DIMENSION_MOVED

if TYPE_CHECKING:
    from framing.results import SentenceResult

G2_CUTOFF = 3.84
"""G² at p = 0.05 (chi-squared, one degree of freedom): weaker key terms are dropped, and counted."""


@dataclass(frozen=True, slots=True)
class KeyTerm:
    """A matched term over-used by one group relative to another, for one dimension."""

    group_a: str
    group_b: str
    dimension: str
    term: str
    count_a: int
    count_b: int
    per_10k_a: float
    per_10k_b: float
    g2: float
    p_value: float
    log_ratio: float

    @property
    def favours(self) -> str:
        """The group that uses the term more, relative to its size."""
        return self.group_a if self.log_ratio > 0 else self.group_b


def keyness(
    members_a: Sequence[tuple[str, SentenceResult]],
    members_b: Sequence[tuple[str, SentenceResult]],
    dimension: str,
    group_a: str = "a",
    group_b: str = "b",
    min_count: int = 2,
) -> list[KeyTerm]:
    """Key terms of one dimension between two groups of sentences (Dunning's G², log2 ratio).

    A term is a match counted in ``dimension`` (weight above 0), lowercased; a group's size is its tokens.
    """
    counts_a, counts_b = _term_counts(members_a, dimension), _term_counts(members_b, dimension)
    size_a = sum(s.n_tokens for _, s in members_a)
    size_b = sum(s.n_tokens for _, s in members_b)
    terms = []
    for term in set(counts_a) | set(counts_b):
        a, b = counts_a.get(term, 0), counts_b.get(term, 0)
        if a + b < min_count or not size_a or not size_b:
            continue
        g2 = log_likelihood(a, b, size_a, size_b)
        terms.append(
            KeyTerm(group_a, group_b, dimension, term, a, b, round(a / size_a * 10_000, 2), round(b / size_b * 10_000, 2),
                    round(g2, 4), round(g2_p_value(g2), 4), round(log_ratio(a, b, size_a, size_b), 4))
        )  # fmt: skip
    terms.sort(key=lambda k: (-k.g2, k.term))
    return terms


def _term_counts(members: Sequence[tuple[str, SentenceResult]], dimension: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, sentence in members:
        for match in sentence.evidence:
            if match.dimension == dimension and match.weight > 0:
                term = _term(match.text)
                if term and any(DIMENSION_MOVED in note for note in match.modifiers):
                    # "We don't want war": reassurance from a denied threat, which the bare word would hide
                    term = f"{term} (negated)"
                if term:
                    counts[term] += 1
    return counts


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _term(text: str) -> str:
    """A match as a term: lowercased, one space, one apostrophe; quote marks alone are no term.

    Typography is a house style, not framing: "Russia’s invasion" and "Russia's invasion" are one term,
    and the curly quote marks of one outlet against the straight ones of another say nothing.
    """
    term = " ".join(text.lower().translate(_APOSTROPHES).split())
    return term if any(c.isalnum() for c in term) else ""


def log_likelihood(a: int, b: int, size_a: int, size_b: int) -> float:
    """Dunning's G² for a term seen ``a`` times in ``size_a`` tokens and ``b`` times in ``size_b``."""
    expected_a = size_a * (a + b) / (size_a + size_b)
    expected_b = size_b * (a + b) / (size_a + size_b)
    g2 = 0.0
    for observed, expected in ((a, expected_a), (b, expected_b)):
        if observed:
            g2 += observed * math.log(observed / expected)
    return 2 * g2


def g2_p_value(g2: float) -> float:
    """The p-value of a G² statistic with one degree of freedom (chi-square upper tail): 3.84 -> 0.05."""
    return math.erfc(math.sqrt(max(g2, 0.0) / 2))


def log_ratio(a: int, b: int, size_a: int, size_b: int) -> float:
    """log2 of the ratio of relative frequencies, with 0.5 added to zero counts (Hardie's log ratio)."""
    return math.log2(((a or 0.5) / size_a) / ((b or 0.5) / size_b))
