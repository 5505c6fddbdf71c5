"""The responsibility rule: an actor tied to a harm word in the same clause is assigned agency.

ANNOTATION.md: responsibility is "the agency of an attack, harm or threat" assigned to an actor named in
the sentence (a name, a noun phrase or a pronoun). A word list cannot see that relation, so this stage
reads the matches the rules left (the harm words: threat matches of the subcategories named in
``lexicons/rules/agents.tsv``'s ``# harm:`` header) and looks for an actor next to each, in three shapes:

- **agent before harm** in the same clause, at most :data:`WINDOW` words before it: "Russian forces
  shelled", "Ukraine struck", "he will continue his aggression", "Moscow's war";
- **conflict nouns** ("war", "conflict") take an agent that is written with a possessive ("Russia's
  war", "his war") or that stands apart from them ("Russia started a war"), never a name right before
  them: "the Ukraine war" labels a topic;
- **by / from / of + agent** after the harm word (at most :data:`PASSIVE_GAP` words between): "attacks by
  Russian forces", "killed so far by Russian forces", "the threat from Iran", "the massing of Russian troops"
  (``of`` only for a force build-up; for other harm it names the target: "the invasion of Ukraine").

Harm words may also be responsibility entries named in ``# harm:`` (force build-up, use of nuclear weapons,
seizure, coercion): they weigh little alone and count in full only with an agent. "be" + an -ing form is
progressive, not passive ("Russia is conquering"); an actor right before of/for/against + a gerund is its
subject ("warned Russia against using"); quotation marks alone do not end a clause.

An actor is an entry of ``agents.tsv`` (states, forces, demonyms, leaders' offices, pronouns) or a
capitalized word inside the sentence that is not a function word, a harm word or listed as ``not_agent``
(weekdays, months): a name ("Putin", "Hamas"). Negated harm still counts ("he would not attack": the
guide labels responsibility that is discussed). Each harm word gets at most one agent, each agent at most
one harm word; the evidence spans the words from the actor to the harm word (or back), so
``text[start:end]`` shows the relation as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from framing.lexicon import LexiconSet
from framing.match import PatternIndex, select_longest
from framing.results import Match
from framing.tokenize import Token

DIMENSION = "responsibility"
WEIGHT = 1.0
WINDOW = 6
"""Words an agent may stand before its harm word (same clause)."""
PRONOUN_WINDOW = 4
MODIFIER_WINDOW = 2
"""Words a possessor or national adjective may stand before its harm word: "Russia's full-scale invasion"."""
PASSIVE_GAP = 2
"""Words that may stand between a harm word and its "by"/"from" ("killed so far by")."""
_FROM_HARM = ("attack", "violence", "escalation", "warning")
"""Harm whose source "from" names an agent ("the threat from Iran"); for damage it names an origin
("debris from the downed drones")."""
_OF_HARM = ("force_buildup",)
"""Harm whose "of" names the agent ("the massing of Russian troops"), not the target ("invasion of Ukraine")."""
_GERUND_LINKS = frozenset({"of", "for", "against"})
"""An actor before them is the subject of a gerund harm: "accused Russia of shelling", "warned X against using"."""
_CONFLICT = "conflict"
_QUOTES_ONLY = re.compile(r"[\s\"“”‘’«»]*")
"""A gap of quotation marks alone: scare quotes stay inside the clause ("Russian troops \"is a threat\"")."""


@dataclass(frozen=True)
class AgencyIndex:
    """What the rule reads, built once per lexicon set (see :func:`agency_index`).

    Attributes:
        agents: The ``agents.tsv`` entries indexed for matching (group ``agents``).
        harm: ``dimension/subcategory`` names of harm words.
        not_harm: Patterns that are never a harm someone does: reporting verbs ("warned": speech), armed
            forces ("troops": an actor) and the target's state ("braced for": ``not_harm`` in agents.tsv),
            though the threat lexicon lists them.
        subcategories: ``(lexicon, pattern)`` -> the entry's subcategory, to read a negated match's harm.
        forces: Armed forces: a harm phrase headed by one ("Russian forces") names an actor.
    """

    agents: PatternIndex
    harm: frozenset[str]
    not_harm: frozenset[str]
    subcategories: Mapping[tuple[str, str], str]
    forces: frozenset[str] = frozenset()


def agency_index(lexicons: LexiconSet) -> AgencyIndex:
    """Index the agents and harm words of ``lexicons`` for :func:`agency_matches`."""
    # Threatening is both speech and harm, so threat verbs stay harm.
    cues = {
        e.pattern
        for e in lexicons.speech.cues
        if e.subcategory == "verb" and not e.pattern.startswith("threat")
    }
    forces = {e.pattern for e in lexicons.agents.entries if e.subcategory in ("forces", "not_harm")}
    return AgencyIndex(
        agents=PatternIndex({"agents": lexicons.agents.entries}),
        harm=lexicons.agents.harm,
        not_harm=frozenset(cues | forces),
        forces=frozenset(e.pattern for e in lexicons.agents.entries if e.subcategory == "forces"),
        subcategories={
            (lexicon.name, entry.pattern): f"{lexicon.name}/{entry.subcategory}"
            for lexicon in lexicons
            for entry in lexicon.entries
        },
    )


@dataclass(frozen=True, slots=True)
class _Agent:
    first: int
    stop: int
    kind: str


def agency_matches(
    text: str,
    tokens: Sequence[Token],
    evidence: Sequence[Match],
    index: AgencyIndex,
    lexicons: LexiconSet,
    sentence: int,
    names: frozenset[str] = frozenset(),
) -> tuple[Match, ...]:
    """Responsibility matches for one sentence: each a harm word tied to the actor that does it.

    Args:
        text: The document.
        tokens: The sentence's tokens.
        evidence: The sentence's matches after the rules (harm words are read from them).
        index: What :func:`agency_index` built from ``lexicons``.
        lexicons: For the harm subcategories and the function words.
        sentence: The sentence's index.
        names: Words the document capitalizes inside sentences (:func:`capitalized_names`), so that a
            name that opens a sentence is still read as a name.

    Returns:
        The new matches, in text order.
    """
    if DIMENSION not in lexicons.lexicons or not tokens:
        return ()
    harm = _harm_words(evidence, tokens, lexicons, index)
    if not harm:
        return ()
    tokens = _join_quotes(text, tokens)
    harm_tokens = {i for _, first, stop, _ in harm for i in range(first, stop)}
    found, stops = _agents(tokens, index.agents, lexicons, harm_tokens, names)
    # A defence between actor and harm makes the harm its object: "air defence forces scrambled to
    # intercept a drone attack" names the defender, not the attacker.
    for i in _defence_tokens(evidence, tokens):
        stops.setdefault(i, "boundary")
    # Responsibility matches that are themselves harm words (``# harm: responsibility/...``) await an agent.
    taken = [
        (m.start, m.end) for m in evidence if m.dimension == DIMENSION and m.subcategory not in index.harm
    ]
    used: set[int] = set()
    matches = []
    for match, first, stop, subcategory in harm:
        agent, rule = _agent_for(
            tokens, found, stops, lexicons.speech.function_words, first, stop, subcategory, used
        )
        if agent is None:
            continue
        start = min(tokens[agent.first].start, match.start)
        end = max(tokens[agent.stop - 1].end, match.end)
        if any(a < end and start < b for a, b in taken):
            continue
        used.add(agent.first)
        agent_text = text[tokens[agent.first].start : tokens[agent.stop - 1].end]
        modifiers = (f"agent {agent_text!r} ({agent.kind})", f"harm {match.text!r} ({subcategory})", rule)
        matches.append(_agent_match(text, start, end, f"<{agent.kind}> + {subcategory}", modifiers, sentence))
    return tuple(matches)


def _agent_match(
    text: str, start: int, end: int, pattern: str, modifiers: tuple[str, ...], sentence: int
) -> Match:
    return Match(
        dimension=DIMENSION,
        subcategory=f"{DIMENSION}/agent",
        pattern=pattern,
        start=start,
        end=end,
        text=text[start:end],
        weight=WEIGHT,
        modifiers=modifiers,
        lexicon="rules/agents.tsv",
        sentence=sentence,
    )


def _join_quotes(text: str, tokens: Sequence[Token]) -> list[Token]:
    """The tokens, without the clause break of a gap that holds only quotation marks."""
    return [
        replace(t, clause_break_before=False)
        if i and t.clause_break_before and _QUOTES_ONLY.fullmatch(text, tokens[i - 1].end, t.start)
        else t
        for i, t in enumerate(tokens)
    ]


def _defence_tokens(evidence: Sequence[Match], tokens: Sequence[Token]) -> set[int]:
    """Tokens of reassurance matches that are not negated threats (intercept, defend, repel)."""
    spans = [
        (m.start, m.end) for m in evidence if m.dimension == "reassurance" and m.lexicon == "reassurance"
    ]
    return {i for i, t in enumerate(tokens) for a, b in spans if a <= t.start < b}


def _harm_words(
    evidence: Sequence[Match], tokens: Sequence[Token], lexicons: LexiconSet, index: AgencyIndex
) -> list[tuple[Match, int, int, str]]:
    """Harm matches with their token span and original subcategory (before any negation)."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    harm = []
    for m in evidence:
        if (
            m.lexicon not in lexicons.lexicons
            or m.weight <= 0
            # "Russian forces" as a threat phrase names an actor: its head noun is a force.
            or {m.pattern, m.text.lower(), m.pattern.rsplit(" ", 1)[-1]} & index.forces
            or {m.pattern, m.text.lower()} & index.not_harm
        ):
            continue
        # A negated match carries its new dimension's subcategory; the harm it names is its lexicon's.
        original = index.subcategories.get((m.lexicon, m.pattern), m.subcategory)
        if original in index.harm and m.start in starts and m.end in ends:
            harm.append((m, starts[m.start], ends[m.end] + 1, original))
    return harm


def _agents(
    tokens: Sequence[Token],
    index: PatternIndex,
    lexicons: LexiconSet,
    harm_tokens: set[int],
    names: frozenset[str],
) -> tuple[dict[int, _Agent], dict[int, str]]:
    """Agent candidates by their first token (listed actors, then capitalized names), and stop words.

    Returns:
        The agents, and token index -> ``boundary`` or ``passive`` for the words that limit the rules.
    """
    found: dict[int, _Agent] = {}
    stops: dict[int, str] = {}
    blocked: set[int] = set()
    for hit in select_longest(index.find(tokens)):
        kind = hit.entry.subcategory
        if kind in ("boundary", "passive"):
            stops.update(dict.fromkeys(range(hit.first, hit.stop), kind))
        elif kind in ("not_agent", "not_harm"):
            blocked.update(range(hit.first, hit.stop))
        elif harm_tokens.isdisjoint(range(hit.first, hit.stop)):
            found[hit.first] = _Agent(hit.first, hit.stop, kind)
    # "Russian forces", "pro-Russian separatists": the adjective joins the actor it qualifies.
    for first in sorted(found):
        agent = found.get(first)
        following = found.get(agent.stop) if agent is not None else None
        if agent is not None and following is not None and agent.kind == "demonym":
            found[first] = _Agent(first, following.stop, following.kind)
            del found[following.first]
    covered = {i for a in found.values() for i in range(a.first, a.stop)} | blocked | harm_tokens | set(stops)
    function_words = lexicons.speech.function_words
    for i, token in enumerate(tokens):
        if i in covered or not token.text[:1].isupper() or token.norm in function_words:
            continue
        # A sentence's first word is capitalized anyway: it is a name only if the document also
        # capitalizes it inside a sentence.
        if i == 0 and token.norm not in names:
            continue
        if token.text.isupper() and len(token.text) > 5:  # a shouted headline word, not a name
            continue
        found[i] = _Agent(i, i + 1, "name")
    return found, stops


def capitalized_names(sentence_tokens: Sequence[Sequence[Token]], lexicons: LexiconSet) -> frozenset[str]:
    """Words a document capitalizes inside sentences (not as their first word): evidence of names."""
    function_words = lexicons.speech.function_words
    return frozenset(
        t.norm
        for tokens in sentence_tokens
        for t in tokens[1:]
        if t.text[:1].isupper() and t.norm not in function_words
    )


def _agent_for(
    tokens: Sequence[Token],
    agents: dict[int, _Agent],
    stops: dict[int, str],
    function_words: Mapping[str, str],
    first: int,
    stop: int,
    subcategory: str,
    used: set[int],
) -> tuple[_Agent | None, str]:
    """The agent of the harm word at tokens ``first:stop``, and the shape that ties them."""
    agent, rule = _agent_before(tokens, agents, stops, function_words, first, subcategory, used)
    if agent is not None:
        return agent, rule
    return _agent_after(tokens, agents, stop, subcategory, used)


def _agent_before(
    tokens: Sequence[Token],
    agents: dict[int, _Agent],
    stops: dict[int, str],
    function_words: Mapping[str, str],
    first: int,
    subcategory: str,
    used: set[int],
) -> tuple[_Agent | None, str]:
    """An agent before the harm word, nearest first, not across a clause break or a boundary word."""
    conflict = subcategory.endswith(f"/{_CONFLICT}")
    # "is being attacked" is passive, "is conquering" is progressive: its subject acts.
    passive = first > 0 and stops.get(first - 1) == "passive" and not tokens[first].norm.endswith("ing")
    linked = False  # a preposition stands between: "Russia in the war", "China at the end of the war"
    for j in range(first - 1, max(-1, first - 1 - WINDOW), -1):
        if tokens[j + 1].clause_break_before or stops.get(j) == "boundary":
            break
        agent = _ending_at(agents, j)
        if agent is None:
            # "to" is also the infinitive marker ("Russia intends to attack"), so it does not unlink;
            # nor does "of"/"for"/"against" between an actor and a gerund ("accused Russia of shelling").
            linked = linked or (
                function_words.get(tokens[j].norm) == "preposition"
                and tokens[j].norm != "to"
                and not _gerund_subject(tokens, agents, j, first)
            )
            continue
        if agent.first in used:
            continue
        distance = first - agent.stop
        possessive = tokens[agent.stop - 1].text.lower().replace("’", "'").endswith("'s")
        if tokens[agent.first].norm in ("his", "her", "its", "our", "their") or possessive:
            if distance <= MODIFIER_WINDOW:
                return agent, "rule: possessive before harm"
            continue
        if agent.kind == "demonym":
            if distance <= MODIFIER_WINDOW and not conflict:
                return agent, "rule: national adjective before harm"
            continue
        if linked:
            continue
        if passive or (conflict and distance == 0):
            continue  # "the Ukraine war" labels a topic; "Russia started a war" names an agent
        if agent.kind == "pronoun" and distance > PRONOUN_WINDOW:
            continue
        if distance == 0 and agent.kind in ("state", "name") and not _verb_like(tokens[first].norm):
            break  # "the Ukraine invasion", "Volgograd and Leningrad attacks": a place label, not an agent
        return agent, "rule: agent before harm"
    return None, ""


def _agent_after(
    tokens: Sequence[Token], agents: dict[int, _Agent], stop: int, subcategory: str, used: set[int]
) -> tuple[_Agent | None, str]:
    """Harm word followed by "by"/"from"/"of" (an adverb may stand between: "killed so far by") and the agent."""
    for by in range(stop, min(len(tokens), stop + 1 + PASSIVE_GAP)):
        if tokens[by].clause_break_before:
            break
        if not _names_agent(tokens[by].norm, subcategory):
            continue
        for j in range(by + 1, min(len(tokens), by + 4)):
            if tokens[j].clause_break_before:
                break
            agent = agents.get(j)
            if agent is not None and agent.first not in used and agent.kind != "pronoun":
                return agent, f"rule: harm {tokens[by].norm} agent"
        break
    return None, ""


def _names_agent(preposition: str, subcategory: str) -> bool:
    """Whether ``preposition`` after a harm word of ``subcategory`` introduces its agent."""
    kinds = {"by": None, "from": _FROM_HARM, "of": _OF_HARM}.get(preposition, ())
    return kinds is None or subcategory.rsplit("/", 1)[-1] in kinds


def _gerund_subject(tokens: Sequence[Token], agents: dict[int, _Agent], j: int, first: int) -> bool:
    """A preposition right between an actor and a gerund harm word: the actor is the gerund's subject."""
    return (
        j == first - 1
        and tokens[j].norm in _GERUND_LINKS
        and tokens[first].norm.endswith("ing")
        and _ending_at(agents, j - 1) is not None
    )


def _verb_like(norm: str) -> bool:
    # Without a tagger: an -ed form reads as the verb of the actor before it ("Russia attacked"); an -s
    # form is as often a plural noun ("the Leningrad attacks") as a verb, so it does not count.
    return norm.endswith("ed")


def _ending_at(agents: dict[int, _Agent], last: int) -> _Agent | None:
    for agent in agents.values():
        if agent.stop - 1 == last:
            return agent
    return None
