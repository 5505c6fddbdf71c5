"""The pipeline: text -> sentences -> matches -> rules -> scores, as one call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from framing.agency import (
    AgencyIndex,
    RuledSentence,
    actor_matches,
    agency_index,
    agentless_passives,
    capitalized_names,
)
from framing.attribution import attribute, attribution_evidence, sentence_carriers
from framing.attribution.context import speech_groups
from framing.dates import drop_date_names
from framing.deterrence import deterrence_hits, explain
from framing.emphasis import emphasis_hits
from framing.errors import InputError
from framing.inversion import inversion_hits
from framing.lexicon import LexiconSet, load_lexicons
from framing.lexicon.model import derived
from framing.match import Hit, PatternIndex, select_longest
from framing.overlaps import count_overlaps_once
from framing.protection import explain as explain_protection
from framing.protection import protection_hits
from framing.records import lone_surrogate
from framing.repeats import count_weak_repeats_once
from framing.results import ArticleResult, Attribution, Match, SentenceResult
from framing.rules import apply_rules
from framing.score import present, sentence_scores
from framing.segment import Sentence, segment
from framing.tokenize import Token, tokenize

LexiconsArg = LexiconSet | str | Path | None


def analyze(text: str, *, lexicons: LexiconsArg = None, doc: str = "") -> ArticleResult:
    """Score every sentence of an article for each framing dimension, with evidence and speakers.

    Args:
        text: The article. Offsets in the result index this exact string.
        lexicons: ``None`` for the built-in lexicons, a directory of extra or replacing lexicon
            files, or a :class:`LexiconSet` from :func:`framing.load_lexicons` (fastest when
            analysing many texts with a user directory).
        doc: An identifier carried into every table and JSON record.

    Returns:
        The article's sentences with scores and evidence; ``.document`` has the aggregates.

    Raises:
        InputError: ``text`` is not a string, or holds a lone surrogate.
        LexiconError: A lexicon file is malformed.

    Example:
        >>> result = analyze("Miraculously, no one was injured.")
        >>> result.sentences[0].scores["reassurance"] > 0
        True
    """
    _require_text(text)
    lexicon_set = lexicons if isinstance(lexicons, LexiconSet) else load_lexicons(lexicons)
    dimensions = lexicon_set.dimensions
    sentences = segment(text, lexicon_set)
    sentence_tokens = [tokenize(text, s.start, s.end) for s in sentences]
    names = capitalized_names(sentence_tokens, lexicon_set)
    joint, agents = _indexes(lexicon_set)
    # One pass over each content sentence finds the patterns of the words, the modifiers and attribution.
    found = [
        None if s.boilerplate else joint.find_parts(tokens)
        for s, tokens in zip(sentences, sentence_tokens, strict=True)
    ]
    speech = [None if parts is None else parts[2] for parts in found]
    attributions, speakers = attribute(text, sentences, sentence_tokens, lexicon_set, speech)
    carriers = sentence_carriers(sentences, attributions, lexicon_set) if "attribution" in dimensions else {}
    results = []
    for sentence, tokens, voice, parts in zip(sentences, sentence_tokens, speakers, found, strict=True):
        evidence = (
            ()
            if parts is None
            else _evidence(
                text, sentence, tokens, parts, names, carriers.get(sentence.index), lexicon_set, agents
            )
        )
        results.append(_sentence_result(sentence, tokens, evidence, voice, lexicon_set))
    return ArticleResult(
        doc=doc, text=text, dimensions=dimensions, sentences=tuple(results), attributions=attributions
    )


def _require_text(text: object) -> None:
    """Refuse anything but a str: bytes would be misread, so the caller is told to decode them first.

    Raises:
        InputError: ``text`` is not a string, or holds half a character (a lone surrogate).
    """
    if not isinstance(text, str):
        fix = (
            "decode bytes first, e.g. data.decode('utf-8')"
            if isinstance(text, (bytes, bytearray))
            else "pass the article's text (a missing value in a table is not one: drop or fill it)"
        )
        raise InputError(f"analyze() needs the article as str, got {type(text).__name__}; {fix}")
    if (problem := lone_surrogate(text)) is not None:
        raise InputError(
            f"the text holds {problem}; no output can be written in UTF-8 with it: repair the source, or "
            "replace it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
        )


def _sentence_result(
    sentence: Sentence,
    tokens: Sequence[Token],
    evidence: tuple[Match, ...],
    voice: tuple[str, str],
    lexicons: LexiconSet,
) -> SentenceResult:
    """One sentence's record: its scores from its evidence, and its speaker and source type (``voice``)."""
    scores = sentence_scores(evidence, lexicons.dimensions)
    speaker, source_type = voice
    return SentenceResult(
        index=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        n_tokens=len(tokens),
        boilerplate=sentence.boilerplate,
        scores=scores,
        evidence=evidence,
        present=present(scores, lexicons),
        speaker=speaker,
        source_type=source_type,
    )


def _evidence(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    parts: list[list[Hit]],
    names: frozenset[str],
    carrier: Attribution | None,
    lexicons: LexiconSet,
    agents: AgencyIndex,
) -> tuple[Match, ...]:
    """One content sentence's evidence: words, grammar rules, actor rules, the words of a quoted source.

    ``parts``: the sentence's hits of each part of :func:`_indexes` (words, modifiers, speech words, agents).
    """
    found, modifier_hits, agent_hits = parts[0], parts[1], parts[3]
    # A capitalized month name is a date, not the word it spells ("in March, May and July": no modal).
    found = drop_date_names(tokens, found, lexicons)
    # Grammar the lists cannot hold (emphatic "do", "should" + subject) joins the words, so the rules reach it too.
    found += emphasis_hits(text, tokens, found, lexicons)
    found += inversion_hits(text, tokens, sentence.end, lexicons)
    # A response under a condition on aggression ("sanctions in the event of an invasion") is deterrence.
    found, conditions = deterrence_hits(text, tokens, found, lexicons)
    # A verb of protection before from/against and a danger ("protect civilians from shelling") is protection.
    found, dangers = protection_hits(text, tokens, found, lexicons)
    evidence = apply_rules(
        text, tokens, select_longest(found), select_longest(modifier_hits), lexicons, sentence.index
    )
    if conditions:
        evidence = tuple(explain(evidence, conditions, tokens))
    if dangers:
        evidence = tuple(explain_protection(evidence, dangers, tokens))
    # A weak row twice ("Security Pacific ... Security Pacific") is no second cue: it counts once.
    evidence = count_weak_repeats_once(evidence, lexicons)
    # Matches of one dimension from different files over the same words ("It is not clear whether") are one cue.
    evidence = count_overlaps_once(evidence)
    # The actor rules (responsibility, an actor's success) read what the rules made of the words.
    ruled = RuledSentence(text, tokens, evidence, sentence.index, names, agent_hits)
    # "The city was shelled": a perpetration verb in the passive with no agent names no one.
    passives = agentless_passives(ruled, agents, lexicons)
    ruled = RuledSentence(text, tokens, passives, sentence.index, names, agent_hits)
    agency = actor_matches(ruled, agents, lexicons)
    # A sentence inside a quotation or speech carries its source's words (after attribution).
    quoted = attribution_evidence(text, sentence, carrier, ruled.evidence)
    if not agency and not quoted:
        return tuple(ruled.evidence)
    return tuple(sorted((*ruled.evidence, *agency, *quoted), key=lambda m: (m.start, m.end)))


@derived
def _indexes(lexicons: LexiconSet) -> tuple[PatternIndex, AgencyIndex]:
    """One index of four parts (words, modifiers, attribution's speech words, agents), and the agency index."""
    words = {lexicon.name: lexicon.entries for lexicon in lexicons}
    # One group, so that "not only" (pseudo) beats "not" (negator) by length.
    # Definite determiners are read off the token before a match, not matched ("the" is everywhere).
    negators = tuple(e for e in lexicons.negators if e.subcategory != "definite")
    modifiers = {"modifiers": negators + lexicons.intensifiers + lexicons.diminishers}
    # The actor rules' agents too: their own pass over a sentence cost as much as all the other parts'.
    agents = {"agents": lexicons.agents.entries}
    return PatternIndex(words, modifiers, speech_groups(lexicons), agents), agency_index(lexicons)
