"""What a negation, an appeal, a refusal or a condition does to a match: its note and its new target.

Also which match a negator takes: the first of the lexicons it flips, or, after a negative determiner and
a subject noun, the predicate ("No missiles were intercepted").

The note is the evidence a reader sees ("refused by 'to block' (withheld, not given: dropped)"); the target
is a dimension the match moves to, or :data:`~framing.lexicon.NEGATION_KEEP` / ``NEGATION_DROP``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, Lexicon, LexiconSet
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
SUBJECT_REACH = 4
"""A negated subject's predicate starts at most this many tokens after it ("were quickly intercepted")."""
DIMENSION_MOVED = " -> "
"""How a negation note names the dimension a match moved to ("(threat/conflict -> reassurance)")."""
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
    return (
        f"{verb} by '{said}'{how} ({lexicon.name}/{hit.entry.subcategory}{DIMENSION_MOVED}{target})",
        target,
    )


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


def taken(hit: Hit, negator: Hit, flips_at: dict[int, list[Hit]], passed: set[Hit]) -> bool:
    """A match of another flipping lexicon starts between the negator and the hit: the negation is its.

    Also when it holds the hit: "failed to end the war" negates the ending (a verb phrase of
    reassurance), not the war inside it, which stays threat. A subject the negation passed over
    (:func:`negated_subject`) takes nothing.
    """
    return any(
        other.group != hit.group
        and other not in passed
        and (other.stop <= hit.first or other.stop >= hit.stop)
        for first in range(negator.stop, hit.first)
        for other in flips_at.get(first, ())
    )


def negated_subject(
    hit: Hit,
    negator: Hit,
    copulas: frozenset[int],
    flips_at: dict[int, list[Hit]],
    tokens: Sequence[Token],
    lexicons: LexiconSet,
) -> bool:
    """A subject after a negative determiner, before "be" and a match of another lexicon: the predicate is negated.

    "No missiles were intercepted", "Not a single drone was shot down": the weapons are there; what the
    negation denies is the interception (class ``negative_determiner`` of ``sources/word_classes.tsv``).
    """
    said = " ".join(t.norm for t in tokens[negator.first : negator.stop])
    if negator.stop != hit.first or hit.stop not in copulas:
        return False
    if said not in lexicons.speech.classes.get("negative_determiner", frozenset()):
        return False
    return any(
        other.group != hit.group
        for first in range(hit.stop + 1, min(len(tokens), hit.stop + SUBJECT_REACH))
        for other in flips_at.get(first, ())
    )
