"""Names that open the clause before the mention found next to a cue, when they are its subject.

"Peter Misselbrook, executive partner of Tods Murray said": the office's organisation ends next to the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import NAME_KINDS, Mention, MentionIndex, in_class
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def unclosed_office(text: str, tokens: Sequence[Token], found: Mention, mentions: MentionIndex,
                    lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The name before an apposed office "of" an organisation whose closing comma is missing.

    "Peter Misselbrook, executive partner of Tods Murray said": the organisation ends the office, the name
    that opens the clause before the comma speaks.
    """
    k = found.first - 1
    if k > 0 and in_class(lexicons, tokens[k].norm, "article"):
        k -= 1
    if k < 2 or tokens[k].norm != "of" or found.kind not in NAME_KINDS:
        return None
    words = lexicons.speech.function_words
    first = k - 1
    while first > 0 and k - first < 4 and not tokens[first].clause_break_before:
        if not tokens[first].text.islower() or tokens[first].norm in words:
            return None
        first -= 1
    if not tokens[first].clause_break_before or not tokens[first].text.islower():
        return None
    named = mentions.last_ends.get(first)
    return named if named is not None and named.first == 0 and named.kind in ("person", "name") else None
