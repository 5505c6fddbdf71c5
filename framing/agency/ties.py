"""The shapes that tie an actor to a harm word: before it, after it with by/from/of, or shared by a coordination."""

from __future__ import annotations

from framing.agency.after import agent_after, forces_after, mutual_conflict
from framing.agency.coordination import conjunct_head, shared_subject
from framing.agency.index import (
    BOUNDARIES,
    COMPOUND_HARM,
    CONFLICT,
    FORCES_OF,
    LAUNCHED,
    MODIFIER_WINDOW,
    PRONOUN_WINDOW,
    RELATIVE_GAP,
    STATE_AGENTS,
    STATE_HARM,
    WINDOW,
    Agent,
    Clauses,
    ending_at,
    written_possessive,
)
from framing.agency.labels import (
    harmed_noun,
    modifies_noun,
    object_of_preposition,
    present_verb,
    targeted,
    verb_like,
    verb_with_object,
)
from framing.agency.participation import accused_of, participant_agent
from framing.agency.passive import passive_harm, reduced_passive


def agent_for(
    clauses: Clauses, first: int, stop: int, subcategory: str, used: set[int]
) -> tuple[Agent | None, str]:
    """The agent of the harm word at tokens ``first:stop``, and the shape that ties them."""
    if subcategory.rsplit("/", 1)[-1] in FORCES_OF:
        return forces_after(clauses, stop, used)
    if (
        first > 0
        and clauses.gaps[first] == "-"
        and stop - first == 1  # "a non-nuclear strike": the prefix is the first word's, the strike is a harm
        and clauses.tokens[first - 1].norm in clauses.classes["opposing_prefix"]
    ):
        return None, ""  # "Spain's anti-violence commission": against the harm, no one does it
    if subcategory.rsplit("/", 1)[-1] in COMPOUND_HARM and modifies_noun(clauses, stop):
        return None, ""
    compound = (
        stop < len(clauses.tokens) and clauses.gaps[stop] == "-" and clauses.tokens[stop].text.islower()
    )
    if compound and subcategory.endswith(f"/{CONFLICT}"):
        return None, ""  # "war-fighting machine", "conflict-related": no act ("invasion-fuelled" is one)
    agent, rule = participant_agent(clauses, first, subcategory, used)
    if agent is None:
        agent, rule = _any_agent(clauses, first, stop, subcategory, used)
    if agent is not None and subcategory.rsplit("/", 1)[-1] in STATE_HARM and agent.kind not in STATE_AGENTS:
        return None, ""  # "Texaco took over Getty", "he took over as chairman": no state takes territory
    if agent is not None and mutual_conflict(clauses, agent, first, stop, subcategory):
        return None, ""
    return agent, rule


def _any_agent(
    clauses: Clauses, first: int, stop: int, subcategory: str, used: set[int]
) -> tuple[Agent | None, str]:
    """The agent of the harm word in any shape: before it, after it, or the subject of its coordination."""
    head = conjunct_head(clauses, first, subcategory)
    if head is None:
        agent, rule = _agent_before(clauses, first, stop, subcategory, used)
        if agent is not None:
            return agent, rule
    agent, rule = agent_after(clauses, first, stop, subcategory, used)
    if agent is not None or head is None:
        return agent, rule
    return shared_subject(clauses, head)


def _agent_before(
    clauses: Clauses, first: int, stop: int, subcategory: str, used: set[int]
) -> tuple[Agent | None, str]:
    """An agent before the harm word, nearest first, not across a clause break or a boundary word."""
    tokens, stops = clauses.tokens, clauses.stops
    # "was shot and stabbed": the subject, and its possessor ("his wife was shot"), are the target.
    if passive_harm(clauses, first, stop) or reduced_passive(clauses, first, stop, subcategory):
        return None, ""
    # After any "be" ("is a threat", "could lose the war") no subject but a modifier is the agent;
    # "is conquering" is progressive: its subject acts.
    copula = first > 0 and stops.get(first - 1) == "passive" and not tokens[first].norm.endswith("ing")
    linked = False  # a preposition stands between: "Russia in the war", "China at the end of the war"
    # "a wave of", "preparing for": no link, but not for a bare name ("Italy launched a series of attacks",
    # "General Motors is preparing for a confrontation")
    measured = False
    reported = _reported_gerund(clauses, first, stop)  # "reported destroying": the speaker did it
    declared = False
    for j in range(first - 1, max(-1, first - 1 - WINDOW), -1):
        if tokens[j + 1].clause_break_before or _conjoined_noun(clauses, j, first):
            break
        if stops.get(j) == "relative" and not copula and first - j <= RELATIVE_GAP:
            return _relative_subject(clauses, j, first, used)
        if stops.get(j) in BOUNDARIES and not (reported and j == first - 1):
            if not _declared(clauses, j, first):
                break
            declared = True  # "He announced a crusade": the announcer's own act
            continue
        agent = ending_at(clauses.agents, j)
        if agent is None:
            linked = linked or _links(clauses, j, first)
            measured = measured or _measured(clauses, j)
            continue
        if agent.first in used:
            continue
        linked_here = linked or (measured and agent.kind == "name")
        rule = _tie_rule(clauses, agent, first, stop, subcategory, linked=linked_here, copula=copula)
        if rule == STOP:
            break
        if rule is None:
            continue
        if rule == BEFORE and declared:
            return agent, "rule: announcer of a harm"
        if rule == BEFORE and agent.stop < first and accused_of(clauses, agent.stop):
            return agent, "rule: accused of a harm"
        return agent, "rule: speaker of a harm gerund" if rule == BEFORE and reported else rule
    return None, ""


BEFORE = "rule: agent before harm"
STOP = "stop"
"""What :func:`_tie_rule` returns when the actor is a place label: no earlier actor is the agent either."""


def _tie_rule(
    clauses: Clauses, agent: Agent, first: int, stop: int, subcategory: str, *, linked: bool, copula: bool
) -> str | None:
    """The rule that ties ``agent`` to the harm word at ``first:stop``; None to look further, or STOP."""
    tokens = clauses.tokens
    if agent.kind == "anaphor":  # "it" acts only as the harm verb's subject: "Ukraine says it has recaptured"
        subject = not copula and _subject_of(clauses, agent.stop, first)
        return "rule: pronoun subject of the harm verb" if subject else None
    distance = first - agent.stop
    if distance > 0 and tokens[first - 1].norm in clauses.classes["adjectival_forces"]:
        distance -= 1  # "Russia's full-scale military invasion": the kind of harm is part of its noun
    possessive = written_possessive(tokens, agent)
    owner = possessive or tokens[agent.first].norm in clauses.classes["agent_possessive"]
    sufferer = tokens[stop - 1].norm in clauses.classes["sufferer_noun"]  # the head: "heavy casualties"
    if sufferer and not owner and _suffers(clauses, agent, first, stop):
        return STOP  # "Ukrainian refugees", "they have fallen victim": who suffers; "Putin's victims" stay
    if owner:
        # A possessor qualifies a noun: before a preposition "her" is an object ("stabbed her to death")
        before_noun = clauses.function_words.get(tokens[first].norm) != "preposition"
        harmed = harmed_noun(clauses, agent.stop, first, stop)  # "saw their homes destroyed"
        tied = distance <= MODIFIER_WINDOW and before_noun and not harmed
        return "rule: possessive before harm" if tied else None
    conflict = subcategory.endswith(f"/{CONFLICT}")
    if agent.kind == "demonym":
        return _national_rule(clauses, first, stop, subcategory, distance, conflict=conflict)
    if conflict and distance == 0 and agent.first > 0 and clauses.gaps[agent.first].strip(". ") == "-":
        return STOP  # "the Russia-Ukraine conflict", "the Israel-Hamas war": two parties, no agent
    # "military and civilian casualties": adjectives coordinated before the harm noun qualify it together
    paired = distance in (1, 2) and tokens[agent.stop].norm in clauses.classes["verb_coordinator"]
    if (
        (distance == 0 or paired)
        and tokens[agent.first].norm in clauses.classes["adjectival_forces"]
        and not verb_like(tokens[first].norm, clauses)
        and not verb_with_object(clauses, first, stop)
    ):
        return None  # "a military invasion", "artillery attacks": the kind of harm, not its agent
    if linked or copula or (conflict and distance == 0):
        return None  # "the Ukraine war" labels a topic; "Russia started a war" names an agent
    if agent.kind == "pronoun" and distance > PRONOUN_WINDOW:
        return None
    if distance == 0 and agent.kind == "state" and targeted(clauses, stop):
        return "rule: state before harm and its target"  # "the U.S. attack on Iran": not a place label
    if (
        distance == 0
        and agent.kind in ("state", "name", "leader")  # "the President Kennedy assassination" labels it too
        and not verb_like(tokens[first].norm, clauses)  # "the West destroys peace"
        and not present_verb(clauses, agent, first, stop)
        and subcategory != LAUNCHED  # the act starts at its weapon verb: "Ukraine deploys artillery"
        and tokens[first].norm not in clauses.classes["deploy_verb"]  # or its gathering verb (objects.py)
    ):
        return STOP  # "the Ukraine invasion", "Volgograd and Leningrad attacks": a place label, not an agent
    if agent.kind != "forces" and object_of_preposition(clauses, agent):
        # "an invasion of Ukraine would bring suffering": not a subject. Armed forces stay agents
        # there: "the presence of Russian troops is a threat".
        return None
    return BEFORE


def _national_rule(
    clauses: Clauses, first: int, stop: int, subcategory: str, distance: int, *, conflict: bool
) -> str | None:
    """The rule that ties a national adjective to the harm word ``distance`` words after it, None, or STOP.

    A national adjective qualifies a noun ("Russian missile strikes"); before a participle that a
    preposition follows, it qualifies the participle's target ("Western equipment captured in Ukraine",
    "American generals killed during"); not before a verb with an auxiliary or an object ("the Ukrainian
    nation has achieved", "Finnish police raided a site"), nor hyphenated right before it ("Russian-occupied").
    Before a conflict noun it ties only when "against" follows ("the Russian war against Ukraine"); without
    it the noun may name a topic, and an actor before it is not its agent either ("pressed Xi to halt the
    Russian war").
    """
    if conflict and distance <= MODIFIER_WINDOW:
        tokens = clauses.tokens
        against = stop < len(tokens) and tokens[stop].norm == "against"
        return "rule: national adjective before harm" if against else STOP
    participle = distance > 0 and reduced_passive(clauses, first, stop, subcategory)
    return "rule: national adjective before harm" if distance <= MODIFIER_WINDOW and not participle else None


def _suffers(clauses: Clauses, agent: Agent, first: int, stop: int) -> bool:
    """Whether an actor is who a ``sufferer_noun`` ending at ``stop`` names, not the one who made them suffer.

    Right before it ("Ukrainian refugees"; not an -ed verb: "Russian forces displaced millions"), or its
    subject over a ``sufferer_link`` verb or a form of "be" ("they have fallen victim", "Ukrainians will
    not be the only victims", "they are taking heavy casualties"), or after a preposition ("efforts to
    victims"); not over another verb ("Putin's troops made refugees of millions").
    """
    tokens, classes = clauses.tokens, clauses.classes
    if agent.stop == first:
        return not verb_like(tokens[stop - 1].norm, clauses)
    if clauses.function_words.get(tokens[first - 1].norm) == "preposition":
        return True  # "donate the proceeds to victims of the tsunami": a preposition's object suffers
    links = classes["sufferer_link"] | classes["be_form"]
    between = tokens[agent.stop : first]
    fillers = ("auxiliary", "adverb", "determiner", "negation")
    return any(t.norm in links for t in between) and all(
        t.norm in links or clauses.function_words.get(t.norm) in fillers for t in between
    )


def _conjoined_noun(clauses: Clauses, j: int, first: int) -> bool:
    """A coordinator and a determiner at ``j`` before the harm word: a second noun phrase, not a verb's object.

    "the Soviet Union and the threat of nuclear war", "Asia and the damage", "Ukraine and a vehicle blast":
    an actor right before the coordinator is conjoined with the harm, not its agent.
    """
    tokens = clauses.tokens
    return (
        0 < j < first - 1
        and tokens[j].norm in clauses.classes["coordinator"]
        and clauses.function_words.get(tokens[j + 1].norm) == "determiner"
        and ending_at(clauses.agents, j - 1)
        is not None  # not a verb's objects: "a retreat and a bombardment"
    )


def _links(clauses: Clauses, j: int, first: int) -> bool:
    """A preposition at ``j`` links the harm word to an actor before it: "Russia in the war" names no agent.

    "to" is also the infinitive marker ("Russia intends to attack"), so it does not link; nor does
    "of"/"for"/"against" between an actor and a gerund ("accused Russia of shelling"), nor after an
    accused actor ("accused Moscow of the attack"), nor "of" after a ``harm_measure`` noun, which frames
    the harm it takes as the head of its phrase ("Russia launched a wave of strikes").
    """
    return (
        clauses.function_words.get(clauses.tokens[j].norm) == "preposition"
        and clauses.tokens[j].norm != "to"
        and not _gerund_subject(clauses, j, first)
        and not accused_of(clauses, j)
        and not _measured(clauses, j)
    )


def _measured(clauses: Clauses, j: int) -> bool:
    """A preposition at ``j`` that keeps the harm after it in the actor's reach, clause open.

    "of" after a ``harm_measure`` noun ("a wave of", "a campaign of") links no actor listed in agents.tsv
    ("Russia launched a wave of strikes", "Wagner mercenaries have mounted a series of offensives"); a bare
    name stays linked (:func:`_agent_before`), as such a phrase after one is as often a team's play or a
    company's drive ("Italy launched a series of attacks"). So does "for" after a ``purpose_for`` word: the
    harm is the actor's aim ("Russia is getting ready for a massive escalation", "Russia had accelerated
    plans for an invasion").
    """
    tokens = clauses.tokens
    if j == 0 or tokens[j].clause_break_before:
        return False
    linking = {"of": "harm_measure", "for": "purpose_for"}.get(tokens[j].norm)
    return linking is not None and tokens[j - 1].norm in clauses.classes[linking]


def _subject_of(clauses: Clauses, after: int, first: int) -> bool:
    """Only auxiliaries, adverbs or a negation stand from ``after`` to the harm verb at ``first``."""
    tokens = clauses.tokens
    return (
        all(
            clauses.function_words.get(tokens[k].norm) in SUBJECT_VERB_GAP
            and not tokens[k].clause_break_before
            for k in range(after, first)
        )
        and not tokens[first].clause_break_before
    )


SUBJECT_VERB_GAP = frozenset({"auxiliary", "adverb", "negation"})
"""Function-word classes that may stand between a pronoun subject and its harm verb ("it has recaptured")."""


def _declared(clauses: Clauses, verb: int, first: int) -> bool:
    """A ``declaring`` verb whose object is the harm noun at ``first``: "announced a crusade", "declared war".

    At most :data:`MODIFIER_WINDOW` words (a determiner, a modifier) stand between, none of them a
    function word of another class or a clause break: "announced that attacks", "announced on Monday
    that" are complements, whose harm has its own subject.
    """
    tokens = clauses.tokens
    if tokens[verb].norm not in clauses.classes["declaring"] or first - verb - 1 > MODIFIER_WINDOW:
        return False
    return not any(
        tokens[k].clause_break_before
        or k in clauses.stops
        or k in clauses.agents
        or clauses.function_words.get(tokens[k].norm) not in (None, "determiner")
        for k in range(verb + 1, first + 1)
    )


def _reported_gerund(clauses: Clauses, first: int, stop: int) -> bool:
    """A verb of reporting one's own act right before a harm gerund with an object: the speaker did it.

    "Russia's military has reported destroying key pieces of infrastructure", "Ukraine denied shelling
    the city": the gerund's subject is the verb's. A gerund followed by a preposition or nothing is
    rather a noun ("reported shelling in Kharkiv", "reported fighting near Bakhmut") and names no agent.
    """
    tokens = clauses.tokens
    gerund_verbs = clauses.classes["gerund_reporting"]  # "reported", "denied": not "said", "condemned"
    if first == 0 or tokens[first - 1].norm not in gerund_verbs or not tokens[first].norm.endswith("ing"):
        return False
    return (
        stop < len(tokens)
        and not tokens[stop].clause_break_before
        and clauses.function_words.get(tokens[stop].norm) != "preposition"
    )


def _relative_subject(
    clauses: Clauses, relative: int, first: int, used: set[int]
) -> tuple[Agent | None, str]:
    """The actor right before a relative pronoun whose clause does the harm ("Hamas, which killed").

    Only the actor the pronoun follows (a comma may stand between) is its antecedent, and only a harm
    that is the clause's verb: next, or after an auxiliary or adverb ("who might use", "which still
    threatens"); "the PTC, which monitors violence" does no violence. Not the antecedent: the object of a
    preposition ("fighters from Belarus, who killed"), and for a ``sentential_relative`` ("which") the
    object of a verb, since the pronoun may then stand for the whole event ("Russia bombed Ukraine, which
    killed 20 people").
    """
    tokens = clauses.tokens
    between = range(relative + 1, first)
    if any(clauses.function_words.get(tokens[k].norm) not in RELATIVE_VERB_GAP for k in between):
        return None, ""
    agent = ending_at(clauses.agents, relative - 1)
    if agent is None or agent.first in used or agent.kind in ("pronoun", "anaphor", "demonym"):
        return None, ""
    if agent.kind != "forces" and object_of_preposition(clauses, agent):
        return None, ""
    if tokens[relative].norm in clauses.classes["sentential_relative"] and _after_verb(clauses, agent.first):
        return None, ""
    return agent, "rule: relative clause of the agent"


def _after_verb(clauses: Clauses, first: int) -> bool:
    """The actor starting at ``first`` follows a verb (an article may stand between): it is its object."""
    before = first - 1
    if before >= 0 and clauses.tokens[before].norm in clauses.classes["article"]:
        before -= 1
    return (
        before >= 0
        and not clauses.tokens[first].clause_break_before
        and verb_like(clauses.tokens[before].norm, clauses)
    )


RELATIVE_VERB_GAP = frozenset({"auxiliary", "adverb"})
"""Function-word classes that may stand between a relative pronoun and its clause's harm verb."""


def _gerund_subject(clauses: Clauses, j: int, first: int) -> bool:
    """A ``gerund_link`` right between an actor and a gerund harm word: the actor is the gerund's subject."""
    tokens = clauses.tokens
    return (
        j == first - 1
        and tokens[j].norm in clauses.classes["gerund_link"]
        and tokens[first].norm.endswith("ing")
        and ending_at(clauses.agents, j - 1) is not None
    )
