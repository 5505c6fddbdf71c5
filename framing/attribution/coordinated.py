"""The subject of a verb joined to an earlier one: "President Obama met survivors ... and said".

The sentence's subject speaks, after a fronted phrase if the sentence opens with one ("At the ceremony,
Mr Putin placed ... and vowed", "In May the US came out in support of a tribunal, but said").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.adverbs import ly_adverb
from framing.attribution.asides import MAX_ASIDE
from framing.attribution.base import FILLER_CLASSES, Mention, MentionIndex, in_class, set_off
from framing.attribution.qualifiers import office_words
from framing.lexicon import LexiconSet
from framing.tokenize import Token

TITLE_REACH = 8
"""A title's holder starts at most this many words after it ("Chairman of the Verkhovna Rada of Ukraine X")."""


def coordinated_subject(text: str, j: int, mentions: MentionIndex, tokens: Sequence[Token],
                        lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The sentence's subject, for a cue at token ``j`` right after a coordinator ("... and said")."""
    if j == 0 or tokens[j].clause_break_before or not in_class(lexicons, tokens[j - 1].norm, "coordinator"):
        return None
    opening = after_fronted(tokens, lexicons)
    # after_fronted steps over an article the mention may hold ("In May, the US ... but said")
    held = opening > 0 and lexicons.speech.function_words.get(tokens[opening - 1].norm) == "determiner"
    starting = mentions.starting.get(opening, ()) or (mentions.starting.get(opening - 1, ()) if held else ())
    first = next((m for m in starting if m.kind != "speech_noun"), None)
    first = _titled_holder(text, first, j, mentions, tokens, lexicons) if first is not None else None
    if first is None and opening < j:
        # "The minister met ... and said"; "Earlier, the Australian prime minister, X, met": after_fronted
        # already stepped over the article
        article = lexicons.speech.function_words.get(tokens[opening].norm) == "determiner"
        first = _after_article(text, tokens, opening + 1 if article else opening, j, mentions, lexicons)
    return first


FRONTED_OPENERS = frozenset({"preposition", "adverb", "conjunction"})
"""Word classes that open a fronted phrase before a sentence's subject ("On Sunday,", "Later in the day,",
"When asked,", "But a few days later,")."""


def after_fronted(tokens: Sequence[Token], lexicons: LexiconSet) -> int:
    """Where the subject of a sentence may start: 0, or after a fronted phrase opened by a function word.

    An -ly adverb opens one as well ("Essentially, Clinton's lawyers ...", "Shortly after the merger, the
    families ...").
    """
    opener = lexicons.speech.function_words.get(tokens[0].norm) in FRONTED_OPENERS
    if not (opener or ly_adverb(tokens[0], lexicons)):
        return 0
    k = next((k for k in range(1, min(len(tokens), MAX_ASIDE)) if tokens[k].clause_break_before), 0)
    j = 1  # "In May the US ...", "In May 2022 the US ...": a time phrase with no comma after it
    while j < len(tokens) - 1 and (
        in_class(lexicons, tokens[j].norm, "time_word") or tokens[j].text.isdigit()
    ):
        j += 1
    after = tokens[j]
    subject_opens = after.text[:1].isupper() or in_class(lexicons, after.norm, "article")
    if j > 1 and not after.clause_break_before and subject_opens:
        k = j  # not "On Monday night, the minister": that phrase runs on to its comma
    if k and k < len(tokens) and lexicons.speech.function_words.get(tokens[k].norm) == "determiner":
        k += 1  # "At the ceremony, the president ...": the mention starts after its article
    return k


def _titled_holder(text: str, title: Mention, stop: int, mentions: MentionIndex, tokens: Sequence[Token],
                   lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A title and the person its office names after it: "Chairman of the Verkhovna Rada Ruslan Stefanchuk".

    The person, with the title's span; a comma between them ends the title ("Chairman, the ...").
    """
    if title.kind != "title_role":
        return title
    holder = next(
        (
            m
            for m in mentions.starting_in(title.stop, min(stop, title.stop + TITLE_REACH))
            if m.kind == "person"
        ),
        None,
    )
    if (
        holder is None
        or set_off(text[title.end : holder.start])
        or not office_words(tokens[title.stop : holder.first], lexicons)
    ):
        return title  # "Chairman of the board met Mr Andrzej Duda": no office between them
    return dataclasses.replace(
        holder, first=title.first, start=title.start, text=text[title.start : holder.end]
    )


def _after_article(text: str, tokens: Sequence[Token], k: int, j: int, mentions: MentionIndex,
                   lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The subject after its article, "The minister visited Kyiv and said", if it is the whole noun phrase.

    A verb must follow it: an auxiliary or adverb ("The Fed did not"), or a word in -ed or -s ("The court
    ruled"). A name before a noun only modifies it ("The Tory co-chairman", "The Scottish National Party's
    leader"): the head is not read, so no source.
    """
    found = next((m for m in mentions.starting.get(k, ()) if m.kind != "speech_noun"), None)
    if found is None:  # "The Australian prime minister, Scott Morrison,": a title after an adjective
        titled = [m for m in mentions.starting_in(k + 1, min(j, k + 3)) if m.kind == "title_role"]
        found = (
            titled[0] if titled and all(t.text[:1].isupper() for t in tokens[k : titled[0].first]) else None
        )
        if (
            found is not None
            and k > 0
            and lexicons.speech.function_words.get(tokens[k - 1].norm) == "determiner"
        ):
            # "The Tory co-chairman ... and said": the whole phrase, definite, refers back to its holder
            start = tokens[k - 1].start
            found = dataclasses.replace(found, first=k - 1, start=start, text=text[start : found.end])
    if found is None or found.stop >= j or text.startswith(("'s", "’s"), found.end):
        return None
    # "The Australian prime minister, Scott Morrison, met ... and said": the person set off after the title
    apposed = next((m for m in mentions.starting.get(found.stop, ()) if m.kind == "person"), None)
    if apposed is not None and apposed.stop < j and tokens[found.stop].clause_break_before:
        found = apposed if tokens[apposed.stop].clause_break_before else found
    after = tokens[found.stop]
    verb = (
        lexicons.speech.function_words.get(after.norm) in FILLER_CLASSES
        or in_class(lexicons, after.norm, "irregular_past")  # "The minister met ... and said"
        or (after.text.islower() and after.norm.endswith(("ed", "s")) and not after.norm.endswith("ss"))
    )
    return found if verb else None
