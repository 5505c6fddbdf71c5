"""Relative pronouns as sources: "Obama, who called the nominee unfit", "a poll that showed ...".

PARC and PolNeAR mark the pronoun as the source span; the speaker is its antecedent, the mention or plain
noun phrase right before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.asides import MAX_FILLERS
from framing.attribution.base import (
    FILLER_CLASSES,
    Mention,
    MentionIndex,
    class_words,
    in_class,
    manner_adverb,
)
from framing.attribution.phrases import noun_phrase_subject
from framing.attribution.roles import group_noun
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

MAX_CLAUSE = 12
"""A relative clause between a source and its cue is at most this many words ("who spoke to Reuters")."""


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
    if _sentential(tokens, r, cue, antecedent, lexicons):
        return None  # "missiles, or ATACMS, which suggests Ukraine is readying": the clause suggests it
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


def _sentential(
    tokens: Sequence[Token], r: int, cue: Hit, antecedent: Mention | None, lexicons: LexiconSet
) -> bool:
    """A "which" after a comma whose antecedent is a name or person before a tentative cue: the whole clause.

    Persons take "who"; "..., or ATACMS, which suggests Ukraine is readying an offensive" is the sentence
    before it suggesting something (class ``sentential_relative``), no one's words.
    """
    return (
        antecedent is not None
        and antecedent.kind in ("person", "name")
        and tokens[r].clause_break_before
        and in_class(lexicons, tokens[r].norm, "sentential_relative")
        and cue.entry.label == "tentative"
    )


def past_relative_clause(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                         lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The subject before a relative clause that ends right at the cue: "A US official who spoke to Reuters said".

    The words between "who" and the cue are the clause ("spoke to Reuters"), so a name in it (Reuters)
    is no source. Only a finite saying verb (class ``after_clause_cue``: "said", "told", not "to say")
    ends such a clause: other verbs are as often inside it ("Americans who voted for opposing
    candidates"). The clause opens with a verb, not a pronoun or determiner ("the man who Putin said",
    "who they say they are" are object clauses), and holds no clause break or coordinator.
    """
    stop = cue.first
    if (
        stop < 2
        or tokens[stop].clause_break_before  # "..., a diplomat who has close contact with officials, said"
        or not in_class(lexicons, tokens[cue.stop - 1].norm, "after_clause_cue")
        or tokens[stop - 1].norm == "to"
    ):
        return None
    function_words = lexicons.speech.function_words
    j = stop - 1
    while j > 0 and function_words.get(tokens[j].norm) in FILLER_CLASSES:
        j -= 1
    own = mentions.ends.get(j + 1)
    if own is not None and own.kind == "pronoun":
        return None  # "a machine they can add to": the cue has its own subject
    for w in range(stop - 2, max(0, stop - MAX_CLAUSE) - 1, -1):
        token = tokens[w + 1]
        if tokens[w].norm != "who" or tokens[w].clause_break_before:
            if token.clause_break_before or in_class(lexicons, token.norm, "coordinator"):
                return None
            continue
        if not token.text.islower() or function_words.get(token.norm) not in (None, *FILLER_CLASSES):
            return None
        clause = dataclasses.replace(cue, first=w + 1, stop=w + 2)  # the clause's verb, with "who" before it
        return relative_subject(text, clause, mentions, tokens, lexicons) if w > 0 else None
    return None


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


def relative_source(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                    lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source before a relative clause, full ("the poll that showed") or reduced ("a poll released Monday found")."""
    return relative_subject(text, cue, mentions, tokens, lexicons) or reduced_relative(
        text, cue, mentions, tokens, lexicons
    )


def reduced_relative(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                     lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The subject before a reduced relative that ends at the cue: "A poll released this week found".

    The relative is a ``publish_verb`` participle ("released", "published", "conducted") and what may follow
    it before the cue: a date ("Tuesday", "this week", "on Sunday night") and its agent ("by The Washington
    Post and ABC News"); any other lowercase word ("released figures showing") is no such clause. The
    antecedent is the mention or plain noun phrase right before the participle, as for a relative pronoun
    (:func:`relative_subject`); its span runs to the cue, as PolNeAR marks it ("The report published
    Tuesday"), its name stays the antecedent's.
    """
    stop = cue.first
    if stop < 2 or tokens[stop].clause_break_before:
        return None
    for w in range(stop - 1, max(0, stop - MAX_CLAUSE), -1):
        token = tokens[w]
        if token.clause_break_before:
            return None
        if in_class(lexicons, token.norm, "publish_verb") and token.norm.endswith("ed"):
            found = _antecedent(text, cue, w, mentions, tokens, lexicons)
            if found is None:
                return None
            end = tokens[stop - 1].end  # the span holds the relative, as PolNeAR marks it
            name = found.name or found.text  # the speaker is the antecedent: "declassified documents"
            return dataclasses.replace(found, stop=stop, end=end, text=text[found.start : end], name=name)
        if not _in_date_or_agent(tokens, w, stop, lexicons):
            return None
    return None


def _in_date_or_agent(tokens: Sequence[Token], w: int, stop: int, lexicons: LexiconSet) -> bool:
    """Whether the word at ``w`` may stand in a reduced relative's date or "by" agent before ``stop``."""
    token = tokens[w]
    if not token.text.islower() or token.text[:1].isdigit():
        return True  # "Tuesday", "The Washington Post", "2016"
    if in_class(lexicons, token.norm, "not_source", "time_noun", "time_opener"):
        return True
    kind = lexicons.speech.function_words.get(token.norm)
    if kind in ("preposition", "determiner"):
        return True
    # "by The Washington Post and ABC News": a coordinator only inside the agent
    return in_class(lexicons, token.norm, "coordinator") and any(t.norm == "by" for t in tokens[w:stop])


def _antecedent(text: str, cue: Hit, w: int, mentions: MentionIndex, tokens: Sequence[Token],
                lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The mention or plain noun phrase right before the participle at ``w``, if it heads its phrase."""
    found = mentions.ends.get(w)
    kind = cue.entry.subcategory
    if found is None and kind != "vague":
        participle = dataclasses.replace(cue, first=w, stop=w + 1)
        found = noun_phrase_subject(text, participle, mentions, tokens, lexicons)
        if kind == "attitude" and found is not None and not group_noun(found, tokens, lexicons):
            return None  # as before a cue itself: a stance needs a recognised source ("a poll", "critics")
    if found is None or found.kind in ("pronoun", "place"):
        return None
    before = tokens[found.first - 1].norm if found.first > 0 else ""
    if lexicons.speech.function_words.get(before) == "preposition" or in_class(
        lexicons, before, "coordinator"
    ):
        return None  # "figures on police searches in England and Wales carried out": Wales heads nothing
    return found
