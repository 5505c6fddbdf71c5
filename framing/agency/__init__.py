"""The responsibility rule: an actor tied to a harm word in the same clause is assigned agency.

ANNOTATION.md: responsibility is "the agency of an attack, harm or threat" assigned to an actor named in
the sentence (a name, a noun phrase or a pronoun). A word list cannot see that relation, so this stage
reads the matches the rules left (the harm words: threat matches of the subcategories named in
``lexicons/rules/agents.tsv``'s ``# harm:`` header) and looks for an actor next to each, in four shapes:

- **agent before harm** in the same clause, at most ``WINDOW`` words before it: "Russian forces
  shelled", "Ukraine struck", "he will continue his aggression", "Moscow's war";
- **conflict nouns** ("war", "conflict") take an agent that is written with a possessive ("Russia's
  war", "his war") or that stands apart from them ("Russia started a war"), never a name right before
  them: "the Ukraine war" labels a topic; a national adjective right before one ties only when "against"
  follows ("the Russian war against Ukraine"), and otherwise keeps actors before it off the noun ("to halt
  the Russian war"); a conflict "with" another side names parties, no agent ("its war with Russia",
  :func:`~framing.agency.after.mutual_conflict`);
- **by / from / of + agent** after the harm word (at most ``PASSIVE_GAP`` words between, or ``TARGET_GAP``
  before a "by" when the harm's target comes first, "attacks on Gulf shipping by Iran"): "attacks by
  Russian forces", "killed so far by Russian forces", "the threat from Iran", "the massing of Russian troops"
  (``of`` only for a force build-up; for other harm it names the target: "the invasion of Ukraine",
  unless a second preposition and actor name the target: "a new invasion of Russia to Ukraine"; ``from``
  only after a noun: after a participle it names the loser, "equipment captured from Kyiv forces"); and an
  actor opening a relative clause after the harm noun that does it ("the offensive Russia is expected to
  launch", :mod:`framing.agency.after`);
- **a party to the harm**: an actor before a ``participation`` word + "in" + an attack, violence or
  seizure ("Iran was involved in the attack", "Russia's involvement in the violence",
  :mod:`framing.agency.participation`);
- **a subject shared by coordinated verbs** (:mod:`framing.agency.coordination`): "Russia exerted
  pressure, applied gas blackmail", "he opened a corridor ... and gained control".

Harm words may also be responsibility entries named in ``# harm:`` (force build-up, use of nuclear weapons,
seizure, coercion): they weigh little alone and count in full only with an agent. Gathering nouns that
end in "of" (``force_gathering``: "concentration of", "build-up of") take only armed forces right after
them ("the concentration of Russian troops"), since they mostly gather power, wealth or stock. "be" + an
-ing form is progressive, not passive ("Russia is conquering"); an actor right before of/for/against + a
gerund is its subject ("warned Russia against using"); quotation marks alone do not end a clause.

An actor is an entry of ``agents.tsv`` (states, forces, demonyms, leaders' offices, pronouns) or a
capitalized word inside the sentence that is not a function word, a harm word or listed as ``not_agent``
(weekdays, months): a name ("Putin", "Hamas"). Negated harm still counts ("he would not attack": the
guide labels responsibility that is discussed), but not a harm noun the actor does not want or seek ("We do
not want wars": a war refused, :func:`_refused`). Each harm word gets at most one agent, and each agent at
most one harm word except the subject shared by coordinated verbs; ties that overlap count once (the later
ones stay in the evidence with weight 0: "turned and struck an angled strike" is one act). The evidence
spans the words from the actor to the harm word (or back), so ``text[start:end]`` shows the relation as
written. The subject of a passive is the target, never the agent ("Van Gogh was shot and stabbed to
death", :func:`~framing.agency.passive.passive_harm`), and so is the noun before a reduced passive
("Russian soldiers killed in the battle", :func:`~framing.agency.passive.reduced_passive`).

The same actors and shapes bind reassurance words that count only for an actor (:mod:`framing.agency.bound`:
"the west prevailed", "Russian forces made gains"); :func:`actor_matches` runs both rules.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from framing.agency.actors import capitalized_names, defence_tokens, harm_words, sentence_clauses
from framing.agency.bound import bound_matches
from framing.agency.index import (
    DIMENSION,
    STATE_AGENTS,
    WEIGHT,
    AgencyIndex,
    Agent,
    Clauses,
    RuledSentence,
    agency_index,
    tie_match,
)
from framing.agency.passive import agentless_passives
from framing.agency.ties import agent_for
from framing.lexicon import LexiconSet
from framing.results import Match

__all__ = [
    "AgencyIndex",
    "RuledSentence",
    "actor_matches",
    "agency_index",
    "agency_matches",
    "agentless_passives",
    "bound_matches",
    "capitalized_names",
]


def actor_matches(sentence: RuledSentence, index: AgencyIndex, lexicons: LexiconSet) -> tuple[Match, ...]:
    """The matches of both actor rules for one sentence, in this order.

    Responsibility (:func:`agency_matches`), then actor-bound reassurance
    (:func:`~framing.agency.bound.bound_matches`); the arguments are theirs.
    """
    return agency_matches(sentence, index, lexicons) + bound_matches(sentence, index, lexicons)


def agency_matches(sentence: RuledSentence, index: AgencyIndex, lexicons: LexiconSet) -> tuple[Match, ...]:
    """Responsibility matches for one sentence: each a harm word tied to the actor that does it.

    Args:
        sentence: The sentence, with its matches after the rules (harm words are read from them).
        index: What :func:`agency_index` built from ``lexicons``.
        lexicons: For the harm subcategories and the function words.

    Returns:
        The new matches, in text order.
    """
    text, tokens, evidence = sentence.text, sentence.tokens, sentence.evidence
    if DIMENSION not in lexicons.lexicons or not tokens:
        return ()
    harm = harm_words(text, evidence, tokens, lexicons, index)
    if not harm:
        return ()
    harm_tokens = {i for _, first, stop, _ in harm for i in range(first, stop)}
    # A defence between actor and harm makes the harm its object: "air defence forces scrambled to
    # intercept a drone attack" names the defender, not the attacker.
    clauses = sentence_clauses(text, tokens, index, lexicons, harm_tokens, sentence.names,
                               boundaries=lambda joined: defence_tokens(evidence, joined),
                               hits=sentence.agents)  # fmt: skip
    tokens = clauses.tokens
    # Responsibility matches that are themselves harm words (``# harm: responsibility/...``) await an agent.
    taken = [m for m in evidence if m.dimension == DIMENSION and m.subcategory not in index.harm]
    used: set[int] = set()
    ties: list[tuple[Match, int, int, int]] = []
    for match, first, stop, subcategory in harm:
        agent, rule = agent_for(clauses, first, stop, subcategory, used)
        if agent is None or _refused(clauses, match, agent, first):
            continue
        start = min(tokens[agent.first].start, match.start)
        end = max(tokens[agent.stop - 1].end, match.end)
        lifted = _weak_row(taken, match, start, end)
        if lifted is False or (lifted is not None and agent.kind not in STATE_AGENTS):
            continue
        used.add(agent.first)
        agent_text = text[tokens[agent.first].start : tokens[agent.stop - 1].end]
        modifiers = (f"agent {agent_text!r} ({agent.kind})", f"harm {match.text!r} ({subcategory})", rule)
        pattern = f"<{agent.kind}> + {subcategory}"
        tie = tie_match(text, start, end, f"{DIMENSION}/agent", pattern, modifiers, sentence.index)
        if lifted is not None:
            note = f"lifts the weak row {lifted.text!r} ({lifted.weight:g}) to {WEIGHT:g}"
            tie = dataclasses.replace(tie, weight=WEIGHT - lifted.weight, modifiers=(*modifiers, note))
        ties.append((tie, agent.first, first, stop))
    return _count_once(ties, clauses)


DESIRE_GAP = 2
"""Words that may stand between a ``desire_verb`` and the harm noun it takes ("do not seek further confrontation")."""


def _refused(clauses: Clauses, harm: Match, agent: Agent, first: int) -> bool:
    """A negated harm noun that is the object of the agent's negated ``desire_verb``: a harm refused.

    "We do not want wars", "the United States did not seek further confrontation with Iran": the speaker
    rejects the harm, and names no one who does it. The negation stands between the actor and the verb;
    other negated harm still counts as responsibility discussed ("he would not attack"), and so does a
    harm wanted ("no one other than Russia sought conflict"); "want to" + a verb is left alone.
    """
    if harm.dimension == harm.lexicon or agent.stop >= first:
        return False  # not negated (the rules left it in its own dimension), or the agent comes after
    tokens = clauses.tokens
    for k in range(first - 1, max(agent.stop - 1, first - 2 - DESIRE_GAP), -1):
        if tokens[k + 1].clause_break_before or tokens[k].norm == "to":
            return False
        if tokens[k].norm in clauses.classes["desire_verb"]:
            return any(_negation(clauses, tokens[j].norm) for j in range(agent.stop, k))
    return False


def _negation(clauses: Clauses, norm: str) -> bool:
    """A negation word ("not", "never") or a negated auxiliary ("don't", "didn't")."""
    return clauses.function_words.get(norm) == "negation" or norm.endswith("n't")


def _weak_row(taken: list[Match], harm: Match, start: int, end: int) -> Match | Literal[False] | None:
    """What the responsibility rows in the tie's span ``start:end`` leave of it.

    None: no row there, the tie counts in full. False: a row already says who did it ("Russian forces
    shelled": 'shelled' counts), so the tie would count the act twice. A row: the only row there is a
    weak one (under :data:`WEIGHT`) on the harm word itself, weak because the word alone is often no
    attack ("attacking" a policy, "fired on 1 November", "unleashed" an avalanche); the actor tied to it
    makes it the act ("Russia is attacking Kyiv"), so the tie adds what lifts it to a full one, but only
    for a state, armed forces or a demonym (the caller checks): a name or a pronoun attacking is as often
    a politician or a team ("Labour posters attacking Mr Howard", "United's attacking play"). A sense
    trap there (weight 0) is no weak row: it stops the tie.
    """
    inside = [m for m in taken if m.start < end and start < m.end]
    if not inside:
        return None
    row = max(inside, key=lambda m: m.weight)
    on_harm = all(m.start < harm.end and harm.start < m.end for m in inside)
    # A sense trap (weight 0: "trade retaliation") says the word is no act at all: it still stops the tie.
    weak = all(0 < m.weight < WEIGHT for m in inside)
    return row if on_harm and weak else False


def _count_once(ties: list[tuple[Match, int, int, int]], clauses: Clauses) -> tuple[Match, ...]:
    """The tie matches, each overlapping an earlier counted one weighed 0: one act counts once.

    ``ties`` holds (match, agent's first token, harm's first token, harm's stop). "He turned and struck an
    angled strike": the verb and its object noun are one act, though the subject shared by coordinated
    verbs ties both. Its harm in a later conjunct (a comma or "and" between the harm words) is another act
    and counts: "Russian missiles struck the port, killing five". The later tie stays in the evidence.
    """
    counted: list[tuple[Match, int, int, int]] = []
    result = []
    for tie in ties:
        match = tie[0]
        earlier = next(
            (
                other
                for other in counted
                if other[0].start < match.end
                and match.start < other[0].end
                and not _new_act(clauses, other, tie)
            ),
            None,
        )
        if earlier is None:
            counted.append(tie)
        else:
            note = f"overlaps the tie {earlier[0].text!r}: counted once"
            match = dataclasses.replace(match, weight=0.0, modifiers=(*match.modifiers, note))
        result.append(match)
    return tuple(result)


def _new_act(clauses: Clauses, one: tuple[Match, int, int, int], other: tuple[Match, int, int, int]) -> bool:
    """Whether two ties name harm in different conjuncts (a comma or "and" between the harm words).

    Whoever the agents are: "the Russians continue their atrocities and aggression" ties "their" and
    "the Russians" to two harms, two acts; two agents of one harm word are one act.
    """
    before, after = sorted((one, other), key=lambda t: t[2])
    between = range(before[3], after[2] + 1)
    tokens, coordinators = clauses.tokens, clauses.classes["verb_coordinator"]
    return any(
        tokens[k].clause_break_before or tokens[k].norm in coordinators for k in between if k < len(tokens)
    )
