"""What a negation, an appeal, a refusal or a condition does to a match: its note and its new target.

The note is the evidence a reader sees ("refused by 'to block' (withheld, not given: dropped)"); the target
is a dimension the match moves to, or :data:`~framing.lexicon.NEGATION_KEEP` / ``NEGATION_DROP``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, Lexicon
from framing.match import Hit
from framing.tokenize import Token

_WITHHELD = MappingProxyType(
    {
        "appeal": "called for by '{}' (asked for, not given: dropped)",
        "refusal": "refused by '{}' (withheld, not given: dropped)",
        "condition": "on the condition '{}' (supposed, not so: dropped)",
    }
)
"""Modifier kinds that leave what they reach unsaid: their note; the match is dropped."""
_VERBS = MappingProxyType({"preventive": "prevented", "denial": "denied", "impossible": "ruled out"})
CANCELLED = ", cancelled by "
"""How a negation that a dismissal after the copula denies in turn is noted: the match keeps its dimension."""


def negation_note(
    text: str, tokens: Sequence[Token], hit: Hit, lexicon: Lexicon, negation: tuple[Hit, str]
) -> tuple[str, str]:
    """What a negation does to a hit: its note, and the target (a dimension, keep or drop)."""
    negator, how = negation
    kind = negator.entry.subcategory
    said = span_text(text, tokens, negator)
    if how.startswith(CANCELLED):  # "Claims that Russia will not attack are baseless": two denials cancel
        return f"{_VERBS.get(kind, 'negated')} by '{said}'{how}", NEGATION_KEEP
    if kind in _WITHHELD:
        return _WITHHELD[kind].format(said), NEGATION_DROP
    # A row may declare its own target ("sanctions": not imposing them is no reassurance).
    target = hit.entry.negation_target(kind, lexicon.negated)
    verb = _VERBS.get(kind, "negated")
    if target == NEGATION_KEEP:
        # Kept on purpose ("no one has claimed responsibility" still discusses it): say so, or a reader
        # takes the unchanged score for a negation that failed.
        kept = f"{lexicon.name}/{hit.entry.subcategory}"
        return f"{verb} by '{said}'{how} (kept: {kept} counts negated too)", target
    if target == NEGATION_DROP:
        return f"{verb} by '{said}'{how} (dropped)", target
    return f"{verb} by '{said}'{how} ({lexicon.name}/{hit.entry.subcategory} -> {target})", target


def span_text(text: str, tokens: Sequence[Token], hit: Hit) -> str:
    """The text of a hit as written."""
    return text[tokens[hit.first].start : tokens[hit.stop - 1].end]


def role_nouns(
    negators: Sequence[Hit], tokens: Sequence[Token], classes: Mapping[str, frozenset[str]]
) -> dict[Hit, int]:
    """Negators that deny a person's role, each with the role noun's token: their reach ends there.

    "I think he's not a leader for conflict": a ``negator`` right before an article and a ``leader`` or
    ``leader_generic`` word of ``sources/word_classes.tsv`` denies that the person is one, and the harm
    in the noun's modifier is no threat denied (it still counts as threat).
    """
    articles = classes["article"]
    roles = classes["leader"] | classes["leader_generic"]
    found: dict[Hit, int] = {}
    for negator in negators:
        noun = negator.stop + 1
        if (
            negator.entry.subcategory != "negator"
            or noun >= len(tokens)
            or tokens[negator.stop].norm not in articles
        ):
            continue
        # one word or several ("not a prime minister for war", "not a head of state for war")
        for size in (1, 2, 3):
            words = tokens[noun : noun + size]
            whole = len(words) == size and not any(t.clause_break_before for t in words)
            if whole and " ".join(t.norm for t in words) in roles:
                found[negator] = noun + size - 1
    return found
