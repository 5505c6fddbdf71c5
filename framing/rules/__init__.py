"""Rules that turn raw pattern hits into weighted evidence: negation, intensifiers, sense traps.

The rules are documented case by case in ``lexicons/README.md`` ("Rules"). In short:

- **Negation** scope is the clause: up to :data:`~framing.rules.negations.NEGATION_WINDOW` tokens after a negator, stopped by
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
  :data:`~framing.rules.weigh.MODIFIER_WINDOW` tokens in the same clause.
- A capitalized match **inside an organisation's name** ("National Crime Agency") weighs 0
  (``framing/propernames.py``).
- **Sense traps** are zero-weight lexicon entries that win by length; they stay in the evidence so a
  reader sees why a word did not count.

The stages, one module each: :mod:`~framing.rules.modifiers` sorts the sentence's modifier hits by
what they do, :mod:`~framing.rules.negations` finds what each negator, preventive and denial takes, and
:mod:`~framing.rules.weigh` turns each hit into a :class:`~framing.results.Match`.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.appeal import requested
from framing.condition import suppose
from framing.impossibility import impossibility_negations
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.negation import CANCELLED, span_text
from framing.propernames import organisation_names
from framing.results import Match
from framing.rules.modifiers import flipping_lexicons, sort_modifiers
from framing.rules.negations import forward_negations, passive_negations, predicate_negations
from framing.rules.weigh import TRAP, presupposed_topics, weigh
from framing.scope import join_quotes
from framing.tokenize import Token

__all__ = ["apply_rules"]

PARTIAL_QUOTE = 3
"""A quotation of at most this many words is part of its clause for the modifiers ('no "attack"',
'not "sure" that'); at the end of a longer one a negation or an appeal stops."""


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
        (:func:`~framing.rules.weigh.presupposed_topics`), in text order.
    """
    tokens = join_quotes(text, tokens, PARTIAL_QUOTE)  # 'not "sure" that' reads as 'not sure that'
    scope = sort_modifiers(modifiers, tokens, lexicons.definites)
    content = [h for h in hits if h.entry.subcategory != TRAP]
    negated_by = forward_negations(content, scope, tokens, lexicons)
    passive_negations(content, scope, tokens, negated_by)
    predicate_negations(content, scope, tokens, negated_by)
    if scope.impossibles:
        flipping = flipping_lexicons(lexicons)
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
    matches = tuple(weigh(text, tokens, hit, lexicons, scope, negated_by, sentence, names) for hit in hits)
    topics = presupposed_topics(text, tokens, lexicons, scope, negated_by, sentence)
    return tuple(sorted(matches + topics, key=lambda m: (m.start, m.end))) if topics else matches
