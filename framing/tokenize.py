"""Word tokens with character offsets into the original text."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:['’]\w+)*")
"""A word: letters or digits, with apostrophes inside (Russia’s, don't)."""
# A word with the gap before it. WORD starts with a word character and runs to the last one it can, so
# what lies between two words is all non-word characters: this finds exactly the words WORD finds.
# The gap is possessive (no backtracking into it) and a trailing run of non-word characters is one match
# of its own (an empty word, skipped): otherwise findall would try again from every character of a long
# run that no word follows ("word" + 32,000 dashes took 12 s).
_GAP_WORD = re.compile(r"(\W*+)(" + WORD.pattern + r")|\W+")
# Between the words of a phrase only spaces and hyphens may stand ("counter-attack", "air  defense"), and
# one line break: hard-wrapped text (wire copy, e-mail) breaks lines inside sentences ("definitive\nagreement");
# or spaces and double or opening quote marks alone, a partial quote ('there is “no way”', 'will "never
# fight'; not with a dash, which ends a quotation: 'the Soviet Union" - experts say'; not an apostrophe or a
# closing single quote, which may end a possessive: "Snipes' Blade", "Jones’ Blade").
# A blank line ends a paragraph, and with it any phrase. Clause breaks stay at quote marks for the quotation
# rules; the modifier rules read across a short partial quote (framing.scope.join_quotes).
_PHRASE_GAP = re.compile(
    r"[ \t\u00a0\-\u2010\u2011]*(?:(?:\r\n?|\n)[ \t\u00a0\-\u2010\u2011]*)?|[ \t\u00a0\"“”‘«»]+"
)
# Punctuation that closes a clause, and with it a negation or intensifier scope. A period inside a
# sentence is an abbreviation ("Sen.", "No. 2", "U.S."), so it does not count.
_CLAUSE_PUNCT = re.compile(r"[,;:!?()\[\]\"“”‘’«»\u2013\u2014]|\s-\s|--")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the text.

    Attributes:
        start: Offset of the first character in the original text.
        end: Offset after the last character.
        text: The word as written (``text[start:end]`` of the original).
        norm: Lowercase form used for matching: curly apostrophes straightened, a possessive
            ``'s`` or trailing ``'`` removed.
        joins_previous: Only spaces, hyphens, double or opening quote marks and at most one line break
            separate it from the previous token, so a phrase may continue across the gap.
        clause_break_before: Clause punctuation stands between it and the previous token.
    """

    start: int
    end: int
    text: str
    norm: str
    joins_previous: bool
    clause_break_before: bool


# A Token per word is the most frequent object of the pipeline. A frozen dataclass's __init__ sets each
# field through object.__setattr__ (a global lookup and a generic call per field); setting the slots
# through their own descriptors builds the same object at about half the cost (tests/test_tokenize.py
# checks that these are all the fields, in order).
_TOKEN_SLOTS = tuple(getattr(Token, field.name).__set__ for field in dataclasses.fields(Token))


def normalize_word(word: str) -> str:
    """Return the matching form of a word: lowercase, straight apostrophe, no possessive."""
    norm = word.lower().replace("’", "'")
    if norm.endswith("'s") and len(norm) > 2:
        norm = norm[:-2]
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Split ``text[start:end]`` into word tokens whose offsets index ``text`` itself."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    position = start
    set_start, set_end, set_text, set_norm, set_joins, set_breaks = _TOKEN_SLOTS
    # One findall gives each word with the gap before it as plain strings: no match object, span() or
    # group() call per word, and the common one-space gap is a string comparison. Offsets follow from
    # the lengths, since the gaps and words tile the text up to the last word.
    for gap, word in _GAP_WORD.findall(text, start, end):
        if not word:
            continue  # the non-word characters after the last word
        word_start = position + len(gap)
        position = word_start + len(word)
        if not tokens:
            joins = breaks = False
        elif gap == " ":
            joins, breaks = True, False  # one space: by far the most common gap, no regex needed
        else:
            # "U.S. officials", "U.K.": the period after a capital letter marks initials, inside a phrase;
            # not before a capitalized word, which may start a name or a sentence ("U.S. Admiral James",
            # "on the portal X. Domański said")
            if gap[:1] == "." and _initial(tokens[-1].text) and (_initial(word) or word[:1].islower()):
                gap = gap[1:]
            joins = _PHRASE_GAP.fullmatch(gap) is not None
            breaks = _CLAUSE_PUNCT.search(gap) is not None
        # Set here, not in a helper function: a call per word was a tenth of the loop.
        token = object.__new__(Token)
        set_start(token, word_start)
        set_end(token, position)
        set_text(token, word)
        set_norm(token, _norm(word))
        set_joins(token, joins)
        set_breaks(token, breaks)
        tokens.append(token)
    return tuple(tokens)


def _initial(word: str) -> bool:
    """One capital letter: an initial or a letter of initials ("U" of "U.S.", "W" of "George W. Bush")."""
    return len(word) == 1 and word.isupper()


@functools.lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    # Words repeat across an archive; their normal form is a pure function of the word.
    return normalize_word(word)


def pattern_words(pattern: str) -> tuple[str, ...]:
    """Split a lexicon pattern into the normalized words it must match (hyphens split words)."""
    words = re.split(r"[\s\-]+", pattern.strip())
    return tuple(normalize_word(w[:-1]) + "*" if w.endswith("*") else normalize_word(w) for w in words if w)
