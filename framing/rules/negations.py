"""What each negator, preventive and denial of a sentence takes: forward, passive and over a copula."""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import NEGATION_KEEP, LexiconSet
from framing.match import Hit
from framing.negation import negated_subject, role_nouns, taken
from framing.rules.modifiers import Scope, flipping_lexicons
from framing.scope import by_stop, clause_is_open
from framing.tokenize import Token

NEGATION_WINDOW = 5
"""A negator reaches at most this many tokens forward ("no one was injured": 'injured' is 3 away)."""
DENIAL_WINDOW = 20
"""A denial ("I don't believe ...") reaches this many tokens forward, across clause punctuation."""
BACKWARD_WINDOW = 4
"""Tokens allowed between a subject match and a following copula + negator."""

Negations = dict[Hit, tuple[Hit, str]]
"""Negated hit -> (the negator, preventive or denial that negates it, how: "", " (passive)", " (predicate)")."""


def forward_negations(
    content: Sequence[Hit], scope: Scope, tokens: Sequence[Token], lexicons: LexiconSet
) -> Negations:
    """Hits negated by a negator or a denial before them."""
    negated_by: Negations = {}
    if not scope.negators and not scope.denials:
        return negated_by  # most sentences: nothing to look back for
    negator_ends, denial_ends = by_stop(scope.negators), by_stop(scope.denials)
    # A negator takes the first match it reaches among the lexicons it flips ("failed to shoot down the
    # missiles" negates the shooting down, not the missiles; "no one is safe from provocations").
    flipping = flipping_lexicons(lexicons)
    flips_at: dict[int, list[Hit]] = {}
    for hit in content:
        # a row with a target of its own takes the negation too: "No one doubts that the war will
        # continue" negates the doubt (dropped), not the war; "did not impose sanctions over the invasion"
        if hit.group in flipping or hit.entry.negation_target("negator", NEGATION_KEEP) != NEGATION_KEEP:
            flips_at.setdefault(hit.first, []).append(hit)
    roles = role_nouns(scope.negators, tokens, lexicons.speech.classes)  # "not a leader for conflict"
    passed: set[Hit] = set()  # subjects a negative determiner passes over to their predicate
    for hit in content:
        negator = _forward_negator(hit, negator_ends, tokens, scope.negator_breaks)
        if negator is not None and negated_subject(hit, negator, scope.copulas, flips_at, tokens, lexicons):
            passed.add(hit)  # "No missiles were intercepted": the missiles came; the interception failed
            continue
        if negator is not None and hit.first > roles.get(negator, hit.first):
            negator = None
        if negator is not None and _circumstance(hit, negator, negated_by, tokens, lexicons):
            negator = None
        if negator is not None and not taken(hit, negator, flips_at, passed):
            negated_by[hit] = (negator, "")
            continue
        denial = _denial(hit, denial_ends, scope.breaks)
        if denial is not None:
            negated_by[hit] = (denial, "")
    return negated_by


def passive_negations(
    content: Sequence[Hit], scope: Scope, tokens: Sequence[Token], negated_by: Negations
) -> None:
    """A passive preventive ("an escalation was averted") negates the subject before its copula."""
    # Hits by where they end, so the rule looks at a window, not at every hit.
    ending: dict[int, list[Hit]] = {}
    for hit in content:
        ending.setdefault(hit.stop, []).append(hit)
    for negator in scope.negators:
        if negator.entry.subcategory != "preventive" or negator.first - 1 not in scope.copulas:
            continue
        for stop in range(max(0, negator.first - BACKWARD_WINDOW), negator.first + 1):
            for hit in ending.get(stop, ()):
                if hit not in negated_by and clause_is_open(tokens, hit.stop, negator.first, scope.breaks):
                    negated_by[hit] = (negator, " (passive)")


def predicate_negations(
    content: Sequence[Hit], scope: Scope, tokens: Sequence[Token], negated_by: Negations
) -> None:
    """Looking back over a copula: a negated predicate of the hit's own lexicon negates the hit.

    "the threat is not imminent" negates the threat; "the attack was not an isolated event" keeps it.
    """
    if not negated_by:
        return  # a predicate is negated only over a negation found before
    negated_at: dict[int, list[tuple[Hit, Hit]]] = {}
    for other, (negator, _) in negated_by.items():
        negated_at.setdefault(negator.first, []).append((other, negator))
    for hit in content:
        if hit in negated_by:
            continue
        found = _predicate_negator(hit, negated_at, scope.copulas, tokens, scope.breaks)
        if found is not None:
            negated_by[hit] = (found, " (predicate)")
            negated_at.setdefault(found.first, []).append((hit, found))


def _forward_negator(
    hit: Hit, by_stop: dict[int, Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> Hit | None:
    """The nearest negator ending at most :data:`NEGATION_WINDOW` - 1 tokens before the hit, clause open.

    Negators are looked up by where they end, so the cost is the window, not the number of negators.
    """
    for stop in range(hit.first, max(-1, hit.first - NEGATION_WINDOW), -1):
        negator = by_stop.get(stop)
        if negator is not None and clause_is_open(tokens, negator.stop, hit.first, breaks):
            return negator
    return None


def _circumstance(
    hit: Hit, negator: Hit, negated_by: Negations, tokens: Sequence[Token], lexicons: LexiconSet
) -> bool:
    """A match after a preposition that follows a match the same negator already took: its circumstance.

    "No one was injured in the attack", "no casualties during the shelling": the negation denies the harm
    done; the attack and the shelling named after a ``circumstance_preposition`` (in, during, after, amid)
    still happened. Not "of" ("no reports of casualties"), "to" ("not to attack"), nor "by"/"from", which
    after a noun name the agent or source of what is denied ("no invasion by US troops", "no threat from
    terrorists").
    """
    classes = lexicons.speech.classes
    taken_stops = [h.stop for h, (n, _) in negated_by.items() if n is negator and h.stop <= hit.first]
    if not taken_stops:
        return False
    # the preposition opens the hit's own phrase: no coordinator after it ("no retaliation from Israel or
    # strikes on Iran": the strikes are denied too)
    for k in range(hit.first - 1, max(taken_stops) - 1, -1):
        if tokens[k].norm in classes["coordinator"]:
            return False
        if tokens[k].norm in classes["circumstance_preposition"]:
            return True
    return False


def _denial(hit: Hit, by_stop: dict[int, Hit], breaks: frozenset[int]) -> Hit | None:
    """The earliest denial ending at most :data:`DENIAL_WINDOW` - 1 tokens before the hit, no scope break."""
    for stop in range(max(0, hit.first - DENIAL_WINDOW + 1), hit.first + 1):
        denial = by_stop.get(stop)
        if denial is not None and not any(i in breaks for i in range(denial.stop, hit.first)):
            return denial
    return None


def _predicate_negator(
    hit: Hit,
    negated_at: dict[int, list[tuple[Hit, Hit]]],
    copulas: frozenset[int],
    tokens: Sequence[Token],
    breaks: frozenset[int],
) -> Hit | None:
    """A negator just after the hit, over a copula, that negated a match of the hit's own lexicon."""
    for first in range(hit.stop, hit.stop + BACKWARD_WINDOW + 1):
        for other, negator in negated_at.get(first, ()):
            if (
                other.group == hit.group
                and any(i in copulas for i in range(hit.stop, negator.first))
                and clause_is_open(tokens, hit.stop, negator.first, breaks)
            ):
                return negator
    return None
