"""Words that continue a capitalized run of a name although they would end it elsewhere.

"the North American Aerospace Defense Command" (a country's adjective), "the Chinese People's Republic"
(a possessive of class ``name_possessive``).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import in_class, is_name_word, joined, nation_of
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def inner_possessive(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A possessive that names part of a name ("the Chinese People's Republic", "Donetsk People's Republic").

    Class ``name_possessive``; a capitalized word must follow in the same phrase.
    """
    following = tokens[k] if k < len(tokens) else None
    return (
        following is not None
        and following.joins_previous
        and following.text[:1].isupper()
        and in_class(lexicons, tokens[k - 1].norm, "name_possessive")
    )


def inner_nation(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """A country's adjective inside a run of names: "the North American Aerospace Defense Command"."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        following is not None
        and joined(tokens, k + 1)
        and is_name_word(following, lexicons.speech.function_words)
        and nation_of(tokens[k].norm, lexicons) is not None
    )
