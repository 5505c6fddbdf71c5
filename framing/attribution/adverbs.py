"""Adverbs in -ly written with a capital: a sentence's first word, which is no name ("Clearly", "Essentially")."""

from __future__ import annotations

import dataclasses

from framing.attribution.base import manner_adverb
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def ly_adverb(token: Token, lexicons: LexiconSet) -> bool:
    """Whether a word, capitalized or not, reads as an -ly adverb: "Clearly", "Essentially".

    The test of :func:`~framing.attribution.base.manner_adverb` on the word in lowercase (so "Family" and
    "Italy", class ``not_adverb``, are not), and no given name ("Beverly", "Kimberly").
    """
    lowered = dataclasses.replace(token, text=token.text.lower())
    return manner_adverb(lowered, lexicons) and token.norm not in lexicons.speech.given_names
