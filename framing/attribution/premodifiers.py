"""The words around a source in its noun phrase: premodifiers and the office holder after a name.

"ABC moderator David Muir", "the Trump campaign"; "UK Independence Party leader Roger Knapman".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import Mention, MentionIndex, class_words, in_class
from framing.attribution.heads import speech_words
from framing.attribution.phrases import MAX_NOUN_PHRASE
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token


def with_premodifiers(
    text: str, mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet, *, office: bool = False
) -> Mention:
    """Widen a source over the words before it in its noun phrase: "ABC moderator David Muir", "the Trump campaign".

    ``office``: an organisation may be the complement of an office before it, read with it ("The
    Commander-in-Chief of the Armed Forces of Ukraine, Col.-Gen. Oleksandr Syrskyi, said").
    """
    if mention.kind in ("pronoun", "speech_noun"):
        return mention
    function_words = lexicons.speech.function_words
    first = mention.first
    genitive = office and mention.kind in ("institution", "role")
    opened = function_words.get(tokens[first].norm) == "determiner" or in_class(
        lexicons, tokens[first].norm, "possessive"
    )
    if opened and not (genitive and first > 0 and in_class(lexicons, tokens[first - 1].norm, "postmodifier")):
        return mention  # "The agency released a report saying": the article opens the phrase, "released" is no modifier
    while first > 0 and mention.first - first < MAX_NOUN_PHRASE and not tokens[first].clause_break_before:
        previous = tokens[first - 1].norm
        word_class_ = function_words.get(previous)
        hyphen = text[tokens[first - 1].end : tokens[first].start] == "-"
        if office and hyphen and previous not in speech_words(lexicons):
            first -= 1  # inside a hyphenated office: "Commander-in-Chief"
            continue
        if genitive and in_class(lexicons, previous, "postmodifier"):
            genitive = False  # the office held in the organisation heads the phrase
            first -= 1
            continue
        if word_class_ not in (None, "determiner") and not in_class(lexicons, previous, "possessive"):
            break
        if previous in speech_words(lexicons) or previous in class_words(lexicons, "relative"):
            break  # "He said the US would ...", "arguments that Trump ...": no modifier of the source
        first -= 1
        if word_class_ is not None and not (
            genitive and first > 0 and in_class(lexicons, tokens[first - 1].norm, "postmodifier")
        ):
            break  # a determiner or possessive opens the phrase
    if first == mention.first:
        return mention
    start = tokens[first].start
    return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end])


def holder_after(
    text: str, found: Mention, mentions: MentionIndex, tokens: Sequence[Token], lexicons: LexiconSet
) -> Mention:
    """The person right after an organisation's name, its office between: "UK Independence Party leader Roger Knapman".

    The whole noun phrase, read as a subject before its cue is read (:func:`with_premodifiers`); the
    organisation's name alone when no person follows it, within two lowercase words and no clause mark.
    """
    if found.kind not in ("name", "institution", "media"):
        return found  # a person's name: what follows is the object ("Mr Evans sued Mr Mann, claiming")
    # the office may have a modifier before it: "RNID technology director Guido Gybels"; an honorific
    # names no office ("Microsoft sued Mr Mann")
    holder = next(
        (
            m
            for m in mentions.starting_in(found.stop, found.stop + 3)
            if m.kind == "person" and m.title and not in_class(lexicons, m.title, "honorific")
        ),
        None,
    )
    if holder is None or any(t.clause_break_before for t in tokens[found.stop : holder.first + 1]):
        return found
    between = tokens[found.stop : holder.first]
    if any(not t.text.islower() or t.norm in lexicons.speech.function_words for t in between):
        return found
    return with_premodifiers(text, holder, tokens, lexicons)


def modifies_a_noun(hit: Hit, tokens: Sequence[Token], cues: Sequence[Hit], lexicons: LexiconSet) -> bool:
    """Whether a role ending in a word that is also an adjective modifies the noun after it.

    "the official Russian customs data", "an official statement": the word (class ``adjectival_role``)
    is the adjective there, no source. It is the role before a clause mark, a function word, a cue, a
    participle or a complement adjective: "the official said", "an official in Kyiv", "an official
    speaking on condition of anonymity", "an official familiar with the talks".
    """
    k = hit.stop
    if not in_class(lexicons, tokens[k - 1].norm, "adjectival_role") or k >= len(tokens):
        return False
    after = tokens[k]
    return not (
        after.clause_break_before
        or not after.text.isalpha()
        or after.norm in lexicons.speech.function_words
        or any(cue.first == k and cue.entry.subcategory == "verb" for cue in cues)  # not 'official claims'
        or after.norm.endswith(("ing", "ed"))
        or in_class(lexicons, after.norm, "complement_adjective", "relative")
    )
