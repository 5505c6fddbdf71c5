"""Scoring predicted attributions against PolNeAR: sentences, cues, sources and content, micro-averaged."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from framing.evaluation.items import trim as trim_edges
from framing.evaluation.metrics import precision_recall_f1
from framing.evaluation.polnear.documents import GoldDocument, PredictedAttribution, Predictor, Span

METRICS = ("sentence", "cue_overlap", "cue_exact", "source_overlap", "source_exact", "content_overlap")


def score_polnear(documents: Sequence[GoldDocument], predict: Predictor) -> dict[str, dict[str, float]]:
    """Score a predictor against gold attributions; counts are pooled over all documents (micro-average).

    Args:
        documents: Gold articles from :func:`load_polnear`.
        predict: Called once per article with its text; returns the sentence spans (used for the
            ``sentence`` metric, for gold and prediction alike) and the predicted attributions.

    Returns:
        Metric name (see :data:`METRICS`) -> ``precision``, ``recall``, ``f1`` (in [0, 1], 0/0 counted
        as 0.0) and the counts ``tp``, ``fp``, ``fn`` (sentences, spans or characters, by metric).

    Raises:
        ValueError: ``predict`` returned a span that is not inside the text, or half a span.
    """
    counts = {name: [0, 0, 0] for name in METRICS}
    for document in documents:
        text = document.text
        sentences, predicted = predict(text)
        sentence_spans = [
            span for s in sentences if (span := _checked(s[0], s[1], document, "sentence")) is not None
        ]
        pred = _predicted_spans(predicted, document)
        gold = {
            "source": [a.source for a in document.attributions if a.source],
            "cue": [a.cue for a in document.attributions if a.cue],
            "content": [a.content for a in document.attributions if a.content],
        }

        gold_marked = [piece for pieces in gold["cue"] + gold["content"] for piece in pieces]
        pred_marked = pred["cue"] + pred["content"]
        for sentence in sentence_spans:
            _add(
                counts["sentence"],
                gold=any(_overlap(sentence, piece) for piece in gold_marked),
                pred=any(_overlap(sentence, span) for span in pred_marked),
            )
        for role in ("cue", "source"):
            n_gold, n_pred = len(gold[role]), len(pred[role])
            _add_matches(counts[f"{role}_overlap"], _match_overlap(gold[role], pred[role]), n_gold, n_pred)
            _add_matches(counts[f"{role}_exact"], _match_exact(text, gold[role], pred[role]), n_gold, n_pred)
        gold_chars = _word_characters(text, [piece for pieces in gold["content"] for piece in pieces])
        pred_chars = _word_characters(text, pred["content"])
        tp = len(gold_chars & pred_chars)
        _add_counts(counts["content_overlap"], tp, len(pred_chars) - tp, len(gold_chars) - tp)
    return {name: precision_recall_f1(*counts[name]) for name in METRICS}


def trim(text: str, span: Span) -> Span:
    """Narrow a span past whitespace and punctuation at its edges; a span of nothing else stays as is.

    Punctuation is every Unicode category ``P*``: quote marks, dashes, brackets, ``. , : ; ! ? @``.

    Args:
        text: The document text.
        span: Offsets into ``text``.

    Returns:
        The trimmed offsets, or ``span`` unchanged when trimming would leave nothing (a ``:`` cue).
    """
    start, end = trim_edges(text, *span, is_edge=_is_edge)
    return (start, end) if start < end else span


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def _predicted_spans(
    predicted: Sequence[PredictedAttribution], document: GoldDocument
) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
    for p in predicted:
        for role, start, end in (
            ("source", p.source_start, p.source_end),
            ("cue", p.cue_start, p.cue_end),
            ("content", p.content_start, p.content_end),
        ):
            span = _checked(start, end, document, role)
            if span is not None:
                spans[role].append(span)
    return spans


def _checked(start: int | None, end: int | None, document: GoldDocument, what: str) -> Span | None:
    # An empty span marks nothing, like a missing one; half a span or one outside the text is a bug.
    if start is None and end is None:
        return None
    if start is None or end is None or not 0 <= start <= end <= len(document.text):
        raise ValueError(
            f"predicted {what} span ({start}, {end}) of {document.doc_id} is not inside its text "
            f"(0-{len(document.text)}); check the offsets predict() returns"
        )
    return (start, end) if start < end else None


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _shared(gold: tuple[Span, ...], pred: Span) -> int:
    return sum(_overlap(piece, pred) for piece in gold)


def _match_overlap(gold: Sequence[tuple[Span, ...]], pred: Sequence[Span]) -> int:
    """One-to-one matches that share a character, taken greedily by most characters shared."""
    pairs = [(_shared(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)]
    return _greedy([pair for pair in pairs if pair[0] > 0])


def _match_exact(text: str, gold: Sequence[tuple[Span, ...]], pred: Sequence[Span]) -> int:
    """One-to-one matches whose trimmed spans are equal; a discontinuous gold role compares its cover."""
    gold_keys = [trim(text, (g[0][0], max(end for _, end in g))) for g in gold]
    pred_keys = [trim(text, p) for p in pred]
    pairs = [(1, gi, pi) for gi, g in enumerate(gold_keys) for pi, p in enumerate(pred_keys) if g == p]
    return _greedy(pairs)


def _greedy(pairs: list[tuple[int, int, int]]) -> int:
    # Ties go to the earlier gold span, then the earlier prediction, so the result is deterministic.
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2])):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    return len(used_gold)


def _word_characters(text: str, spans: Sequence[Span]) -> set[int]:
    # Letters and digits only: whether quote marks, a final period or spaces are inside the span is a
    # convention of the annotation, not a difference in what was attributed.
    return {i for start, end in spans for i in range(start, end) if text[i].isalnum()}


def _add(counts: list[int], *, gold: bool, pred: bool) -> None:
    _add_counts(counts, int(gold and pred), int(pred and not gold), int(gold and not pred))


def _add_matches(counts: list[int], matched: int, n_gold: int, n_pred: int) -> None:
    _add_counts(counts, matched, n_pred - matched, n_gold - matched)


def _add_counts(counts: list[int], tp: int, fp: int, fn: int) -> None:
    counts[0] += tp
    counts[1] += fp
    counts[2] += fn
