"""Split an article into sentences with character offsets into the original text.

Lines come first: a headline without a final period, a paragraph per line, a boilerplate line
("Advertisement") each stand alone. Hard-wrapped text (lines that break mid-sentence) is joined back.
Inside a block, Punkt's decisions (:mod:`framing.sentences`: nltk's algorithm, without importing nltk)
split sentences with the project's own abbreviation list and no downloaded model, an abbreviation
after an opening quote ("“Mr. Trump") is joined back where Punkt breaks after it, and run-on scraped
text ("attack on Kiev.This is") is split where a sentence end lost its space. A sentence that a
boilerplate pattern of scope ``sentence`` matches whole is boilerplate too (a photo credit that ends a
caption's paragraph).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.fastinit import fast_init
from framing.lexicon.linear import line_matcher
from framing.lexicon.model import derived
from framing.sentences import is_abbreviation, sentence_spans

if TYPE_CHECKING:
    from framing.lexicon import LexiconSet

# Invisible characters that never belong to a sentence's edges besides white space (str.isspace()):
# the byte-order mark and the zero-width space, joiners and word joiner.
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")
_LINE = re.compile(r"[^\r\n]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
END_MARKS = ".!?:;…\"'”’»)"
"""What ends a line of running text: a line without one of these at its end is a heading or wraps on."""
_TERMINAL = re.compile(f"[{re.escape(END_MARKS)}]\\s*$")
_LOWER_START = re.compile(r"\s*[a-z0-9(]")
# A sentence end that lost its following space: "Kiev.This", "said.”The", "border.- These" (a dash
# quotation of a translated outlet opening right after it). The word before is read
# separately (a bounded look back): a leading (\w+) group would rescan a long run of letters at every
# start, quadratic in its length.
_RUN_ON = re.compile(r"(?<=\w)[.!?][\"”’]?(?=[A-Z][a-z]|[-–—] [A-Z])")
_LAST_WORD = re.compile(r"\w+\Z")
# A sentence that ends in an abbreviation right after an opening quote ("“Mr.", "‘Dr.", "«Gen.", "”Mr."):
# Punkt reads the word as "“mr", which is no abbreviation, and breaks; framing joins the two back.
_QUOTED_ABBREVIATION = re.compile(r"(?<!\S)[\"'“‘«”]+([^\s\"'“‘«]+)\.\Z")
_WORD_LOOKBACK = 40
"""Characters read back for the word before a run-on end; no abbreviation is longer."""
_SHOUTED_WORDS = 4
"""A line in capitals is a headline from this many words ("PAP / EPA / PAP" is a credit, not one)."""
MAX_BLOCK = 20_000
"""Characters Punkt reads at once: a longer block (a megabyte line) is cut first at a sentence end
followed by a space, else at a space, so no step sees an unbounded span."""
HANGING_CLASSES = frozenset({"determiner", "preposition", "conjunction"})
"""Function-word classes a line that goes on to the next one may end in ("said on" / "Friday.")."""
# Hard-wrapped text if at least this share of line breaks fall inside a sentence.
_WRAPPED_SHARE = 0.3
_INDENTED_MIN = 2
"""Indented lines that show a wrapped text marks its paragraphs by indentation (and half its lines at most)."""


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span: ``text == document[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    boilerplate: bool
    paragraph: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def _continues(previous: str, following: str, hanging: frozenset[str]) -> bool:
    """A line break inside a sentence.

    No end punctuation before it and a lowercase word after it; or a line that ends in a comma or in a
    word that cannot end a sentence or a headline (an article, preposition or conjunction: "said on" /
    "Friday.", "in the" / "South"), whatever the next line starts with.
    """
    if _TERMINAL.search(previous) is not None:
        return False
    if _LOWER_START.match(following) is not None or previous.endswith(","):
        return True
    last = _LAST_WORD.search(previous)
    return last is not None and last.group().lower() in hanging


def _blocks(text: str, lexicons: LexiconSet) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, is_boilerplate) for each paragraph-like block of lines."""
    raw = [m.span() for m in _LINE.finditer(text)]
    trimmed = [_trim(text, *span) for span in raw]
    lines = [(s, e) for s, e in trimmed if s < e]
    if not lines:
        return
    indented = {s for (r, _), (s, e) in zip(raw, trimmed, strict=True) if s > r and s < e}
    hanging = _hanging(lexicons)
    breaks = list(itertools.pairwise(lines))
    # Whether the whole text is hard-wrapped is read from lowercase continuations only: a line ending in
    # "on" joins the next one anyway, and counting it would join headlines of a short text too.
    inside = sum(_continues(text[a:b], text[c:d], frozenset()) for (a, b), (c, d) in breaks)
    wrapped = bool(breaks) and inside / len(breaks) >= _WRAPPED_SHARE
    # A wrapped text that indents its paragraphs (a wire archive: "\n    The dry period ...") starts one
    # only at an indented line; a wrapped line that happens to end a sentence does not end the paragraph,
    # so a quotation wrapped after one of its sentences stays one quotation.
    by_indent = wrapped and len(indented) >= _INDENTED_MIN and len(indented) * 2 <= len(lines)

    matches = line_matcher(tuple(p.pattern for p in lexicons.boilerplate))
    headlines = _headline_lines(text, lines, matches)

    def is_boilerplate(span: tuple[int, int]) -> bool:
        return span in headlines or matches(text[span[0] : span[1]])

    block_start, block_end = lines[0]
    block_is_boilerplate = is_boilerplate(lines[0])
    for (prev_start, prev_end), (start, end) in breaks:
        line_is_boilerplate = is_boilerplate((start, end))
        same_paragraph = len(_LINE_BREAK.findall(text, prev_end, start)) <= 1
        join = (
            not block_is_boilerplate
            and not line_is_boilerplate
            and same_paragraph
            and (
                _continues(text[prev_start:prev_end], text[start:end], hanging)
                or (wrapped and _TERMINAL.search(text[prev_start:prev_end]) is None)
                or (by_indent and start not in indented)
            )
        )
        if join:
            block_end = end
            continue
        yield block_start, block_end, block_is_boilerplate
        block_start, block_end, block_is_boilerplate = start, end, line_is_boilerplate
    yield block_start, block_end, block_is_boilerplate


def _headline_lines(
    text: str, lines: list[tuple[int, int]], matches: Callable[[str], bool]
) -> frozenset[tuple[int, int]]:
    """Lines that are another article's headline: in capitals only, a paragraph of their own.

    Only in a text whose lines mostly have lowercase letters (a wire story in capitals keeps its lines),
    and never its first line that is not boilerplate (the title). "BIDEN WARNS RUSSIA OF 'SWIFT AND
    SEVERE CONSEQUENCES' ..." between paragraphs is a link, not this article's text.
    """
    shouted = [_shouted(text[s:e]) for s, e in lines]
    if sum(shouted) * 2 >= len(lines):
        return frozenset()
    title = next((k for k, (s, e) in enumerate(lines) if not matches(text[s:e])), len(lines))
    alone = [
        len(_LINE_BREAK.findall(text, lines[k - 1][1] if k else 0, s)) != 1
        and (k + 1 == len(lines) or len(_LINE_BREAK.findall(text, e, lines[k + 1][0])) > 1)
        for k, (s, e) in enumerate(lines)
    ]
    return frozenset(lines[k] for k in range(title + 1, len(lines)) if shouted[k] and alone[k])


def _shouted(line: str) -> bool:
    """A line in capitals only ("NATO AND США ..." too), of :data:`_SHOUTED_WORDS` words or more."""
    return (
        line == line.upper() and sum(c.isupper() for c in line) >= 2 and len(line.split()) >= _SHOUTED_WORDS
    )


@derived
def _hanging(lexicons: LexiconSet) -> frozenset[str]:
    """Function words that never end a sentence or a headline (``sources/function_words.tsv`` classes)."""
    return frozenset(w for w, kind in lexicons.speech.function_words.items() if kind in HANGING_CLASSES)


def _split_run_ons(text: str, start: int, end: int, abbreviations: frozenset[str]) -> Iterator[int]:
    """Yield offsets inside text[start:end] where a sentence ends without a following space."""
    for found in _RUN_ON.finditer(text, start, end):
        before = _LAST_WORD.search(text, max(start, found.start() - _WORD_LOOKBACK), found.start())
        word = before.group() if before else ""
        # An initial ("U.S.Army": the word is "S") ends no sentence; an acronym does ("from NATO.He added").
        acronym = len(word) >= 2 and word.isalpha()
        if word.lower() in abbreviations or not (acronym or any(c.islower() for c in word)):
            continue
        yield found.end()


def _rejoin_quoted_abbreviations(
    text: str, spans: list[tuple[int, int]], abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """Join a sentence that ends in a quoted abbreviation ("“Mr.") to the one after it.

    The one place framing departs from Punkt's decisions: nltk keeps a leading quote mark in the word
    it looks up, so "“Mr. Trump is" splits after "“Mr." while '"Mr. Trump is' does not.
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _ends_in_quoted_abbreviation(text, *joined[-1], abbreviations):
            start = joined.pop()[0]
        joined.append((start, end))
    return joined


def _ends_in_quoted_abbreviation(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    found = _QUOTED_ABBREVIATION.search(text, max(start, end - _WORD_LOOKBACK), end)
    if found is None:
        return False
    return is_abbreviation(found.group(1).lower(), abbreviations)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut text[start:end] into pieces of at most :data:`MAX_BLOCK` characters, at a sentence end if any."""
    while end - start > MAX_BLOCK:
        limit = start + MAX_BLOCK
        cut = max(
            text.rfind(". ", start, limit), text.rfind("? ", start, limit), text.rfind("! ", start, limit)
        )
        cut = cut + 2 if cut > start else text.rfind(" ", start, limit) + 1
        if cut <= start:
            cut = limit  # no space at all: a cut inside a word beats an unbounded scan
        yield start, cut
        start = cut
    yield start, end


def segment(text: str, lexicons: LexiconSet) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences.

    Args:
        text: The article, as read (offsets index this string).
        lexicons: Supplies the abbreviation and boilerplate lists.

    Returns:
        The sentences in order, each trimmed of surrounding whitespace; empty text gives none.
    """
    spans: list[tuple[int, int, bool, int]] = []
    for paragraph, (block_start, block_end, boilerplate) in enumerate(_blocks(text, lexicons)):
        if boilerplate:
            spans.append((block_start, block_end, True, paragraph))
            continue
        for piece_start, piece_end in _pieces(text, block_start, block_end):
            block = text[piece_start:piece_end]
            spans_in_block = sentence_spans(block, lexicons.abbreviations)
            rejoined = _rejoin_quoted_abbreviations(block, spans_in_block, lexicons.abbreviations)
            for rel_start, rel_end in rejoined:
                start, end = piece_start + rel_start, piece_start + rel_end
                cuts = [*_split_run_ons(text, start, end, lexicons.abbreviations), end]
                for cut in cuts:
                    spans.append((start, cut, False, paragraph))
                    start = cut
    # a credit that ends a caption's paragraph ("... in March 2022. Alexander Nemenov/AFP/Getty Images")
    credit = line_matcher(tuple(p.pattern for p in lexicons.boilerplate if p.sentence))
    sentences = []
    for start, end, boilerplate, paragraph in spans:
        start, end = _trim(text, start, end)
        if start < end:
            boilerplate = boilerplate or credit(text[start:end])
            sentences.append(Sentence(len(sentences), start, end, text[start:end], boilerplate, paragraph))
    return tuple(sentences)


def paragraphs(text: str, lexicons: LexiconSet) -> tuple[tuple[int, int], ...]:
    """Paragraph spans (a line, or a block of hard-wrapped lines), boilerplate lines left out."""
    return tuple((start, end) for start, end, boilerplate in _blocks(text, lexicons) if not boilerplate)
