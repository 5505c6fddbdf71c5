"""Relative pronouns as sources: "Obama, who called the nominee unfit", "a poll that showed ...".

PARC and PolNeAR mark the pronoun as the source span; the speaker is its antecedent, the mention or plain
noun phrase right before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import Mention, MentionIndex, class_words, manner_adverb
from framing.attribution.phrases import noun_phrase_subject
from framing.attribution.subjects import FILLER_CLASSES, MAX_FILLERS
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token


def relative_subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                     lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The antecedent of a relative pronoun that is the cue's subject: "Obama, who called him unfit".

    The speaker is the antecedent (a mention ending right before the pronoun, a comma allowed); "that"
    needs one right before it ("the poll that showed"), lest "said that" or "so that" read as a source.
    A plain noun phrase is an antecedent only for speech verbs and phrases: "companies that oppose ..."
    describes the companies.
    The span shown is the pronoun's (:func:`relative_pronoun`).
    """
    r = _relative_before(cue, tokens, lexicons)
    if r is None or r == 0:
        return None
    antecedent = mentions.ends.get(r)
    if antecedent is not None and antecedent.kind not in ("pronoun", "place"):
        return antecedent
    if (
        antecedent is not None
        or tokens[r].clause_break_before
        or cue.entry.subcategory not in ("verb", "phrase")
    ):
        return None  # "companies that oppose the restrictions": a plain noun's attitude is no one's words
    pronoun = dataclasses.replace(cue, first=r, stop=r + 1)  # "business leaders who say": a plain noun phrase
    return noun_phrase_subject(text, pronoun, mentions, tokens, lexicons)


def relative_pronoun(tokens: Sequence[Token], mention: Mention | None, cue: Hit | None,
                     lexicons: LexiconSet) -> Token | None:  # fmt: skip
    """The relative pronoun between a source and its cue, which PARC marks as the source span, if any."""
    if mention is None or cue is None or mention.stop > cue.first:
        return None
    r = _relative_before(cue, tokens, lexicons)
    return tokens[r] if r is not None and r >= mention.stop else None


def _relative_before(cue: Hit, tokens: Sequence[Token], lexicons: LexiconSet) -> int | None:
    """The index of a ``relative_source`` right before a cue, over auxiliaries and adverbs ("who has also said")."""
    function_words = lexicons.speech.function_words
    j = cue.first
    while j > 0 and cue.first - j < MAX_FILLERS and not tokens[j].clause_break_before:
        if function_words.get(tokens[j - 1].norm) not in FILLER_CLASSES and not manner_adverb(
            tokens[j - 1], lexicons
        ):
            break
        j -= 1
    if (
        j == 0
        or tokens[j].clause_break_before
        or tokens[j - 1].norm not in class_words(lexicons, "relative_source")
    ):
        return None
    if tokens[j - 1].norm == "that" and (j < 2 or tokens[j - 1].clause_break_before):
        return None
    return j - 1


def relative_content(text: str, tokens: Sequence[Token], mention: Mention, cue: Hit, content: tuple[int, int],
                     lexicons: LexiconSet) -> tuple[int, int]:  # fmt: skip
    """The content of a cue in a clause set off by commas ends at the clause's closing comma.

    "The report, which said the war was over, was wrong": the report said "the war was over".
    """
    pronoun = relative_pronoun(tokens, mention, cue, lexicons)
    if pronoun is None or not text[: pronoun.start].rstrip().endswith(","):
        return content
    comma = text.find(",", content[0], content[1])
    return (content[0], comma) if comma > content[0] else content
