"""Reporters' leads: a claim whose source is given only after it (issue 9, round 3).

News writing often puts the claim first and its source after it. A careful reader gives the claim to
that source:

- a demonstrative that points back ("That's according to X", "This is according to X"): the sentences
  just before it, without a speaker of their own, are X's;
- a lead whose unnamed source is named in the next sentence ("..., an expert tells Fox News Digital.
  Rebekah Koffler, a former intelligence officer, told ..."; "Britain's most senior military commander
  has called on ... Adm Sir Tony Radakin said ..."): the lead's source is that person;

A lead without a speaker that a quotation of a named source follows stays the author's: most such leads
report events in the reporter's words ("Russian drones struck ..., injuring three. “The attack damaged
...,” the governor said."); a rule that gave them to the source fired twice in 1,047 articles, once on
a dev sentence and once wrongly, and was removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.results import AUTHOR, Attribution
from framing.segment import Sentence

BACK_REACH = 3
"""A demonstrative reaches back over at most this many sentences without a speaker."""
POINTING_BACK = re.compile(r"(?:that|this|these|those)(?:['’]s|\s+(?:is|was|are|were))?", re.IGNORECASE)
"""The whole content of a claim that points back to the sentences before it ("That's", "This is")."""
NAMED = ("named_person", "named_institution", "media")


def lead_speakers(
    text: str,
    sentences: Sequence[Sentence],
    content: Sequence[int],
    attributions: Sequence[Attribution],
    speakers: list[tuple[str, str]],
) -> list[tuple[str, str]]:
    """The sentence speakers, with leads and pointing-back demonstratives given their source.

    Args:
        text: The document.
        sentences: Its sentences.
        content: Indices of its content sentences (no boilerplate, not empty), ascending.
        attributions: The article's attributions, in text order.
        speakers: Per sentence (speaker, source_type), as found so far.
    """
    result = list(speakers)
    position = {index: k for k, index in enumerate(content)}
    for a in attributions:
        if a.rule != "according_to" or a.source_type not in NAMED or not a.sentences:
            continue
        if a.content_end - a.content_start > len("those were"):
            continue  # only a bare demonstrative points back (and no long content is copied)
        if not POINTING_BACK.fullmatch(text[a.content_start : a.content_end].strip()):
            continue
        k = position.get(a.sentences[0])
        for earlier in reversed(content[max(0, k - BACK_REACH) : k] if k is not None else ()):
            if result[earlier][0] != AUTHOR:
                break
            result[earlier] = (a.speaker, a.source_type)
    if len(content) >= 2:
        _named_after(text, sentences, content, attributions, result)
    return result


def _named_after(
    text: str,
    sentences: Sequence[Sentence],
    content: Sequence[int],
    attributions: Sequence[Attribution],
    result: list[tuple[str, str]],
) -> None:
    """The lead takes the named source of the next sentence (see the module's doc)."""
    first, second = content[0], content[1]
    lead_speaker, lead_type = result[first]
    named = _named_for(lead_speaker, [a for a in attributions if a.sentences and a.sentences[0] == second])
    if named is None or named.source_type != "named_person" or named.source_text is None:
        return
    if " " not in named.source_text.strip() or named.source_text[:1].islower():
        return  # the person is introduced in full ("Adm Sir Tony Radakin"), not "he" or a surname
    if lead_type == "role_only" and not lead_speaker.endswith("s"):
        # "Britain's most senior military commander has called ..." / "..., an expert tells X."
        for index in (first, second):
            if result[index] == (lead_speaker, lead_type):
                result[index] = (named.speaker, named.source_type)
        return


def _named_for(lead_speaker: str, candidates: Sequence[Attribution]) -> Attribution | None:
    """The attribution of the next sentence that names the lead's unnamed source: its first one.

    When the sentence names several people, the one whose words as written hold the lead's role wins
    ("Lithuania's foreign minister spoke ... Lithuania's president, Gitanas Nauseda, had said ..., but
    Foreign Minister Gabrielius Landsbergis emphasized": Landsbergis).
    """
    if not candidates:
        return None
    head = lead_speaker.split()[-1].lower() if lead_speaker else ""
    people = {a.speaker for a in candidates if a.source_type == "named_person"}
    holding = [a for a in candidates if a.source_text and head and head in a.source_text.lower()]
    return holding[0] if len(people) > 1 and holding else candidates[0]
