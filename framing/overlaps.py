"""Overlapping evidence of one dimension is one cue: "It is not clear whether" counts once, not three times.

Longest match first holds inside one lexicon file (:func:`framing.match.select_longest`), but a match can
reach a dimension from another file: a negated certainty row becomes hedging ("not clear whether",
``certainty.tsv``) next to the hedging rows that cover the same words ("it is not clear", "whether").
Each file's choice is right on its own; summed, one hedge counted 3.3. So matches of one dimension whose
texts overlap, directly or through a chain of overlaps, count as one: the strongest keeps its weight, the
others weigh 0 and say which match they overlap. Every match stays in the evidence, so a reader still sees
what was matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from framing.results import Match


def count_overlaps_once(evidence: Sequence[Match]) -> tuple[Match, ...]:
    """The evidence with every group of overlapping matches of one dimension weighing as its strongest.

    Args:
        evidence: One sentence's matches, in text order.

    Returns:
        The matches in the same order. In a group, the match with the highest weight (then the longest,
        then the first) keeps it; the others weigh 0 with the modifier
        ``overlaps 'TEXT' (DIMENSION): counts once``, where TEXT is the match that kept its weight (in a
        chain, "It is not clear" ... "whether" overlap only through "clear whether": one cue all the same).
    """
    groups = _overlap_groups(evidence)
    if not groups:
        return tuple(evidence)  # most sentences: no two matches of a dimension overlap
    out = list(evidence)
    for group in groups:
        best = min(group, key=lambda i: (-evidence[i].weight, evidence[i].start - evidence[i].end, i))
        kept = evidence[best]
        for i in group:
            if i != best:
                note = f"overlaps '{kept.text}' ({kept.dimension}): counts once"
                out[i] = replace(evidence[i], weight=0.0, modifiers=(*evidence[i].modifiers, note))
    return tuple(out)


def _overlap_groups(evidence: Sequence[Match]) -> list[list[int]]:
    """Indices of the matches of one dimension, weight above 0, that overlap in a chain; groups of two or more."""
    by_dimension: dict[str, list[int]] = {}
    for i, match in enumerate(evidence):
        if match.weight > 0:  # a trap or a dropped match adds nothing and takes nothing away
            by_dimension.setdefault(match.dimension, []).append(i)
    groups: list[list[int]] = []
    for indices in by_dimension.values():
        group: list[int] = []
        reach = -1
        for i in sorted(indices, key=lambda k: (evidence[k].start, evidence[k].end)):
            if group and evidence[i].start >= reach:
                if len(group) > 1:
                    groups.append(group)
                group = []
            group.append(i)
            reach = max(reach, evidence[i].end)
        if len(group) > 1:
            groups.append(group)
    return groups
