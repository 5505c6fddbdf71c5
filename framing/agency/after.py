"""Agents named after their harm word: after by/from/of, in a second prepositional phrase, in a relative clause.

- "attacks by Russian forces", "the threat from Iran", "attacks on Gulf shipping by Iran": "by", "from" or
  "of" and an actor after the harm word (:func:`agent_after`), or armed forces right after a gathering
  noun, "the concentration of Russian troops" (:func:`forces_after`);
- "a new invasion of Russia to Ukraine", "the aggression of NATO against Russia": after "of", an actor
  followed by a ``directed_preposition`` and another actor is the agent, the second actor the target
  (:func:`directed_agent`);
- "the offensive Russia is expected to launch", "the war he began", "the special military operation that
  Russia had to launch": an actor right after the harm noun (a ``that`` or ``which`` may stand between)
  whose clause's verb is an ``act_verb`` is its agent (:func:`relative_doer`);
- "its war with Russia": a conflict "with" another side names parties, and the actor before it is no
  agent unless an ``act_verb`` makes it start or wage it (:func:`mutual_conflict`).
"""

from __future__ import annotations

from framing.agency.index import (
    BOUNDARIES,
    CONFLICT,
    FROM_HARM,
    OF_HARM,
    PASSIVE_GAP,
    TARGET_GAP,
    Agent,
    Clauses,
    written_possessive,
)

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


def relative_doer(clauses: Clauses, first: int, stop: int, used: set[int]) -> Agent | None:
    """The actor of a relative clause right after the harm noun whose verb does the harm.

    "the offensive Russia is expected to launch", "the war of aggression Russia is waging", "the war he
    began": the noun is the object of an ``act_verb`` (launch, start, wage, unleash, commit ...) whose
    subject is the actor; a ``that``/``which`` may open the clause. Between actor and verb stand only
    auxiliaries, adverbs, negations, "to" and ``act_verb_gap`` words ("expected", "able", "plans"): "a
    war the US would win" (win is no act verb), "strike British military facilities and ordered" (a
    noun between) name no agent. The harm noun is the verb's object, so a verb with an object of its own
    ("After the attack Ukraine launched a counteroffensive", :func:`_has_object`) or a harm noun in a
    clause-opening phrase ("Since the invasion Ukraine has started to rebuild", :func:`_in_opening_phrase`)
    is no such clause.
    """
    tokens, classes = clauses.tokens, clauses.classes
    if _in_opening_phrase(clauses, first):
        return None
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
            return None if _has_object(clauses, k) else agent
        if not (
            norm == "to"
            or norm in classes["act_verb_gap"]
            or clauses.function_words.get(norm) in DOER_GAP_CLASSES
        ):
            return None
    return None


OPENING_GAP = 3
"""Words that may stand between a clause-opening preposition and its harm noun ("After the massive attack")."""


def _in_opening_phrase(clauses: Clauses, first: int) -> bool:
    """The harm noun at ``first`` sits in a phrase opened by an ``opening_preposition`` at its clause's start.

    "After the attack Ukraine launched", "During the bombardment Kyiv ordered": the actor after the noun
    is the main clause's subject, not a relative clause's.
    """
    tokens = clauses.tokens
    for k in range(first - 1, max(-1, first - 1 - OPENING_GAP), -1):
        if tokens[k + 1].clause_break_before:
            return False
        if tokens[k].norm in clauses.classes["opening_preposition"]:
            return k == 0 or tokens[k].clause_break_before
    return False


def _has_object(clauses: Clauses, verb: int) -> bool:
    """The act verb at ``verb`` has an object or complement of its own, so the harm noun is not its object.

    An article, a determiner, a harm word or "to" after it ("launched a counteroffensive", "ordered an
    evacuation", "started to rebuild"); a determiner that opens a time phrase ("to launch this summer",
    a ``time_noun`` after it) is no object.
    """
    tokens = clauses.tokens
    after = verb + 1
    if after >= len(tokens) or tokens[after].clause_break_before:
        return False
    norm = tokens[after].norm
    if norm == "to" or after in clauses.targets or norm in clauses.classes["article"]:
        return True
    if clauses.function_words.get(norm) != "determiner":
        return False
    return not (after + 1 < len(tokens) and tokens[after + 1].norm in clauses.classes["time_noun"])


def mutual_conflict(clauses: Clauses, agent: Agent, first: int, stop: int, subcategory: str) -> bool:
    """A conflict "with" another side names its parties, no agent: "Ukraine's war with Russia".

    "its war with Russia continues", "Iran's war with Iraq", "does not seek confrontation with Iran",
    "its battle with France over deficit limits": both sides fight, and the one before is no more its
    agent than the one after (framing_gold dev: "its war with Russia" responsibility 0). An ``act_verb``
    between them still makes the actor start or wage it: "We did not start the conflict with Ukraine".
    """
    tokens = clauses.tokens
    if not subcategory.endswith(f"/{CONFLICT}") or stop >= len(tokens) or tokens[stop].clause_break_before:
        return False
    if tokens[stop].norm != "with":
        return False
    between = range(min(agent.stop, first), max(agent.stop, first))
    return not any(tokens[k].norm in clauses.classes["act_verb"] for k in between)


def agent_after(
    clauses: Clauses, first: int, stop: int, subcategory: str, used: set[int]
) -> tuple[Agent | None, str]:
    """The agent after the harm word at ``first:stop``.

    After "by"/"from"/"of" (an adverb may stand between: "killed so far by"), or in the shapes of
    :mod:`framing.agency.after`. After the harm's target (a ``target_preposition`` and its object,
    :data:`TARGET_GAP` words at most) only "by" names the agent: "attacks on Gulf shipping by Iran", "the
    blockade of Ukrainian ports by Russia's Black Sea fleet".
    """
    tokens = clauses.tokens
    targeted = stop < len(tokens) and tokens[stop].norm in clauses.classes["target_preposition"]
    gap = TARGET_GAP if targeted else PASSIVE_GAP
    for by in range(stop, min(len(tokens), stop + 1 + gap)):
        if tokens[by].clause_break_before:
            break
        if targeted and clauses.stops.get(by) in BOUNDARIES:
            break  # "raids on shipping reported by Baghdad": the reporter, not the raider
        if targeted and by > stop + 1 and tokens[by].norm == "by" and _recorded(clauses, by):
            break  # "attacks on shipping confirmed by the Pentagon", "filmed by Reuters": not the attacker
        if by - stop > PASSIVE_GAP and tokens[by].norm != "by":
            continue
        if by == stop and (directed := directed_agent(clauses, by, used)) is not None:
            return directed, "rule: harm of agent against target"
        if by == stop and (doer := relative_doer(clauses, first, by, used)) is not None:
            return doer, "rule: agent of a relative clause after harm"
        if not _names_agent(tokens[by].norm, subcategory, tokens[stop - 1].norm):
            continue
        if _passive_verb_between(clauses, first, stop, by):
            break  # "a possible conflict were made by the Minister": the declarations' maker
        for j in range(by + 1, min(len(tokens), by + 4)):
            if tokens[j].clause_break_before:
                break
            agent = clauses.agents.get(j)
            if agent is not None and agent.first not in used and agent.kind not in ("pronoun", "anaphor"):
                return agent, f"rule: harm {tokens[by].norm} agent"
        break
    return None, ""


def _passive_verb_between(clauses: Clauses, first: int, stop: int, by: int) -> bool:
    """A form of "be" between the harm word and "by": whether "by" names the agent of that passive verb.

    It does when the verb records or judges the harm ("the attack was confirmed by the Pentagon",
    ``recording_participle``), and when the harm word only qualifies the subject, in a phrase opened by a
    preposition or a participle ("declarations regarding a possible conflict were made by the Minister",
    "the legality of the war was drafted by Downing Street"), unless the verb is an ``act_verb`` or a
    ``passive_doer`` ("the war was started by Russia"). The harm as the subject's head keeps its agent:
    "The offensive was led by Wagner", "The war was caused by Putin".
    """
    tokens = clauses.tokens
    if tokens[by].norm != "by" or not any(clauses.stops.get(k) == "passive" for k in range(stop, by)):
        return False
    verb = tokens[by - 1].norm
    if verb in clauses.classes["recording_participle"]:
        return True
    if verb in clauses.classes["act_verb"] or verb in clauses.classes["passive_doer"]:
        return False
    opening = next((k for k in range(first, 0, -1) if tokens[k].clause_break_before), 0)
    return any(
        clauses.function_words.get(t.norm) == "preposition" or (t.text.islower() and t.norm.endswith("ing"))
        for t in tokens[opening:first]
    )


def _recorded(clauses: Clauses, by: int) -> bool:
    """A ``recording_participle`` right before "by": who confirmed or filmed the harm, not its agent.

    Only that word: "the attacks on children by Russian forces", "the shelling of the old town by Russian
    artillery" keep their agent (a suffix test took "children" and "town" for participles).
    """
    return clauses.tokens[by - 1].norm in clauses.classes["recording_participle"]


def forces_after(clauses: Clauses, stop: int, used: set[int]) -> tuple[Agent | None, str]:
    """Armed forces right after a gathering noun that ends in "of": "the concentration of Russian troops"."""
    tokens = clauses.tokens
    for j in range(stop, min(len(tokens), stop + 3)):
        if tokens[j].clause_break_before:
            break
        agent = clauses.agents.get(j)
        if agent is not None:
            if agent.kind == "forces" and agent.first not in used:
                return agent, "rule: gathering of forces"
            break
    return None, ""


def _names_agent(preposition: str, subcategory: str, harm_end: str) -> bool:
    """Whether ``preposition`` after a harm word of ``subcategory`` (ending in ``harm_end``) introduces its agent.

    "from" names an agent after a noun ("the threat from Iran") but the loser after a participle: "equipment
    captured from Ukrainian forces", "seized from Russian oligarchs".
    """
    if preposition == "from" and harm_end.endswith("ed"):
        return False
    kinds = {"by": None, "from": FROM_HARM, "of": OF_HARM}.get(preposition, ())
    return kinds is None or subcategory.rsplit("/", 1)[-1] in kinds
