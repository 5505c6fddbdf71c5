"""Find quotations: straight and curly, single and double, across sentences and paragraphs.

Apostrophes are told apart from quote marks by their neighbours: a mark between two letters (Russia’s,
O’Neill, don’t) never opens or closes a quote, and a mark after an ``s`` followed by a lowercase word
(the leaders’ decision) closes a quote only when no better closer follows in the paragraph. An opener
without a closer is dropped at the end of its paragraph, so an unbalanced mark never swallows the rest of
the article; a quote left open at a paragraph end continues when the next paragraph opens with the same
mark (the news convention for multi-paragraph quotes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
STRAIGHT = {'"': "double", "'": "single"}
SCARE_MAX_WORDS = 3
"""A quote of at most this many words with no cue nearby is a scare quote ("so-called 'experts'")."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks included in ``start``/``end``, the words inside in ``content_start``/``content_end``.

    Attributes:
        start: Offset of the opening mark.
        end: Offset after the closing mark.
        content_start: Offset after the opening mark.
        content_end: Offset of the closing mark.
        family: ``double`` or ``single``.
        depth: 0 for an outer quote, 1 for a quote inside another.
        paragraphs: Number of paragraphs the quote runs over.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    family: str
    depth: int
    paragraphs: int = 1


@dataclass(frozen=True, slots=True)
class _Mark:
    offset: int
    family: str
    can_open: bool
    can_close: bool
    weak_close: bool  # a possible plural-possessive apostrophe: "leaders’ decision"


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks = []
    for i in range(start, end):
        ch = text[i]
        if (
            ch in DOUBLE_OPEN
            or ch in DOUBLE_CLOSE
            or ch in SINGLE_OPEN
            or ch in SINGLE_CLOSE
            or ch in STRAIGHT
        ):
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if _is_letter(before) and _is_letter(after) and ch in "’'":
                continue  # apostrophe inside a word: Russia’s, O’Neill, don't
            family = "double" if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"' else "single"
            opens_left = before.isspace() or before in "([{—–-/“‘\"'«„‚:" or i == start
            closes_right = after.isspace() or after in ".,;:!?)]}—–-…”’\"'»" or i + 1 == end
            if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
                can_open, can_close = True, False
            elif ch in DOUBLE_CLOSE:
                can_open, can_close = False, True
            elif ch == "’":
                # Curly right single: a closer (or an apostrophe: 'the leaders’ decision', 'rock ’n’ roll').
                can_open, can_close = False, not before.isspace()
            else:  # straight marks: direction from the neighbours
                can_open = opens_left and not after.isspace()
                can_close = closes_right and not before.isspace() and i > start
                if ch == "'" and can_open and not can_close and after.isdigit():
                    can_open = False  # '90s
            weak = (
                ch in "’'"
                and can_close
                and before.lower() == "s"
                and after.isspace()
                and i + 2 < end
                and text[i + 2].islower()
            )
            marks.append(_Mark(i, family, can_open, can_close, weak))
    return marks


def _pair(marks: Sequence[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], list[_Mark]]:
    """Pair openers and closers of one family in one paragraph, preferring strong closers.

    A quote may hold a quote of the same family (“... axis of “evil” ... ”): a fresh opener before any
    closer opens an inner quote, and the outer quote closes after it. When no closer is left for the outer
    quote, the fresh opener ends it unpaired instead (an unbalanced mark never swallows the paragraph).

    Returns:
        The pairs (inner ones included), and the openers left without a closer.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    unpaired = []
    i = 0
    while i < len(marks):
        opener = marks[i]
        if not opener.can_open:
            i += 1
            continue
        chosen = _nested_closer(marks, i)
        if chosen is not None:
            inner, _ = _pair(marks[i + 1 : chosen])
            pairs.append((opener, marks[chosen]))
            pairs.extend(inner)
            i = chosen + 1
            continue
        chosen = _closer(marks, i)
        if chosen is None:
            unpaired.append(opener)
            i += 1
            continue
        pairs.append((opener, marks[chosen]))
        i = chosen + 1
    return pairs, unpaired


def _closer(marks: Sequence[_Mark], i: int) -> int | None:
    """The closer of the opener at ``i``: the first strong closer, else a weak one before a fresh opener."""
    weak = None
    for j in range(i + 1, len(marks)):
        mark = marks[j]
        if mark.can_close and not mark.weak_close:
            return j
        if mark.can_close and weak is None:
            weak = j
        if mark.can_open and not mark.can_close:
            break  # a fresh opener: the weak closer, if any, ended this quote
    return weak


def _nested_closer(marks: Sequence[_Mark], i: int) -> int | None:
    """The closer of the opener at ``i`` when it holds inner quotes of its family, or None.

    Only an opener whose first following mark is a fresh opener (no closer between) holds an inner quote;
    every inner opener needs its own strong closer before the outer one.
    """
    if i + 1 >= len(marks) or not (marks[i + 1].can_open and not marks[i + 1].can_close):
        return None
    depth = 0
    for j in range(i + 1, len(marks)):
        mark = marks[j]
        if mark.can_open and not mark.can_close:
            depth += 1
        elif mark.can_close and not mark.weak_close:
            if depth == 0:
                return j
            depth -= 1
        elif mark.can_close and mark.can_open and depth > 0:
            depth -= 1
    return None


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Quote, ...]:
    """Return the quotations of ``text`` in text order, nested ones marked with depth 1.

    Args:
        text: The document.
        paragraphs: Paragraph spans in order (from :func:`framing.segment.paragraphs`).
    """
    found: list[Quote] = []
    pending: dict[str, tuple[int, int]] = {}  # family -> (offset of an unclosed opener, its paragraph)
    for index, (start, end) in enumerate(paragraphs):
        marks = _marks(text, start, end)
        for family in ("double", "single"):
            family_marks = [m for m in marks if m.family == family]
            carried = pending.pop(family, None)
            pairs, unpaired = _pair(family_marks)
            first = family_marks[0] if family_marks else None
            opens_paragraph = first is not None and first.can_open and not text[start : first.offset].strip()
            if carried is not None and opens_paragraph:
                pair = next((p for p in pairs if p[0] is first), None)
                if pair is not None:
                    pairs.remove(pair)
                    closer = pair[1].offset
                    span = index - carried[1] + 1
                    found.append(Quote(carried[0], closer + 1, carried[0] + 1, closer, family, 0, span))
                elif first in unpaired:
                    unpaired.remove(first)
                    pending[family] = carried  # the quote runs on for another paragraph
            for opener, closer_mark in pairs:
                found.append(
                    Quote(
                        opener.offset,
                        closer_mark.offset + 1,
                        opener.offset + 1,
                        closer_mark.offset,
                        family,
                        0,
                    )
                )
            if unpaired and family not in pending:
                pending[family] = (unpaired[-1].offset, index)
    return _nest(sorted(found, key=lambda q: (q.start, -q.end)))


def _nest(quotes: list[Quote]) -> tuple[Quote, ...]:
    """Mark quotes inside other quotes as nested and drop pairs that cross each other."""
    kept: list[Quote] = []
    for quote in quotes:
        outer = [k for k in kept if k.start < quote.start and quote.end <= k.end]
        crossing = [k for k in kept if k.start < quote.start < k.end < quote.end]
        if crossing:
            continue
        depth = 1 if outer else 0
        kept.append(
            Quote(
                quote.start,
                quote.end,
                quote.content_start,
                quote.content_end,
                quote.family,
                depth,
                quote.paragraphs,
            )
        )
    return tuple(kept)
