"""Rules that turn raw pattern hits into weighted evidence: negation, intensifiers, sense traps.

The rules are documented case by case in ``lexicons/README.md`` ("Rules"). In short:

- **Negation** scope is the clause: up to :data:`NEGATION_WINDOW` tokens after a negator, stopped by
  clause punctuation or a ``scope_break`` word. It also looks back over a copula when the negated
  predicate belongs to the same dimension ("the threat is not imminent": both words are negated).
  A negated match counts where its lexicon's ``negated:`` header sends it (threat -> reassurance,
  reassurance -> threat, certainty -> hedging; ``keep`` or ``drop`` otherwise), unless the row's own
  ``negated`` cell says otherwise (``sanctions``: drop; ``weapons``: drop under a plain negator). A match
  after a ``circumstance_preposition`` (in, during, after, amid) that follows a match the negator took,
  with no coordinator between, is not negated: "No one was injured in the attack" denies the injuries.
- **Preventive** verbs negate the same way ("preventing potential damage" is not a threat), and in the
  passive they negate the subject before them ("an escalation was averted").
- A **negated preventive** prevents nothing: the negator and the verb cancel ("failed to prevent the strike";
  ``framing/double_negation.py``).
- **Impossibility** after a copula negates the subject before it ("a peaceful solution ... is
  impossible"; ``framing/impossibility.py``), never what follows ("it is impossible to stop the attack").
- An **appeal** ("urged", "called for", "must") drops the support and capability it asks for: they are not there
  yet (``framing/appeal.py``).
- A **refusal** ("ruled out", "refused to", "withheld") drops the support and capability it withholds the same
  way, and ends a negation's scope; negated ("did not hesitate to send"), it refuses nothing.
- A **condition** ("if", "unless") drops the reassurance of its clause: it is supposed, not so
  (``framing/condition.py``).
- **Denials** of a belief or an indication ("I don't believe", "no sign of") negate every match of the
  rest of the sentence up to a ``scope_break`` word, across commas: "I don't believe they will cross the
  line" denies a threat (ANNOTATION: reassurance; the belief itself stays hedging).
- **Presupposed topics**: a topic word (``conflict``: "war") negated after a definite determiner ("we
  are not party to this war") still counts as itself, next to what the negation makes of it.
- **Intensifiers and diminishers** multiply the weight of a match that follows within
  :data:`MODIFIER_WINDOW` tokens in the same clause.
- A capitalized match **inside an organisation's name** ("National Crime Agency") weighs 0
  (``framing/propernames.py``).
- **Sense traps** are zero-weight lexicon entries that win by length; they stay in the evidence so a
  reader sees why a word did not count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from framing.appeal import requested, standing_refusals
from framing.condition import suppose
from framing.double_negation import cancel_negated_preventives
from framing.impossibility import impossibility_negations
from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.negation import CANCELLED, negated_subject, negation_note, role_nouns, span_text, taken
from framing.propernames import organisation_names
from framing.results import Match
from framing.scope import by_stop, clause_is_open
from framing.tokenize import Token

NEGATION_WINDOW = 5
"""A negator reaches at most this many tokens forward ("no one was injured": 'injured' is 3 away)."""
DENIAL_WINDOW = 20
"""A denial ("I don't believe ...") reaches this many tokens forward, across clause punctuation."""
BACKWARD_WINDOW = 4
"""Tokens allowed between a subject match and a following copula + negator."""
MODIFIER_WINDOW = 2
"""An intensifier reaches the match starting within this many tokens after it ("fully destroyed")."""
TOPICAL = frozenset({"conflict"})
"""Subcategories that name a topic: ANNOTATION.md counts a mention of the war as threat 1. Negated after a
definite determiner ("we are not party to this war") the topic stays, next to what the negation makes."""
TRAP = "trap"


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


class _Scope(NamedTuple):
    """The sentence's modifiers, sorted by what they do."""

    negators: list[Hit]
    denials: list[Hit]
    breaks: frozenset[int]
    copulas: frozenset[int]
    scalers: list[Hit]
    impossibles: list[Hit]
    appeals: list[Hit]
    refusals: list[Hit]
    conditions: list[Hit]
    # where an appeal's or a condition's reach ends: the breaks, less the refusals a negation cancelled
    reach_breaks: frozenset[int]
    # where a negator's reach ends: the breaks and the verbs whose object it does not reach (a denial's goes on)
    negator_breaks: frozenset[int]


Negations = dict[Hit, tuple[Hit, str]]
"""Negated hit -> (the negator, preventive or denial that negates it, how: "", " (passive)", " (predicate)")."""


def apply_rules(
    text: str,
    tokens: Sequence[Token],
    hits: Sequence[Hit],
    modifiers: Sequence[Hit],
    lexicons: LexiconSet,
    sentence: int,
) -> tuple[Match, ...]:
    """Weigh the hits of one sentence.

    Args:
        text: The document text (offsets of ``tokens`` index it).
        tokens: The sentence's tokens.
        hits: Lexicon hits after :func:`framing.match.select_longest` (group = lexicon name).
        modifiers: Modifier hits after ``select_longest`` (group ``modifiers``; the entry's
            subcategory is the negator kind, ``intensifier`` or ``diminisher``).
        lexicons: The lexicon set (for each lexicon's negation target).
        sentence: Sentence index, recorded on each match.

    Returns:
        One :class:`Match` per hit, and one more for a negated topic a definite determiner presupposes
        (:func:`_presupposed_topics`), in text order.
    """
    scope = _scope(modifiers, tokens, lexicons.definites)
    content = [h for h in hits if h.entry.subcategory != TRAP]
    negated_by = _forward_negations(content, scope, tokens, lexicons)
    _passive_negations(content, scope, tokens, negated_by)
    _predicate_negations(content, scope, tokens, negated_by)
    if scope.impossibles:
        flipping = _flipping(lexicons)
        words = lexicons.speech.function_words
        found = impossibility_negations(
            content, scope.impossibles, scope.copulas, scope.breaks, tokens, words, flipping,
            lexicons.speech.classes,
        )  # fmt: skip
        for hit, predicate in found.items():
            earlier = negated_by.get(hit)
            if earlier is not None and earlier[0].first < predicate.first:
                # "Claims that Russia will not attack Ukraine are baseless": the dismissal denies the denial
                said = span_text(text, tokens, predicate)
                negated_by[hit] = (earlier[0], f"{earlier[1]}{CANCELLED}'{said}' after the copula")
            negated_by.setdefault(hit, (predicate, " (after the copula)"))
    for hit, appeal in requested(content, scope.appeals + scope.refusals, tokens, scope.reach_breaks).items():
        negated_by.setdefault(hit, (appeal, ""))
    if scope.conditions:  # most sentences have none
        suppose(content, scope.conditions, tokens, scope.reach_breaks, lexicons, negated_by)
    names = organisation_names(content, tokens, lexicons)
    matches = tuple(_weigh(text, tokens, hit, lexicons, scope, negated_by, sentence, names) for hit in hits)
    topics = _presupposed_topics(text, tokens, lexicons, scope, negated_by, sentence)
    return tuple(sorted(matches + topics, key=lambda m: (m.start, m.end))) if topics else matches


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


def _presupposed_topics(
    text: str,
    tokens: Sequence[Token],
    lexicons: LexiconSet,
    scope: _Scope,
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


def _scope(modifiers: Sequence[Hit], tokens: Sequence[Token], definites: frozenset[str]) -> _Scope:
    kinds = [(m, m.entry.subcategory) for m in modifiers]
    # An origin verb is an object_break only before a definite object, which presupposes the harm:
    # "we did not start this war" denies who began it; "did not start a war" denies the war.
    objects = {
        m.first
        for m, kind in kinds
        if kind == "object_break"
        or (kind == "origin" and m.stop < len(tokens) and tokens[m.stop].norm in definites)
    }
    # A refusal ends a negation's scope, as a verb of saying does: "would not rule out sending troops".
    breaks = frozenset(m.first for m, kind in kinds if kind in ("scope_break", "refusal"))
    negators = [m for m, kind in kinds if kind in ("negator", "preventive")]
    refusals = [m for m, kind in kinds if kind == "refusal"]
    reach_breaks = breaks
    if refusals:  # most sentences have none
        plain = [m for m in negators if m.entry.subcategory == "negator"]
        standing = standing_refusals(refusals, plain, tokens, breaks)
        # "should not delay aid": the cancelled refusal still ends the negation, not the appeal's reach
        reach_breaks = breaks - {m.first for m in refusals if m not in standing}
        refusals = standing
    return _Scope(
        negators=cancel_negated_preventives(negators, tokens, breaks),
        denials=[m for m, kind in kinds if kind == "denial"],
        breaks=breaks,
        copulas=frozenset(i for m, kind in kinds if kind == "copula" for i in range(m.first, m.stop)),
        scalers=[m for m, kind in kinds if kind in ("intensifier", "diminisher")],
        impossibles=[m for m, kind in kinds if kind == "impossible"],
        appeals=[m for m, kind in kinds if kind == "appeal"],
        refusals=refusals,
        conditions=[m for m, kind in kinds if kind == "condition"],
        reach_breaks=reach_breaks,
        negator_breaks=breaks | objects,
    )


@derived
def _flipping(lexicons: LexiconSet) -> frozenset[str]:
    """Names of the lexicons a negator flips into another (``negated`` neither keep nor drop), once per set."""
    return frozenset(x.name for x in lexicons if x.negated not in (NEGATION_KEEP, NEGATION_DROP))


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


def _forward_negations(
    content: Sequence[Hit], scope: _Scope, tokens: Sequence[Token], lexicons: LexiconSet
) -> Negations:
    """Hits negated by a negator or a denial before them."""
    negated_by: Negations = {}
    if not scope.negators and not scope.denials:
        return negated_by  # most sentences: nothing to look back for
    negator_ends, denial_ends = by_stop(scope.negators), by_stop(scope.denials)
    # A negator takes the first match it reaches among the lexicons it flips ("failed to shoot down the
    # missiles" negates the shooting down, not the missiles; "no one is safe from provocations").
    flipping = _flipping(lexicons)
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


def _passive_negations(
    content: Sequence[Hit], scope: _Scope, tokens: Sequence[Token], negated_by: Negations
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


def _predicate_negations(
    content: Sequence[Hit], scope: _Scope, tokens: Sequence[Token], negated_by: Negations
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


def _weigh(
    text: str,
    tokens: Sequence[Token],
    hit: Hit,
    lexicons: LexiconSet,
    scope: _Scope,
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


def _scaler(hit: Hit, scalers: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]) -> Hit | None:
    for scaler in reversed(scalers):
        in_reach = scaler.stop <= hit.first and hit.first - scaler.stop < MODIFIER_WINDOW
        if in_reach and clause_is_open(tokens, scaler.stop, hit.first, breaks):
            return scaler
    return None
