"""Role and vague speakers as the article wrote them: "UKIP spokesman", "US officials", "Mr Sands' book".

Roles and vague sources are read lowercased, so that one role written twice ("A Home Office spokesman ... the Home Office
spokesman") is one speaker; the name users see keeps the capitals of the article's own words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from framing.attribution.base import in_class, nation_of, strip_possessive
from framing.attribution.layout import Layout
from framing.lexicon import LexiconSet
from framing.results import Attribution

SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][\"'”’)\]]*)[ \t]*[\"'“‘(\[]*$")
"""What stands before a word that opens a sentence: nothing, a line's start, or a sentence's end and opening marks."""

MODIFIER_CLASSES = ("possessive", "quantifier", "number_word", "contrast_modifier", "document_modifier")
"""Word classes of common modifiers that open a source's phrase ("Many analysts", "Other sources")."""


def written_roles(
    found: Sequence[Attribution], text: str, layout: Layout, lexicons: LexiconSet
) -> list[Attribution]:
    """Each role or vague speaker under the first form an attribution's source wrote it in.

    Only a source that spells the role out gives its form ("A UKIP spokesman said" gives "UKIP spokesman";
    a later "he" carries it on). A capital that only opens the sentence is lowered (:func:`_opening_word`).
    """
    written: dict[str, str] = {}
    for attribution in found:
        source, speaker = attribution.source_text, attribution.speaker
        if attribution.source_type not in ("role_only", "vague") or source is None or speaker in written:
            continue
        lowered = source.lower()
        at = lowered.find(speaker)
        if at < 0 or len(lowered) != len(source) or attribution.source_start is None:
            continue  # not spelled out here, or a lowercase letter of another length shifts the offsets
        start = attribution.source_start + at
        form = text[start : start + len(speaker)]
        if SENTENCE_OPENING.search(text, max(0, start - 8), start):
            form = _opening_word(form, text, layout, lexicons)
        written[speaker] = form
    return [dataclasses.replace(a, speaker=written[a.speaker]) if a.speaker in written else a for a in found]


def _opening_word(role: str, text: str, layout: Layout, lexicons: LexiconSet) -> str:
    """A source that opens its sentence, its first word lowered where the capital is only the sentence's.

    A one-word source is a common noun ("Ministers say", "Airlines have attacked"), and so is a first word
    that is a function word or in a class of modifiers ("Many analysts", "Other sources", "Three sources",
    "His family", "Latest figures") or that the article writes in lowercase elsewhere ("Legal experts").
    The capital stays on initials ("UKIP officials", "MPs"), a nation's word ("Ukrainian officials"), a word
    before another capital ("White House officials", though "home" is written elsewhere) and a word the
    article capitalizes inside a sentence too ("Kremlin officials", "Mr Sands' book"); with no evidence
    either way it stays as written ("Legal experts" in an article that never writes "legal").
    """
    first, _, rest = role.partition(" ")
    if not first[:1].isupper() or sum(c.isupper() for c in first) > 1 or nation_of(first.lower(), lexicons):
        return role
    lowered = f"{first[:1].lower()}{first[1:]}"
    if (
        not rest
        or lowered in lexicons.speech.function_words
        or in_class(lexicons, lowered, *MODIFIER_CLASSES)
    ):
        return f"{lowered} {rest}".rstrip()  # "Ministers say", "Many MPs", "Other Russian business leaders"
    # a name of several capitalized words ("White House officials") keeps it; otherwise the article's own
    # usage decides (Layout.common_word: lowercase elsewhere, never capitalized after another word)
    if rest[:1].isupper() or not layout.common_word(text, strip_possessive(first).split("-")[0]):
        return role
    return f"{lowered} {rest}"
