"""The Szeged Uncertainty Corpus as gold for hedging: one item per sentence.

>>> items = load_szeged("../shared/data/szeged_uncertainty/wiki.xml", part="tune")
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from framing.errors import InputError
from framing.evaluation.items import (
    Item,
    Span,
    check_part,
    corpus_files,
    flags,
    in_order,
    is_blank,
    select,
    trim,
    unique,
)


def load_szeged(path: str | Path, *, split: str = "all", part: str = "all") -> list[Item]:
    """Read the Szeged Uncertainty Corpus: one item per sentence, labelled for hedging.

    A sentence is hedged when it holds at least one ``<ccue>`` (uncertainty cue). ``text`` is the whole
    sentence text with the tags removed; ``gold`` holds each cue's span (trimmed of white space) with its
    type, spaces removed (``"speculation_hypo_doxastic _"`` -> ``"speculation_hypo_doxastic_"``);
    ``category`` is the sentence's cue types in order of appearance, comma-joined. Sentences that are only
    white space are skipped.

    Args:
        path: One XML file of the corpus (``wiki.xml``) or a folder of them.
        split: ``all``, or for a folder the stem of one file (``wiki``) to read only that file.
        part: One of :data:`~framing.evaluation.items.PARTS`.

    Returns:
        The sentences, by ``doc_id`` (``<file stem>:<DocID>``) then in document order; ``id`` is
        ``<doc_id>:<sentence id>``.

    Raises:
        InputError: The path, the split or a ``<DocID>`` is missing, or a file is not well-formed XML.
    """
    check_part(part)
    keyed: list[tuple[str, int, Item]] = []
    what = "a Szeged Uncertainty XML file (wiki.xml) or a folder of them"
    for file in corpus_files(path, ".xml", split, what):
        for position, item in enumerate(_szeged_file(file)):
            keyed.append((item.doc_id, position, item))
    return select(unique(in_order(keyed), path), part)


def _szeged_file(path: Path) -> list[Item]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]
        raise InputError(
            f"{path}:{line}:{column}: not well-formed XML ({reason}); the file is damaged or not from the corpus"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    documents = [e for e in root.iter() if _tag(e) == "document"]
    if not documents:
        raise InputError(f"{path}: no <Document> element; it is not a Szeged Uncertainty XML file")
    items = []
    for number, document in enumerate(documents, start=1):
        doc_ids = [(e.text or "").strip() for e in document if _tag(e) == "docid"]
        if not doc_ids or not doc_ids[0]:
            raise InputError(f"{path}: document {number} has no <DocID>; every document needs one")
        doc_id = f"{path.stem}:{doc_ids[0]}"
        sentences = [e for e in document.iter() if _tag(e) == "sentence"]
        for position, sentence in enumerate(sentences, start=1):
            pieces: list[str] = []
            cues: list[Span] = []
            _flatten(sentence, pieces, cues)
            text = "".join(pieces)
            if is_blank(text):
                continue
            types = [label for _, _, label in cues]
            items.append(
                Item(
                    id=f"{doc_id}:{sentence.get('id') or f's{position}'}",
                    doc_id=doc_id,
                    text=text,
                    labels=flags({"hedging": bool(cues)}),
                    gold=_cue_spans(text, cues),
                    category=",".join(dict.fromkeys(types)),
                )
            )
    return items


def _flatten(element: ET.Element, pieces: list[str], cues: list[Span]) -> None:
    """Append ``element``'s text to ``pieces`` in reading order (text, children, tails) and its cue spans."""
    if element.text:
        pieces.append(element.text)
    for child in element:
        start = sum(map(len, pieces))
        _flatten(child, pieces, cues)
        if _tag(child) == "ccue":
            cues.append((start, sum(map(len, pieces)), "".join(child.get("type", "").split())))
        if child.tail:
            pieces.append(child.tail)


def _cue_spans(text: str, cues: list[Span]) -> tuple[Span, ...]:
    """The cues trimmed of white space, sorted; a cue of nothing but white space marks nothing."""
    trimmed = ((*trim(text, start, end), label) for start, end, label in cues)
    return tuple(sorted(span for span in trimmed if span[0] < span[1]))


def _tag(element: ET.Element) -> str:
    # The DTD spells <sentence>, the files <Sentence>: compare without case.
    return element.tag.lower() if isinstance(element.tag, str) else ""
