"""Inside a reported claim: its quotations are its source's, its intentions and beliefs part of what was said.

"X warned it would “lead to consequences”" quotes X; "X said she plans to ..." reports one claim, X's.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from framing.attribution.base import class_words
from framing.attribution.context import Claim
from framing.attribution.resolver import UNKNOWN
from framing.lexicon import LexiconSet
from framing.results import AUTHOR, Attribution


def quotation_host(claim: Claim, built: Sequence[Attribution]) -> Attribution | None:
    """The reported claim of this sentence whose content holds a floating quotation, if any."""
    quote = claim.quote
    if claim.kind != "floating" or quote is None:
        return None
    return next(
        (
            a
            for a in reversed(built)
            if a.kind == "indirect"
            and a.rule != "intent"
            and a.speaker not in (UNKNOWN, AUTHOR)
            and a.content_start <= quote.content_start
            and quote.content_end <= a.content_end + 1
        ),
        None,
    )


def quoted_in_claims(built: list[Attribution]) -> list[Attribution]:
    """A short quotation inside a reported claim's content is the source's words, not a scare quote.

    "Blinken warned that an invasion would bring “severe consequences”" (issue 9, class 6): the quote is
    read before the claim, so it is handed to its host once the sentence is done. So is a quotation whose
    cue named no source ("Haines told ... that the war is “unlikely to end,” warning that ...").
    """
    hosts = [
        a for a in built if a.kind == "indirect" and a.rule != "intent" and a.speaker not in (UNKNOWN, AUTHOR)
    ]
    if not hosts:
        return built
    result = []
    for a in built:
        # only a scare quote or a sourceless quotation can be hosted: the others skip the scan of the hosts,
        # which made a sentence of thousands of claims ("said Putin said ...") quadratic
        host = next((h for h in hosts if _hosted(a, h)), None) if _hostable(a) else None
        if host is not None and a.kind == "direct":
            a = dataclasses.replace(a, speaker=host.speaker, source_type=host.source_type)
        elif host is not None:
            a = dataclasses.replace(
                a, speaker=host.speaker, source_type=host.source_type, kind="floating", rule="quoted_in_claim"
            )
        result.append(a)
    return result


def _hostable(a: Attribution) -> bool:
    """Whether a host's content could take ``a`` in: a scare quote (not a title), or a sourceless quotation."""
    return (a.kind == "scare" and a.rule != "title") or (
        a.kind == "direct" and a.speaker == UNKNOWN and a.source_text is None and a.cue_start is not None
    )


def _hosted(a: Attribution, host: Attribution) -> bool:
    """Whether the host's content holds a hostable ``a`` (for a sourceless quotation, its cue too)."""
    if not (host.content_start <= a.content_start and a.content_end <= host.content_end + 1):
        return False
    return a.kind == "scare" or (
        a.cue_start is not None and host.content_start <= a.cue_start < host.content_end
    )


_COORDINATED = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s(?:while|whereas)\s")
"""A second clause opens: after a semicolon, ", and", ", but", "while", "whereas"."""


def held_views(
    text: str, starts: Sequence[int], found: Sequence[Attribution], lexicons: LexiconSet
) -> list[Attribution]:
    """Drop an intention or belief whose cue stands inside another claim's content: it is part of that claim.

    "Stein said she plans to join the protest", "Cook told the Times that Carter believes ...": the
    sentence reports Stein's and Cook's words, the plan and the belief are what they said. A speech cue
    inside a claim stays one ("X said that Y warned ..."). The claim needs a known source: "..., it added"
    leaves the belief its holder; so does a second clause between the claim's cue and the belief's
    ("Brown said taxes would rise, and Blair expects growth to slow"). PolNeAR train marks 63 of 524 such
    intentions and fewer than one in ten such beliefs (``belief_cue``); speech cues inside a claim about two
    in three. Dev cue exact F1 0.670 -> 0.680, train 0.658 -> 0.666. ``starts``: each sentence's start
    offset, by index (the second clause is looked for from the belief's sentence on).
    """
    spans: list[tuple[int, int]] = []
    cue_ends: list[int] = []  # the claims' cue ends: a second clause opens after the nearest one before
    for a in found:
        if (
            a.cue_start is not None
            and a.rule != "intent"
            and a.kind != "scare"
            and a.speaker not in (UNKNOWN, AUTHOR)
        ):
            spans.append((a.content_start, a.content_end))
            cue_ends.append(a.cue_end if a.cue_end is not None else a.cue_start)
    cue_ends.sort()
    claims = CoveringSpans(spans)
    beliefs = class_words(lexicons, "belief_cue")

    def held(a: Attribution) -> bool:
        if a.cue is None or a.cue_start is None:
            return False
        if a.rule != "intent" and beliefs.isdisjoint(a.cue.lower().split()):
            return False
        # "Brown said taxes would rise, and Blair expects growth to slow": a clause of its own, whatever
        # span the claim before it was given
        before = bisect_right(cue_ends, a.cue_start)
        opened = max(starts[min(a.sentences)], cue_ends[before - 1] if before else 0)
        if _COORDINATED.search(text, opened, a.cue_start):
            return False
        return claims.holds(a.cue_start, besides=(a.content_start, a.content_end))

    return [a for a in found if not held(a)]


class CoveringSpans:
    """Spans filed all at once, then asked whether one holds a position: two sorted lists of offsets.

    :class:`SpanIndex` files a span under every bucket it touches; in one sentence of a megabyte whose
    thousands of claims each run to its end that took a gigabyte. Here a question costs two bisections
    and the memory is the spans': the spans holding ``p`` are those starting at or before it less those
    ending at or before it.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        filed = [(start, end) for start, end in spans if start < end]  # an empty span holds nothing
        self._starts = sorted(start for start, _ in filed)
        self._ends = sorted(end for _, end in filed)
        self._count = Counter(filed)

    def holds(self, position: int, besides: tuple[int, int] | None = None) -> bool:
        """Whether some span holds ``position`` (other than spans equal to ``besides``)."""
        n = bisect_right(self._starts, position) - bisect_right(self._ends, position)
        if besides is not None and besides[0] <= position < besides[1]:
            n -= self._count[besides]
        return n > 0


class SpanIndex:
    """Half-open character spans, asked which of them hold a position.

    Each span is filed under every ``width``-character bucket it touches, so a question reads one bucket:
    a sentence with thousands of cues ("said he said ...") stays linear, where scanning every span built
    so far for every new claim grew with the square of the sentence.
    """

    def __init__(self, width: int = 64) -> None:
        self.width = width
        self._buckets: dict[int, list[tuple[int, int]]] = {}

    def add(self, start: int, end: int) -> None:
        """File the span ``[start, end)``; an empty span holds nothing and is not filed."""
        if end <= start:
            return
        for bucket in range(start // self.width, (end - 1) // self.width + 1):
            self._buckets.setdefault(bucket, []).append((start, end))

    def holds(self, position: int, besides: tuple[int, int] | None = None) -> bool:
        """Whether some filed span holds ``position`` (other than the span ``besides``)."""
        return any(
            start <= position < end and (start, end) != besides
            for start, end in self._buckets.get(position // self.width, ())
        )


class SentenceClaims:
    """The attributions built so far in one sentence, with the spans later claims ask about."""

    def __init__(self) -> None:
        self.built: list[Attribution] = []
        self._cues = SpanIndex()
        self._voiced = SpanIndex()  # the content of a direct quotation of a known source
        self._reported = SpanIndex()  # the content of any claim of a known source

    def add(self, attribution: Attribution) -> None:
        """Keep an attribution and file its cue and, for a known source's quotation, its content."""
        self.built.append(attribution)
        if attribution.cue_start is not None and attribution.cue_end is not None:
            self._cues.add(attribution.cue_start, attribution.cue_end)
        if attribution.speaker not in (UNKNOWN, AUTHOR):
            if attribution.source_type != "vague":  # "it now appears that X is keen": X has the floor
                self._reported.add(attribution.content_start, attribution.content_end)
            if attribution.kind == "direct":
                self._voiced.add(attribution.content_start, attribution.content_end)

    def inside_cue(self, position: int) -> bool:
        """Whether ``position`` stands inside the cue of an attribution already built ("issued a statement saying")."""
        return self._cues.holds(position)

    def reported_inside(self, position: int, intent: bool = False) -> bool:
        """Whether a cue at ``position`` stands inside a quotation of a known source's words.

        "- ... Putin did not inform anyone about his plans - says Janis Sarts": Putin is quoted by Sarts,
        he does not take the floor; "the expert" and "he" after it are still Sarts. (A claim reported in
        the author's words, "X said that Y warned ...", does give Y the floor; an ``intent`` inside any
        source's words does not: "He stipulated that Russia would decide": "he" after it is still him.)
        """
        return self._voiced.holds(position) or (intent and self._reported.holds(position))
