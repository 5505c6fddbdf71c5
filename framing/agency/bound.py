"""Reassurance bound to an actor: a state's, a force's or a leader's success.

ANNOTATION.md counts successful defence or response and competence as reassurance. Words such as
"prevailed", "gains" or "success" mostly speak of prices, firms, bands and sport in general news, so the
reassurance lexicon lists them under a subcategory of :data:`~framing.agency.index.BOUND`
(``success_bound``), weighing little alone (below the threshold). This stage ties them to an actor found
as the responsibility rule finds one (:func:`~framing.agency.actors.find_agents`), in its shapes
(:func:`~framing.agency.ties.agent_for`): the actor before the word ("the west prevailed", "Russian forces
made gains", "Ukraine's success"), after it with by/of ("gains by Iranian forces", "the success of
Ukraine") or as the subject shared by coordinated verbs; each tie adds a full-weight
``reassurance/actor_success`` match spanning actor and word.

Actors are the listed ones of ``agents.tsv`` (:data:`ACTOR_KINDS`: states, forces, leaders' offices,
demonyms), not capitalized names or pronouns: "Skype's success", "Federer prevailed", "he succeeded" are
as often a firm, a player or a chief executive. A negated word is not tied: the rules already sent it to
threat ("Russia did not prevail"). Point of view is not modelled: the success of either side counts, as
the speaker's side's success is reassurance whichever side speaks.

Support is not bound this way: tied to a recipient ("help Russia", "arms to Iran") or a donor ("China to
provide"), support words named the other side's helpers or trade as often as a defender's (agent-KWIC
about 1 in 3), so support stays a list of phrases naming the defender ("aid to Ukraine").
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.agency.actors import sentence_clauses
from framing.agency.index import BOUND, REASSURANCE, AgencyIndex, RuledSentence, on_tokens, tie_match
from framing.agency.ties import agent_for
from framing.lexicon import LexiconSet
from framing.results import Match
from framing.tokenize import Token

ACTOR_KINDS = frozenset({"state", "forces", "leader", "demonym"})
"""Actors whose success counts: the listed ones, not names or pronouns."""


def bound_matches(sentence: RuledSentence, index: AgencyIndex, lexicons: LexiconSet) -> tuple[Match, ...]:
    """Reassurance matches for one sentence: each an actor-bound word tied to its actor.

    Args:
        sentence: The sentence, with its matches after the rules (the bound words are read from them).
        index: What :func:`~framing.agency.index.agency_index` built from ``lexicons``.
        lexicons: For the function words.

    Returns:
        The new matches, in text order.
    """
    text, tokens = sentence.text, sentence.tokens
    if REASSURANCE not in lexicons.lexicons or not tokens:
        return ()
    bound = _bound_words(sentence.evidence, tokens)
    if not bound:
        return ()
    bound_tokens = {i for _, first, stop, _ in bound for i in range(first, stop)}
    clauses = sentence_clauses(
        text, tokens, index, lexicons, bound_tokens, sentence.names, kinds=ACTOR_KINDS, hits=sentence.agents
    )
    tokens = clauses.tokens
    used: set[int] = set()
    matches = []
    for match, first, stop, kind in bound:
        agent, rule = agent_for(clauses, first, stop, f"{REASSURANCE}/{kind}", used)
        if agent is None:
            continue
        used.add(agent.first)
        start = min(tokens[agent.first].start, match.start)
        end = max(tokens[agent.stop - 1].end, match.end)
        agent_text = text[tokens[agent.first].start : tokens[agent.stop - 1].end]
        # The shapes are the responsibility rule's, named there after the harm word.
        modifiers = (
            f"agent {agent_text!r} ({agent.kind})",
            f"bound {match.text!r} ({kind})",
            rule.replace("harm", "word"),
        )
        matches.append(
            tie_match(
                text,
                start,
                end,
                f"{REASSURANCE}/{BOUND[kind]}",
                f"<{agent.kind}> + {kind}",
                modifiers,
                sentence.index,
            )
        )
    return tuple(matches)


def _bound_words(evidence: Sequence[Match], tokens: Sequence[Token]) -> list[tuple[Match, int, int, str]]:
    """Un-negated actor-bound reassurance matches with their token span and bound subcategory."""
    candidates = [
        (m, kind)
        for m in evidence
        if m.dimension == REASSURANCE
        and m.lexicon == REASSURANCE
        and (kind := m.subcategory.rsplit("/", 1)[-1]) in BOUND
        and m.weight > 0
    ]
    return on_tokens(candidates, tokens)
