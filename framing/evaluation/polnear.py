"""PolNeAR as a gold standard for attribution: load a split, score predictions against it.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates who said what in US political news: each
attribution has a source ("the governor"), a cue ("said") and a content (what was said). The corpus has no
licence, so it is read from a folder the caller passes and never copied into this repository. The layout
is the one of the corpus' own repository::

    <root>/metadata.tsv
    <root>/<split>/text/<article>.txt
    <root>/<split>/attributions/<article>_<annotator>.ann     (brat standoff)

>>> documents = load_polnear("../shared/data/polnear", "dev")
>>> summary(documents)["attributions"]
>>> score_polnear(documents, predict)["cue_overlap"]["f1"]

``predict(text)`` returns the sentence spans and the predicted attributions of one article. What each
metric counts, and how spans are matched, is in ``docs/evaluation_polnear.md``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from framing.errors import InputError
from framing.evaluation.items import read_text, short
from framing.evaluation.items import trim as trim_edges
from framing.evaluation.metrics import precision_recall_f1

Span = tuple[int, int]
"""Character offsets ``(start, end)`` into the document text: ``text[start:end]``."""

METADATA = "metadata.tsv"
ROLES = ("Source", "Cue", "Content")
METRICS = ("sentence", "cue_overlap", "cue_exact", "source_overlap", "source_exact", "content_overlap")

# brat standoff ids: T spans, E events, A/M attributes, R relations, N normalizations, * equivalences,
# # notes. Only T and E matter for attributions; the others are read past.
_BRAT_LINE = re.compile(r"([TEARMN#]\d+|\*)\t")
_OFFSETS = re.compile(r"\d+ \d+(?:;\d+ \d+)*")
_ANN_NAME = re.compile(r"(?P<article>.+)_(?P<annotator>[^_]+)\.ann")
# "Content2" in an E line is a second content span of the same attribution.
_ROLE_NUMBER = re.compile(r"\d+$")
_UTF8_FIX = "PolNeAR files are UTF-8, so the file is damaged or not from the corpus"


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


def load_polnear(root: str | Path, split: str) -> list[GoldDocument]:
    """Read one split of PolNeAR: every article with the attributions of exactly one annotator.

    An article annotated by several annotators (the corpus' agreement articles) is read from the first
    annotator listed for it in the ``annotators`` column of ``<root>/metadata.tsv`` that has a ``.ann``
    file; without a metadata row (or without ``metadata.tsv``) the smallest annotator ID is taken.

    Args:
        root: The PolNeAR data folder, which holds ``metadata.tsv`` and the split folders.
        split: The split folder's name: ``train``, ``dev``, ``test`` or any folder of the same layout.

    Returns:
        The articles, sorted by ``doc_id``.

    Raises:
        InputError: The folder or the split is missing or incomplete, an article lacks its text or its
            annotation, or a file cannot be parsed (the message names ``file:line``).
    """
    root_dir = Path(root)
    if not root_dir.is_dir():
        raise InputError(
            f"{root}: no such folder; pass the PolNeAR data folder (the one holding metadata.tsv and the split folders)"
        )
    split_dir = root_dir / split
    if not split_dir.is_dir():
        present = sorted(p.name for p in root_dir.iterdir() if (p / "text").is_dir())
        raise InputError(
            f"{split_dir}: no such split folder; splits in {root}: {', '.join(present) or '(none)'}"
        )
    for folder in ("text", "attributions"):
        if not (split_dir / folder).is_dir():
            raise InputError(
                f"{split_dir} has no {folder}/ folder; a PolNeAR split holds text/<article>.txt and "
                "attributions/<article>_<annotator>.ann"
            )
    texts = {path.stem: path for path in sorted((split_dir / "text").glob("*.txt"))}
    if not texts:
        raise InputError(f"{split_dir / 'text'} holds no .txt article; check that {split} is a PolNeAR split")
    annotations = _annotation_files(split_dir / "attributions", texts)
    unannotated = sorted(set(texts) - set(annotations))
    if unannotated:
        raise InputError(
            f"{texts[unannotated[0]]} has no attributions/{unannotated[0]}_<annotator>.ann "
            f"({len(unannotated)} article(s) without one); every article needs its annotation"
        )
    listed = _metadata_annotators(root_dir / METADATA, split)
    documents = []
    for article, text_path in texts.items():
        annotator = _choose_annotator(annotations[article], listed.get(article, ()))
        text = read_text(text_path, fix=_UTF8_FIX)
        attributions = _parse_ann(annotations[article][annotator], text, text_path.name)
        documents.append(GoldDocument(article, text, attributions, annotator))
    return documents


def summary(documents: Sequence[GoldDocument]) -> dict[str, int]:
    """Counts that describe a loaded split: articles, attributions, and attributions with each role.

    Args:
        documents: What :func:`load_polnear` returned.

    Returns:
        ``documents``, ``attributions``, ``attributions_with_source``, ``attributions_with_cue``,
        ``attributions_with_content``, ``attributions_with_discontinuous_role`` (a role in several
        pieces) and ``characters`` (length of all texts).
    """
    attributions = [a for d in documents for a in d.attributions]
    return {
        "documents": len(documents),
        "attributions": len(attributions),
        "attributions_with_source": sum(1 for a in attributions if a.source),
        "attributions_with_cue": sum(1 for a in attributions if a.cue),
        "attributions_with_content": sum(1 for a in attributions if a.content),
        "attributions_with_discontinuous_role": sum(
            1 for a in attributions if max(len(a.source), len(a.cue), len(a.content)) > 1
        ),
        "characters": sum(len(d.text) for d in documents),
    }


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


# --- loading ---------------------------------------------------------------------------------------------


def _annotation_files(folder: Path, texts: Mapping[str, Path]) -> dict[str, dict[str, Path]]:
    annotations: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.glob("*.ann")):
        match = _ANN_NAME.fullmatch(path.name)
        if match is None:
            raise InputError(f"{path}: the name must be <article>_<annotator>.ann; rename the file")
        article = match["article"]
        if article not in texts:
            raise InputError(
                f"{path}: no text/{article}.txt for this annotation; restore the text or remove the .ann"
            )
        annotations.setdefault(article, {})[match["annotator"]] = path
    return annotations


def _metadata_annotators(path: Path, split: str) -> dict[str, tuple[str, ...]]:
    """Article -> its annotators in metadata order; rows of this split win over rows of another."""
    if not path.is_file():
        return {}
    # Split on tabs by hand: titles hold unbalanced quote marks that would derail the csv module.
    lines = [line.rstrip("\r") for line in read_text(path, fix=_UTF8_FIX).split("\n")]
    header = lines[0].split("\t") if lines else []
    if "filename" not in header or "annotators" not in header:
        raise InputError(
            f"{path}:1: no 'filename' and 'annotators' columns; it should be PolNeAR's metadata.tsv"
        )
    name_at, annotators_at = header.index("filename"), header.index("annotators")
    compartment_at = header.index("compartment") if "compartment" in header else None
    own: dict[str, tuple[str, ...]] = {}
    other: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            raise InputError(
                f"{path}:{number}: {len(fields)} tab-separated fields, the header has {len(header)}; fix the row"
            )
        annotators = tuple(a.strip() for a in fields[annotators_at].split("|") if a.strip())
        same_split = compartment_at is None or fields[compartment_at] == split
        (own if same_split else other)[fields[name_at]] = annotators
    return other | own


def _choose_annotator(available: Mapping[str, Path], listed: Sequence[str]) -> str:
    # First listed annotator with a file: a fixed, documented choice rather than the corpus software's
    # random one, so that every run scores against the same gold.
    for annotator in listed:
        if annotator in available:
            return annotator
    return min(available)


@dataclass(frozen=True, slots=True)
class _Event:
    ident: str
    line: int
    references: tuple[tuple[str, str], ...]  # (role, T id); the trigger comes first, role ""


def _parse_ann(path: Path, text: str, text_name: str) -> tuple[GoldAttribution, ...]:
    lines = read_text(path, fix=_UTF8_FIX).split("\n")
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[_Event] = []
    seen: set[str] = set()
    index = 0
    while index < len(lines):
        number, line = index + 1, lines[index]
        index += 1
        if not line.strip():
            continue
        found = _BRAT_LINE.match(line)
        if found is None:
            raise InputError(
                f"{path}:{number}: not a brat annotation line (an id such as T1 or E1, a tab, then the "
                "annotation); fix or remove the line"
            )
        ident = found.group(1)
        if ident != "*" and ident in seen:
            raise InputError(f"{path}:{number}: {ident} is defined twice; brat ids must be unique in a file")
        seen.add(ident)
        if ident.startswith("T"):
            pieces, expected = _parse_span(path, number, line, text, text_name)
            # brat writes a span's text as is, so a span across a line break goes on over the next lines.
            extra = expected.count("\n")
            written = "\n".join([line.split("\t", 2)[-1], *lines[index : index + extra]])
            index += extra
            if written.replace("\r", "") != expected.replace("\r", ""):
                raise InputError(
                    f"{path}:{number}: {ident} text {short(written)} differs from {text_name} at its offsets "
                    f"({short(expected)}); the .ann and the .txt are not the same version"
                )
            spans[ident] = pieces
        elif ident.startswith("E"):
            events.append(_parse_event(path, number, line, ident))
    return tuple(_attribution(path, event, spans) for event in events)


def _parse_span(
    path: Path, number: int, line: str, text: str, text_name: str
) -> tuple[tuple[Span, ...], str]:
    fields = line.split("\t", 2)
    label, _, offsets = fields[1].partition(" ")
    if len(fields) < 3 or not label or not _OFFSETS.fullmatch(offsets):
        raise InputError(
            f"{path}:{number}: expected 'T<n><tab><Label> <start> <end>[;<start> <end>...]<tab><text>', "
            f"got {short(line)}"
        )
    pieces = []
    for piece in offsets.split(";"):
        start, end = (int(x) for x in piece.split(" "))
        if not start < end <= len(text):
            raise InputError(
                f"{path}:{number}: span {start}-{end} is empty or outside {text_name} ({len(text)} characters); "
                "the .ann belongs to another text"
            )
        pieces.append((start, end))
    # brat joins the pieces' text with one space, in the order the offsets are written.
    expected = " ".join(text[start:end] for start, end in pieces)
    return tuple(sorted(pieces)), expected


def _parse_event(path: Path, number: int, line: str, ident: str) -> _Event:
    arguments = line.split("\t")[1].split()
    references = []
    for position, argument in enumerate(arguments):
        role, colon, target = argument.partition(":")
        if not colon or not target.startswith("T"):
            raise InputError(
                f"{path}:{number}: {ident} argument {argument!r} is not <Role>:T<n>; fix the line"
            )
        if position == 0:
            references.append(("", target))  # the trigger: an anchor on the cue, not a role
            continue
        base = _ROLE_NUMBER.sub("", role)
        if base not in ROLES:
            raise InputError(
                f"{path}:{number}: {ident} has role {role!r}; PolNeAR roles are Source, Cue and Content"
            )
        references.append((base, target))
    if not references:
        raise InputError(f"{path}:{number}: {ident} has no trigger; expected e.g. 'Attribution:T4 Cue:T2'")
    return _Event(ident, number, tuple(references))


def _attribution(path: Path, event: _Event, spans: Mapping[str, tuple[Span, ...]]) -> GoldAttribution:
    pieces: dict[str, list[Span]] = {role: [] for role in ROLES}
    for role, target in event.references:
        if target not in spans:
            raise InputError(
                f"{path}:{event.line}: {event.ident} refers to {target}, which no T line defines; fix the line"
            )
        # The E line's role wins over the T line's label: they disagree 3 times in train, and the E line
        # is the annotation of the relation.
        if role:
            pieces[role].extend(spans[target])
    source, cue, content = (tuple(sorted(set(pieces[role]))) for role in ROLES)
    return GoldAttribution(source=source, cue=cue, content=content)


# --- scoring ---------------------------------------------------------------------------------------------


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
