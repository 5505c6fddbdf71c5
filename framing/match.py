"""Find lexicon patterns in tokens: exact words, trailing wildcards, multi-word phrases.

Matching is per sentence and returns every candidate; :func:`select_longest` then keeps, within each
group (a lexicon), the longest non-overlapping matches ("according to" beats "according").
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from framing.lexicon import Entry
from framing.tokenize import Token

_MIN_PREFIX = 3
_WORD_CACHE = 100_000
"""Words whose candidate patterns an index keeps; past that it starts afresh."""
_MAX_REPEATED = 10_000
"""Phrases an index repeats under the third words of one pair of first words (see ``_by_third``)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern found in a token sequence: tokens ``first`` up to (not including) ``stop``."""

    group: str
    entry: Entry
    first: int
    stop: int

    @property
    def length(self) -> int:
        """Number of tokens covered."""
        return self.stop - self.first


# A Hit per pattern found at a word, most of them soon dropped by select_longest: a frozen dataclass's
# __init__ sets each field through object.__setattr__, the slots' own descriptors build the same object
# at about half the cost (tests/test_match.py checks that these are all the fields, in order).
_HIT_SLOTS = tuple(getattr(Hit, field.name).__set__ for field in dataclasses.fields(Hit))


_Rest = tuple[tuple[str, bool], ...]
"""The words of a pattern after its first, each as (stem, whether it ends in a wildcard)."""
_Pattern = tuple[int, str, Entry, _Rest]
"""A pattern as the index tries it: its part (see :meth:`PatternIndex.find_parts`), group, entry, words after the first."""
_Phrases = tuple[tuple[_Pattern, ...], dict[str, tuple[_Pattern, ...]]]
"""The phrases of two given first words: those any third word may follow, and by their third word, each
of those with the former (in the index's order)."""
_Candidates = tuple[tuple[_Pattern, ...], Mapping[str, _Phrases] | None]
"""A word's patterns whatever follows, and its phrases by their second word (None: it starts none)."""
_NOTHING: _Candidates = ((), None)
"""The candidates of a word that starts no pattern (most words): one shared value, tested by identity."""


def _pattern(part: int, group: str, entry: Entry) -> _Pattern:
    # The words after the first are split once here, not at every token the pattern is tried at.
    rest = tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in entry.words[1:])
    return part, group, entry, rest


class PatternIndex:
    """Patterns of several groups indexed by their first words, for one pass over the tokens."""

    def __init__(self, groups: Mapping[str, Sequence[Entry]], *more: Mapping[str, Sequence[Entry]]) -> None:
        """Index ``groups`` (group name -> entries); each of ``more`` is a further part (see :meth:`find_parts`)."""
        # Phrases are keyed by their first two words, so a common first word ("the", "in") costs one
        # lookup instead of a check of every phrase that starts with it; and by their third, so a common
        # pair ("in the": "in the event of", "in the words of", ...) costs one more, not a check of each.
        self._single: dict[str, list[_Pattern]] = defaultdict(list)
        pairs: dict[str, dict[str, list[_Pattern]]] = defaultdict(lambda: defaultdict(list))
        self._loose: dict[str, list[_Pattern]] = defaultdict(list)
        self._prefix: dict[str, list[_Pattern]] = defaultdict(list)
        self._parts = 1 + len(more)
        for part, part_groups in enumerate((groups, *more)):
            for group, entries in part_groups.items():
                for entry in entries:
                    self._add(_pattern(part, group, entry), pairs)
        self._pairs = {
            first: {second: _by_third(phrases) for second, phrases in seconds.items()}
            for first, seconds in pairs.items()
        }
        # Only the prefix lengths that occur are tried, so a long word costs a few lookups, not one per letter.
        self._prefix_sizes = sorted({len(p) for p in self._prefix if len(p) >= _MIN_PREFIX})
        self._by_word: dict[str, _Candidates] = {}

    def _add(self, pattern: _Pattern, pairs: dict[str, dict[str, list[_Pattern]]]) -> None:
        words = pattern[2].words
        first = words[0]
        if first.endswith("*"):
            self._prefix[first[:-1]].append(pattern)
        elif len(words) == 1:
            self._single[first].append(pattern)
        elif words[1].endswith("*"):
            self._loose[first].append(pattern)
        else:
            pairs[first][words[1]].append(pattern)

    def _candidates(self, norm: str) -> _Candidates:
        """The patterns that can start at a word: those whatever follows, and its phrases by second word.

        A word's candidates are built once per index (words repeat across an archive), in the order
        the lookups below give; the phrases are looked up only for the few words that start one.
        """
        candidates = self._by_word.get(norm)
        if candidates is not None:
            return candidates
        found = [*self._single.get(norm, ()), *self._loose.get(norm, ())]
        for size in self._prefix_sizes:
            if size > len(norm):
                break
            found.extend(self._prefix.get(norm[:size], ()))
        if len(self._by_word) >= _WORD_CACHE:  # an archive's vocabulary is unbounded; memory is not
            self._by_word.clear()
        pairs = self._pairs.get(norm)
        candidates = self._by_word[norm] = (tuple(found), pairs) if found or pairs is not None else _NOTHING
        return candidates

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Return every place where a pattern matches, overlapping ones included (part by part)."""
        return [hit for part in self.find_parts(tokens) for hit in part]

    def find_parts(self, tokens: Sequence[Token]) -> list[list[Hit]]:
        """:meth:`find`'s hits apart by the part of the index their pattern came from, in its order.

        Stages that each need their own patterns (words, modifiers, speech) share one pass over a
        sentence: the per-token lookup is most of the cost, and each part's hits come out in the
        order that part alone would give them.
        """
        parts: list[list[Hit]] = [[] for _ in range(self._parts)]
        n = len(tokens)
        by_word = self._by_word
        set_group, set_entry, set_first, set_stop = _HIT_SLOTS
        # This is the hot path of the whole pipeline: most words start no pattern, so the cached
        # lookup comes first and a one-word pattern needs no comparison at all.
        for i, token in enumerate(tokens):
            cached = by_word.get(token.norm)
            if cached is _NOTHING:
                continue
            candidates, pairs = cached if cached is not None else self._candidates(token.norm)
            if pairs is not None and i + 1 < n and tokens[i + 1].joins_previous:
                phrases = pairs.get(tokens[i + 1].norm)
                if phrases is not None:
                    any_third, by_third = phrases
                    if by_third and i + 2 < n and tokens[i + 2].joins_previous:
                        any_third = by_third.get(tokens[i + 2].norm, any_third)
                    candidates = (*candidates, *any_third)
            for part, group, entry, rest in candidates:
                if rest and not (i + len(rest) < n and _rest_matches(tokens, i, rest)):
                    continue
                # The slots are set here (see _HIT_SLOTS), not in a helper: no Python call per hit.
                hit = object.__new__(Hit)
                set_group(hit, group)
                set_entry(hit, entry)
                set_first(hit, i)
                set_stop(hit, i + 1 + len(rest))
                parts[part].append(hit)
        return parts


def _by_third(phrases: list[_Pattern]) -> _Phrases:
    """The phrases of two first words as :data:`_Phrases`: each list keeps the order they were given in.

    Each third word's list repeats the phrases any third may follow; where that would make more than
    :data:`_MAX_REPEATED` entries (a list of thousands of "in the X*" and "in the Y" rows), the phrases
    stay in one list, tried one by one: building the index stays linear in the number of patterns.
    """
    any_third = [p for p in phrases if len(p[3]) < 2 or p[3][1][1]]  # two words, or a wildcard third
    by_third: dict[str, list[_Pattern]] = {}
    for pattern in phrases:
        if len(pattern[3]) >= 2 and not pattern[3][1][1]:
            by_third.setdefault(pattern[3][1][0], [])
    if len(any_third) * len(by_third) > _MAX_REPEATED:
        return tuple(phrases), {}
    for pattern in phrases:
        if len(pattern[3]) < 2 or pattern[3][1][1]:
            for listed in by_third.values():
                listed.append(pattern)
        else:
            by_third[pattern[3][1][0]].append(pattern)
    return tuple(any_third), {third: tuple(listed) for third, listed in by_third.items()}


def _rest_matches(tokens: Sequence[Token], i: int, rest: _Rest) -> bool:
    """Whether the words after token ``i`` continue a phrase with ``rest`` (the caller checks the length)."""
    for offset, (stem, wildcard) in enumerate(rest, 1):
        after = tokens[i + offset]
        if not after.joins_previous:
            return False
        if not (after.norm.startswith(stem) if wildcard else after.norm == stem):
            return False
    return True


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Keep, per group, the longest matches that do not overlap.

    Among matches of equal length the earlier wins; at the same place a sense trap (weight 0) wins, then a
    pattern without a wildcard beats one with it (the more specific entry: a ``calmat`` trap stops
    ``calm*``), then the earlier line of the file. A trap that starts later does not stop an earlier match
    (code review: "Biden was clear the US would" is certainty, not the trap "clear the"); a longer trap does
    ("due to safety concerns": the trap "to safety concerns").

    Returns:
        The kept hits in text order.
    """
    found = list(hits)
    if len(found) < 2 or _in_order_apart(found):
        return found  # nothing to choose between (most calls); all kept, already in text order
    by_group: dict[str, list[Hit]] = defaultdict(list)
    for hit in found:
        by_group[hit.group].append(hit)
    kept: list[Hit] = []
    for group_hits in by_group.values():
        if _apart(group_hits):
            kept.extend(group_hits)  # no two overlap: all are kept, no ranking needed (most groups)
            continue
        taken: set[int] = set()
        for hit in sorted(
            group_hits,
            key=lambda h: (
                h.first - h.stop,
                h.first,
                h.entry.weight > 0,
                "*" in h.entry.pattern,
                h.entry.line,
            ),
        ):
            span = range(hit.first, hit.stop)
            if taken.isdisjoint(span):
                taken.update(span)
                kept.append(hit)
    return sorted(kept, key=lambda h: (h.first, h.stop, h.group))


def _apart(hits: Sequence[Hit]) -> bool:
    """Whether hits given in text order overlap none of the others (one hit: trivially)."""
    reach = -1
    for hit in hits:
        if hit.first < reach:
            return False
        reach = hit.stop
    return True


def _in_order_apart(hits: Sequence[Hit]) -> bool:
    """Whether each hit starts after the one before it ends, so all are kept in the order given.

    A hit of no tokens counts as one token here: two hits at one place are ordered by group, which this
    shortcut does not do.
    """
    reach = -1
    for hit in hits:
        first = hit.first
        if first < reach:
            return False
        stop = hit.stop
        reach = stop if stop > first else first + 1
    return True


def hits_between(hits: Sequence[Hit], first: int, stop: int) -> Sequence[Hit]:
    """The hits that start at a token in ``[first, stop)``, from hits in text order (:func:`select_longest`).

    Two bisections, not a scan: a name is looked up in its own few tokens, so a sentence of thousands of
    names stays linear.
    """
    return hits[bisect_left(hits, first, key=_FIRST) : bisect_left(hits, stop, key=_FIRST)]


# The key of every bisection step: attrgetter runs in C, a Python function would be a frame per step.
_FIRST = attrgetter("first")
