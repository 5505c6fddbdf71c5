"""A region set off after a place, right before a cue: "a supervisor in Loudoun County, Virginia, thinks".

The region is an aside of the place before it, not a source: the source is found as if the cue followed the
place ("Eugene Delgaudio, a former county supervisor in Loudoun County, thinks"; "The correspondent in Jakarta
reported").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from framing.attribution.base import Mention, in_class, nation_of
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def region_start(text: str, j: int, ends: Mapping[int, Mention], tokens: Sequence[Token],
                 lexicons: LexiconSet) -> int | None:  # fmt: skip
    """The first token of a region between commas right before the cue at ``j``, or None.

    A country after a place that follows a preposition ("the mayor of Melitopol, Ukraine, said"); a one-word
    name only after "in" or "from" (``origin_preposition``) and a place that is no capital, because after
    "of" or a capital a one-word name is as often a person ("the mayor of Kyiv, Klitschko, said").
    """
    region = ends.get(j)
    if region is None or not tokens[j].clause_break_before or region.title or region.first < 2:
        return None
    place = ends.get(region.first)
    between = text[tokens[region.first - 1].end : region.start].strip()
    if (
        place is None
        or between != ","
        or place.kind not in ("place", "name", "institution")
        or place.first < 1
    ):
        return None
    before = tokens[place.first - 1].norm
    words = region.stop - region.first
    country = region.kind == "place" or nation_of(region.text.lower(), lexicons) is not None
    if country and lexicons.speech.function_words.get(before) == "preposition":
        return region.first
    # not after a capital or country: "Our correspondent in Kyiv, Hughes, said" (code review) names Hughes
    one_word = region.kind == "name" and words == 1 and nation_of(place.text.lower(), lexicons) is None
    return region.first if one_word and in_class(lexicons, before, "origin_preposition") else None
