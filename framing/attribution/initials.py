"""An organisation named with its initials in brackets: "the Institute for the Study of War (ISW)".

News names an organisation once in full with its initials and then by the initials alone. The full
name may hold lowercase words the name rules stop at ("Organization for Security and Co-operation in
Europe (OSCE)"), so the run before the brackets is read back word by word: it is the organisation's
name when the initials of its capitalized words spell the letters in brackets, or when the mention just
before the brackets is already an organisation ("the Security Service of Ukraine (SBU)"). A person's
party or state after the name ("Donald Tusk (PO)", "Bernie Sanders (I-Vt.)") spells nothing and stays a
person's aside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from framing.attribution.base import Mention, in_class, is_name_word, joined
from framing.attribution.organisations import initials_shape
from framing.lexicon import LexiconSet
from framing.tokenize import Token

MAX_INITIALS = 7
"""The most capitals of bracketed initials ("(ISW)", "(MoD)", "(OSCE)")."""
_OPENING = re.compile(r"\s*\(\s*\Z")
_CLOSING = re.compile(r"\s*\)")
MAX_NAME_TOKENS = 12
"""The longest organisation name read back from its initials, in tokens."""
MAX_NAME_REST = 3
"""Words of an organisation's name after its head's mention and before its initials ("... on War (ISW)")."""


def with_initials(
    text: str, tokens: Sequence[Token], found: list[Mention], lexicons: LexiconSet
) -> list[Mention]:
    """The mentions of a sentence with each organisation and its bracketed initials made one mention.

    The merged mention is an institution whose ``name`` is the full name and ``initials`` the letters.
    """
    if not tokens or text.find("(", tokens[0].start, tokens[-1].end) == -1:
        return found  # most sentences: no bracket, no initials
    for k in range(1, len(tokens)):
        closing = _bracketed_initials(text, tokens, k)
        if closing is None:
            continue
        first = _spelled_from(text, tokens, k, lexicons)
        first = _organisation_before(found, tokens, k, lexicons) if first is None else first
        if first is None:
            continue
        start, end = tokens[first].start, closing
        name = text[start : tokens[k - 1].end]
        merged = Mention(
            first, k + 1, "institution", text[start:end], start, end, name=" ".join(name.split()),
            initials=tokens[k].text,
        )  # fmt: skip
        found = [m for m in found if m.stop <= first or m.first > k] + [merged]
        found.sort(key=lambda m: m.first)
    return found


def _bracketed_initials(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """Where the closing bracket after initials at token ``k`` ends ("(ISW)"), or None."""
    token = tokens[k]
    shaped = initials_shape(token.text) and sum(ch.isupper() for ch in token.text) <= MAX_INITIALS
    if not shaped or not _OPENING.search(text, tokens[k - 1].end, token.start):
        return None
    closing = _CLOSING.match(text, token.end)
    return closing.end() if closing is not None else None


def _spelled_from(text: str, tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> int | None:
    """The first token of the run before token ``k`` whose capitalized words spell its initials.

    Connecting words ("of", "for the", "in") may stand between them, and the lowercase part of a
    hyphenated word ("Co-operation") adds no letter.
    """
    letters = "".join(ch for ch in tokens[k].text if ch.isupper())  # "MoD": "Ministry of Defence"
    spelled = ""
    for first in range(k - 1, max(-1, k - 1 - MAX_NAME_TOKENS), -1):
        token = tokens[first]
        if token.text[:1].isupper() and not in_class(lexicons, token.norm, "article"):
            spelled = token.text[0] + spelled
            if spelled == letters:
                return first
        elif not (
            in_class(lexicons, token.norm, "name_connector", "article")
            or (first > 0 and text[tokens[first - 1].end : token.start] == "-")
        ):
            return None
        if tokens[first].clause_break_before or len(spelled) >= len(letters):
            return None
    return None


def _organisation_before(found: Sequence[Mention], tokens: Sequence[Token], k: int,
                         lexicons: LexiconSet) -> int | None:  # fmt: skip
    """The first token of an institution mention that ends before the bracket at token ``k``.

    Only the rest of its name may stand between: capitalized words and connectors ("the American Institute
    of Research on War (ISW)", a translated name whose initials spell the original).
    """
    for m in found:
        if m.kind != "institution" or not k - MAX_NAME_REST <= m.stop <= k:
            continue
        rest = tokens[m.stop : k]
        if all(
            t.text[:1].isupper() or in_class(lexicons, t.norm, "name_connector") for t in rest
        ) and not any(t.clause_break_before for t in rest):
            return m.first
    return None


def initials_amid_lowercase(tokens: Sequence[Token]) -> set[int]:
    """The words of two or more capitals ("US", "WHO") of a sentence not written in capitals: initials.

    They are names even where they spell a function word ("us", "who"). In a headline in capitals
    every word is, so there none is taken for initials.
    """
    capitals = {k for k, t in enumerate(tokens) if len(t.text) > 1 and t.text.isupper()}
    return set() if 2 * len(capitals) > len(tokens) else capitals


def initials_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is initials amid lowercase words ("US" next to "the head of the ... delegation").

    A local test of :func:`initials_amid_lowercase` for one token: a word in capitals with a neighbour that
    is not (constant time, where a rule asks about one token in a long sentence).
    """
    text = tokens[k].text
    if len(text) < 2 or not text.isupper():
        return False
    neighbours = (tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(tokens))
    return any(not word.isupper() for word in neighbours)


def middle_initial(tokens: Sequence[Token], k: int, function_words: Mapping[str, str]) -> bool:
    """A one-letter word inside a name that reads as a function word: "Julie A. Diaz", "Mary I. Smith".

    The letter comes after a name word and before one joined to it by an initial's period; "A" opening a
    clause or after a lowercase word ("plan A. Then") stays the article or a letter.
    """
    token = tokens[k]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and 0 < k < len(tokens) - 1
        and is_name_word(tokens[k - 1], function_words)
        and tokens[k + 1].start - token.end == 2
        and is_name_word(tokens[k + 1], function_words)
        and joined(tokens, k + 1)
    )
