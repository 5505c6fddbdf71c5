"""Where a noun phrase source has its head: before a preposition that modifies it, not at a possessive.

"The security guard at the firm's headquarters said": the guard speaks; "warning that Putin’s “...”":
Putin owns what follows, he does not speak.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import in_class
from framing.lexicon import LexiconSet
from framing.tokenize import Token

MAX_HEAD = 6
"""A head before a preposition is looked for at most this many words back."""


def head_before_preposition(
    tokens: Sequence[Token], first: int, lexicons: LexiconSet
) -> tuple[int, int] | None:
    """The noun phrase a preposition before ``first`` modifies, as (its first token, the preposition's).

    Only a phrase opened by a determiner at the start of its clause ("The security guard at ..."), and a
    preposition that attaches to a noun (``object_preposition``: "at", "in", "from", not "after", "as").
    """
    function_words = lexicons.speech.function_words
    at = first - 1
    if at < 2 or tokens[first].clause_break_before or tokens[at].norm == "to":
        return None  # "contacted Five to cease": an infinitive; "close to" is read with its adjective
    if not in_class(lexicons, tokens[at].norm, "object_preposition"):
        return None  # "fell 1.7% as the market", "protests after the firm": a clause, no head
    for k in range(at - 1, max(-1, at - 1 - MAX_HEAD), -1):
        if function_words.get(tokens[k].norm) == "determiner":
            return (k, at) if k == 0 or tokens[k].clause_break_before else None
        if tokens[k].norm in function_words or tokens[k].clause_break_before:
            return None
    return None


def owns_what_follows(last: Token) -> bool:
    """A phrase ending in a possessive ("Putin’s") owns what comes next, it does not speak.

    At the end of its sentence the word is a name ("according to the website Parker's").
    """
    written = last.text.lower().replace("’", "'")
    return len(written) > 2 and written.endswith("'s")
