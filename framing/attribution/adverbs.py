"""Adverbs in -ly written with a capital: a sentence's first word, which is no name ("Clearly", "Essentially")."""

from __future__ import annotations

from framing.attribution.base import in_class
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def ly_adverb(token: Token, lexicons: LexiconSet) -> bool:
    """Whether a word, capitalized or not, reads as an -ly adverb: "Clearly", "Essentially".

    As :func:`~framing.attribution.base.manner_adverb`, the nouns and adjectives of class ``not_adverb``
    ("Family", "Italy") are not; nor are given names ("Beverly", "Kimberly").
    """
    norm = token.norm
    return (
        len(norm) > ADVERB_MIN
        and norm.endswith("ly")
        and token.text.isalpha()
        and not in_class(lexicons, norm, "not_adverb")
        and norm not in lexicons.speech.given_names
    )


ADVERB_MIN = 4
"""An -ly word of this length or less is no adverb ("Kelly", "Holly")."""
