"""Protection from a danger: "to protect civilians from shelling" is reassurance, "protect shareholders" hardly.

ANNOTATION.md counts protection and protective measures as reassurance. The verbs of protection are
weak alone ("protect" 0.4, "defend" 0.3 in ``reassurance.tsv``): most of their uses protect shareholders,
jobs, patents or a decision. What makes them protection from harm is what follows: from or against a
danger ("protect Ukraine's skies against missiles", "shield the tankers from Iranian attack"). This stage
reads the sentence's tokens with the words of ``rules/protection.tsv``
(:class:`~framing.lexicon.GrammarRule`): a ``verb``, at most :data:`OBJECT_REACH` words of its object in
its clause, a ``preposition``, and a match of a ``# danger:`` subcategory starting within
:data:`DANGER_REACH` words of it in the same clause make the verb one hit of the rule's dimension.

The hit joins the lexicon hits before the rules run, so a negation reaches it ("nothing would protect the
hospital from bombing": threat). The danger keeps its own reading: the harm is there, only the object is
shielded from it (the framing_gold readers mark "protect his country from cross-border attacks" threat
as well as reassurance), unlike a preventive verb, which denies it ("prevented the attack").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from framing.deterrence import covering_span
from framing.lexicon import GrammarRule, LexiconSet
from framing.match import Hit, select_longest
from framing.results import Match
from framing.tokenize import Token

LEXICON = "rules/protection.tsv"
PLACEHOLDER = "from a danger"
OBJECT_REACH = 6
"""Words at most between the verb and its preposition ("protect children in developing countries from")."""
DANGER_REACH = 4
"""Words after the preposition in which the danger starts ("from possible Iranian missile attacks")."""
_NORM = attrgetter("norm")


class Protection(NamedTuple):
    """The sentence's hits with the rule's added and, by the first token of each rule hit, its danger phrase."""

    hits: list[Hit]
    dangers: dict[int, str]


def protection_hits(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], lexicons: LexiconSet
) -> Protection:
    """The sentence's hits with a hit of the rule for each verb of protection from a danger.

    Args:
        text: The document (offsets of ``tokens`` index it).
        tokens: The sentence's tokens.
        hits: The sentence's lexicon hits (the danger is one of them).
        lexicons: For the rule's words, its danger subcategories and the counted dimension.

    Returns:
        All hits, in the order given with the rule's hits after them, and each rule hit's danger phrase.
    """
    rule = lexicons.protection
    dimension = rule.counts.partition("/")[0]
    # Most sentences have no verb of protection: a set test over the words, without a Python loop.
    verbs = rule.of_kind("verb") | rule.of_kind("object_verb")
    if dimension not in lexicons.lexicons or verbs.isdisjoint(map(_NORM, tokens)):
        return Protection(list(hits), {})
    dangers = _dangers(hits, rule.danger)
    if not dangers:
        return Protection(list(hits), {})
    covering: dict[int, list[Hit]] = {}  # token -> the dimension's hits over it
    for hit in hits:
        if hit.group == dimension:
            for k in range(hit.first, hit.stop):
                covering.setdefault(k, []).append(hit)
    added: list[Hit] = []
    said: dict[int, str] = {}
    for i, token in enumerate(tokens):
        kind = rule.words.get(token.norm)
        if kind not in ("verb", "object_verb"):
            continue
        if kind == "object_verb" and not _verb_reading(text, tokens, i):
            continue
        danger = (
            _danger_after(i, tokens, rule, dangers)
            if kind == "verb"
            else _danger_object(i, tokens, dangers, lexicons.speech.function_words)
        )
        span = None if danger is None else covering_span(i, covering.get(i, ()), rule.weight)
        if danger is None or span is None:
            continue  # no danger after it, or the verb counts already as much or more ("protecting")
        added.append(Hit(dimension, rule.entry((token.norm, "danger"), PLACEHOLDER, LEXICON), *span))
        said[span[0]] = text[tokens[danger[0]].start : tokens[danger[1] - 1].end]
    return Protection([*hits, *added], said)


def explain(evidence: Sequence[Match], dangers: Mapping[int, str], tokens: Sequence[Token]) -> list[Match]:
    """The evidence with the danger named on each match the rule made, so a reader sees why it counts."""
    starts = {tokens[first].start: danger for first, danger in dangers.items()}
    explained = []
    for match in evidence:
        danger = starts.get(match.start) if match.pattern.endswith(f"<{PLACEHOLDER}>") else None
        if danger is not None:
            match = replace(
                match, modifiers=(f"rule: protection, from a danger '{danger}'", *match.modifiers)
            )
        explained.append(match)
    return explained


def _dangers(hits: Sequence[Hit], danger: frozenset[str]) -> dict[int, int]:
    """First token -> stop of each danger match, after the longest-match choice (a sense trap is none)."""
    groups = {name.partition("/")[0] for name in danger}
    chosen = select_longest(h for h in hits if h.group in groups)
    return {h.first: h.stop for h in chosen if f"{h.group}/{h.entry.subcategory}" in danger}


def _verb_reading(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether an ``object_verb`` is a verb here, not a noun, adjective or half a compound.

    Not "counter-attack", "counter-terrorism"; a base form only after "to" or "help" ("to counter the
    threat"; "Ukrainian counter strikes", "counter to the agreement" are a noun and an adjective).
    """
    if i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start].strip():
        return False
    if tokens[i].norm.endswith(("s", "ed", "ing")):
        return True
    return i > 0 and tokens[i - 1].norm in ("to", "help")


def _danger_object(
    verb: int, tokens: Sequence[Token], dangers: Mapping[int, int], words: Mapping[str, str]
) -> tuple[int, int] | None:
    """The tokens from after the verb to the end of the danger its object starts with ("to counter the fire").

    No preposition or "that" before the danger: "countered with a missile attack" (an act),
    "countered that the bombing was illegal" (a reply).
    """
    for m in range(verb + 1, min(verb + 1 + DANGER_REACH, len(tokens))):
        if tokens[m].clause_break_before or tokens[m].norm == "that":
            return None
        if m not in dangers and words.get(tokens[m].norm) == "preposition":
            return None
        if m in dangers:
            return verb + 1, dangers[m]
    return None


def _danger_after(
    verb: int, tokens: Sequence[Token], rule: GrammarRule, dangers: Mapping[int, int]
) -> tuple[int, int] | None:
    """The tokens from the verb's preposition to the end of the danger after it, all in the verb's clause.

    The first preposition after the verb is the one: "protect consumers against cross-subsidization by the
    Bell companies" names no danger, whatever follows.
    """
    for k in range(verb + 1, min(verb + 2 + OBJECT_REACH, len(tokens))):
        if tokens[k].clause_break_before:
            return None
        if rule.words.get(tokens[k].norm) != "preposition":
            continue
        for m in range(k + 1, min(k + 1 + DANGER_REACH, len(tokens))):
            if tokens[m].clause_break_before:
                return None
            if m in dangers:
                return k, dangers[m]
        return None
    return None
