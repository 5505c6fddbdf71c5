"""Role speakers as the article wrote them: "UKIP spokesman", "spokesman for Mr Prescott", "US officials".

Roles are read lowercased, so that one role written twice ("A Home Office spokesman ... the Home Office
spokesman") is one speaker; the name users see keeps the capitals of the article's own words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from framing.attribution.heads import source_nouns
from framing.attribution.roles import titles
from framing.lexicon import LexiconSet
from framing.results import Attribution

SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'”’)\]]*)\s*[\"'“‘(\[]*$")
"""What stands before a word that opens a sentence: nothing, or a sentence's end and opening marks."""


def written_roles(found: Sequence[Attribution], text: str, lexicons: LexiconSet) -> list[Attribution]:
    """Each role speaker under the first form an attribution's source wrote it in.

    Only a source that spells the role out gives its form ("A UKIP spokesman said" gives "UKIP spokesman";
    a later "he" carries it on). A capital that only opens the sentence is lowered (:func:`_opening_word`).
    """
    written: dict[str, str] = {}
    for attribution in found:
        source, speaker = attribution.source_text, attribution.speaker
        if attribution.source_type != "role_only" or source is None or speaker in written:
            continue
        lowered = source.lower()
        at = lowered.find(speaker)
        if at < 0 or len(lowered) != len(source) or attribution.source_start is None:
            continue  # not spelled out here, or a lowercase letter of another length shifts the offsets
        start = attribution.source_start + at
        form = text[start : start + len(speaker)]
        if SENTENCE_OPENING.search(text, max(0, start - 8), start):
            form = _opening_word(form, text, lexicons)
        written[speaker] = form
    return [dataclasses.replace(a, speaker=written[a.speaker]) if a.speaker in written else a for a in found]


def _opening_word(role: str, text: str, lexicons: LexiconSet) -> str:
    """A role that opens its sentence, its first word lowered where the capital is only the sentence's.

    A one-word role is a common noun ("Ministers say", "Airlines have attacked"); a first word of more is
    lowered when it is a function word ("His family"), a role noun ("Advisor of President Zelensky") or
    the article writes it in lowercase elsewhere ("Local press"), not otherwise ("Kremlin officials",
    "Ukrainian officials", "UKIP officials").
    """
    first, _, rest = role.partition(" ")
    if not first[:1].isupper() or first.isupper():
        return role
    lower = first.lower()
    common = (
        not rest
        or lower in lexicons.speech.function_words
        or lower in source_nouns(lexicons) | titles(lexicons)
        or re.search(rf"\b{re.escape(lower)}\b", text) is not None
    )
    return f"{lower} {rest}".rstrip() if common else role
