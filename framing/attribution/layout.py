"""Where things are in an article: sentences, paragraphs and quotations as sorted spans, searched by bisection.

Built once per article, so that the questions every sentence asks (which quotations overlap it, is this
token inside a quotation, which sentences does this span cover, where does this paragraph open) cost a
bisection instead of a pass over the whole article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise

from framing.attribution.content import trim_end
from framing.quotes import Quote
from framing.segment import Sentence
from framing.tokenize import Token

_LOWER = re.compile(r"(?<![\w'’])[a-z]+(?![\w'’])")
"""A word in lowercase letters only (a hyphen may join it to another: "job-seekers" holds "job")."""


def _sorted(values: Sequence[int]) -> bool:
    return all(a <= b for a, b in pairwise(values))


@dataclass(frozen=True, slots=True)
class Layout:
    """The article's sentences and quotations (as given, in text order), indexed by offset."""

    sentences: Sequence[Sentence]
    quotes: Sequence[Quote]
    _sentence_starts: list[int]
    _sentence_ends: list[int]
    _spans_sorted: bool  # sentence starts and ends both ascending (a span covers a run of sentences)
    _paragraph_starts: dict[int, int]  # paragraph -> start of its first sentence that is not boilerplate
    _paragraph_ends: dict[int, int]  # paragraph -> end of its last sentence that is not boilerplate
    _quote_starts: list[int]
    _quote_ends: list[int]
    _quotes_sorted: bool
    _content_starts: list[int]  # quotations' contents by start ...
    _content_reach: list[int]  # ... and the furthest content end among them up to each one
    # the article's lowercase words, read once when first asked (common_word)
    _words: dict[str, frozenset[str]]
    # words written capitalized after a sentence's first word ("Serena Williams")
    inner_capitals: frozenset[str]

    @classmethod
    def build(
        cls, sentences: Sequence[Sentence], quotes: Sequence[Quote], tokens: Sequence[Sequence[Token]]
    ) -> Layout:
        """Index the sentences and quotations of one article (``tokens``: each sentence's)."""
        starts, ends = [s.start for s in sentences], [s.end for s in sentences]
        paragraphs: dict[int, int] = {}
        paragraph_ends: dict[int, int] = {}
        for s in sentences:
            if not s.boilerplate:
                paragraphs.setdefault(s.paragraph, s.start)
                paragraph_ends[s.paragraph] = max(s.end, paragraph_ends.get(s.paragraph, s.end))
        contents = sorted((q.content_start, q.content_end) for q in quotes)
        quote_starts, quote_ends = [q.start for q in quotes], [q.end for q in quotes]
        return cls(
            sentences,
            quotes,
            starts,
            ends,
            _sorted(starts) and _sorted(ends),
            paragraphs,
            paragraph_ends,
            quote_starts,
            quote_ends,
            _sorted(quote_starts) and _sorted(quote_ends),
            [c[0] for c in contents],
            list(accumulate((c[1] for c in contents), max)),
            {},
            frozenset(t.norm for words in tokens for t in words[1:] if t.text[:1].isupper()),
        )

    def covered(self, start: int, end: int) -> tuple[int, ...]:
        """Indices of the sentences a span overlaps."""
        if not self._spans_sorted:
            return tuple(s.index for s in self.sentences if s.start < end and s.end > start)
        first, stop = bisect_right(self._sentence_ends, start), bisect_left(self._sentence_starts, end)
        return tuple(s.index for s in self.sentences[first:stop] if s.start < end and s.end > start)

    def runs_on(self, text: str, end: int) -> int:
        """The end of the next sentence if a span reaches its sentence's end and that one is a false break.

        The next sentence goes on in lowercase in the same paragraph ("H.I.V. / medication to children",
        "“Choke!” / blared the front page of The Boston Herald"); else ``end``.
        """
        k = bisect_left(self._sentence_ends, end) if self._spans_sorted else len(self.sentences)
        if k + 1 >= len(self.sentences) or any(ch.isalnum() for ch in text[end : self._sentence_ends[k]]):
            return end
        here, following = self.sentences[k], self.sentences[k + 1]
        if following.paragraph != here.paragraph or following.boilerplate or here.start >= end:
            return end
        goes_on = text[following.start].islower() or text[following.start] == ")"
        return trim_end(text, following.start, following.end) if goes_on else end

    def common_word(self, text: str, word: str) -> bool:
        """Whether the article writes ``word`` in lowercase and never capitalized after a sentence's first word.

        "Organisers said ... organisers", not "Serena Williams ... Williams said". The article's words are
        read in one pass the first time this is asked, so the cost stays linear in its length.
        """
        if not self._words:
            self._words["lower"] = frozenset(_LOWER.findall(text))
        return word.lower() in self._words["lower"] and word.lower() not in self.inner_capitals

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """The quotations that overlap a span, in the order given."""
        if not self._quotes_sorted:
            return [q for q in self.quotes if q.start < end and q.end > start]
        first, stop = bisect_right(self._quote_ends, start), bisect_left(self._quote_starts, end)
        return [q for q in self.quotes[first:stop] if q.start < end and q.end > start]

    def quote_ending_by(self, offset: int) -> Quote | None:
        """The quotation that ends last at or before ``offset``, or None."""
        if not self._quotes_sorted:
            return max((q for q in self.quotes if q.end <= offset), key=lambda q: q.end, default=None)
        k = bisect_right(self._quote_ends, offset) - 1
        return self.quotes[k] if k >= 0 else None

    def inside(self, tokens: Sequence[Token]) -> list[bool]:
        """For each token, whether it starts inside the content of a quotation."""
        starts, reach = self._content_starts, self._content_reach
        last = bisect_right(starts, tokens[-1].start) - 1 if tokens else -1
        if last < 0 or reach[last] <= tokens[0].start:
            return [False] * len(tokens)  # no quotation reaches into the span: most sentences
        flags = []
        for token in tokens:
            k = bisect_right(starts, token.start) - 1
            flags.append(k >= 0 and token.start < reach[k])
        return flags

    def paragraph_start(self, sentence: Sentence) -> int:
        """Where the paragraph of a sentence opens (its first sentence that is not boilerplate)."""
        return self._paragraph_starts.get(sentence.paragraph, sentence.start)

    def paragraph_end(self, sentence: Sentence) -> int:
        """Where the paragraph of a sentence ends (its last sentence that is not boilerplate)."""
        return self._paragraph_ends.get(sentence.paragraph, sentence.end)

    def next_paragraph(self, sentence: Sentence) -> tuple[int, int] | None:
        """The span of the paragraph right after a sentence's, or None (none, or only boilerplate)."""
        following = sentence.paragraph + 1
        if following not in self._paragraph_starts:
            return None
        return self._paragraph_starts[following], self._paragraph_ends[following]

    def previous_paragraph(self, sentence: Sentence) -> tuple[int, int] | None:
        """The span of the paragraph right before a sentence's, or None (none, or only boilerplate)."""
        before = sentence.paragraph - 1
        if before not in self._paragraph_starts:
            return None
        return self._paragraph_starts[before], self._paragraph_ends[before]
