"""The clause a modifier reaches over, shared by the modifier rules (negation, appeals, double negation)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from framing.match import Hit
from framing.tokenize import Token


def clause_is_open(tokens: Sequence[Token], after: int, until: int, breaks: frozenset[int]) -> bool:
    """No clause punctuation before tokens ``after`` to ``until`` and no scope-break word from ``after`` on.

    Args:
        tokens: The sentence's tokens.
        after: The first token past the modifier (its ``stop``).
        until: The first token of the match it reaches.
        breaks: Token indices of ``scope_break`` words.
    """
    if any(tokens[i].clause_break_before for i in range(after, until + 1)):
        return False
    return not any(i in breaks for i in range(after, until))


def by_stop(hits: Sequence[Hit]) -> dict[int, Hit]:
    """The hits by the token after their last, the first of two ending together (as a scan finds it).

    A rule that looks back a window from a match then costs the window, not the number of modifiers.
    """
    found: dict[int, Hit] = {}
    for hit in hits:
        found.setdefault(hit.stop, hit)
    return found


def nearest_before(
    content: Sequence[Hit],
    modifiers: Sequence[Hit],
    tokens: Sequence[Token],
    breaks: frozenset[int],
    window: int,
    wanted: Callable[[Hit], bool],
) -> dict[Hit, Hit]:
    """Each wanted hit with the nearest modifier before it in its clause, ``window`` words back at most.

    The reach of an appeal ("should provide aid") or a condition ("if the counteroffensive succeeds").
    """
    found: dict[Hit, Hit] = {}
    if not modifiers:
        return found
    # Modifiers by where they end, nearest first: the cost is the window, not the number of modifiers.
    ending = by_stop(modifiers)
    for hit in content:
        if not wanted(hit):
            continue
        for stop in range(hit.first, max(-1, hit.first - window), -1):
            modifier = ending.get(stop)
            if modifier is not None and clause_is_open(tokens, stop, hit.first, breaks):
                found[hit] = modifier
                break
    return found
