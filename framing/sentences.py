r"""Sentence boundaries inside a block of text: Punkt's decisions, without nltk.

framing used nltk's ``PunktSentenceTokenizer(PunktParameters())`` with only ``abbrev_types`` set (the
project's abbreviation list): no trained collocations, sentence starters or orthographic context. With
those parameters Punkt's decisions reduce to a handful of checks on the word before a candidate end
and the token after it, which this module makes directly. It reproduces, step for step,
``span_tokenize`` of nltk 3.10.4 (``_match_potential_end_contexts``, ``text_contains_sentbreak``
with the first and second annotation passes, ``_realign_boundaries``), and tests/test_segment.py
compares it with nltk on hard cases whenever nltk is installed.

How it runs:

1. One compiled pattern finds every candidate end: ``.``, ``?`` or ``!`` followed by a character that
   cannot be inside a word (a quote, a bracket, ``?``, ``!``...) or by white space and a token.
2. For each candidate, Punkt's "context" (the word before, the candidate, the text after) is split
   into tokens with Punkt's word pattern and the first and second passes run on them:
   ``?``/``!``/``.`` alone and words ending in a period break, unless the word (or its part after the
   last hyphen) is a known abbreviation, or an ellipsis (``..``); an initial (``J.``) or a number
   (``2.``) followed by a lowercase word or by ``; : , . ! ?`` does not break, nor an initial
   followed by a capitalised word. With an empty orthographic context the orthographic heuristic is
   never "sentence starter", so an abbreviation never breaks.
3. Closing quotes and brackets after a break move to the sentence they close.

nltk runs its patterns with the third-party ``regex`` engine, whose ``\s``, ``\d`` and ``\w`` are
not quite Python's: ``\s`` leaves out the separators U+001C-U+001F, and ``\w`` takes in combining
marks, letter numbers and the circled and squared letters. The character classes below spell those
sets out. One difference remains: ``regex`` follows a newer Unicode version than Python 3.11, so a
letter or digit unassigned in Python's database (category ``Cn``) counts as neither here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Generator, Set

# White space as nltk's regex engine reads ``\s`` (Unicode White_Space): not U+001C-U+001F.
_WS = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_S = f"[{_WS}]"
_NOT_S = f"[^{_WS}]"
# Punkt's characters that cannot appear inside a word (``_re_non_word_chars``).
_NON_WORD = r"[)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb?!]"
_MULTI_CHAR = rf"(?:-{{2,}}|\.{{2,}}|(?:\.{_S}){{2,}}\.)"
_WORD_START = r"[^(\"`{\[:;&#*@)}\]\-,]"

_CANDIDATE = re.compile(rf"[.?!](?={_NON_WORD}|{_S}+({_NOT_S}+))")
"""A potential sentence end (``period_context_re``); group 1 is the next token after white space."""
_TOKEN = re.compile(
    rf"{_MULTI_CHAR}"
    rf"|(?={_WORD_START}){_NOT_S}+?(?={_S}|$|{_NON_WORD}|{_MULTI_CHAR}|,(?=$|{_S}|{_NON_WORD}|{_MULTI_CHAR}))"
    rf"|{_NOT_S}"
)
"""Punkt's word tokenizer (``_word_tokenize_fmt``)."""
_REALIGN = re.compile(rf"[\"')\]}}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:{_S}+|(?=--)|$)", re.MULTILINE)
"""Closing punctuation that belongs to the sentence before (``re_boundary_realignment``)."""
_NUMBER = re.compile(r"-?[.,]?\d[\d,.-]*\.?")
_ASCII_SPACE = " \t\n\r\x0b\x0c"
"""``string.whitespace``: where Punkt's word before a candidate begins."""
_SENTENCE_ENDS = frozenset(".?!")
_PUNCTUATION = frozenset(";:,.!?")
_WORD_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Pc", "Nl"})
_WORD_SYMBOLS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189))
"""Circled and squared letters: symbols (So) that ``regex`` counts as word characters."""


def _is_letter(char: str) -> bool:
    r"""``[^\W\d]`` as nltk's regex engine reads it: a word character that is not a digit."""
    if char.isalpha():
        return True
    if char in "\u200c\u200d":
        return True
    if unicodedata.category(char) in _WORD_CATEGORIES:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _WORD_SYMBOLS)


def is_abbreviation(word: str, abbreviations: Set[str]) -> bool:
    """Whether a lowercase word before a period is a known abbreviation, or ends in one after a hyphen ("ex-gov")."""
    return word in abbreviations or word.split("-")[-1] in abbreviations


def _breaks(token: str, following: str, abbreviations: Set[str]) -> bool:
    """Whether Punkt marks ``token`` as a sentence break when ``following`` comes next."""
    if token in _SENTENCE_ENDS:
        return True
    if not token.endswith(".") or token.endswith(".."):
        return False  # not period-final, or an ellipsis: Punkt never breaks these without ortho context
    stem = token[:-1].lower()
    is_break = not is_abbreviation(stem, abbreviations)
    initial = len(token) == 2 and _is_letter(token[0])
    lowered = token.lower()
    # Punkt's type of a number is "##number##", so the word "##number##." passes for one too.
    if initial or _NUMBER.fullmatch(lowered) or lowered == "##number##.":
        # The orthographic heuristic with no context: False before punctuation or a lowercase word,
        # else "unknown", and an initial before a capitalised word is read as part of a name.
        if following in _PUNCTUATION or following[0].islower():
            return False
        if initial and following[0].isupper():
            return False
    return is_break


def _contains_break(context: str, abbreviations: Set[str]) -> bool:
    """Punkt's ``text_contains_sentbreak``: a token marked as a break, followed by another token."""
    tokens: list[str] = []
    for line in context.split("\n"):
        if line.strip():
            tokens.extend(_TOKEN.findall(line))
    return any(_breaks(tokens[i], tokens[i + 1], abbreviations) for i in range(len(tokens) - 1))


def _word_start(text: str, low: int, high: int) -> int:
    """Index after the last ``string.whitespace`` character in text[low:high], or -1 (Punkt: index 0)."""
    last = -1
    for char in _ASCII_SPACE:
        found = text.rfind(char, max(low, last + 1), high)
        if found > last:
            last = found
    return last + 1 if last > low else -1


def _slices(text: str, abbreviations: Set[str]) -> Generator[tuple[int, int], None, None]:
    """Punkt's ``_slices_from_text``: the sentences before closing punctuation is realigned."""
    last_break = 0
    previous: re.Match[str] | None = None
    word_start = word_end = 0
    for match in _CANDIDATE.finditer(text):
        end = match.start()
        start = _word_start(text, word_end, end)
        if start < 0:
            start = word_start  # no white space since the previous candidate: its word goes on
        if previous is not None and word_end <= start:
            last_break = yield from _decide(text, previous, word_start, last_break, abbreviations)
        previous, word_start, word_end = match, start, end
    if previous is not None:
        last_break = yield from _decide(text, previous, word_start, last_break, abbreviations)
    yield last_break, len(text.rstrip())


def _decide(
    text: str, match: re.Match[str], word_start: int, last_break: int, abbreviations: Set[str]
) -> Generator[tuple[int, int], None, int]:
    """Yield the sentence ending at ``match`` if Punkt breaks there; return where the next one starts.

    Punkt's context for the decision is the word before (from ``word_start``), the candidate, and the
    character after it or the white space and token after it.
    """
    after = match.end() + 1 if match.group(1) is None else match.end(1)
    if not _contains_break(text[word_start:after], abbreviations):
        return last_break
    yield last_break, match.end()
    return match.end() if match.group(1) is None else match.start(1)


def sentence_spans(text: str, abbreviations: Set[str]) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as nltk's ``PunktSentenceTokenizer.span_tokenize`` gives them.

    Args:
        text: A block of text (a paragraph).
        abbreviations: Lowercase abbreviation types without their final period ("gov", "u.s").

    Returns:
        (start, end) offsets into ``text``, in order.
    """
    spans = []
    realign = 0
    slices = list(_slices(text, abbreviations))
    for index, (start, stop) in enumerate(slices):
        start += realign
        if index + 1 == len(slices):
            if start < stop:
                spans.append((start, stop))
            continue
        next_start, next_stop = slices[index + 1]
        closing = _REALIGN.match(text, next_start, next_stop)
        if closing:
            spans.append((start, next_start + len(closing.group().rstrip())))
            realign = closing.end() - next_start
        else:
            realign = 0
            if start < stop:
                spans.append((start, stop))
    return spans
