"""The ``attribution`` evidence of a sentence that carries a source's words.

ANNOTATION.md counts a sentence as attribution when it attributes words, speech or belief to a source. The
attribution lexicon finds cues ("said", "according to") in the sentence that holds them; a sentence inside
a quotation that runs over several sentences, or inside a dash quotation or a colon line, carries the
source's words with no cue of its own. Each such sentence gets one match, its span the evidence a reader
sees: the cue or colon in the sentence, else the source as written in it, else the source's words in it
(never a lone quote mark, which tells a reader nothing: second new-user trial). A
sentence whose cue the lexicon already matched gets nothing more (the same cue is not counted twice).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.results import Attribution, Match
from framing.segment import Sentence

DIMENSION = "attribution"
WEIGHT = 1.0
_MARKS = "\"'“”„«»‘’‚"


def attribution_evidence(
    text: str, sentence: Sentence, carrier: Attribution | None, evidence: Sequence[Match]
) -> tuple[Match, ...]:
    """The match for a sentence carrying ``carrier``'s words, or none.

    Args:
        text: The document.
        sentence: The sentence.
        carrier: The attribution whose speaker the sentence carries (None: the author speaks).
        evidence: The sentence's matches so far.
    """
    if carrier is None:
        return ()
    span = _span(text, sentence, carrier)
    if span is None:
        return ()
    start, end = span
    if any(m.dimension == DIMENSION and m.weight > 0 and m.start < end and start < m.end for m in evidence):
        return ()
    cue_here = carrier.cue_start is not None and sentence.start <= carrier.cue_start < sentence.end
    if cue_here and any(m.dimension == DIMENSION and m.weight > 0 for m in evidence):
        return ()  # the lexicon matched this sentence's cue already
    return (
        Match(
            dimension=DIMENSION,
            subcategory=f"{DIMENSION}/source_words",
            pattern=f"<{carrier.rule}>",
            start=start,
            end=end,
            text=text[start:end],
            weight=WEIGHT,
            modifiers=(f"words of {carrier.speaker!r} ({carrier.source_type})", f"rule {carrier.rule}"),
            lexicon=DIMENSION,
            sentence=sentence.index,
        ),
    )


def _span(text: str, sentence: Sentence, carrier: Attribution) -> tuple[int, int] | None:
    """The cue, else the source as written, else a colon cue, else the content, in the sentence (no quote marks)."""
    inside = range(sentence.start, sentence.end)
    worded = carrier.cue is not None and any(c.isalpha() for c in carrier.cue)  # a colon alone says little
    if worded and carrier.cue_start in inside and carrier.cue_end is not None:
        return carrier.cue_start, min(carrier.cue_end, sentence.end)
    if carrier.source_start is not None and carrier.source_start in inside and carrier.source_end is not None:
        return carrier.source_start, min(carrier.source_end, sentence.end)
    if carrier.cue_start is not None and carrier.cue_start in inside and carrier.cue_end is not None:
        return carrier.cue_start, carrier.cue_end
    start = max(sentence.start, carrier.content_start)
    end = min(sentence.end, carrier.content_end)
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS):
        end -= 1
    return (start, end) if start < end else None
