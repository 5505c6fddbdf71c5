"""Deterrence by a conditional response: "severe sanctions in the event of an invasion" is reassurance.

ANNOTATION.md counts protection and control as reassurance. A defender's warning that aggression will
be answered ("hard reactions and sanctions in the case of Russian aggression", "a swift response if
Russia invades") deters it; the same response words elsewhere are punishment or harm ("sanctions hit
the economy"). No word list can hold the difference, which lies in the condition. This stage reads the
sentence's tokens with the words of ``rules/deterrence.tsv`` (:class:`~framing.lexicon.GrammarRule`):
a ``response`` word within :data:`NEAR` words of a condition on aggression becomes one hit of the
rule's dimension. A condition is

- an ``opener`` ("in the event of", "in case of") followed closely, in its clause, by an ``aggression``
  or ``conflict`` word ("in the event of a Russian invasion", "in case of war"), or
- a ``subordinator`` ("if", "should") followed closely by an ``aggressor`` (any country of
  ``sources/nations.tsv``, or one of the rule's own words) and then an ``aggression`` word, in one clause
  ("if Russia invades", "should the Kremlin decide to attack", "if Iran attacks").

The hit replaces the response word's reading in the lexicon the rule's dimension negates to (threat:
the sanctions are the deterrent, not a harm), and it joins the lexicon hits before the rules run, so a
negation reaches it ("does not undertake to introduce sanctions in the event of an invasion": threat).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.results import Match
from framing.tokenize import Token

LEXICON = "rules/deterrence.tsv"
NEAR = 15
"""Words at most between a response word and its condition ("sanctions ... in the event of")."""
_OPENER_REACH = 4
"""Words after an opener in which its aggression comes ("in the event of a full-scale Russian invasion")."""
_GENERIC_REACH = 3
"""Words after a generic "any" in which its aggression noun comes: the noun it determines, modifiers before."""
_SUBJECT_REACH = 2
"""Words after a subordinator in which the aggressor comes ("if the Kremlin")."""
_VERB_REACH = 3
"""Words after the aggressor in which its aggression comes ("if Russia decides to invade")."""
_NORM = attrgetter("norm")


class Deterrence(NamedTuple):
    """The rule's hits in one sentence and, by first token, the condition each one answers."""

    hits: list[Hit]
    conditions: dict[int, str]


class _Phrases(NamedTuple):
    """The rule's words by their first word: (the words, the kind) of each phrase starting with it."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]


@derived
def _phrases(lexicons: LexiconSet) -> _Phrases:
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    # Any country of sources/nations.tsv is an aggressor ("if Iran attacks", "if North Korea invades").
    kinds = {**dict.fromkeys(lexicons.speech.nations, "aggressor"), **lexicons.deterrence.words}
    for pattern, kind in kinds.items():
        words = tuple(pattern.split())
        found.setdefault(words[0], []).append((words, kind))
    # Longest first, so "in the event of" is read before a shorter phrase starting with "in".
    return _Phrases({w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in found.items()})


def deterrence_hits(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], lexicons: LexiconSet
) -> Deterrence:
    """The sentence's hits with the deterrence rule applied: its hits added, the opposite readings removed.

    Args:
        text: The document (offsets of ``tokens`` index it).
        tokens: The sentence's tokens.
        hits: The sentence's lexicon hits (a response word's opposite reading is left out of them).
        lexicons: For the rule's words and the counted dimension.

    Returns:
        All hits, in the order given with the rule's hits after them, and each rule hit's condition.
    """
    rule = lexicons.deterrence
    dimension = rule.counts.partition("/")[0]
    words = lexicons.deterrence.words
    # Most sentences have no response word: a set test over the words, without a Python loop.
    if dimension not in lexicons.lexicons or rule.of_kind("response").isdisjoint(map(_NORM, tokens)):
        return Deterrence(list(hits), {})
    conditions = _conditions(tokens, _phrases(lexicons), lexicons.speech.function_words)
    if not conditions:
        return Deterrence(list(hits), {})
    added: list[Hit] = []
    said: dict[int, str] = {}
    starts = [c[0] for c in conditions]
    covering: dict[
        int, list[Hit]
    ] = {}  # token -> the dimension's hits over it, read once (linear in the sentence)
    for hit in hits:
        if hit.group == dimension:
            for k in range(hit.first, hit.stop):
                covering.setdefault(k, []).append(hit)
    for i, token in enumerate(tokens):
        condition = _nearest(i, conditions, starts) if words.get(token.norm) == "response" else None
        if condition is None:
            continue
        span = covering_span(i, covering.get(i, ()), rule.weight)
        if span is None:
            continue  # the word counts already, as much or more ("swift response")
        first, stop = span
        added.append(
            Hit(
                dimension, rule.entry((token.norm, "condition"), "aggression condition", LEXICON), first, stop
            )
        )
        said[first] = text[tokens[condition[0]].start : tokens[condition[1] - 1].end]
    opposite = lexicons.lexicons[dimension].negated
    covered = {k for hit in added for k in range(hit.first, hit.stop)}
    kept = [h for h in hits if h.group != opposite or not covered.issuperset(range(h.first, h.stop))]
    return Deterrence(kept + added, said)


def explain(evidence: Sequence[Match], conditions: Mapping[int, str], tokens: Sequence[Token]) -> list[Match]:
    """The evidence with the condition named on each match the rule made, so a reader sees why it counts."""
    starts = {tokens[first].start: condition for first, condition in conditions.items()}
    explained = []
    for match in evidence:
        condition = starts.get(match.start) if match.pattern.endswith("<aggression condition>") else None
        if condition is not None:
            note = f"rule: deterrence, conditional on aggression '{condition}'"
            match = replace(match, modifiers=(note, *match.modifiers))
        explained.append(match)
    return explained


def _conditions(
    tokens: Sequence[Token], phrases: _Phrases, function_words: Mapping[str, str]
) -> list[tuple[int, int]]:
    """The token spans of the sentence's conditions on aggression, in text order.

    Any country (``sources/nations.tsv``: "if Iran attacks", "should Russia invade") is an aggressor, as well
    as the rule's own ``aggressor`` words (a leader, a seat of power: "if Putin", "should the Kremlin"). A
    modal "should" inside a clause is no condition ("Sanctions should hit Russia"): only one opening it.
    A ``generic`` word ("any") is an opener only where a clause or a preposition's object starts ("Any
    aggression will be met", "respond to any aggression", "said that any attack"), not after a verb ("denied
    any attack").
    """
    kinds = _kinds(tokens, phrases)
    found = []
    for i, (kind, stop) in sorted(kinds.items()):
        if (
            kind == "subordinator"
            and tokens[i].norm == "should"
            and not (i == 0 or tokens[i].clause_break_before)
        ):
            continue
        if kind == "generic":
            opens = i == 0 or tokens[i].clause_break_before
            if not (
                opens
                or function_words.get(tokens[i - 1].norm) in ("preposition", "conjunction", "determiner")
            ):
                continue  # "denied any attack": after a verb, no condition
            # its own noun only: "any further Russian aggression", not "any questions about the attack"
            end = _next(kinds, tokens, stop, _GENERIC_REACH, ("aggression",))
        elif kind == "opener":
            end = _next(kinds, tokens, stop, _OPENER_REACH, ("aggression", "conflict"))
        elif kind == "subordinator":
            subject = _next(kinds, tokens, stop, _SUBJECT_REACH, ("aggressor",))
            end = None if subject is None else _next(kinds, tokens, subject, _VERB_REACH, ("aggression",))
        else:
            continue
        if end is not None:
            found.append((i, end))
    return found


def _kinds(tokens: Sequence[Token], phrases: _Phrases) -> dict[int, tuple[str, int]]:
    """First token -> (kind, stop) of each of the rule's words or phrases in the sentence (longest first)."""
    found: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(tokens):
        step = 1
        for words, kind in phrases.by_first.get(tokens[i].norm, ()):
            stop = i + len(words)
            if stop <= len(tokens) and _spells(tokens[i:stop], words):
                found[i], step = (kind, stop), len(words)
                break
        i += step
    return found


def _next(
    kinds: Mapping[int, tuple[str, int]],
    tokens: Sequence[Token],
    start: int,
    reach: int,
    wanted: tuple[str, ...],
) -> int | None:
    """Where the first word of a ``wanted`` kind within ``reach`` words from ``start`` ends, in one clause."""
    for k in range(start, min(start + reach, len(tokens))):
        if tokens[k].clause_break_before:
            return None  # the condition ends at clause punctuation
        found = kinds.get(k)
        if found is not None and found[0] in wanted:
            return found[1]
    return None


def _nearest(i: int, conditions: Sequence[tuple[int, int]], starts: Sequence[int]) -> tuple[int, int] | None:
    """The condition nearest to token ``i``, if it is within :data:`NEAR` words of it.

    ``starts``: the conditions' first tokens (ascending); only the conditions around ``i`` are compared.
    """
    k = bisect_right(starts, i)
    near = conditions[max(0, k - 1) : k + 1]
    best = min(near, key=lambda c: max(c[0] - i, i - c[1] + 1, 0))
    return best if max(best[0] - i, i - best[1] + 1, 0) <= NEAR else None


def covering_span(i: int, over: Sequence[Hit], weight: float) -> tuple[int, int] | None:
    """A rule hit's tokens: the word, or a longer but weaker phrase of the dimension over it ("severe sanctions").

    Shared with the protection rule (``framing/protection.py``: "defend against", 0.3).

    ``over``: the dimension's hits over token ``i``. Taking the phrase's span lets the rule win it by
    length; a phrase weighing at least the rule's match, or a sense trap, keeps the word (None).
    """
    first, stop = i, i + 1
    for hit in over:
        if hit.entry.weight >= weight or hit.entry.subcategory == "trap":
            return None  # a sense trap says the word is not in this sense
        if hit.length > stop - first:
            first, stop = hit.first, hit.stop
    return first, stop


def _spells(tokens: Sequence[Token], words: tuple[str, ...]) -> bool:
    """The tokens are the words, one phrase (nothing but spaces between them)."""
    return all(t.norm == w for t, w in zip(tokens, words, strict=True)) and all(
        t.joins_previous for t in tokens[1:]
    )
