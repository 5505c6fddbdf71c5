"""What the agency rule reads, built once per lexicon set, and the limits it works within."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import TypeVar, overload

from framing.fastinit import fast_init
from framing.lexicon import LexiconSet
from framing.match import Hit, PatternIndex
from framing.results import Match
from framing.tokenize import Token

T = TypeVar("T")

DIMENSION = "responsibility"
WEIGHT = 1.0
WINDOW = 6
"""Words an agent may stand before its harm word (same clause)."""
PRONOUN_WINDOW = 4
MODIFIER_WINDOW = 2
"""Words a possessor or national adjective may stand before its harm word: "Russia's full-scale invasion"."""
PASSIVE_GAP = 2
"""Words that may stand between a harm word and its "by"/"from" ("killed so far by")."""
TARGET_GAP = 4
"""Words that may stand between a harm word and its "by" when its target comes first ("attacks on Gulf
shipping by Iran"): a ``target_preposition`` and up to three words of its object."""
SHARED_WINDOW = 25
"""Words a subject may stand before the coordinated verb that shares it ("Russia exerted ..., applied ...")."""
FROM_HARM = ("attack", "violence", "escalation", "warning")
"""Harm whose source "from" names an agent ("the threat from Iran"); for damage it names an origin
("debris from the downed drones")."""
OF_HARM = ("force_buildup", "success_bound")
"""Harm whose "of" names the agent ("the massing of Russian troops"), not the target ("invasion of Ukraine");
also an actor's success ("the success of Ukraine")."""
FORCES_OF = ("force_gathering",)
"""Harm that names its agent only as armed forces right after it ("the concentration of Russian troops"):
"concentration of", "accumulation of", "build-up of" mostly gather power, wealth or stock."""
STATE_HARM = ("takeover", "crime")
"""Harm that names its agent only as a state, armed forces or a demonym ("Russian forces took over the
town", "Russia's takeover of Crimea", "Russia's crimes in Ukraine", "the Nazis' crimes"): "take over" and
"take control" mostly take a company or an office ("Texaco's takeover of Getty", "he took over as
chairman"); a crime of anyone else is police news ("the profits of their crimes", "a crime he did not
commit", "how can they fight crime")."""
COMPOUND_HARM = ("crime",)
"""Harm that modifies a noun right after it, and is then no act ("a pro-Ukrainian organized crime group",
"the Chinese espionage aircraft", "his crime manifesto")."""
STATE_AGENTS = frozenset({"state", "forces", "demonym"})
CONFLICT = "conflict"
LAUNCHED = "threat/weapon"
"""Weapons, which are harm only as the object of a ``weapon_verb`` ("Russia launched 40 missiles")."""
LAUNCH_GAP = 3
"""Words that may stand between a launch verb and its weapon ("launched a barrage of missiles")."""
REASSURANCE = "reassurance"
BOUND = MappingProxyType({"success_bound": "actor_success"})
"""Reassurance subcategories that weigh little alone and count in full only tied to an actor
(:mod:`framing.agency.bound`), and the subcategory of the match that ties them."""
BOUNDARIES = frozenset({"boundary", "verb_boundary", "relative"})
"""Stop kinds that end an actor's clause; a ``relative`` pronoun also opens the relative-subject shape."""
CHAIN_ENDS = BOUNDARIES - {"verb_boundary"}
"""Stop kinds that also end a chain of coordinated verbs: a ``verb_boundary`` ("recalled") may be its first
verb, whose subject the later ones share."""
RELATIVE_GAP = 2
"""Words from a relative pronoun to the harm its clause's verb does ("Russia, which has invaded")."""


@fast_init
@dataclass(frozen=True, slots=True)
class RuledSentence:
    """One sentence as the actor rules read it: its words and what the lexicon rules made of them.

    Attributes:
        text: The document (the tokens' offsets index it).
        tokens: The sentence's tokens.
        evidence: The sentence's matches after the rules (harm and bound words are read from them).
        index: The sentence's index, recorded on each new match.
        names: Words the document capitalizes inside sentences
            (:func:`~framing.agency.actors.capitalized_names`), so that a name that opens a sentence is
            still read as a name.
        agents: The hits of :attr:`AgencyIndex.agents`' patterns in ``tokens`` (group ``agents``), if
            already found (by the pass that finds all the lexicons' words); ``None``: found when needed.
    """

    text: str
    tokens: Sequence[Token]
    evidence: Sequence[Match]
    index: int
    names: frozenset[str] = frozenset()
    agents: Sequence[Hit] | None = None


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
        passive: Forms of "be" (and "get") before a participle: its subject is the target.
        speech: One-word reporting cues (verbs, speech nouns, stance verbs) other than threats: a verb of
            speech ("..., warning that") opens no coordinated act.
    """

    agents: PatternIndex
    harm: frozenset[str]
    not_harm: frozenset[str]
    subcategories: Mapping[tuple[str, str], str]
    forces: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()


def agency_index(lexicons: LexiconSet) -> AgencyIndex:
    """Index the agents and harm words of ``lexicons`` for :func:`framing.agency.agency_matches`."""
    # Threatening is both speech and harm, so threat verbs stay harm.
    cues = {
        e.pattern
        for e in lexicons.speech.cues
        if e.subcategory == "verb" and not e.pattern.startswith("threat")
    }
    # A boundary verb ends an actor's clause; as a harm word itself it is undergone ("Russia suffered heavy
    # losses", "fled") or spoken ("condemned"), never the actor's act.
    kinds = ("forces", "not_harm", "boundary", "verb_boundary")
    forces = {e.pattern for e in lexicons.agents.entries if e.subcategory in kinds}
    return AgencyIndex(
        agents=PatternIndex({"agents": lexicons.agents.entries}),
        harm=lexicons.agents.harm,
        not_harm=frozenset(cues | forces),
        forces=frozenset(e.pattern for e in lexicons.agents.entries if e.subcategory == "forces"),
        passive=frozenset(e.pattern for e in lexicons.agents.entries if e.subcategory == "passive"),
        speech=frozenset(
            e.pattern
            for e in lexicons.speech.cues
            if e.subcategory in ("verb", "noun", "attitude")
            and " " not in e.pattern
            and not e.pattern.startswith("threat")
        ),
        subcategories={
            (lexicon.name, entry.pattern): f"{lexicon.name}/{entry.subcategory}"
            for lexicon in lexicons
            for entry in lexicon.entries
        },
    )


@fast_init
@dataclass(frozen=True, slots=True)
class Agent:
    """An actor found in a sentence: its tokens ``first:stop`` and its kind (agents.tsv, or ``name``)."""

    first: int
    stop: int
    kind: str


def ending_at(agents: Mapping[int, Agent], last: int) -> Agent | None:
    """The agent whose last token is ``last``, if any."""
    for agent in agents.values():
        if agent.stop - 1 == last:
            return agent
    return None


def written_possessive(tokens: Sequence[Token], agent: Agent) -> bool:
    """Whether ``agent``'s last word ends in 's (straight or curly): "Russia's" owns a noun, it is no target."""
    return tokens[agent.stop - 1].text.lower().replace("’", "'").endswith("'s")


class Gaps(Sequence[str]):
    """``gaps[i]``: the text between token ``i - 1`` and token ``i`` ("" for the first), cut when it is read.

    The rules read the gaps of a few tokens (a comma before a conjunct); cutting every gap of each
    sentence with a harm word cost more than all those reads.
    """

    __slots__ = ("_text", "_tokens")

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        """The gaps of ``tokens``, whose offsets index ``text``."""
        self._text = text
        self._tokens = tokens

    def __len__(self) -> int:
        return max(1, len(self._tokens))

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        k = i + len(self) if i < 0 else i
        if not 0 <= k < len(self):
            raise IndexError(f"gap {i} of {len(self)}")
        return self._text[self._tokens[k - 1].end : self._tokens[k].start] if k else ""


@dataclass(frozen=True)
class Clauses:
    """One sentence as the rules read it.

    Attributes:
        tokens: The sentence's tokens (quote-only gaps joined, see :func:`framing.scope.join_quotes`).
        agents: Actors by their first token.
        stops: Token index -> ``boundary``, ``relative`` or ``passive``.
        function_words: Function word -> class (``sources/function_words.tsv``).
        gaps: ``gaps[i]`` is the text between token ``i - 1`` and token ``i``.
        speech: Reporting cues (:attr:`AgencyIndex.speech`).
        classes: Class -> its words (``sources/word_classes.tsv``: irregular past forms, coordinators,
            possessives, forms of "be" and "get", gerund links).
        targets: Tokens of the words to tie (harm or bound words).
    """

    tokens: Sequence[Token]
    agents: Mapping[int, Agent]
    stops: Mapping[int, str]
    function_words: Mapping[str, str]
    gaps: Sequence[str]
    speech: frozenset[str] = frozenset()
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    targets: frozenset[int] = frozenset()
    covered: frozenset[int] = field(init=False, default=frozenset())  # tokens inside an agent, read once

    def __post_init__(self) -> None:
        # A set, not a scan of every agent per token: a sentence of many actors stays linear.
        covered = frozenset(k for a in self.agents.values() for k in range(a.first, a.stop))
        object.__setattr__(self, "covered", covered)


def tie_match(
    text: str, start: int, end: int, subcategory: str, pattern: str, modifiers: tuple[str, ...], sentence: int
) -> Match:
    """The match an actor rule makes when it ties an actor to a word: ``text[start:end]`` spans both."""
    return Match(
        dimension=subcategory.split("/", 1)[0],
        subcategory=subcategory,
        pattern=pattern,
        start=start,
        end=end,
        text=text[start:end],
        weight=WEIGHT,
        modifiers=modifiers,
        lexicon="rules/agents.tsv",
        sentence=sentence,
    )


def on_tokens(tagged: Sequence[tuple[Match, T]], tokens: Sequence[Token]) -> list[tuple[Match, int, int, T]]:
    """Each (match, tag) with its first token and the token after its last; a match off token edges is left out."""
    placed = []
    for m, tag in tagged:
        first, last = token_starting(tokens, m.start), token_ending(tokens, m.end)
        if first is not None and last is not None:
            placed.append((m, first, last + 1, tag))
    return placed


# A sentence's tokens are in text order and do not overlap, so their starts (and their ends) ascend: a
# match's few tokens are found by bisection, with no map of every token's offsets built per sentence.
_START, _END = attrgetter("start"), attrgetter("end")


def token_starting(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token that starts at ``offset``, if one does."""
    k = bisect_left(tokens, offset, key=_START)
    return k if k < len(tokens) and tokens[k].start == offset else None


def tokens_starting_in(tokens: Sequence[Token], start: int, end: int) -> range:
    """The indices of the tokens that start at an offset in ``[start, end)``."""
    return range(bisect_left(tokens, start, key=_START), bisect_left(tokens, end, key=_START))


def token_ending(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token that ends at ``offset``, if one does."""
    k = bisect_left(tokens, offset, key=_END)
    return k if k < len(tokens) and tokens[k].end == offset else None
