"""Compare framing between groups of sentences: by article, speaker, source type or a metadata field.

The unit is the sentence (boilerplate left out); a group's profile is its mean score per sentence for
each dimension. Every number comes with its uncertainty, and every run is reproducible from its seed:

- **Bootstrap** confidence intervals (percentile, ``n_resamples`` resamples of each group's sentences)
  for each group's mean and for each difference between two groups.
- A two-sided **permutation test** of each difference (sentences' group labels shuffled
  ``n_permutations`` times); p = (exceedances + 1) / (permutations + 1), and a Holm adjustment over all
  the differences tested together. A p-value cannot be smaller than 1 / (permutations + 1), so with many
  tests Holm could never reach 0.05 whatever the data (396 tests need more than 7,920 permutations):
  the tests with a raw p below 0.05 are run again with enough permutations for the smallest Holm p to
  reach a quarter of 0.05 (at most :data:`MAX_PERMUTATIONS`; the comparison records how many).
- **Keyness** of the matched terms that drive a difference: Dunning's log-likelihood G² with its p-value
  (chi-squared, one degree of freedom) and the log2 ratio of relative frequencies as the effect size.

Sentences of one article are not independent draws, so intervals over sentences are narrower than
intervals over articles would be: read them as describing these texts, not a population of outlets.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from framing.errors import FramingError
from framing.grouping import choose_groups, group_sentences, refuse_shared_names
from framing.keyness import G2_CUTOFF, KeyTerm, keyness
from framing.resampling import (
    bootstrap_difference,
    bootstrap_means,
    holm,
    permutation_p,
    permutations_for_holm,
)
from framing.results import ArticleResult, SentenceResult

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from framing.lexicon import LexiconSet

ALPHA = 0.05
"""Significance level of the tests and of key terms."""
MAX_PERMUTATIONS = 100_000
"""The most permutations a test is run again with (see the module docstring)."""
MAX_GROUPS = 8
"""With more groups than this, the largest ones (by sentences) are compared, the rest left out."""


@dataclass(frozen=True, slots=True)
class GroupProfile:
    """The mean score per sentence of one group, with bootstrap confidence intervals."""

    group: str
    n_documents: int
    n_sentences: int
    mean: Mapping[str, float]
    ci_low: Mapping[str, float]
    ci_high: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Difference:
    """group_a minus group_b for one dimension, with a bootstrap interval and a permutation p-value."""

    group_a: str
    group_b: str
    dimension: str
    mean_a: float
    mean_b: float
    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    p_holm: float
    n_a: int
    n_b: int


@dataclass(frozen=True)
class Comparison:
    """Profiles, pairwise differences and key terms of groups of sentences.

    Attributes:
        by: What the groups are ("article", "speaker", "source_type" or a metadata field).
        dimensions: The dimensions compared.
        profiles: One profile per group, in group order.
        differences: One row per pair of groups and dimension.
        key_terms: Terms per pair and dimension, strongest G² first.
        seed: The random seed; the same seed gives the same numbers.
        n_resamples: Bootstrap resamples.
        n_permutations: Permutations of the test.
        n_permutations_refined: Permutations a test is run again with when its raw p is below 0.05,
            because Holm over this many tests needs finer p-values (0: ``n_permutations`` suffice).
        left_out: Groups beyond ``max_groups`` (by sentences) that were not compared.
        too_small: Groups with fewer sentences than ``min_sentences``, not compared either.
        key_terms_dropped: Terms below the G² cut-off (:data:`G2_CUTOFF` by default), not listed.
        min_g2: The G² cut-off used.
        chosen: The groups were named (``groups=``), not the largest: ``left_out`` holds all the others.
    """

    by: str
    dimensions: tuple[str, ...]
    profiles: tuple[GroupProfile, ...]
    differences: tuple[Difference, ...]
    key_terms: tuple[KeyTerm, ...]
    seed: int
    n_resamples: int
    n_permutations: int
    left_out: tuple[str, ...] = ()
    key_terms_dropped: int = 0
    min_g2: float = G2_CUTOFF
    too_small: tuple[str, ...] = ()
    n_permutations_refined: int = 0
    chosen: bool = False

    @property
    def holm_floor(self) -> float:
        """The smallest Holm-adjusted p any test here could reach: its number times the smallest p."""
        permutations = max(self.n_permutations, self.n_permutations_refined)
        return min(1.0, len(self.differences) / (permutations + 1))

    @property
    def significant_dimensions(self) -> tuple[str, ...]:
        """The dimensions with a difference significant after Holm correction, in the order of ``dimensions``."""
        found = {d.dimension for d in self.differences if d.p_holm < ALPHA}
        return tuple(d for d in self.dimensions if d in found)

    def __repr__(self) -> str:
        groups = ", ".join(p.group for p in self.profiles)
        significant = sum(d.p_holm < ALPHA for d in self.differences)
        return (
            f"<Comparison by {self.by}: {len(self.profiles)} groups ({groups}), {len(self.dimensions)} dimensions, "
            f"{significant} of {len(self.differences)} differences significant after Holm; seed {self.seed}>"
        )

    def _repr_html_(self) -> str:
        from framing.report import comparison_html

        return comparison_html(self)

    def means_frame(self) -> pd.DataFrame:
        """Groups × dimensions: each group's mean score per sentence (the table a comparison leads with)."""
        import pandas as pd

        return pd.DataFrame(
            {d: [p.mean[d] for p in self.profiles] for d in self.dimensions},
            index=pd.Index([p.group for p in self.profiles], name="group"),
        )

    def coverage(self) -> str:
        """Which groups were compared when not all were ("" when all were): the ``--group`` named or the largest."""
        compared = len(self.profiles)
        total = compared + len(self.left_out)
        if self.chosen:
            return f"Compared the {compared} groups named (--group) of {total} groups by {self.by}."
        if self.left_out:
            return (
                f"Compared the {compared} largest of {total} groups by sentences (--max-groups to change); "
                "the others are listed below as left out."
            )
        return ""

    def left_out_notes(self) -> tuple[str, ...]:
        """The groups not compared, beyond the largest or too small, one line for each reason."""
        notes = []
        if self.left_out and not self.chosen:
            notes.append(f"Left out (beyond the largest groups): {', '.join(self.left_out)}")
        if self.too_small:
            notes.append(
                f"Left out (too few sentences for a mean that says anything): {', '.join(self.too_small)}"
            )
        return tuple(notes)

    def verdicts(self, labels: Mapping[str, str] | None = None) -> tuple[str, ...]:
        """The result in words, one sentence per dimension.

        With two groups: which is higher, by how much, the 95 % interval, p and whether the difference
        survives the Holm correction ("hedging: B higher by 0.42 [0.09, 0.80], p = 0.030 before and p = 0.180
        after Holm correction over 6 tests: not significant"). With more groups: the highest and lowest group and how many
        pairs differ significantly after Holm.

        Args:
            labels: Group -> a short name to write instead (the report's "A", "B" for long article ids,
                given once in a legend); groups not in it keep their names.
        """
        from framing._verdicts import verdicts

        return verdicts(self, labels or {})

    def to_frame(self, table: str = "differences") -> pd.DataFrame:
        """One of the comparison's tidy tables, by name (as ``ArticleResult.to_frame(level=...)`` picks one).

        Args:
            table: ``differences`` (default): one row per pair of groups and dimension, as
                :meth:`differences_frame`; ``profiles``: one row per group and dimension, as
                :meth:`profiles_frame`; ``key_terms``: one row per key term, as :meth:`key_terms_frame`;
                ``means``: groups × dimensions, as :meth:`means_frame`.
        """
        tables = {"differences": Comparison.differences_frame, "profiles": Comparison.profiles_frame,
                  "key_terms": Comparison.key_terms_frame, "means": Comparison.means_frame}  # fmt: skip
        if table not in tables:
            from framing.errors import UnknownNameError

            raise UnknownNameError("table", table, tuple(tables))
        return tables[table](self)

    def profiles_frame(self) -> pd.DataFrame:
        """One row per group and dimension: mean, CI, sentences (tidy)."""
        import pandas as pd

        rows = [
            {"group": p.group, "dimension": d, "mean": p.mean[d], "ci_low": p.ci_low[d], "ci_high": p.ci_high[d],
             "n_sentences": p.n_sentences, "n_documents": p.n_documents}
            for p in self.profiles
            for d in self.dimensions
        ]  # fmt: skip
        return pd.DataFrame(rows)

    def differences_frame(self) -> pd.DataFrame:
        """One row per pair of groups and dimension."""
        import pandas as pd

        return pd.DataFrame([asdict(d) for d in self.differences])

    def key_terms_frame(self) -> pd.DataFrame:
        """One row per key term, with the group it favours."""
        from dataclasses import fields

        import pandas as pd

        # Named columns even when no term passes the cut-off, so that selecting columns still works.
        columns = [f.name for f in fields(KeyTerm)] + ["favours"]
        return pd.DataFrame([{**asdict(k), "favours": k.favours} for k in self.key_terms], columns=columns)


def _people(results: Sequence[ArticleResult], lexicons: LexiconSet | None) -> Callable[[str, str], str]:
    """Each speaker's name across articles (spellings of a person, capitals of a role), as the speakers table merges them."""
    from framing.aggregate import speaker_names
    from framing.lexicon import load_lexicons

    return speaker_names(results, lexicons or load_lexicons())


def compare(
    results: Sequence[ArticleResult],
    *,
    by: str = "article",
    metadata: Mapping[str, Mapping[str, Any]] | None = None,
    n_resamples: int = 2000,
    n_permutations: int = 5000,
    seed: int = 0,
    min_sentences: int = 2,
    min_g2: float = G2_CUTOFF,
    max_groups: int = MAX_GROUPS,
    groups: Sequence[str] | None = None,
    lexicons: LexiconSet | None = None,
) -> Comparison:
    """Compare framing profiles between groups, with bootstrap CIs, permutation tests and key terms.

    Args:
        results: Analysed articles.
        by: ``article``, ``speaker``, ``source_type`` or a field of ``metadata``.
        metadata: Document id -> fields (e.g. ``{"a1": {"country": "GB"}}``), for grouping by a field.
        n_resamples: Bootstrap resamples for confidence intervals.
        n_permutations: Permutations for p-values.
        seed: Random seed; the same inputs and seed give the same numbers.
        min_sentences: Groups with fewer sentences are left out (a mean of one sentence says little).
        max_groups: Compare the largest groups (by sentences) up to this many; the rest are listed in
            ``left_out`` (every pair is tested, so the tests grow with the square of the groups).
        groups: Compare exactly these groups, in this order, instead of the largest ones (two speakers:
            ``by="speaker", groups=["Vladimir Putin", "Volodymyr Zelensky"]``); an unknown name or one
            with fewer than ``min_sentences`` sentences raises FramingError.
        min_g2: Key terms with a smaller G² are not listed, only counted (default: p < 0.05; 0 lists all;
            negative, NaN and infinite values raise FramingError).
        lexicons: Supply the transliteration table and aliases by which ``by="speaker"`` merges spellings
            of one person across articles, as :func:`framing.speaker_profiles` does (built-in when omitted).

    Returns:
        The comparison; ``to_frame(table)`` gives its tidy tables (``differences``, ``profiles``,
        ``key_terms``, ``means``).
    """
    import numpy as np

    if not results:
        raise FramingError("nothing to compare: pass at least one analysed article")
    if not (math.isfinite(min_g2) and min_g2 >= 0):  # a NaN cut-off would drop every term without a word
        raise FramingError(f"min_g2 must be a finite number of at least 0 (0 lists all), got {min_g2}")
    if by == "article":
        refuse_shared_names(results)
    dimensions = results[0].dimensions
    people = _people(results, lexicons) if by == "speaker" else None
    grouped, kept, left_out, too_small = choose_groups(
        group_sentences(results, by, metadata, people), by, min_sentences, max_groups, groups
    )
    rng = np.random.default_rng(seed)
    scores = {g: np.array([[s.scores[d] for d in dimensions] for _, s in grouped[g]]) for g in kept}
    # The profiles draw from rng before the differences: the order keeps a seed's numbers the same.
    profiles = tuple(_profile(g, grouped[g], scores[g], dimensions, n_resamples, rng) for g in kept)
    differences, refined = _differences(kept, scores, dimensions, n_resamples, n_permutations, rng)
    key_terms, n_below = _key_terms(kept, grouped, dimensions, min_g2)
    return Comparison(by, tuple(dimensions), profiles, differences, key_terms, seed, n_resamples, n_permutations,
                      left_out, n_below, min_g2, too_small, refined, groups is not None)  # fmt: skip


def _differences(
    kept: Sequence[str],
    scores: Mapping[str, np.ndarray],
    dimensions: Sequence[str],
    n_resamples: int,
    n_permutations: int,
    rng: np.random.Generator,
) -> tuple[tuple[Difference, ...], int]:
    """Every pair of groups on every dimension: bootstrap interval, permutation p and Holm's p.

    Returns:
        The differences, and the permutations the tests with a raw p below 0.05 were run again with
        (0 when ``n_permutations`` already resolves Holm over all the tests).
    """
    raw: list[tuple[str, str, int, float, float, float, float, float]] = []
    for a, b in combinations(kept, 2):
        for j, _ in enumerate(dimensions):
            x, y = scores[a][:, j], scores[b][:, j]
            low, high = bootstrap_difference(x, y, n_resamples, rng)
            p = permutation_p(x, y, n_permutations, rng)
            raw.append((a, b, j, float(x.mean()), float(y.mean()), low, high, p))
    refined = permutations_for_holm(len(raw), n_permutations, ALPHA, MAX_PERMUTATIONS)
    if refined:
        for i, (a, b, j, *_, p) in enumerate(raw):
            if p < ALPHA:
                p = permutation_p(scores[a][:, j], scores[b][:, j], refined, rng)
                raw[i] = (*raw[i][:7], p)
    adjusted = holm([r[7] for r in raw])
    return tuple(
        Difference(a, b, dimensions[j], round(ma, 4), round(mb, 4), round(ma - mb, 4), round(low, 4), round(high, 4),
                   _significant(p), _significant(ph), len(scores[a]), len(scores[b]))
        for (a, b, j, ma, mb, low, high, p), ph in zip(raw, adjusted, strict=True)
    ), refined  # fmt: skip


def _significant(p: float) -> float:
    # Three significant figures, not four decimals: refined p-values go below 0.0001 and must not read 0.
    return float(f"{p:.3g}")


def _key_terms(
    kept: Sequence[str],
    groups: Mapping[str, Sequence[tuple[str, SentenceResult]]],
    dimensions: Sequence[str],
    min_g2: float,
) -> tuple[tuple[KeyTerm, ...], int]:
    """The key terms of every pair of groups on every dimension, and how many fell below ``min_g2``."""
    every_term = [
        term
        for a, b in combinations(kept, 2)
        for d in dimensions
        for term in keyness(groups[a], groups[b], d, a, b)
    ]
    # A term listed as "key" should be one whose over-use is unlikely to be chance.
    key_terms = tuple(k for k in every_term if k.g2 >= min_g2)
    return key_terms, len(every_term) - len(key_terms)


def _profile(group: str, members: Sequence[tuple[str, SentenceResult]], scores: np.ndarray,
             dimensions: Sequence[str], n_resamples: int, rng: np.random.Generator) -> GroupProfile:  # fmt: skip
    low, high = bootstrap_means(scores, n_resamples, rng)
    return GroupProfile(
        group=group,
        n_documents=len({doc for doc, _ in members}),
        n_sentences=len(members),
        mean={d: round(float(scores[:, j].mean()), 4) for j, d in enumerate(dimensions)},
        ci_low={d: round(float(low[j]), 4) for j, d in enumerate(dimensions)},
        ci_high={d: round(float(high[j]), 4) for j, d in enumerate(dimensions)},
    )
