"""Find quotations: straight and curly, single and double, across sentences and paragraphs.

Apostrophes are told apart from quote marks by their neighbours: a mark between two letters (Russia’s,
O’Neill, don’t) never opens or closes a quote, and a mark after an ``s`` followed by a lowercase word
(the leaders’ decision) closes a quote only when no better closer follows in the paragraph. An opener
without a closer is dropped at the end of its paragraph, so an unbalanced mark never swallows the rest of
the article; a quote left open at a paragraph end continues when the next paragraph opens with the same
mark (the news convention for multi-paragraph quotes).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from framing.fastinit import fast_init

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
STRAIGHT = {'"': "double", "'": "single"}
# Every mark, to find them in one C-level scan instead of a Python loop over each character.
_ANY_MARK = re.compile(
    "[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "".join(STRAIGHT)) + "]"
)
_SENTENCE_ENDS = ".!?:"
"""What ends the text before a quotation that opens a sentence, or a paragraph inside a quotation."""
Tagged = Callable[[str, int, int], bool]
"""Whether a stretch of text (text, start, end) holds a quotation's tag: ", the minister said"."""
SCARE_MAX_WORDS = 3
"""A quote of at most this many words with no cue nearby is a scare quote ("so-called 'experts'")."""


@fast_init
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


@fast_init
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
    for found in _ANY_MARK.finditer(text, start, end):
        i = found.start()
        ch = found.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if _is_letter(before) and _is_letter(after) and ch in "’'":
            continue  # apostrophe inside a word: Russia’s, O’Neill, don't
        family = "double" if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"' else "single"
        opens_left = before.isspace() or before in "([{—–-/“‘\"'«„‚:" or i == start
        closes_right = after.isspace() or after in ".,;:!?)]}—–-…”’\"'»" or i + 1 == end
        if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
            can_open, can_close = True, False
        elif ch in DOUBLE_CLOSE and opens_left and after.isalnum():
            # "”Mr. Trump embodies ...”" at a line's start, Swedish and Finnish ”...”: nothing is closed
            # before a word after a space or a line start, so the mark opens
            can_open, can_close = True, False
        elif ch in DOUBLE_CLOSE:
            can_open, can_close = False, True
        elif ch == "’":
            # Curly right single: a closer (or an apostrophe: 'the leaders’ decision', 'rock ’n’ roll').
            can_open, can_close = False, not before.isspace()
        else:  # straight marks: direction from the neighbours
            can_open = opens_left and not after.isspace()
            # 'a great end to a great year. "' (a stray space): after a sentence's end the mark closes
            stray = before.isspace() and i - 2 >= start and text[i - 2] in ".!?," and not can_open
            can_close = closes_right and (not before.isspace() or stray) and i > start
            if ch == "'" and can_open and not can_close and after.isdigit():
                can_open = False  # '90s
            if not (can_open or can_close) and ch == '"' and before in ".!?" and after.isupper():
                # 'during a rocket attack."The S-300 hit ...': a sentence end that lost its space; the mark
                # closes a quotation open before it, or else opens one
                can_open = can_close = True
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
    Inner quotes are paired the same way inside their outer quote (their unpaired openers are dropped).

    One pass: :class:`_Scan` answers each closer search in constant time, and an explicit stack of
    (first mark, end) ranges replaces recursion, so the cost is linear in the marks at any nesting depth.

    Returns:
        The pairs (inner ones included, each after its outer quote), and the openers left without a closer.
    """
    scan = _Scan(marks)
    pairs: list[tuple[_Mark, _Mark]] = []
    unpaired = []
    ranges = [(0, len(marks), True)]  # (first mark, end, top level)
    while ranges:
        i, end, top = ranges.pop()
        while i < end:
            opener = marks[i]
            if not opener.can_open:
                i += 1
                continue
            chosen = scan.nested_closer(i, end)
            if chosen is not None:
                pairs.append((opener, marks[chosen]))
                ranges.append((chosen + 1, end, top))  # the rest of this range, after the inner quotes
                ranges.append((i + 1, chosen, False))
                break
            chosen = scan.closer(i, end)
            if chosen is None:
                if top:
                    unpaired.append(opener)
                i += 1
                continue
            pairs.append((opener, marks[chosen]))
            i = chosen + 1
    return pairs, unpaired


def _fresh(mark: _Mark) -> bool:
    """An opener that cannot close: it opens a quote, or an inner quote."""
    return mark.can_open and not mark.can_close


def _strong(mark: _Mark) -> bool:
    return mark.can_close and not mark.weak_close


class _Scan:
    """The closer searches of :func:`_pair`, each precomputed right to left for every mark.

    ``level[j]``: the first mark from ``j`` that closes at the current level (a strong closer, or a weak
    closer that can open), skipping whole inner quotes; ``outer[j]``: the same for a strong closer at
    depth 0 (what :meth:`nested_closer` scans for); ``stop[j]``: the first strong closer or fresh opener
    from ``j``; ``weak[j]``: the first weak closer from ``j``. A search limited to ``end`` finds what the
    unlimited one finds if that lies before ``end``, and nothing otherwise.
    """

    def __init__(self, marks: Sequence[_Mark]) -> None:
        n = len(marks)
        self.marks = marks
        level: list[int | None] = [None] * (n + 1)
        outer: list[int | None] = [None] * (n + 1)
        self.stop: list[int] = [n] * (n + 1)
        self.weak: list[int] = [n] * (n + 1)
        for j in range(n - 1, -1, -1):
            mark = marks[j]
            strong, fresh = _strong(mark), _fresh(mark)
            after = level[j + 1] if fresh else None  # the closer of an inner quote opened at j
            if strong or (mark.can_close and mark.can_open):
                level[j] = j
            elif fresh:
                level[j] = level[after + 1] if after is not None else None
            else:
                level[j] = level[j + 1]
            if strong:
                outer[j] = j
            elif fresh:
                outer[j] = outer[after + 1] if after is not None else None
            else:
                outer[j] = outer[j + 1]
            self.stop[j] = j if strong or fresh else self.stop[j + 1]
            self.weak[j] = j if mark.can_close and not strong else self.weak[j + 1]
        self.level, self.outer = level, outer

    def nested_closer(self, i: int, end: int) -> int | None:
        """The closer of the opener at ``i`` when it holds inner quotes of its family, or None.

        Only an opener whose first following mark is a fresh opener (no closer between) holds an inner
        quote; every inner opener needs its own strong closer before the outer one.
        """
        if i + 1 >= end or not _fresh(self.marks[i + 1]):
            return None
        found = self.outer[i + 1]
        return found if found is not None and found < end else None

    def closer(self, i: int, end: int) -> int | None:
        """The closer of the opener at ``i``: the first strong closer, else a weak one before a fresh opener."""
        stop = self.stop[i + 1] if i + 1 < end else end
        if stop < end and _strong(self.marks[stop]):
            return stop
        weak = self.weak[i + 1] if i + 1 < end else end
        return weak if weak < min(stop, end) else None


def find_quotes(
    text: str, paragraphs: Sequence[tuple[int, int]], tagged: Tagged | None = None
) -> tuple[Quote, ...]:
    """Return the quotations of ``text`` in text order, nested ones marked with depth 1.

    Args:
        text: The document.
        paragraphs: Paragraph spans in order (from :func:`framing.segment.paragraphs`).
        tagged: Whether ``text[start:end]`` holds a quotation's tag (", the minister said"); the attribution
            stage knows the speech verbs. Without it no stretch is refused for a tag.
    """
    found: list[Quote] = []
    pending: dict[str, tuple[int, int]] = {}  # family -> (offset of an unclosed opener, its paragraph)
    for index, (start, end) in enumerate(paragraphs):
        marks = _marks(text, start, end)
        for family in ("double", "single"):
            family_marks = [m for m in marks if m.family == family]
            carried = pending.pop(family, None)
            pairs, unpaired = _pair(family_marks)
            found.extend(_run_on(text, (start, marks), family_marks, pairs, unpaired, tagged))
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


def _run_on(
    text: str,
    paragraph: tuple[int, Sequence[_Mark]],
    marks: Sequence[_Mark],
    pairs: list[tuple[_Mark, _Mark]],
    unpaired: list[_Mark],
    tagged: Tagged | None = None,
) -> list[Quote]:
    """Quotes continued across paragraph breaks that the text lost, taken out of ``pairs`` and ``unpaired``.

    In text whose paragraphs were joined into one (the BBC corpus), a multi-paragraph quote reads
    ``"A. B. "C. "D."``: an opener without a closer at a sentence start, then at each lost paragraph
    break a fresh opener after a sentence end, and at last a quote that ends a sentence. As across real
    paragraph breaks, they are one quotation (one speaker), unless ``tagged`` finds a quotation's tag in the
    stretch before a single lost break (", the minister said."): then the first opener lost its closer.
    ``paragraph``: where the paragraph starts and all its marks. A stretch holding other quote marks, ending in a colon ("Smith replied:"), or a last
    quote with its own tag is more often a missing closer or another speaker (``"A,’’ said X. "B."``,
    ``"A 'wait', the group said. C. "D."``, ``"A, the mayor said. "B," X said.``): left alone.
    """
    start, every_mark = paragraph
    # Marks by offset, not by list search or identity, and each opener walked at most once: a long
    # paragraph of unbalanced marks stays linear.
    position = {m.offset: i for i, m in enumerate(marks)}
    closers = {opener.offset: closer for opener, closer in pairs}
    loose = {m.offset for m in unpaired}
    # a plural possessive ("days' time") is no other quote in between
    offsets = [m.offset for m in every_mark if m.can_open or not m.weak_close]
    merged, walked, gone_openers, gone_pairs = [], set(), set(), set()
    for opener in unpaired:
        if opener.offset in walked or _last_char(text, start, opener.offset) not in ("", *_SENTENCE_ENDS):
            continue
        chain, nxt = _chain(text, opener, marks, position, loose, offsets)
        walked.update(chain)
        closer = closers.get(nxt.offset) if nxt is not None else None
        ending = text[nxt.offset + 1 : closer.offset].rstrip()[-1:] if closer is not None else ""
        if ending not in (".", "!", "?", ","):
            continue
        # "A, the minister said. B. "C.": a missing closer, then the author's sentences; a last quote with
        # its own tag ('"A. "B," he said.') runs on from the first only when no tag stands in between
        if (
            (len(chain) == 1 or ending == ",")
            and tagged is not None
            and tagged(text, opener.offset + 1, nxt.offset)
        ):
            continue
        gone_openers.update(chain)
        gone_pairs.add(nxt.offset)
        span = len(chain) + 1
        merged.append(
            Quote(opener.offset, closer.offset + 1, opener.offset + 1, closer.offset, opener.family, 0, span)
        )
    unpaired[:] = [m for m in unpaired if m.offset not in gone_openers]
    pairs[:] = [pair for pair in pairs if pair[0].offset not in gone_pairs]
    return merged


def _chain(
    text: str,
    opener: _Mark,
    marks: Sequence[_Mark],
    position: dict[int, int],
    loose: set[int],
    offsets: Sequence[int],
) -> tuple[list[int], _Mark | None]:
    """The unclosed openers that continue the quotation opened at ``opener``, and the mark after them.

    Each next mark continues it when the words before it end a sentence (not with a colon: "He added:"
    opens a quotation of its own) and hold no other quote mark. The mark returned is the first one that
    is no unclosed opener (None if none continues the chain).
    """
    chain, current = [opener.offset], opener
    while True:
        at = position[current.offset]
        nxt = marks[at + 1] if at + 1 < len(marks) else None
        stretch = text[current.offset + 1 : nxt.offset].rstrip() if nxt is not None else ""
        if (
            nxt is None
            or stretch[-1:] not in ".!?"
            or bisect.bisect_left(offsets, nxt.offset) > bisect.bisect_right(offsets, current.offset)
        ):
            return chain, None
        if nxt.offset not in loose:
            return chain, nxt
        chain.append(nxt.offset)
        current = nxt


def _nest(quotes: list[Quote]) -> tuple[Quote, ...]:
    """Mark quotes inside other quotes as nested and drop pairs that cross each other.

    ``quotes`` are sorted by start (then longest first). The quotes kept never cross, so those still open
    at a quote's start form a chain, each inside the one before: a stack. A quote crosses a kept one
    exactly when it ends after the innermost open one.
    """
    kept: list[Quote] = []
    open_quotes: list[Quote] = []
    for quote in quotes:
        while open_quotes and open_quotes[-1].end <= quote.start:
            open_quotes.pop()
        if open_quotes and open_quotes[-1].end < quote.end:
            continue  # crosses the innermost open quote
        depth = 1 if open_quotes else 0
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
        open_quotes.append(kept[-1])
    return tuple(kept)


def _last_char(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is not white space ("" if none), without copying it."""
    i = end - 1
    while i >= start and text[i].isspace():
        i -= 1
    return text[i] if i >= start else ""
