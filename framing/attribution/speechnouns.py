"""Possessed speech nouns as mentions: "his comments", "the governor's statement", "Anokhine's Telegram channel".

The possessor speaks through the noun; a gendered pronoun stands for the person named before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from framing.attribution.base import NAME_KINDS, Mention, make_mention
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.tokenize import Token


def _name_before(
    names: Sequence[Mention], stops: Sequence[int], in_order: bool, first: int
) -> Mention | None:
    """The last of ``names`` that ends at or before token ``first`` (by bisection when their stops ascend)."""
    if not in_order:
        return next((m for m in reversed(names) if m.stop <= first), None)
    k = bisect_right(stops, first)
    return names[k - 1] if k else None


@derived
def _speech_nouns(lexicons: LexiconSet) -> frozenset[tuple[str, ...]]:
    """Speech nouns and channels whose possessor speaks ("his comments", "Anokhine's Telegram channel")."""
    nouns = {e.words for e in lexicons.speech.cues if e.subcategory == "noun"}
    return frozenset(nouns | {e.words for e in lexicons.speech.channels})


def attach_speech_nouns(text: str, tokens: Sequence[Token], found: list[Mention],
                         lexicons: LexiconSet) -> list[Mention]:  # fmt: skip
    """Add "his comments", "the governor's statement", "Anokhine's Telegram channel" as mentions of the possessor."""
    nouns, starts = _speech_nouns(lexicons), _speech_noun_starts(lexicons)
    result = list(found)
    names = [m for m in found if m.kind in NAME_KINDS]
    name_stops = [m.stop for m in names]
    in_order = all(a <= b for a, b in pairwise(name_stops))  # as they come, unless a mention was widened
    for mention in found:
        possessive = mention.kind == "pronoun" and mention.referent in ("male", "female", "plural", "neuter")
        if not (possessive or tokens[mention.stop - 1].text.lower().endswith(("’s", "'s"))):
            continue
        # Most possessives ("Russia's forces") precede no speech noun's first word: no phrase is built to look one up.
        after = tokens[mention.stop : mention.stop + 2]
        if not any(t.norm in starts for t in after):
            continue
        noun = _speech_noun_after(tokens, mention.stop, nouns)
        if noun is not None:
            possessor = mention
            if mention.kind == "pronoun" and mention.referent in ("male", "female"):
                # "Rutte was not clear with his statements": "his" is the person named before it.
                possessor = _name_before(names, name_stops, in_order, mention.first) or mention
            result.append(make_mention(text, tokens, mention.first, noun, "speech_noun", possessor=possessor))
    result.sort(key=lambda m: (m.first, -m.stop))
    return result


@derived
def _speech_noun_starts(lexicons: LexiconSet) -> frozenset[str]:
    """The first words of :func:`_speech_nouns`: a possessive before none of them is followed by no speech noun."""
    return frozenset(words[0] for words in _speech_nouns(lexicons) if words)


def _speech_noun_after(tokens: Sequence[Token], stop: int, nouns: frozenset[tuple[str, ...]]) -> int | None:
    for length in (3, 2, 1):
        for skip in (0, 1):  # "his Telegram channel", "Anokhine's official Telegram channel"
            first = stop + skip
            words = tuple(t.norm for t in tokens[first : first + length])
            if len(words) == length and words in nouns:
                return first + length
    return None
