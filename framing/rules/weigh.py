"""Each hit of a sentence as a Match: its dimension after negation, its weight after modifiers, what was done."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, LexiconSet
from framing.match import Hit
from framing.negation import negation_note, span_text
from framing.results import Match
from framing.rules.modifiers import Scope
from framing.rules.negations import Negations
from framing.scope import clause_is_open
from framing.tokenize import Token

MODIFIER_WINDOW = 2
"""An intensifier reaches the match starting within this many tokens after it ("fully destroyed")."""
TOPICAL = frozenset({"conflict"})
"""Subcategories that name a topic: ANNOTATION.md counts a mention of the war as threat 1. Negated after a
definite determiner ("we are not party to this war") the topic stays, next to what the negation makes."""
TRAP = "trap"


def weigh(
    text: str,
    tokens: Sequence[Token],
    hit: Hit,
    lexicons: LexiconSet,
    scope: Scope,
    negated_by: Negations,
    sentence: int,
    names: Mapping[Hit, str],
) -> Match:
    """The match of one hit: its dimension after negation, its weight after modifiers, what was done."""
    lexicon = lexicons[hit.group]
    entry = hit.entry
    start, end = tokens[hit.first].start, tokens[hit.stop - 1].end
    dimension, subcategory = lexicon.name, f"{lexicon.name}/{entry.subcategory}"
    weight = entry.weight
    applied: list[str] = []
    if entry.subcategory == TRAP:
        applied.append("sense trap")
    elif hit in names:
        applied.append(f"inside the name '{names[hit]}'")  # ANNOTATION: a proper name is 0
        weight = 0.0
    else:
        # Most sentences negate nothing: an empty table is not asked (that hashes the hit and its entry).
        if negated_by and hit in negated_by:
            note, target = negation_note(text, tokens, hit, lexicon, negated_by[hit])
            applied.append(note)
            if target == NEGATION_DROP:
                weight = 0.0
            elif target != NEGATION_KEEP:
                dimension, subcategory = target, f"{target}/negated_{lexicon.name}"
        scaler = _scaler(hit, scope.scalers, tokens, scope.breaks)
        if scaler is not None:
            factor = scaler.entry.weight
            verb = "intensified" if scaler.entry.subcategory == "intensifier" else "diminished"
            applied.append(f"{verb} by '{span_text(text, tokens, scaler)}' x{factor:g}")
            weight *= factor
    return Match(
        dimension=dimension,
        subcategory=subcategory,
        pattern=entry.pattern,
        start=start,
        end=end,
        text=text[start:end],
        weight=round(weight, 4),
        modifiers=tuple(applied),
        lexicon=lexicon.name,
        sentence=sentence,
    )


def presupposed_topics(
    text: str,
    tokens: Sequence[Token],
    lexicons: LexiconSet,
    scope: Scope,
    negated_by: Negations,
    sentence: int,
) -> tuple[Match, ...]:
    """A topic word that a negator flipped but a definite determiner presupposes still counts as itself.

    "We are not party to this war": the denial is reassurance (the flipped match), and the war it
    presupposes is still the topic, threat 1 (ANNOTATION.md). Only forward negation, only :data:`TOPICAL`
    subcategories, only right after a ``definite`` word of ``negators.tsv``.
    """
    topics = []
    for hit, (negator, how) in negated_by.items():
        lexicon = lexicons[hit.group]
        if how or hit.entry.subcategory not in TOPICAL or lexicon.negated in (NEGATION_KEEP, NEGATION_DROP):
            continue
        before = _definite_before(tokens, hit.first, lexicons)
        if before is None:
            continue
        start, end = tokens[hit.first].start, tokens[hit.stop - 1].end
        said = span_text(text, tokens, negator)
        scaler = _scaler(hit, scope.scalers, tokens, scope.breaks)
        weight = hit.entry.weight * (scaler.entry.weight if scaler is not None else 1.0)
        topics.append(
            Match(
                dimension=lexicon.name,
                subcategory=f"{lexicon.name}/{hit.entry.subcategory}",
                pattern=hit.entry.pattern,
                start=start,
                end=end,
                text=text[start:end],
                weight=round(weight, 4),
                modifiers=(f"a topic under the negation by '{said}': '{before.text}' presupposes it",),
                lexicon=lexicon.name,
                sentence=sentence,
            )
        )
    return tuple(topics)


def _definite_before(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> Token | None:
    """A ``definite`` word before token ``first``, with at most one lowercase modifier between ("this bloody war")."""
    for k in (first - 1, first - 2):
        if k < 0 or tokens[k + 1].clause_break_before:
            return None
        if tokens[k].norm in lexicons.definites:
            return tokens[k]
        if not tokens[k].text.islower() or lexicons.speech.function_words.get(tokens[k].norm):
            return None
    return None


def _scaler(hit: Hit, scalers: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]) -> Hit | None:
    for scaler in reversed(scalers):
        in_reach = scaler.stop <= hit.first and hit.first - scaler.stop < MODIFIER_WINDOW
        if in_reach and clause_is_open(tokens, scaler.stop, hit.first, breaks):
            return scaler
    return None
