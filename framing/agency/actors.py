"""The words the agency rule reads in a sentence: harm words, actors, and the words that limit them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from framing.agency.index import (
    BOUND,
    BOUNDARIES,
    LAUNCHED,
    AgencyIndex,
    Agent,
    Clauses,
    Gaps,
    on_tokens,
    tokens_starting_in,
    written_possessive,
)
from framing.agency.objects import launched, object_acts
from framing.lexicon import LexiconSet
from framing.match import Hit, PatternIndex, select_longest
from framing.results import Match
from framing.scope import join_quotes
from framing.tokenize import Token


def defence_tokens(evidence: Sequence[Match], tokens: Sequence[Token]) -> set[int]:
    """Tokens of reassurance matches that are not negated threats (intercept, defend, repel).

    Actor-bound rows (gains, success) are no defence: they name no defender of their own.
    """
    spans = [
        (m.start, m.end)
        for m in evidence
        if m.dimension == "reassurance"
        and m.lexicon == "reassurance"
        and m.subcategory.rsplit("/", 1)[-1] not in BOUND
    ]
    return {i for a, b in spans for i in tokens_starting_in(tokens, a, b)}


def harm_words(
    text: str, evidence: Sequence[Match], tokens: Sequence[Token], lexicons: LexiconSet, index: AgencyIndex
) -> list[tuple[Match, int, int, str]]:
    """Harm matches with their token span and original subcategory (before any negation), in text order.

    Weapons count only as the object of a weapon verb (:func:`launched`); a verb that moves up forces or
    weapons, or takes territory by count, makes an act with its object
    (:func:`~framing.agency.objects.object_acts`).
    """
    candidates = []
    weapons = []
    for m in evidence:
        if m.lexicon not in lexicons.lexicons or m.weight <= 0:
            continue
        # A negated match carries its new dimension's subcategory; the harm it names is its lexicon's.
        original = index.subcategories.get((m.lexicon, m.pattern), m.subcategory)
        if original == LAUNCHED and original not in index.harm:
            weapons.append((m, original))
            continue
        if original not in index.harm:
            continue  # most matches: tested before the word sets below are built
        if (
            # "Russian forces" as a threat phrase names an actor: its head noun is a force. An act of the
            # responsibility list whose object is a force ("gathering troops") is still an act.
            (
                original.startswith("threat/")
                and {m.pattern, m.text.lower(), m.pattern.rsplit(" ", 1)[-1]} & index.forces
            )
            or {m.pattern, m.text.lower()} & index.not_harm
        ):
            continue
        candidates.append((m, original))
    verbs = lexicons.speech.classes["weapon_verb"]
    function_words = lexicons.speech.function_words
    # A weapon's act starts at its verb: the agent is the verb's subject, not a name on the weapon.
    weapon_spans = on_tokens(weapons, tokens)
    fired = [
        (m, verb, stop, sub)
        for m, first, stop, sub in weapon_spans
        if (verb := launched(text, tokens, first, verbs, function_words)) is not None
    ]
    found = on_tokens(candidates, tokens) + fired
    # A force or weapon moved up, territory taken by count: the verb and its object make the act.
    taken = {i for _, first, stop, _ in found for i in range(first, stop)}
    objects = {first: stop for _, first, stop, _ in weapon_spans}
    found += object_acts(text, tokens, objects, index.forces, lexicons, taken)
    return sorted(found, key=lambda h: h[1])


def find_agents(
    tokens: Sequence[Token],
    index: PatternIndex,
    lexicons: LexiconSet,
    harm_tokens: set[int],
    names: frozenset[str],
    hits: Sequence[Hit] | None = None,
) -> tuple[dict[int, Agent], dict[int, str]]:
    """Agent candidates by their first token (listed actors, then capitalized names), and stop words.

    ``hits``: ``index``'s hits in ``tokens``, if already found.

    Returns:
        The agents, and token index -> ``boundary``, ``relative`` or ``passive`` for the words that limit
        the rules.
    """
    found: dict[int, Agent] = {}
    stops: dict[int, str] = {}
    blocked: set[int] = set()
    for hit in select_longest(index.find(tokens) if hits is None else hits):
        kind = hit.entry.subcategory
        if kind in BOUNDARIES or kind == "passive":
            stops.update(dict.fromkeys(range(hit.first, hit.stop), kind))
        elif kind in ("not_agent", "not_harm"):
            blocked.update(range(hit.first, hit.stop))
        elif harm_tokens.isdisjoint(range(hit.first, hit.stop)):
            found[hit.first] = Agent(hit.first, hit.stop, kind)
    # "Russian forces", "pro-Russian separatists": the adjective joins the actor it qualifies.
    for first in sorted(found):
        agent = found.get(first)
        following = found.get(agent.stop) if agent is not None else None
        if agent is not None and following is not None and agent.kind == "demonym":
            found[first] = Agent(first, following.stop, following.kind)
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
        found[i] = Agent(i, i + 1, "name")
    joined = _join_names(found, tokens, function_words)
    return _with_antecedent(joined, tokens, stops, function_words), stops


def _join_names(
    found: dict[int, Agent], tokens: Sequence[Token], function_words: Mapping[str, str]
) -> dict[int, Agent]:
    """Capitalized words in a row are one name ("Van Gogh", "Robert Blake"), and so is an office before one ("President Putin").

    A capitalized first word counts as a name only when the document capitalizes it inside a sentence;
    right before a name it is the name's first part all the same ("Van Gogh was shot").
    """
    first_word = tokens[0] if tokens else None
    if (
        first_word is not None
        and 0 not in found
        and 1 in found
        and found[1].kind == "name"
        and first_word.text[:1].isupper()
        and first_word.norm not in function_words
        and not tokens[1].clause_break_before
    ):
        found[0] = Agent(0, 1, "name")
    joined: dict[int, Agent] = {}
    previous: Agent | None = None
    for first in sorted(found):
        agent = found[first]
        if (
            previous is not None
            and previous.kind in ("name", "leader")
            and agent.kind == "name"
            and previous.stop == agent.first
            and not tokens[agent.first].clause_break_before
            and not written_possessive(tokens, previous)
        ):
            # "President Putin": an office before a name is that person's title, one actor, not two; it
            # stays a leader, whom the actor-bound rows take ("President Zelensky achieved a success")
            previous = joined[previous.first] = Agent(previous.first, agent.stop, previous.kind)
            continue
        joined[first] = previous = agent
    return joined


ANTECEDENT_KINDS = frozenset({"state", "forces"})
"""Actors an ``anaphor`` ("it") may stand for: a state or an armed group."""


def _with_antecedent(
    found: dict[int, Agent],
    tokens: Sequence[Token],
    stops: Mapping[int, str],
    function_words: Mapping[str, str],
) -> dict[int, Agent]:
    """The agents, without an ``anaphor`` that does not follow its antecedent's reporting verb.

    "It" mostly stands for a thing, an event or a policy ("it will hurt growth", "said it could lead to
    war"); right after a state's or armed group's own reporting verb it stands for that actor: "Ukraine
    says it has recaptured", "Iran said that it would retaliate".
    """
    if not any(a.kind == "anaphor" for a in found.values()):
        return found
    # the last tokens of the possible antecedents, read once: a long sentence of "it"s stays linear
    ends = {a.stop - 1 for a in found.values() if a.kind in ANTECEDENT_KINDS}
    return {
        i: a
        for i, a in found.items()
        if a.kind != "anaphor" or _reported_by_actor(ends, tokens, stops, function_words, i)
    }


def _reported_by_actor(
    ends: set[int],
    tokens: Sequence[Token],
    stops: Mapping[int, str],
    function_words: Mapping[str, str],
    i: int,
) -> bool:
    """A state or armed group, its reporting verb (a ``boundary``) and an optional "that" right before ``i``."""
    k = i - 1
    if k >= 0 and tokens[k].norm == "that" and not tokens[i].clause_break_before:
        i, k = k, k - 1
    if k < 0 or stops.get(k) != "boundary" or tokens[i].clause_break_before:
        return False
    k -= 1
    while k >= 0 and function_words.get(tokens[k].norm) in ("auxiliary", "adverb", "negation"):
        k -= 1  # "Iran has also said it"
    return k in ends


def capitalized_names(sentence_tokens: Sequence[Sequence[Token]], lexicons: LexiconSet) -> frozenset[str]:
    """Words a document capitalizes inside sentences (not as their first word): evidence of names."""
    function_words = lexicons.speech.function_words
    return frozenset(
        t.norm
        for tokens in sentence_tokens
        for t in tokens[1:]
        if t.text[:1].isupper() and t.norm not in function_words
    )


def sentence_clauses(
    text: str,
    tokens: Sequence[Token],
    index: AgencyIndex,
    lexicons: LexiconSet,
    targets: set[int],
    names: frozenset[str],
    *,
    kinds: Collection[str] | None = None,
    boundaries: Callable[[Sequence[Token]], Iterable[int]] | None = None,
    hits: Sequence[Hit] | None = None,
) -> Clauses:
    """The sentence as both actor rules read it: quote-only gaps joined, actors found, clause limits set.

    Args:
        text: The document.
        tokens: The sentence's tokens.
        index: What :func:`~framing.agency.index.agency_index` built.
        lexicons: For the function words and word classes.
        targets: Tokens of the words to tie (harm or bound words), which are never actors themselves.
        names: Words the document capitalizes inside sentences.
        kinds: Keep only actors of these kinds (``None``: all).
        boundaries: Extra tokens that end an actor's clause, read off the joined tokens.
        hits: ``index.agents``' hits in ``tokens``, if already found (:attr:`RuledSentence.agents`). They
            hold for the joined tokens too: patterns read a token's ``norm`` and ``joins_previous``, and
            joining changes only ``clause_break_before``.
    """
    joined = join_quotes(text, tokens)
    found, stops = find_agents(joined, index.agents, lexicons, targets, names, hits)
    for i in boundaries(joined) if boundaries is not None else ():
        stops.setdefault(i, "boundary")
    if kinds is not None:
        found = {i: a for i, a in found.items() if a.kind in kinds}
    gaps = Gaps(text, joined)
    speech = lexicons.speech
    return Clauses(
        joined, found, stops, speech.function_words, gaps, index.speech, speech.classes, frozenset(targets)
    )
