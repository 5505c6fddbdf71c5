"""Which attribution carries each sentence: the one that covers most of it, not a medium that relays another.

"X said ..., BelTA has learned": X's sentence. The sentence's speaker is its carrier's (``AUTHOR`` when none).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from framing.attribution.genders import GENDERED
from framing.attribution.resolver import UNKNOWN
from framing.lexicon import LexiconSet
from framing.results import AUTHOR, Attribution
from framing.segment import Sentence


def sentence_carriers(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution], lexicons: LexiconSet
) -> dict[int, Attribution]:
    """Sentence index -> the attribution that covers most of it (no scare quotes, unknowns, intentions).

    An attribution reported inside another's content ("X said ..., BelTA has learned") is the inner
    source's: the outer one (the medium that relays it) does not carry the sentence. One reported inside
    the content of a source framing could not name carries nothing either: the sentence stays the author's.
    """
    best: dict[int, tuple[int, Attribution]] = {}
    # "In it he alleges that Mr Blair told ...": a claim reported inside the words of a source no one
    # could name is still that source's sentence, not the inner claim's
    third_person = {e.pattern for e in lexicons.speech.pronouns if e.subcategory in GENDERED}
    unknown = [
        (a.content_start, a.content_end)
        for a in attributions
        if a.speaker == UNKNOWN
        and a.rule == "verb"
        and a.cue_start is not None
        and (a.source_text or "").lower() in third_person
    ]
    # "Ukraine expects shipments to leave “this week”, its minister says": the paraphrase a quotation ends
    # is the minister's; a claim whose source and cue stand inside it is part of it
    mixed = [(a.content_start, a.content_end) for a in attributions if a.rule == "mixed_quote"]
    kept = [
        a
        for a in attributions
        if a.kind != "scare"
        and a.speaker != UNKNOWN
        and a.rule != "intent"
        and not (a.kind == "indirect" and (_reported_in(a, unknown) or _opened_in(a, mixed)))
    ]
    for a, relays in zip(kept, _relays(kept), strict=True):
        if relays:
            continue
        for index in a.sentences:
            s = sentences[index]
            if s.boilerplate:
                continue  # "Advertisement" inside a quotation is no one's words
            overlap = min(s.end, a.content_end) - max(s.start, a.content_start)
            if a.cue_start is not None and s.start <= a.cue_start < s.end:
                overlap = max(overlap, 1)
            if a.rule == "colon_line":
                # "WALLACE: ..." names who speaks each sentence of its line; inside a quoted transcript the
                # quotation around it (longer, so covering more) is only who quoted the transcript
                overlap = s.end - s.start + 1
            if overlap > 0 and (index not in best or overlap > best[index][0]):
                best[index] = (overlap, a)
    return {index: a for index, (_, a) in best.items()}


def sentence_speakers(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution], lexicons: LexiconSet
) -> list[tuple[str, str]]:
    """Each sentence takes the speaker of the attribution that covers most of it; ``AUTHOR`` otherwise."""
    carriers = sentence_carriers(sentences, attributions, lexicons)
    return [
        (carriers[s.index].speaker, carriers[s.index].source_type)
        if s.index in carriers
        else (AUTHOR, "none")
        for s in sentences
    ]


def _relays(kept: Sequence[Attribution]) -> list[bool]:
    """For each attribution, whether it is a medium relaying another source's claim ("X said ..., BelTA reports").

    A medium's attribution relays when some other source's cue stands inside its content with that
    source's mention and cue both after the content's start. The other attributions are sorted by cue,
    and a range maximum of (the earlier of mention and cue) answers each medium with two bisections.
    """
    inner = sorted(
        (b.cue_start, min(b.source_start, b.cue_start))
        for b in kept
        if b.source_type != "media"
        and b.kind != "scare"
        and b.cue_start is not None
        and b.source_start is not None
    )
    if not inner or all(a.source_type != "media" for a in kept):
        return [False] * len(kept)
    cues = [cue for cue, _ in inner]
    earliest = _RangeMax([first for _, first in inner])
    relays = []
    for a in kept:
        lo, hi = bisect_left(cues, a.content_start), bisect_left(cues, a.content_end)
        relays.append(a.source_type == "media" and hi > lo and earliest(lo, hi) >= a.content_start)
    return relays


class _RangeMax:
    """The maximum of any run of a list of numbers, in constant time (a sparse table)."""

    def __init__(self, values: Sequence[int]) -> None:
        self.levels = [list(values)]  # levels[k][i]: the maximum of values[i : i + 2**k]
        width = 1
        while 2 * width <= len(values):
            previous = self.levels[-1]
            self.levels.append([max(previous[i], previous[i + width]) for i in range(len(previous) - width)])
            width *= 2

    def __call__(self, lo: int, hi: int) -> int:
        """The maximum of ``values[lo:hi]`` (``hi > lo``)."""
        k = (hi - lo).bit_length() - 1
        row = self.levels[k]
        return max(row[lo], row[hi - (1 << k)])


def _reported_in(a: Attribution, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim stands wholly inside one of ``spans`` (another claim's content): its source, cue and content.

    A closing tag is not inside the claim it closes: ", Kapranos said." reports the words before it.
    """
    if a.cue_start is None:
        return False
    first = a.cue_start if a.source_start is None else min(a.cue_start, a.source_start)
    return any(start <= first and start <= a.content_start and a.content_end <= end for start, end in spans)


def _opened_in(a: Attribution, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim's source and cue stand inside one of ``spans`` (its content may run on past it)."""
    if a.cue_start is None:
        return False
    first = a.cue_start if a.source_start is None else min(a.cue_start, a.source_start)
    return any(start <= first and a.cue_start < end for start, end in spans)
