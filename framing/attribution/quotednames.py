"""Names in quotes, which are part of the phrase around them, not quotations: the “Kommersant” daily.

Read by :mod:`framing.attribution.asides` (the marks are no clause break) and
:mod:`framing.attribution.quotecues` (a name before a media noun takes no cue).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT
from framing.tokenize import Token

MAX_QUOTED_NAME = 3
"""A name in quotes has at most this many words ("the “Kommersant” daily", "the so-called “Blair Babes”")."""
QUOTE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "".join(STRAIGHT)


def name_words(words: Sequence[str]) -> bool:
    """Whether words in quotes read as a name, not a quotation: at most ``MAX_QUOTED_NAME`` capitalized words."""
    return 0 < len(words) <= MAX_QUOTED_NAME and all(w[:1].isupper() and w.isalpha() for w in words)


def quoted_name(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the break before token ``k`` is only the mark of a name in quotes: the “Kommersant” daily.

    A name (:func:`name_words`), its marks its only breaks, is part of the phrase around it ("Peskov,
    quoted by the “Kommersant” daily, said": the aside runs on to the comma).
    """
    if not _mark_only(text, tokens, k):
        return False
    spans = [
        *((k, k + w) for w in range(1, MAX_QUOTED_NAME + 1)),
        *((k - w, k) for w in range(1, MAX_QUOTED_NAME + 1)),
    ]
    return any(
        _mark_only(text, tokens, a)
        and _mark_only(text, tokens, b)
        and name_words([t.text for t in tokens[a:b]])
        for a, b in spans
        if 0 < a < b < len(tokens)
    )


def _mark_only(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether only quote marks (and spaces) stand between token ``k - 1`` and token ``k``."""
    gap = text[tokens[k - 1].end : tokens[k].start].strip() if 0 < k < len(tokens) else ""
    return bool(gap) and all(ch in QUOTE_MARKS for ch in gap)
