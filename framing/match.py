"""Find lexicon patterns in tokens: exact words, trailing wildcards, multi-word phrases.

Matching is per sentence and returns every candidate; :func:`select_longest` then keeps, within each
group (a lexicon), the longest non-overlapping matches ("according to" beats "according").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from framing.lexicon import Entry
from framing.tokenize import Token

_MIN_PREFIX = 3


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


def _word_matches(word: str, norm: str) -> bool:
    if word.endswith("*"):
        return norm.startswith(word[:-1])
    return norm == word


class PatternIndex:
    """Patterns of several groups indexed by their first word, for one pass over the tokens."""

    def __init__(self, groups: Mapping[str, Sequence[Entry]]) -> None:
        """Index ``groups`` (group name -> entries)."""
        self._exact: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self._prefix: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        for group, entries in groups.items():
            for entry in entries:
                first = entry.words[0]
                if first.endswith("*"):
                    self._prefix[first[:-1]].append((group, entry))
                else:
                    self._exact[first].append((group, entry))
        self._longest_prefix = max((len(p) for p in self._prefix), default=0)

    def _starting_with(self, norm: str) -> Iterable[tuple[str, Entry]]:
        yield from self._exact.get(norm, ())
        for size in range(_MIN_PREFIX, min(len(norm), self._longest_prefix) + 1):
            yield from self._prefix.get(norm[:size], ())

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Return every place where a pattern matches, overlapping ones included."""
        hits = []
        for i, token in enumerate(tokens):
            for group, entry in self._starting_with(token.norm):
                stop = i + len(entry.words)
                if stop > len(tokens):
                    continue
                if all(
                    tokens[j].joins_previous and _word_matches(word, tokens[j].norm)
                    for j, word in zip(range(i + 1, stop), entry.words[1:], strict=True)
                ):
                    hits.append(Hit(group, entry, i, stop))
        return hits


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Keep, per group, the longest matches that do not overlap; earlier wins among equals.

    Returns:
        The kept hits in text order.
    """
    by_group: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_group[hit.group].append(hit)
    kept: list[Hit] = []
    for group_hits in by_group.values():
        taken: set[int] = set()
        for hit in sorted(group_hits, key=lambda h: (-h.length, h.first, h.entry.line)):
            span = range(hit.first, hit.stop)
            if taken.isdisjoint(span):
                taken.update(span)
                kept.append(hit)
    return sorted(kept, key=lambda h: (h.first, h.stop, h.group))
