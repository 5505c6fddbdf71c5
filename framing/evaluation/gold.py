"""framing against the project's own labelled news: whole articles, gold sentences mapped by overlap.

The gold folder (``shared/data/framing_gold`` and any set made the same way) holds ``articles.jsonl``
(``{"id", "text", ...metadata}``) and ``sentences.jsonl`` (one labelled sentence per line with ``doc_id``,
``start``/``end`` offsets into its article, ``labels`` on ANNOTATION.md's 0/1/2 scale, ``speaker``,
``source_type`` and ``boilerplate``). Each article is analysed whole, as a user would run it, so quotations,
speakers and negation see their context. A gold sentence takes the framing sentences it overlaps (those
with most of their characters inside it, or else the one it overlaps most): the dimension is predicted
present when one of them is present (:attr:`framing.SentenceResult.present`, the shipped decision rule),
and its score is their highest score. Boilerplate sentences (labelled 0 everywhere) are left out.

Peers (:mod:`framing.evaluation.peers`) score the same gold sentences' texts in the same run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from framing.analyze import analyze
from framing.evaluation.gold_articles import (
    GoldArticle,
    GoldSentence,
    load_gold_articles,
)
from framing.evaluation.items import check_part, part_of
from framing.evaluation.metrics import average_precision, classification, roc_auc
from framing.evaluation.peers import available_peers
from framing.lexicon import LexiconSet
from framing.names import without_accents
from framing.results import AUTHOR, ArticleResult, Match, SentenceResult

TOP_ERRORS = 15


@dataclass(frozen=True, slots=True)
class Prediction:
    """What framing says about one gold sentence, read off the framing sentences it overlaps."""

    gold: GoldSentence
    scores: Mapping[str, float]
    present: Mapping[str, bool]
    evidence: tuple[Match, ...]
    speaker: str
    source_type: str


@dataclass(frozen=True, slots=True)
class DimensionMetrics:
    """framing on one dimension at its shipped decision rule, and its ranking quality."""

    dimension: str
    n: int
    n_positive: int
    threshold: float
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    roc_auc: float | None
    pr_auc: float | None


@dataclass(frozen=True, slots=True)
class PeerMetrics:
    """A peer tool on one dimension, present when its score is above 0."""

    peer: str
    description: str
    dimension: str
    precision: float
    recall: float
    f1: float
    roc_auc: float | None
    pr_auc: float | None


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """A false positive or negative, with the evidence that produced (or failed to produce) it."""

    dimension: str
    kind: str
    id: str
    label: int
    score: float
    text: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class GoldReport:
    """The result of :func:`evaluate_gold`: metrics per dimension, peers, speakers and errors.

    Attributes:
        path: The gold folder read.
        n_articles: Articles analysed.
        n_sentences: Content sentences evaluated (boilerplate left out).
        metrics: framing per dimension.
        peers: Each peer on each dimension it stands in for.
        speaker_accuracy: Share of content sentences whose speaker is the gold speaker (same surname or
            last word, or both ``AUTHOR``).
        source_type_accuracy: Share of content sentences with the gold source type.
        errors: The top false positives and negatives per dimension (highest score first for false
            positives, lowest first for false negatives).
        part: ``all``, or the ``tune`` or ``heldout`` part of the articles (by the hash of their id).
    """

    path: str
    n_articles: int
    n_sentences: int
    metrics: tuple[DimensionMetrics, ...]
    peers: tuple[PeerMetrics, ...]
    speaker_accuracy: float
    source_type_accuracy: float
    errors: tuple[ErrorExample, ...] = field(default=())
    part: str = "all"

    def metric(self, dimension: str) -> DimensionMetrics:
        """Framing's metrics for ``dimension``."""
        for m in self.metrics:
            if m.dimension == dimension:
                return m
        raise KeyError(dimension)

    def best_peer(self, dimension: str) -> PeerMetrics | None:
        """The peer with the highest F1 on ``dimension``, if any peer scores it."""
        scored = [p for p in self.peers if p.dimension == dimension]
        return max(scored, key=lambda p: p.f1) if scored else None

    def to_dict(self) -> dict[str, Any]:
        """The report in the dict layout every ``framing evaluate`` report shares (JSON-ready)."""
        peers: dict[str, Any] = {}
        for p in self.peers:
            entry = peers.setdefault(p.peer, {"description": p.description})
            entry[p.dimension] = {
                k: _round(v) for k, v in asdict(p).items() if k not in ("peer", "description", "dimension")
            }
            entry[p.dimension]["f1_at_any"] = _round(p.f1)
        errors: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for e in self.errors:
            errors.setdefault(e.dimension, {"false_positives": [], "false_negatives": []})
            errors[e.dimension][f"{e.kind}s"].append(
                {"id": e.id, "label": e.label, "score": e.score, "text": e.text, "evidence": list(e.evidence)}
            )
        return {
            "dataset": "gold",
            "split": "articles",
            "part": self.part,
            "path": self.path,
            "n": self.n_sentences,
            "n_articles": self.n_articles,
            "metrics": {
                m.dimension: {k: _round(v) for k, v in asdict(m).items() if k != "dimension"}
                for m in self.metrics
            },
            "peers": peers,
            "speakers": {
                "speaker_accuracy": _round(self.speaker_accuracy),
                "source_type_accuracy": _round(self.source_type_accuracy),
            },
            "errors": errors,
        }


def predict(articles: Sequence[GoldArticle], lexicons: LexiconSet) -> list[Prediction]:
    """Analyse each article whole and read framing's prediction for each content gold sentence."""
    predictions = []
    for article in articles:
        result = analyze(article.text, lexicons=lexicons, doc=article.id)
        for gold in article.sentences:
            if not gold.boilerplate:
                predictions.append(_prediction(gold, result))
    return predictions


def evaluate_gold(
    path: str | Path,
    lexicons: LexiconSet,
    *,
    part: str = "all",
    peers: bool = True,
    top_errors: int = TOP_ERRORS,
) -> GoldReport:
    """Measure framing (and the installed peers) against a gold folder of whole labelled articles.

    Args:
        path: The gold folder (``articles.jsonl`` + ``sentences.jsonl``).
        lexicons: The lexicons to score with; their thresholds are the decision rule.
        part: ``all``, ``tune`` or ``heldout``: the articles of one fixed hash part of their ids
            (:func:`framing.evaluation.items.part_of`).
        peers: Also score the peer tools on the same sentences.
        top_errors: How many false positives and negatives to keep per dimension.

    Returns:
        The report; ``report.to_dict()`` is its JSON form.
    """
    check_part(part)
    articles = [a for a in load_gold_articles(path) if part == "all" or part_of(a.id) == part]
    predictions = predict(articles, lexicons)
    dimensions = [d for d in lexicons.dimensions if any(d in p.gold.labels for p in predictions)]
    metrics = tuple(_metrics(predictions, d, lexicons[d].threshold) for d in dimensions)
    errors = tuple(e for d in dimensions for e in _errors(predictions, d, top_errors))
    n = len(predictions) or 1
    return GoldReport(
        path=str(path),
        n_articles=len(articles),
        n_sentences=len(predictions),
        metrics=metrics,
        peers=_peer_metrics(predictions, dimensions) if peers else (),
        speaker_accuracy=sum(same_speaker(p.gold.speaker, p.speaker) for p in predictions) / n,
        source_type_accuracy=sum(p.gold.source_type == p.source_type for p in predictions) / n,
        errors=errors,
        part=part,
    )


def same_speaker(gold: str, predicted: str) -> bool:
    """Whether two speaker names refer to the same source: both ``AUTHOR``, or the same words.

    The same last word is a person's surname ("Vasily Anokhine" / "Anokhine") or an institution's head
    noun; otherwise the words of one must open or close the other ("Reuters" / "Reuters agency",
    "FBK" / "Foundation for the Fight against Corruption (FBK)"). Words, not characters: a name cut to
    a letter ("U" for "U.S. Energy Information Administration") or to a word from its middle ("Study")
    is a miss. Initials are the name they stand for ("ONS" / "Office for National Statistics"): framing
    names an organisation by the initials an article gave it in brackets. Variants such as "the Ministry
    of Defence" / "Defence ministry" count as misses.
    """
    if gold == AUTHOR or predicted == AUTHOR:
        return gold == predicted
    a, b = _words(gold), _words(predicted)
    if _initials_of(predicted, gold) or _initials_of(gold, predicted):
        return True  # framing names an organisation by the initials the article gave it: "ONS"
    return bool(a and b) and (a[-1] == b[-1] or _inside(a, b) or _inside(b, a))


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is 3-6 capitals that are the initials of the capitalized words of ``name``.

    "ONS" / "Office for National Statistics", "UNECE" / "United Nations Economic Commission for Europe".
    """
    if not (3 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False  # not two letters: "PM" / "Peter Mandelson", "EU" / "Edward Upton" (code review)
    # "The Office for National Statistics" is "ONS": an article opening the name is no initial
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words) == short


def _words(name: str) -> list[str]:
    """A name's words, casefolded, without the punctuation around them ("(FBK)" -> "fbk").

    A hyphen joins words of one name as a space does ("Thomas-Greenfield" / "Thomas Greenfield"), and
    accents are dropped: an article that writes "Daczić" once and "Daczic" once names one person.
    """
    bare = without_accents(name.casefold())
    return [w for w in (w.strip("()[]\"'.,;:’‘“”") for w in bare.replace("-", " ").split()) if w]


def _inside(part: list[str], whole: list[str]) -> bool:
    """Whether the words ``part`` open or close ``whole``."""
    return whole[: len(part)] == part or whole[-len(part) :] == part


# --- mapping and metrics ---------------------------------------------------------------------------------


def _overlap(sentence: SentenceResult, gold: GoldSentence) -> int:
    return max(0, min(sentence.end, gold.end) - max(sentence.start, gold.start))


def _prediction(gold: GoldSentence, result: ArticleResult) -> Prediction:
    overlapping = [s for s in result.sentences if _overlap(s, gold) > 0]
    if not overlapping:  # a gold span of white space only; nothing framing scored
        empty = dict.fromkeys(result.dimensions, 0.0)
        return Prediction(gold, empty, dict.fromkeys(result.dimensions, False), (), AUTHOR, "none")
    mostly_inside = [s for s in overlapping if 2 * _overlap(s, gold) >= s.end - s.start]
    mapped = mostly_inside or [max(overlapping, key=lambda s: _overlap(s, gold))]
    main = max(mapped, key=lambda s: _overlap(s, gold))
    return Prediction(
        gold=gold,
        scores={d: max(s.scores[d] for s in mapped) for d in result.dimensions},
        present={d: any(s.present[d] for s in mapped) for d in result.dimensions},
        evidence=tuple(m for s in mapped for m in s.evidence if m.weight > 0),
        speaker=main.speaker,
        source_type=main.source_type,
    )


def _metrics(predictions: Sequence[Prediction], dimension: str, threshold: float) -> DimensionMetrics:
    rows = [p for p in predictions if dimension in p.gold.labels]
    labels = [int(p.gold.labels[dimension] >= 1) for p in rows]
    scores = [p.scores[dimension] for p in rows]
    counts = classification(labels, [p.present[dimension] for p in rows])
    return DimensionMetrics(
        dimension=dimension,
        n=len(rows),
        n_positive=sum(labels),
        threshold=threshold,
        precision=float(counts["precision"]),
        recall=float(counts["recall"]),
        f1=float(counts["f1"]),
        tp=int(counts["tp"]),
        fp=int(counts["fp"]),
        fn=int(counts["fn"]),
        roc_auc=roc_auc(labels, scores),
        pr_auc=average_precision(labels, scores),
    )


def _peer_metrics(predictions: Sequence[Prediction], dimensions: Sequence[str]) -> tuple[PeerMetrics, ...]:
    found = []
    for peer in available_peers():
        for dimension in (d for d in dimensions if d in peer.dimensions):
            rows = [p for p in predictions if dimension in p.gold.labels]
            labels = [int(p.gold.labels[dimension] >= 1) for p in rows]
            scores = [peer.score(p.gold.text, dimension) for p in rows]
            counts = classification(labels, [s > 0 for s in scores])
            found.append(
                PeerMetrics(
                    peer=peer.name,
                    description=peer.description,
                    dimension=dimension,
                    precision=float(counts["precision"]),
                    recall=float(counts["recall"]),
                    f1=float(counts["f1"]),
                    roc_auc=roc_auc(labels, scores),
                    pr_auc=average_precision(labels, scores),
                )
            )
    return tuple(found)


def _errors(predictions: Sequence[Prediction], dimension: str, top: int) -> list[ErrorExample]:
    rows = [p for p in predictions if dimension in p.gold.labels]
    false_positives = sorted(
        (p for p in rows if p.present[dimension] and not p.gold.labels[dimension]),
        key=lambda p: (-p.scores[dimension], p.gold.id),
    )[:top]
    false_negatives = sorted(
        (p for p in rows if p.gold.labels[dimension] and not p.present[dimension]),
        key=lambda p: (-p.gold.labels[dimension], p.scores[dimension], p.gold.id),
    )[:top]
    return [
        ErrorExample(
            dimension=dimension,
            kind=kind,
            id=p.gold.id,
            label=p.gold.labels[dimension],
            score=p.scores[dimension],
            text=p.gold.text if len(p.gold.text) <= 300 else p.gold.text[:299] + "…",
            evidence=tuple(
                f"{m.subcategory}: {m.text} ({m.weight:g})" for m in p.evidence if m.dimension == dimension
            ),
        )
        for kind, chosen in (("false_positive", false_positives), ("false_negative", false_negatives))
        for p in chosen
    ]


def _round(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value
