"""Rules that turn raw pattern hits into weighted evidence: negation, intensifiers, sense traps.

The rules are documented case by case in ``lexicons/README.md`` ("Rules"). In short:

- **Negation** scope is the clause: up to :data:`NEGATION_WINDOW` tokens after a negator, stopped by
  clause punctuation or a ``scope_break`` word. It also looks back over a copula when the negated
  predicate belongs to the same dimension ("the threat is not imminent": both words are negated).
  A negated match counts where its lexicon's ``negated:`` header sends it (threat -> reassurance,
  reassurance -> threat, certainty -> hedging; ``keep`` or ``drop`` otherwise).
- **Preventive** verbs negate the same way ("preventing potential damage" is not a threat), and in the
  passive they negate the subject before them ("an escalation was averted").
- **Denials** of a belief or an indication ("I don't believe", "no sign of") negate every match of the
  rest of the sentence up to a ``scope_break`` word, across commas: "I don't believe they will cross the
  line" denies a threat (ANNOTATION: reassurance; the belief itself stays hedging).
- **Intensifiers and diminishers** multiply the weight of a match that follows within
  :data:`MODIFIER_WINDOW` tokens in the same clause.
- **Sense traps** are zero-weight lexicon entries that win by length; they stay in the evidence so a
  reader sees why a word did not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import NEGATION_DROP, NEGATION_KEEP, LexiconSet
from framing.match import Hit
from framing.results import Match
from framing.tokenize import Token

NEGATION_WINDOW = 5
"""A negator reaches at most this many tokens forward ("no one was injured": 'injured' is 3 away)."""
DENIAL_WINDOW = 20
"""A denial ("I don't believe ...") reaches this many tokens forward, across clause punctuation."""
BACKWARD_WINDOW = 4
"""Tokens allowed between a subject match and a following copula + negator."""
MODIFIER_WINDOW = 2
"""An intensifier reaches the match starting within this many tokens after it ("fully destroyed")."""
TRAP = "trap"


def _clause_is_open(tokens: Sequence[Token], after: int, until: int, breaks: frozenset[int]) -> bool:
    """No clause punctuation or scope-break word between token ``after - 1`` and token ``until``."""
    return not any(tokens[i].clause_break_before for i in range(after, until + 1)) and not any(
        i in breaks for i in range(after, until)
    )


def _forward_negator(
    hit: Hit, negators: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]
) -> Hit | None:
    best = None
    for negator in negators:
        in_reach = negator.stop <= hit.first and hit.first - negator.stop < NEGATION_WINDOW
        nearer = best is None or negator.stop > best.stop
        if in_reach and nearer and _clause_is_open(tokens, negator.stop, hit.first, breaks):
            best = negator
    return best


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
        One :class:`Match` per hit, in text order.
    """
    negators = [m for m in modifiers if m.entry.subcategory in ("negator", "preventive")]
    denials = [m for m in modifiers if m.entry.subcategory == "denial"]
    breaks = frozenset(m.first for m in modifiers if m.entry.subcategory == "scope_break")
    copulas = frozenset(
        i for m in modifiers if m.entry.subcategory == "copula" for i in range(m.first, m.stop)
    )
    scalers = [m for m in modifiers if m.entry.subcategory in ("intensifier", "diminisher")]

    content = [h for h in hits if h.entry.subcategory != TRAP]
    negated_by: dict[Hit, tuple[Hit, str]] = {}
    for hit in content:
        negator = _forward_negator(hit, negators, tokens, breaks)
        if negator is not None:
            negated_by[hit] = (negator, "")
            continue
        denial = _denial(hit, denials, breaks)
        if denial is not None:
            negated_by[hit] = (denial, "")
    # A passive preventive ("an escalation was averted") negates the subject before its copula.
    for negator in negators:
        if negator.entry.subcategory != "preventive" or negator.first - 1 not in copulas:
            continue
        for hit in content:
            if (
                hit not in negated_by
                and hit.stop <= negator.first
                and negator.first - hit.stop <= BACKWARD_WINDOW
                and _clause_is_open(tokens, hit.stop, negator.first, breaks)
            ):
                negated_by[hit] = (negator, " (passive)")
    # Looking back: "the threat is not imminent" negates the subject when the negated predicate is of
    # the same lexicon; "the attack was not an isolated event" keeps its threat.
    for hit in content:
        if hit in negated_by:
            continue
        for other, (negator, _) in list(negated_by.items()):
            between = range(hit.stop, negator.first)
            if (
                other.group == hit.group
                and negator.first >= hit.stop
                and len(between) <= BACKWARD_WINDOW
                and any(i in copulas for i in between)
                and _clause_is_open(tokens, hit.stop, negator.first, breaks)
            ):
                negated_by[hit] = (negator, " (predicate)")
                break

    matches = []
    for hit in hits:
        lexicon = lexicons[hit.group]
        entry = hit.entry
        start, end = tokens[hit.first].start, tokens[hit.stop - 1].end
        dimension, subcategory = lexicon.name, f"{lexicon.name}/{entry.subcategory}"
        weight = entry.weight
        applied: list[str] = []
        if entry.subcategory == TRAP:
            applied.append("sense trap")
        else:
            if hit in negated_by:
                negator, how = negated_by[hit]
                verb = {"preventive": "prevented", "denial": "denied"}.get(
                    negator.entry.subcategory, "negated"
                )
                said = _span_text(text, tokens, negator)
                target = lexicon.negated
                if target == NEGATION_KEEP:
                    applied.append(f"{verb} by '{said}'{how}")
                elif target == NEGATION_DROP:
                    applied.append(f"{verb} by '{said}'{how} (dropped)")
                    weight = 0.0
                else:
                    applied.append(f"{verb} by '{said}'{how} ({subcategory} -> {target})")
                    dimension, subcategory = target, f"{target}/negated_{lexicon.name}"
            scaler = _scaler(hit, scalers, tokens, breaks)
            if scaler is not None:
                factor = scaler.entry.weight
                verb = "intensified" if scaler.entry.subcategory == "intensifier" else "diminished"
                applied.append(f"{verb} by '{_span_text(text, tokens, scaler)}' x{factor:g}")
                weight *= factor
        matches.append(
            Match(
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
        )
    return tuple(matches)


def _denial(hit: Hit, denials: Sequence[Hit], breaks: frozenset[int]) -> Hit | None:
    for denial in denials:
        in_reach = denial.stop <= hit.first and hit.first - denial.stop < DENIAL_WINDOW
        if in_reach and not any(i in breaks for i in range(denial.stop, hit.first)):
            return denial
    return None


def _scaler(hit: Hit, scalers: Sequence[Hit], tokens: Sequence[Token], breaks: frozenset[int]) -> Hit | None:
    for scaler in reversed(scalers):
        in_reach = scaler.stop <= hit.first and hit.first - scaler.stop < MODIFIER_WINDOW
        if in_reach and _clause_is_open(tokens, scaler.stop, hit.first, breaks):
            return scaler
    return None


def _span_text(text: str, tokens: Sequence[Token], hit: Hit) -> str:
    return text[tokens[hit.first].start : tokens[hit.stop - 1].end]
