"""Quotations inside a reported claim: the claim's source speaks them ("X warned it would “lead to consequences”")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.context import Claim
from framing.attribution.resolver import UNKNOWN
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
        host = next((h for h in hosts if _hosted(a, h)), None)
        if host is not None and a.kind == "direct":
            a = dataclasses.replace(a, speaker=host.speaker, source_type=host.source_type)
        elif host is not None:
            a = dataclasses.replace(
                a, speaker=host.speaker, source_type=host.source_type, kind="floating", rule="quoted_in_claim"
            )
        result.append(a)
    return result


def _hosted(a: Attribution, host: Attribution) -> bool:
    """Whether the host's content holds a scare quote, or a quotation whose cue (there too) named no source."""
    if not (host.content_start <= a.content_start and a.content_end <= host.content_end + 1):
        return False
    if a.kind == "scare":
        return True
    return (
        a.kind == "direct"
        and a.speaker == UNKNOWN
        and a.source_text is None
        and a.cue_start is not None
        and host.content_start <= a.cue_start < host.content_end
    )


def reported_inside(position: int, built: Sequence[Attribution]) -> bool:
    """Whether a cue at ``position`` stands inside a quotation of a known source's words.

    "- ... Putin did not inform anyone about his plans - says Janis Sarts": Putin is quoted by Sarts, he
    does not take the floor; "the expert" and "he" after it are still Sarts. (A claim reported in the
    author's words, "X said that Y warned ...", does give Y the floor.)
    """
    return any(
        a.kind == "direct"
        and a.speaker not in (UNKNOWN, AUTHOR)
        and a.content_start <= position < a.content_end
        for a in built
    )
