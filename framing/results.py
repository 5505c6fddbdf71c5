"""Result types: frozen dataclasses that carry every score together with its evidence.

Tables come out tidy: :meth:`ArticleResult.to_frame` has one row per sentence,
:meth:`ArticleResult.matches_frame` one row per match, both keyed by ``doc`` and ``sentence``. pandas is
imported only when a table is asked for.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from framing import _result_tables
from framing.fastinit import fast_init

if TYPE_CHECKING:
    import pandas as pd

DENSITY_PER = 100
"""Densities are matches' weight per this many tokens."""


@fast_init
@dataclass(frozen=True, slots=True)
class Match:
    """One piece of evidence: a lexicon pattern found in the text and what the rules made of it.

    Attributes:
        dimension: The dimension the match counts towards (after negation rules).
        subcategory: ``dimension/subcategory``, e.g. ``threat/attack`` or
            ``reassurance/negated_threat`` for a negated threat.
        pattern: The lexicon pattern that matched, as written in the lexicon file.
        start: Offset of the first matched character in the document text.
        end: Offset after the last matched character; ``text == document[start:end]``.
        text: The matched text as written.
        weight: Contribution to the sentence score, modifiers applied (0 for a sense trap).
        modifiers: What the rules did, in order ("negated by 'no' (threat/harm -> reassurance)").
        lexicon: The lexicon file the pattern came from (differs from ``dimension`` after negation).
        sentence: Index of the sentence the match is in.
    """

    dimension: str
    subcategory: str
    pattern: str
    start: int
    end: int
    text: str
    weight: float
    modifiers: tuple[str, ...]
    lexicon: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        """The match as a JSON-ready dict (the evidence schema of ``docs/output.md``)."""
        return {
            "dimension": self.dimension,
            "subcategory": self.subcategory,
            "pattern": self.pattern,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "weight": self.weight,
            "modifiers": list(self.modifiers),
            "lexicon": self.lexicon,
        }


AUTHOR = "AUTHOR"
"""The speaker of a sentence that carries no source's words."""
SOURCE_TYPES = ("named_person", "named_institution", "role_only", "vague", "media", "none")


@fast_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: a source, a cue and the content attributed to the source.

    Attributes:
        speaker: Canonical name of the source ("Vasily Anokhine", "analysts", "Interfax"); ``AUTHOR``
            for a scare quote, ``unknown`` for a quote whose source could not be found.
        source_type: One of :data:`SOURCE_TYPES`.
        source_text: The source as written here ("he", "Boharev", "Analysts"), if written.
        source_start: Offset of the written source, if any.
        source_end: Offset after it.
        cue: The cue as written ("wrote", "According to", ":"), if any.
        cue_start: Offset of the cue, if any.
        cue_end: Offset after it.
        cue_stance: neutral, assertive, alarm, contesting or tentative (from the cue list), if a cue.
        channel: Channel of the speech ("Telegram", "statement"), if named in the sentence.
        content_start: Offset of the attributed content (inside the quote marks for a quote).
        content_end: Offset after it.
        kind: ``direct`` (a quotation), ``indirect`` (reported speech), ``according_to``, ``vague``
            ("it is believed"), ``floating`` (a quote that takes the previous speaker) or ``scare``.
        sentences: Indices of the sentences the content covers.
        rule: The rule that produced it (see :mod:`framing.attribution.rules`).
    """

    speaker: str
    source_type: str
    source_text: str | None
    source_start: int | None
    source_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_stance: str | None
    channel: str | None
    content_start: int
    content_end: int
    kind: str
    sentences: tuple[int, ...]
    rule: str

    def to_dict(self, doc: str, text: str) -> dict[str, Any]:
        """The attribution as a JSON-ready dict, with the content text (at most :data:`CONTENT_SHOWN` characters).

        The span (``content_start``, ``content_end``) is always whole; the text shown is cut with "…", so a
        text of a million "he said"s does not become a gigabyte of repeated content.
        """
        return {
            "doc": doc,
            "speaker": self.speaker,
            "source_type": self.source_type,
            "source_text": self.source_text,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "cue_stance": self.cue_stance,
            "channel": self.channel,
            "content_start": self.content_start,
            "content_end": self.content_end,
            "content": _shown(text, self.content_start, self.content_end),
            "kind": self.kind,
            "sentences": list(self.sentences),
            "rule": self.rule,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class SentenceResult:
    """Scores of one sentence.

    Attributes:
        index: Position in the article, from 0.
        start: Offset of the sentence's first character in the document text.
        end: Offset after its last character.
        text: ``document[start:end]``.
        n_tokens: Number of word tokens, the base of densities.
        boilerplate: A non-content line ("Advertisement"); it scores 0 everywhere.
        scores: Dimension -> weighted sum of its matches.
        evidence: Every match in the sentence, sense traps included (weight 0).
        present: Dimension -> whether the score reaches the dimension's threshold (the ``# threshold:``
            header of its lexicon): the decision rule that evaluations measure.
        speaker: Whose words or claims the sentence carries; ``AUTHOR`` when no source's.
        source_type: The speaker's source type (:data:`SOURCE_TYPES`); ``none`` for ``AUTHOR``.
    """

    index: int
    start: int
    end: int
    text: str
    n_tokens: int
    boilerplate: bool
    scores: Mapping[str, float]
    evidence: tuple[Match, ...]
    present: Mapping[str, bool]
    speaker: str = AUTHOR
    source_type: str = "none"

    @property
    def density(self) -> dict[str, float]:
        """Dimension -> score per 100 tokens."""
        return {d: _density(s, self.n_tokens) for d, s in self.scores.items()}

    def to_dict(self, doc: str) -> dict[str, Any]:
        """The sentence as a JSON-ready dict (the sentence schema of ``docs/output.md``)."""
        return {
            "doc": doc,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "n_tokens": self.n_tokens,
            "boilerplate": self.boilerplate,
            "speaker": self.speaker,
            "source_type": self.source_type,
            "scores": dict(self.scores),
            "present": dict(self.present),
            "density": self.density,
            "evidence": [m.to_dict() for m in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class DocumentScores:
    """Scores of a whole article.

    Attributes:
        doc: The document's identifier.
        n_sentences: Sentences that are content (boilerplate excluded).
        n_tokens: Word tokens in content sentences.
        scores: Dimension -> sum over sentences.
        density: Dimension -> score per 100 tokens.
        share: Dimension -> share of content sentences where the dimension is present (score at or above
            its threshold, see :attr:`SentenceResult.present`).
        readability: Readability measure -> value (see :mod:`framing.readability`).
    """

    doc: str
    n_sentences: int
    n_tokens: int
    scores: Mapping[str, float]
    density: Mapping[str, float]
    share: Mapping[str, float]
    readability: Mapping[str, float]

    def to_dict(self) -> dict[str, Any]:
        """The document as a JSON-ready dict (the document schema of ``docs/output.md``)."""
        return {
            "doc": self.doc,
            "n_sentences": self.n_sentences,
            "n_tokens": self.n_tokens,
            "scores": dict(self.scores),
            "density": dict(self.density),
            "share": dict(self.share),
            "readability": dict(self.readability),
        }

    def row(self) -> dict[str, Any]:
        """A flat row: one column per dimension and measure."""
        row: dict[str, Any] = {
            "doc": self.doc,
            "n_sentences": self.n_sentences,
            "n_tokens": self.n_tokens,
        }
        row.update(self.scores)
        row.update({f"{d}_density": v for d, v in self.density.items()})
        row.update({f"{d}_share": v for d, v in self.share.items()})
        row.update(self.readability)
        return row


@dataclass(frozen=True)
class ArticleResult:
    """The analysis of one article: its sentences with scores and evidence, and document scores.

    Attributes:
        doc: Identifier (a file name, a JSONL ``id`` or what the caller passed).
        text: The text analysed; every offset indexes it.
        dimensions: The dimensions scored, in output order.
        sentences: One result per sentence, in order.
        attributions: Every quotation and attributed claim, in text order.
    """

    doc: str
    text: str
    dimensions: tuple[str, ...]
    sentences: tuple[SentenceResult, ...]
    attributions: tuple[Attribution, ...] = ()

    def __repr__(self) -> str:
        # The generated repr printed the whole text and every match (tens of thousands of characters).
        return (
            f"<ArticleResult {self.doc or 'article'!r}: {len(self.sentences)} sentences, {len(self.matches)} matches, "
            f"{len(self.attributions)} attributions, {len(self.text)} characters; dimensions "
            f"{', '.join(self.dimensions)}>"
        )

    def _repr_html_(self) -> str:
        """Jupyter display: the text with its evidence highlighted, a legend and a tooltip per span."""
        from framing.report import article_html

        return article_html(self)

    @property
    def matches(self) -> tuple[Match, ...]:
        """Every match of the article, in text order."""
        return tuple(m for s in self.sentences for m in s.evidence)

    @functools.cached_property
    def document(self) -> DocumentScores:
        """Aggregated scores and readability (computed on first access)."""
        return self.summary(readability=True)

    def summary(self, *, readability: bool = True) -> DocumentScores:
        """Aggregated scores; with ``readability=False`` the readability measures are left empty.

        Scoring an archive (``framing batch``) needs the scores, not the readability measures.
        """
        from framing.readability import readability as measure

        content = [s for s in self.sentences if not s.boilerplate]
        n_tokens = sum(s.n_tokens for s in content)
        scores = {d: _round(float(sum(s.scores[d] for s in content))) for d in self.dimensions}
        return DocumentScores(
            doc=self.doc,
            n_sentences=len(content),
            n_tokens=n_tokens,
            scores=scores,
            density={d: _density(v, n_tokens) for d, v in scores.items()},
            share={
                d: _round(sum(1 for s in content if s.present[d]) / len(content)) if content else 0.0
                for d in self.dimensions
            },
            readability=measure(" ".join(s.text for s in content)) if readability else {},
        )

    def sentence_rows(self) -> list[dict[str, Any]]:
        """Flat rows, one per sentence: scores and densities as columns, evidence as a short string."""
        return _result_tables.sentence_rows(self)

    def match_rows(self) -> list[dict[str, Any]]:
        """Flat rows, one per match."""
        return _result_tables.match_rows(self)

    def attribution_rows(self) -> list[dict[str, Any]]:
        """Flat rows, one per attribution."""
        return _result_tables.attribution_rows(self)

    def attributions_frame(self) -> pd.DataFrame:
        """One row per attribution: speaker, source type, cue, stance, channel, content span, rule."""
        return _result_tables.attributions_frame(self)

    def to_frame(self, level: str = "sentence") -> pd.DataFrame:
        """A pandas table of the article at one level (the rows ``framing score --level`` writes).

        Args:
            level: ``sentence`` (default): one row per sentence: position, speaker, per dimension its
                score, ``_present`` and ``_density``; ``sentence`` (a copy of ``index``) is the key the
                evidence table uses, so the two join on it. ``evidence``: one row per match, as
                :meth:`matches_frame`. ``document``: one row, as :meth:`document_frame`.
        """
        tables = {"sentence": _result_tables.sentences_frame, "evidence": _result_tables.matches_frame,
                  "document": _result_tables.document_frame}  # fmt: skip
        if level not in tables:
            from framing.errors import UnknownNameError

            raise UnknownNameError("level", level, tuple(tables))
        return tables[level](self)

    def matches_frame(self) -> pd.DataFrame:
        """One row per match: dimension, subcategory, pattern, span, text, weight, modifiers."""
        return _result_tables.matches_frame(self)

    def document_frame(self) -> pd.DataFrame:
        """One row for the article: document scores, densities, shares and readability."""
        return _result_tables.document_frame(self)


CONTENT_SHOWN = 1000
"""Characters of an attribution's content written out; the rest is left to its span."""


def _shown(text: str, start: int, end: int) -> str:
    if end - start <= CONTENT_SHOWN:
        return text[start:end]
    return text[start : start + CONTENT_SHOWN - 1] + "…"


def _round(value: float) -> float:
    # Four decimals keep JSON readable without changing any comparison a user would make.
    return round(value, 4)


def _density(score: float, n_tokens: int) -> float:
    return _round(score * DENSITY_PER / n_tokens) if n_tokens else 0.0
