"""Taking part in a harm: the actor before a ``participation`` word + "in" + the harm noun is its agent.

"Russia's involvement in the recent violence", "Iran was involved in the attack", "the Russian forces
involved in the advance on Kyiv", "Russian troops took part in the assault": the harm noun is the object of
"in", which would otherwise link it to no actor ("Russia in the war"); the word of taking part before "in"
makes the actor before that word a party to the harm.
"""

from __future__ import annotations

from framing.agency.index import BOUNDARIES, MODIFIER_WINDOW, Agent, Clauses, ending_at

PARTICIPATION_HARM = ("attack", "violence", "oppression", "seizure", "takeover", "coercion")
"""Harm done by someone, in which one takes part. Not a conflict ("involved in a war", "the US
involvement in the war": a party, not an agent of harm; corpus diff: 5 of 21 new firings right with it),
nor damage or harm ("involved in a car crash", "a role in the destruction of videotapes")."""
PARTICIPANT_GAP = 3
"""Words between the actor and the participation word: a form of "be", "took", "played a", an adverb."""


def participant_agent(
    clauses: Clauses, first: int, subcategory: str, used: set[int]
) -> tuple[Agent | None, str]:
    """The actor taking part in the harm noun at token ``first``, if a participation word governs it."""
    if subcategory.rsplit("/", 1)[-1] not in PARTICIPATION_HARM:
        return None, ""
    head = _participation(clauses, first)
    if head is None:
        return None, ""
    tokens = clauses.tokens
    for j in range(head - 1, max(-1, head - 2 - PARTICIPANT_GAP), -1):
        if tokens[j + 1].clause_break_before or clauses.stops.get(j) in BOUNDARIES:
            break
        if clauses.function_words.get(tokens[j].norm) == "negation":
            break  # "Iran was not involved in the attack", "has never been involved"
        agent = ending_at(clauses.agents, j)
        if agent is None:
            continue
        if agent.first in used or agent.kind == "anaphor" or _after_preposition(clauses, agent):
            break
        return agent, "rule: participant in harm"
    return None, ""


def _participation(clauses: Clauses, first: int) -> int | None:
    """The ``participation`` word before "in" before the harm at ``first`` (a determiner or modifiers between).

    "involvement in the recent violence": at most :data:`MODIFIER_WINDOW` words between "in" and the harm,
    none of them a function word but a determiner, nor a clause break.
    """
    tokens = clauses.tokens
    for k in range(first - 1, max(0, first - 2 - MODIFIER_WINDOW), -1):
        if tokens[k + 1].clause_break_before:
            return None
        if tokens[k].norm == "in":
            before = k - 1
            participates = (
                not tokens[k].clause_break_before and tokens[before].norm in clauses.classes["participation"]
            )
            # "involved in investigating the attack", "took part in monitoring it": a gerund's object
            gerund = tokens[k + 1].norm.endswith("ing") and tokens[k + 1].text.islower()
            return before if participates and not gerund else None
        if clauses.function_words.get(tokens[k].norm) not in (None, "determiner"):
            return None
    return None


def _after_preposition(clauses: Clauses, agent: Agent) -> bool:
    """The actor is the object of a preposition ("civilians in Kyiv involved in"): a place, not a party.

    Armed forces stay parties ("the presence of Russian troops involved in the assault").
    """
    before = agent.first - 1
    if before >= 0 and clauses.tokens[before].norm in clauses.classes["article"]:
        before -= 1
    return (
        agent.kind != "forces"
        and before >= 0
        and clauses.tokens[before].norm in clauses.classes["object_preposition"]
    )


def accused_of(clauses: Clauses, j: int) -> bool:
    """The ``gerund_link`` at ``j`` follows an actor whom an ``accusing_verb`` right before it accuses.

    "Kyiv accused Moscow of the attack", "the UN accused Russia of escalation and possible war crimes":
    the harm after "of" is what the actor is blamed for, so "of" does not link it away from the actor
    (as in "Russia in the war"); the accused is its agent.
    """
    tokens = clauses.tokens
    if tokens[j].norm not in clauses.classes["gerund_link"]:
        return False
    agent = ending_at(clauses.agents, j - 1)
    return (
        agent is not None
        and agent.first > 0
        and tokens[agent.first - 1].norm in clauses.classes["accusing_verb"]
    )
