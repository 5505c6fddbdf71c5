"""Cue phrases that open with "be" read across an adverb: "Lukashenko is also convinced that ...".

The cue list has "is convinced that", "were convinced that"; patterns match contiguous words, so an
adverb between the verb "be" and the rest of the phrase ("is also convinced", "are still convinced", "was
firmly convinced") hid the phrase, and the participle alone reads as a passive with no source. The phrase
is looked up again without the adverbs, and the hit covers them.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import class_words
from framing.lexicon import LexiconSet
from framing.match import Hit, PatternIndex
from framing.tokenize import Token

MAX_ADVERBS = 2
"""Adverbs that may stand between "be" and the rest of a cue phrase ("is now also convinced")."""
PHRASE_REACH = 4
"""Words after the adverbs a phrase may take ("convinced that": two)."""


def bridged_cues(tokens: Sequence[Token], index: PatternIndex, lexicons: LexiconSet) -> list[Hit]:
    """Cue hits of phrases that open with a ``be_form``, found with the adverbs after it left out."""
    be_forms = class_words(lexicons, "be_form")
    found: list[Hit] = []
    for k, token in enumerate(tokens[:-2]):
        if token.norm not in be_forms:
            continue
        j = k + 1
        while j < len(tokens) and j - k <= MAX_ADVERBS and _adverb(tokens[j], lexicons):
            j += 1
        if j == k + 1 or j >= len(tokens) or j - k > MAX_ADVERBS or tokens[j].clause_break_before:
            continue
        reduced = [token, *tokens[j : j + PHRASE_REACH]]
        for hit in index.find(reduced):
            if hit.group == "cue" and hit.first == 0 and hit.stop > 1:
                found.append(Hit(hit.group, hit.entry, k, j + hit.stop - 1))
    return found


def _adverb(token: Token, lexicons: LexiconSet) -> bool:
    """An adverb in a verb group: a function word of that class or an -ly word ("also", "firmly")."""
    if token.clause_break_before:
        return False
    return lexicons.speech.function_words.get(token.norm) == "adverb" or token.norm.endswith("ly")
