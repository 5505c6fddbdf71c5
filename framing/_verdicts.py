"""The result of a comparison in words: one sentence per dimension (:meth:`Comparison.verdicts`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from framing.compare import ALPHA

if TYPE_CHECKING:
    from framing.compare import Comparison, Difference, GroupProfile


def verdicts(comparison: Comparison, labels: Mapping[str, str]) -> tuple[str, ...]:
    """One sentence per dimension: the two groups' difference, or the highest and lowest of several.

    Each group is written as its label in ``labels`` when it has one (a short name for a long id).
    """

    def name(group: str) -> str:
        return labels.get(group, group)

    n_tests = len(comparison.differences)
    floors = p_floors(comparison)
    lines = []
    for dimension in comparison.dimensions:
        rows = [d for d in comparison.differences if d.dimension == dimension]
        if len(comparison.profiles) == 2:
            lines.append(f"{dimension}: {_verdict(rows[0], n_tests, name, floors)}")
            continue
        means = sorted(comparison.profiles, key=lambda p: -p.mean[dimension])
        if means[0].mean[dimension] == means[-1].mean[dimension]:
            lines.append(f"{dimension}: the same in every group ({means[0].mean[dimension]:.2f})")
            continue
        significant = [d for d in rows if d.p_holm < ALPHA]
        top, bottom = means[0].mean[dimension], means[-1].mean[dimension]
        highest = _groups_at(means, dimension, top, name)
        lowest = _groups_at(means, dimension, bottom, name)
        line = (
            f"{dimension}: highest in {highest} ({top:.2f}), lowest in {lowest} ({bottom:.2f}); "
            f"{len(significant)} of {len(rows)} pairs differ significantly after Holm correction over {n_tests} tests"
        )
        if significant:
            strongest = min(significant, key=lambda d: (d.p_holm, -abs(d.difference)))
            pair = f"{name(strongest.group_a)} vs {name(strongest.group_b)}"
            line += f" (strongest: {pair}, {_verdict(strongest, n_tests, name, floors)})"
        lines.append(line)
    return tuple(lines)


def _groups_at(
    profiles: Sequence[GroupProfile], dimension: str, value: float, name: Callable[[str], str]
) -> str:
    """The group at ``value``, or how many share it: "a50.txt", "5 groups (a50.txt, a51.txt, ...)"."""
    tied = [name(p.group) for p in profiles if p.mean[dimension] == value]
    if len(tied) == 1:
        return tied[0]
    shown = ", ".join(tied[:3]) + (", ..." if len(tied) > 3 else "")
    return f"{len(tied)} groups ({shown})"


def p_floors(comparison: Comparison) -> tuple[float, float]:
    """The smallest raw and Holm-adjusted p the permutations can give: a p there is a bound, not a value."""
    permutations = max(comparison.n_permutations, comparison.n_permutations_refined)
    return 1 / (permutations + 1), comparison.holm_floor


def p_text(value: float, floor: float) -> str:
    """A p-value for a table: three significant digits, "≤" when it is the permutations' floor."""
    return f"≤ {value:.3g}" if _at_floor(value, floor) else f"{value:.3g}"


def _at_floor(value: float, floor: float) -> bool:
    """Whether a p (kept to three significant figures) is the permutations' floor, rounded alike."""
    return value <= float(f"{floor:.3g}")


def _verdict(d: Difference, n_tests: int, name: Callable[[str], str], floors: tuple[float, float]) -> str:
    """One difference in words: who is higher, by how much, the interval, p and the Holm verdict."""
    if d.difference == 0:
        head = f"no difference ({name(d.group_a)} and {name(d.group_b)} both {d.mean_a:.2f})"
    else:
        higher, sign = (name(d.group_a), 1) if d.difference > 0 else (name(d.group_b), -1)
        low, high = sorted((sign * d.ci_low, sign * d.ci_high))
        head = f"{higher} higher by {abs(d.difference):.2f} [{low:.2f}, {high:.2f}]"
    tests = f"Holm correction over {n_tests} test{'s' if n_tests != 1 else ''}"
    if d.p_value >= ALPHA:
        return f"{head}, {_p3(d.p_value, floors[0])}, not significant"
    # Two p-values, each named: the raw one and the Holm-adjusted one that decides (one phrase read oddly);
    # three decimals (0.012 near the 0.05 line reads better than 0.01).
    judged = "significant" if d.p_holm < ALPHA else "not significant"
    return (
        f"{head}, {_p3(d.p_value, floors[0])} before and {_p3(d.p_holm, floors[1])} after {tests}: {judged}"
    )


def _p3(value: float, floor: float) -> str:
    """A p-value in three decimals, or as many more as keep it on its side of ALPHA (0.0495, 0.04996, 0.0501).

    At the permutations' ``floor`` it is a bound: "p ≤ 0.012" (no permutation reached the observed difference).
    """
    if value < 0.001:
        return "p < 0.001"
    digits = 3
    text = f"{value:.{digits}f}"
    while (value < ALPHA) != (float(text) < ALPHA) and digits < 8:
        digits += 1
        text = f"{value:.{digits}f}"
    return f"p ≤ {text}" if _at_floor(value, floor) else f"p = {text}"
