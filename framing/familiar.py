"""The Dale-Chall list of familiar English words (``lexicons/readability/easy_words.txt``).

Read by readability (a long word not in it is "difficult") and by attribution (a familiar word that opens
a sentence is no name: "Several thousand rallied", "People say").
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def familiar_words() -> frozenset[str]:
    """The familiar words, lowercase (the file ships with the package and never changes at run time)."""
    path = resources.files("framing").joinpath("lexicons", "readability", "easy_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def familiar(word: str) -> bool:
    """Whether a lowercase word, or the singular of a plural ("tensions", "cities"), is a familiar word."""
    words = familiar_words()
    if word in words:
        return True
    if word.endswith("ies"):
        return f"{word[:-3]}y" in words
    return word.endswith("s") and (word[:-1] in words or (word.endswith("es") and word[:-2] in words))
