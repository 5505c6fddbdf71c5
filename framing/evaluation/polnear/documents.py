"""The attributions of PolNeAR as types: gold articles and what a prediction must provide."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

Span = tuple[int, int]
"""Character offsets ``(start, end)`` into the document text: ``text[start:end]``."""


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: who (source), how (cue) and what (content).

    A role is a tuple of spans because brat spans may be discontinuous ("start end;start end") and an
    attribution may name a role twice (``Content2``); the role is the union of the pieces, sorted.

    Attributes:
        source: The source's pieces; empty when there is no source ("it was reported that ...").
        cue: The cue's pieces; empty when the annotator gave none.
        content: The content's pieces; empty when the annotator gave none.
    """

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One article with the attributions of one annotator.

    Attributes:
        doc_id: The article's file name without ``.txt``.
        text: The article, exactly as in the file (line endings untouched); every span indexes it.
        attributions: The annotator's attributions, in the order of the ``E`` lines of the ``.ann``.
        annotator: The annotator whose ``.ann`` was read (see :func:`load_polnear` for the choice).
    """

    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: str = ""


class PredictedAttribution(Protocol):
    """What a predicted attribution provides: one span per role, ``None`` for a role it lacks.

    Read-only properties, so frozen dataclasses and plain objects both fit.
    """

    @property
    def source_start(self) -> int | None:
        """Offset of the source's first character."""

    @property
    def source_end(self) -> int | None:
        """Offset after the source's last character."""

    @property
    def cue_start(self) -> int | None:
        """Offset of the cue's first character."""

    @property
    def cue_end(self) -> int | None:
        """Offset after the cue's last character."""

    @property
    def content_start(self) -> int | None:
        """Offset of the content's first character."""

    @property
    def content_end(self) -> int | None:
        """Offset after the content's last character."""


Predictor = Callable[[str], tuple[Sequence[tuple[int, int]], Sequence[PredictedAttribution]]]
"""``predict(text) -> (sentence spans, predicted attributions)`` for one article."""
