"""Agents named after their harm word: in a second prepositional phrase, or as the subject of a relative clause.

- "a new invasion of Russia to Ukraine", "the aggression of NATO against Russia": after "of", an actor
  followed by a ``directed_preposition`` and another actor is the agent, the second actor the target
  (:func:`directed_agent`);
- "the offensive Russia is expected to launch", "the war he began", "the special military operation that
  Russia had to launch": an actor right after the harm noun (a ``that`` or ``which`` may stand between)
  whose clause's verb is an ``act_verb`` is its agent (:func:`relative_doer`).
"""

from __future__ import annotations

from framing.agency.index import Agent, Clauses, written_possessive

RELATIVE_DOER_GAP = 4
"""Words that may stand between the actor of a relative clause and its act verb ("is expected to launch")."""
DOER_GAP_CLASSES = frozenset({"auxiliary", "adverb", "negation"})
"""Function-word classes that may stand in that gap, besides ``act_verb_gap`` words and "to"."""


def directed_agent(clauses: Clauses, of: int, used: set[int]) -> Agent | None:
    """The actor after "of" when a ``directed_preposition`` and another actor, the target, follow it.

    "the aggression of NATO against Russia", "a new invasion of Russia to Ukraine", "the attack of Russia
    on Poland" (news translated from Polish or Russian): "of" names the target only when nothing follows
    ("the invasion of Ukraine on February 24": a month is no actor; "Russia's invasion of Ukraine to
    create panic": no actor after "to"). Not after a ``taking_noun`` ("the annexation of Crimea to Russia":
    Crimea is taken, Russia takes it), nor when the second actor is a possessive ("the shelling of Kharkiv
    on Russia's orders": it owns a noun, it is no target).
    """
    tokens, articles = clauses.tokens, clauses.classes["article"]
    if tokens[of].norm != "of" or (of > 0 and tokens[of - 1].norm in clauses.classes["taking_noun"]):
        return None
    first = of + 2 if of + 1 < len(tokens) and tokens[of + 1].norm in articles else of + 1
    agent = clauses.agents.get(first)
    if agent is None or agent.first in used or agent.kind in ("pronoun", "anaphor", "demonym"):
        return None
    preposition = agent.stop
    if (
        preposition + 1 >= len(tokens)
        or tokens[preposition].norm not in clauses.classes["directed_preposition"]
    ):
        return None
    target = preposition + 1
    if tokens[target].norm in articles:
        target += 1
    if any(tokens[k].clause_break_before for k in range(first, min(target + 1, len(tokens)))):
        return None
    found = clauses.agents.get(target)
    if found is None or found.kind in ("pronoun", "anaphor") or written_possessive(tokens, found):
        return None
    return agent


def relative_doer(clauses: Clauses, stop: int, used: set[int]) -> Agent | None:
    """The actor of a relative clause right after the harm noun whose verb does the harm.

    "the offensive Russia is expected to launch", "the war of aggression Russia is waging", "the war he
    began": the noun is the object of an ``act_verb`` (launch, start, wage, unleash, commit ...) whose
    subject is the actor; a ``that``/``which`` may open the clause. Between actor and verb stand only
    auxiliaries, adverbs, negations, "to" and ``act_verb_gap`` words ("expected", "able", "plans"): "a
    war the US would win" (win is no act verb), "strike British military facilities and ordered" (a
    noun between) name no agent.
    """
    tokens, classes = clauses.tokens, clauses.classes
    first = stop + 1 if stop < len(tokens) and tokens[stop].norm in classes["relative"] else stop
    agent = clauses.agents.get(first)
    if agent is None or agent.first in used or agent.kind in ("anaphor", "demonym"):
        return None
    if tokens[agent.first].norm in classes["agent_possessive"]:
        return None  # "could kill its plan": a possessive opens the object, no clause
    for k in range(agent.stop, min(len(tokens), agent.stop + 1 + RELATIVE_DOER_GAP)):
        norm = tokens[k].norm
        if tokens[k].clause_break_before or (k in clauses.stops and clauses.stops[k] != "passive"):
            return None
        if norm in classes["act_verb"]:
            return agent
        if not (
            norm == "to"
            or norm in classes["act_verb_gap"]
            or clauses.function_words.get(norm) in DOER_GAP_CLASSES
        ):
            return None
    return None
