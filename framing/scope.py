"""The clause a modifier reaches over, shared by the modifier rules (negation, appeals, double negation)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from framing.match import Hit
from framing.tokenize import Token

QUOTES_ONLY = re.compile(r"[\s\"“”‘’«»]*")
"""A gap of quotation marks alone: a partial or scare quote stays inside the clause ('not "sure" that',
'Russian troops "is a threat"')."""

_QUOTE_MARK = re.compile(r"[\"“”‘’«»]")


def join_quotes(text: str, tokens: Sequence[Token], max_words: int | None = None) -> Sequence[Token]:
    """The tokens, without the clause break of a gap that holds only quotation marks.

    The tokens keep their clause breaks at quote marks for the quotation rules; the actor rules read a
    quoted word as part of its clause, as they read it unquoted.

    Args:
        text: The document text.
        tokens: The sentence's tokens.
        max_words: Join only the two gaps of a partial quote of at most this many words ('not "sure"
            that', 'there is “no way” his'), so a modifier reads across it as across the unquoted words;
            the end of a longer quotation still ends the clause ('said "Ukrainians will not surrender" and
            that Russia's war'), and so does a lone mark (a possessive's apostrophe). None joins every
            quote-only gap.
    """
    if not tokens or _QUOTE_MARK.search(text, tokens[0].end, tokens[-1].end + 1) is None:
        return tokens  # most sentences quote nothing
    gaps = [
        i
        for i in range(1, len(tokens))
        if tokens[i].clause_break_before and QUOTES_ONLY.fullmatch(text, tokens[i - 1].end, tokens[i].start)
    ]
    if max_words is not None:
        # a quote that closes the sentence ('There is no "threat".') closes after the last token
        if _QUOTE_MARK.match(text, tokens[-1].end):
            gaps.append(len(tokens))
        gaps = _partial_quotes(text, tokens, gaps, max_words)
    if not gaps:
        return tokens
    joined = list(tokens)
    for i in gaps:
        joined[i] = replace(tokens[i], clause_break_before=False)
    return joined


def _partial_quotes(text: str, tokens: Sequence[Token], gaps: Sequence[int], max_words: int) -> list[int]:
    """The quote-only gaps that open and close a quote of at most ``max_words`` words.

    A gap opens a quote when a space stands before its mark ('not "sure'), and closes one when the mark
    follows the word before it ('sure" that'), or when it is the index after the last token (a mark that
    closes the sentence); a closing mark with no opening before it (a possessive's apostrophe) pairs with
    nothing.
    """
    paired: list[int] = []
    for a, b in itertools.pairwise(gaps):
        if a == len(tokens):
            break
        opens = text[tokens[a - 1].end : tokens[a].start][:1].isspace()
        # the gap after the last token (a mark right after it) closes; a last-token index is no token to join
        closes = b == len(tokens) or not text[tokens[b - 1].end : tokens[b].start][:1].isspace()
        if opens and closes and b - a <= max_words and (not paired or paired[-1] != a):
            paired += (a, b) if b < len(tokens) else (a,)
    return paired


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
