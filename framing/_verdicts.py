"""The result of a comparison in words: one sentence per dimension (:meth:`Comparison.verdicts`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from framing.compare import ALPHA

if TYPE_CHECKING:
    from framing.compare import Comparison, Difference


def verdicts(comparison: Comparison, labels: Mapping[str, str]) -> tuple[str, ...]:
    """One sentence per dimension: the two groups' difference, or the highest and lowest of several.

    Each group is written as its label in ``labels`` when it has one (a short name for a long id).
    """

    def name(group: str) -> str:
        return labels.get(group, group)

    n_tests = len(comparison.differences)
    lines = []
    for dimension in comparison.dimensions:
        rows = [d for d in comparison.differences if d.dimension == dimension]
        if len(comparison.profiles) == 2:
            lines.append(f"{dimension}: {_verdict(rows[0], n_tests, name)}")
            continue
        means = sorted(comparison.profiles, key=lambda p: -p.mean[dimension])
        if means[0].mean[dimension] == means[-1].mean[dimension]:
            lines.append(f"{dimension}: the same in every group ({means[0].mean[dimension]:.2f})")
            continue
        significant = [d for d in rows if d.p_holm < ALPHA]
        line = (
            f"{dimension}: highest in {name(means[0].group)} ({means[0].mean[dimension]:.2f}), lowest in "
            f"{name(means[-1].group)} ({means[-1].mean[dimension]:.2f}); {len(significant)} of {len(rows)} pairs "
            f"differ significantly after Holm correction over {n_tests} tests"
        )
        if significant:
            strongest = min(significant, key=lambda d: (d.p_holm, -abs(d.difference)))
            pair = f"{name(strongest.group_a)} vs {name(strongest.group_b)}"
            line += f" (strongest: {pair}, {_verdict(strongest, n_tests, name)})"
        lines.append(line)
    return tuple(lines)


def _p(value: float) -> str:
    return "p < 0.001" if value < 0.001 else f"p = {value:.3f}" if value < 0.01 else f"p = {value:.2f}"


def _verdict(d: Difference, n_tests: int, name: Callable[[str], str]) -> str:
    """One difference in words: who is higher, by how much, the interval, p and the Holm verdict."""
    if d.difference == 0:
        head = f"no difference ({name(d.group_a)} and {name(d.group_b)} both {d.mean_a:.2f})"
    else:
        higher, sign = (name(d.group_a), 1) if d.difference > 0 else (name(d.group_b), -1)
        low, high = sorted((sign * d.ci_low, sign * d.ci_high))
        head = f"{higher} higher by {abs(d.difference):.2f} [{low:.2f}, {high:.2f}]"
    tests = f"Holm correction over {n_tests} test{'s' if n_tests != 1 else ''}"
    if d.p_holm < ALPHA:
        judged = (
            f"significant after {tests} (p = {d.p_holm:.3f})"
            if d.p_holm >= 0.001
            else f"significant after {tests} (p < 0.001)"
        )
    elif d.p_value < ALPHA:
        judged = f"not significant after {tests}"
    else:
        judged = "not significant"
    return f"{head}, {_p(d.p_value)}, {judged}"
