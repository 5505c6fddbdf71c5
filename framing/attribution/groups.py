"""Sources that are groups: joined by "and" ("Kyiv and its allies say") or a part of one ("75 percent of Democrats")."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from framing.attribution.base import MAX_FILLERS, NAME_KINDS, Mention, in_class
from framing.attribution.heads import speech_words
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def conjoined(text: str, mention: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
               lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A source joined to an organisation before it ("Kyiv and its Western allies say") speaks with it.

    The joined source takes the first one's kind and the whole phrase as its name; conjoined people's
    names ("Putin and Biden") stay two sources (the last one speaks), never one person.
    """
    k = mention.first
    if k > 0 and in_class(lexicons, tokens[k - 1].norm, "possessive"):
        k -= 1  # "and its allies"
    if k < 2 or mention.kind in ("pronoun", "speech_noun") or tokens[k].clause_break_before:
        return mention
    if not in_class(lexicons, tokens[k - 1].norm, "coordinator") or tokens[k - 1].norm != "and":
        return mention
    first = ends.get(k - 1)
    if first is None:
        return mention
    whole = text[first.start : mention.end]
    if first.kind in (*NAME_KINDS, "pronoun") and mention.kind in (*NAME_KINDS, "pronoun"):
        # "he and Brafman said": the span holds both; the last one is the speaker (two people, not one)
        return dataclasses.replace(mention, first=first.first, start=first.start, text=whole,
                                   name=mention.name)  # fmt: skip
    if first.kind == "person" and _companions(tokens[mention.first].norm, mention, lexicons):
        # "Mr Ramaphosa and others said", "Biden and other leaders": the named one speaks for the group
        return dataclasses.replace(first, stop=mention.stop, end=mention.end, text=whole)
    if first.kind not in ("institution", "media", "vague", "role"):
        return mention
    # the whole phrase is the name, so the first one's initials are in it already
    return dataclasses.replace(first, stop=mention.stop, end=mention.end, text=whole, name=whole, initials="")


def _companions(word: str, mention: Mention, lexicons: LexiconSet) -> bool:
    """A group that joins a named source: "others", "other officials", "several colleagues"."""
    group = mention.kind in ("vague", "role")
    return group and (in_class(lexicons, word, "quantifier") or in_class(lexicons, word, "contrast_modifier"))


def with_partitive(text: str, mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> Mention:
    """Widen a source over a quantity or part before "of": "75 percent of Democrats", "a group of senators".

    The span holds the whole noun phrase (as PolNeAR marks it); the source keeps its name.
    """
    k = mention.first
    if k < 2 or tokens[k - 1].norm != "of" or tokens[k].clause_break_before or mention.kind == "pronoun":
        return mention
    function_words = lexicons.speech.function_words
    first = k - 1
    while first > 0 and k - first <= MAX_FILLERS + 1 and not tokens[first].clause_break_before:
        previous = tokens[first - 1]
        word_class_ = function_words.get(previous.norm)
        if word_class_ not in (None, "determiner") or not (
            previous.text.islower() or previous.text.isdigit()
        ):
            break
        if previous.norm in speech_words(lexicons) or previous.norm.endswith(("ing", "ed")):
            break
        first -= 1
        if word_class_ == "determiner":
            break
    opener = tokens[first]
    if first == k - 1 or not (opener.text.isdigit() or function_words.get(opener.norm) == "determiner"):
        return mention  # only "a group of", "75 percent of", "the majority of" open a partitive
    start = tokens[first].start
    return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end],
                               name=mention.name or mention.text)  # fmt: skip
