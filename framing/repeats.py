"""A weak row said again is no second cue: "Security Pacific ... Security Pacific" counts once.

Rows weighed below their dimension's threshold ("security" 0.3, "peace" 0.4, "normal" 0.3 in
``reassurance.tsv``) were set there, from keyword-in-context samples, so that they count only next to a
second cue. The same word twice in a sentence is not one: a bank named "Security Pacific" twice, order
books "below normal" and "about normal", "the global system of security ... a new system of security".
So, in a dimension whose file says ``# weak_repeats: once`` (``reassurance.tsv``), a repeat of a weak
row's match in one sentence, same dimension and same pattern, weighs 0 and says why; the first one keeps
its weight. A row at or above the threshold is a cue on its own and every match of it counts. Files
without the header count every match, as before (hedging's "would ... nor would it" was left alone: its
readers mark such sentences either way).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.results import Match


def count_weak_repeats_once(evidence: Sequence[Match], lexicons: LexiconSet) -> tuple[Match, ...]:
    """The evidence with every repeat of a weak match (same dimension and pattern) weighing 0.

    Args:
        evidence: One sentence's matches, in text order.
        lexicons: The lexicon set (each dimension's threshold).

    Returns:
        The matches in the same order; repeats of a weak row carry weight 0 and the modifier
        ``weak row 'PATTERN' again: counts once``.
    """
    seen: set[tuple[str, str]] = set()
    out: list[Match] = []
    rows = _row_weights(lexicons)
    for match in evidence:
        key = (match.dimension, match.pattern.lower())
        # weak by its row, not by what modifiers made of it ("only slightly safe" twice: 'safe' is a cue)
        row = rows.get((match.lexicon, match.pattern), match.weight)
        weak = match.weight > 0 and 0 < row < _threshold(match.dimension, lexicons)
        if weak and key in seen:
            note = f"weak row '{match.pattern}' again: counts once"
            match = replace(match, weight=0.0, modifiers=(*match.modifiers, note))
        elif weak:
            seen.add(key)
        out.append(match)
    return tuple(out)


def _threshold(dimension: str, lexicons: LexiconSet) -> float:
    """The dimension's threshold if its file says ``# weak_repeats: once``, else 0 (no row is weak)."""
    lexicon = lexicons.lexicons.get(dimension)
    return lexicon.threshold if lexicon is not None and lexicon.weak_repeats == "once" else 0.0


@derived
def _row_weights(lexicons: LexiconSet) -> dict[tuple[str, str], float]:
    """(lexicon, pattern) -> the row's weight, for the dimensions whose file says ``# weak_repeats: once``."""
    return {
        (name, entry.pattern): entry.weight
        for name, lexicon in lexicons.lexicons.items()
        if lexicon.weak_repeats == "once"
        for entry in lexicon.entries
    }
