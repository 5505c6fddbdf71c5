"""Reading PolNeAR's layout: the split folders, metadata.tsv and the brat standoff annotations."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.evaluation.items import read_text, short
from framing.evaluation.polnear.documents import GoldAttribution, GoldDocument, Span

METADATA = "metadata.tsv"
ROLES = ("Source", "Cue", "Content")

# brat standoff ids: T spans, E events, A/M attributes, R relations, N normalizations, * equivalences,
# # notes. Only T and E matter for attributions; the others are read past.
_BRAT_LINE = re.compile(r"([TEARMN#]\d+|\*)\t")
_OFFSETS = re.compile(r"\d+ \d+(?:;\d+ \d+)*")
_ANN_NAME = re.compile(r"(?P<article>.+)_(?P<annotator>[^_]+)\.ann")
# "Content2" in an E line is a second content span of the same attribution.
_ROLE_NUMBER = re.compile(r"\d+$")
_UTF8_FIX = "PolNeAR files are UTF-8, so the file is damaged or not from the corpus"


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
