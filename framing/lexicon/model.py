"""What the lexicon files become: entries, dimension lexicons and the immutable set the scorer reads."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from framing.errors import UnknownNameError
from framing.lexicon.vocabulary import WORD_CLASSES

if TYPE_CHECKING:
    from framing.lexicon.linear import LinePattern

BUILTIN = "built-in"
T = TypeVar("T")
DIMENSION_COLUMNS = ("pattern", "subcategory", "weight", "source")
NEGATOR_KINDS = (
    "negator",
    "preventive",
    "denial",
    "pseudo",
    "scope_break",
    "object_break",
    "origin",
    "copula",
    "definite",
    "impossible",
    "appeal",
    "refusal",
    "condition",
)
MAX_WEIGHT = 3.0
# A `negated:` header names another dimension or one of these.
NEGATION_KEEP, NEGATION_DROP = "keep", "drop"
ROW_NEGATION_KINDS = ("negator", "preventive", "denial", "impossible")
"""The negator kinds a dimension row's own ``negated`` cell may name (``negator=drop``)."""

IMPORT_FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "tsv": "the project's own TSV dimension file (NAME.tsv, see lexicons/README.md)",
        "dic": "LIWC .dic (percent-delimited category header; tabs or spaces)",
        "dicx": "LIWC-22 .dicx (CSV; X or a weight per category)",
        "lc3": "Lexicoder .lc3 (+CATEGORY lines)",
        "cat": "WordStat .cat (categories and TERM (1) lines, nested by tabs)",
        "ykd": "Yoshikoder .ykd (XML)",
        "yaml": "quanteda-style YAML (category: [terms])",
        "empath": "Empath-style TSV (category<TAB>term<TAB>term...)",
        "txt": "a plain word list: one term per line, the file name is the category",
    }
)
"""Dictionary format name -> what it is, for messages and ``--format`` (readers: :mod:`~framing.lexicon.imports`)."""
EXPORT_FORMATS = ("tsv", "dicx", "yaml")
"""Formats :func:`~framing.lexicon.writers.export_lexicons` writes (writers: :data:`~framing.lexicon.writers.WRITERS`)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a word list.

    Attributes:
        pattern: As written in the file ("according to", "attack*").
        words: Normalized words to match; a word ending in ``*`` matches any ending.
        subcategory: Short subcategory (``attack``) or, in ``negators.tsv``, the kind.
        weight: Weight of a match; for intensifiers and diminishers, the factor.
        source: Provenance key declared in the file header.
        note: Free-text note from the file.
        line: Line number in the file, for messages.
        label: A second category where a list has one: a cue's stance, a channel's display name.
        negated: A dimension row's own negation targets, ``(negator kind or "", target)`` pairs from its
            ``negated`` cell ("" applies to every kind); empty: the file's ``negated:`` header decides.
    """

    pattern: str
    words: tuple[str, ...]
    subcategory: str
    weight: float
    source: str
    note: str = ""
    line: int = 0
    label: str = ""
    negated: tuple[tuple[str, str], ...] = ()

    def negation_target(self, kind: str, default: str) -> str:
        """Where a match of this entry negated by a modifier of ``kind`` counts (``default``: the header's)."""
        for row_kind, target in self.negated:
            if row_kind in (kind, ""):
                return target
        return default


DEFAULT_THRESHOLD = 0.5
"""A dimension is "present" in a text whose score reaches its threshold; 0.5 is one weak cue."""
WEAK_REPEATS = ("each", "once")
"""Header ``# weak_repeats:``: whether a row weighed below the threshold counts at each match in a sentence
(default) or once (``framing/repeats.py``: the same weak word twice is no second cue)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word list of one dimension.

    ``threshold`` is the score from which the dimension counts as present (header ``# threshold:``,
    fixed in the file and recorded with how it was chosen; never tuned at evaluation time).
    ``weak_repeats`` (header ``# weak_repeats:``, one of :data:`WEAK_REPEATS`) says whether a row below
    the threshold counts at each of its matches in a sentence or once.
    """

    name: str
    description: str
    license: str
    negated: str
    sources: Mapping[str, str]
    entries: tuple[Entry, ...]
    origin: str
    threshold: float = DEFAULT_THRESHOLD
    weak_repeats: str = WEAK_REPEATS[0]

    @property
    def subcategories(self) -> tuple[str, ...]:
        """Subcategories in order of first appearance."""
        return tuple(dict.fromkeys(e.subcategory for e in self.entries))


@dataclass(frozen=True, slots=True)
class CueLists:
    """The lists that find who speaks (``lexicons/sources/``).

    Attributes:
        cues: Reporting cues; ``subcategory`` is the kind (:data:`CUE_KINDS`), ``label`` the stance.
        channels: Channels of speech; ``label`` is the channel's display name ("Telegram").
        sources: Source words; ``subcategory`` is the kind (:data:`SOURCE_KINDS`).
        pronouns: Pronouns; ``subcategory`` is what they refer to (:data:`PRONOUN_REFERENTS`).
        function_words: Function word -> its class (determiner, preposition, conjunction, auxiliary,
            adverb, negation, pronoun, other); never part of a name, even capitalized.
        name_particles: Lowercase words that may stand inside a name ("Ministry of Defence").
        given_names: Lowercase given names: an untitled name that opens with one is a person's ("Tony Blair").
        aliases: Normalized alias -> canonical display name, for names no spelling rule merges.
        nations: A country's name or adjective (lowercase: "ukraine", "ukrainian") -> the country, so
            that "Ukraine's leader" refers back to no leader the article showed to be of another country.
        transliteration: (Cyrillic letter -> Latin letters, Cyrillic letter -> Latin look-alike), to
            compare names across scripts: a mostly Cyrillic word is transliterated ("Кириshi" ->
            "kirishi"), a look-alike inside a mostly Latin word is read as the letter it imitates.
        classes: Class -> its words or phrases (``sources/word_classes.tsv``; a word may be in several);
            every class of :data:`WORD_CLASSES` is a key. A user file's classes replace the built-in
            ones class by class: a class it does not list keeps the built-in words.
        referents: Pronoun referent -> the source types it may refer to (``sources/referents.tsv``).
        title_abbreviations: An abbreviated title -> the titles it stands for ("sen" -> "senator"), so that
            "the senator said" refers back to "Sen. Lindsey Graham" (``sources/title_abbreviations.tsv``).
    """

    cues: tuple[Entry, ...]
    channels: tuple[Entry, ...]
    sources: tuple[Entry, ...]
    pronouns: tuple[Entry, ...]
    function_words: Mapping[str, str]
    name_particles: frozenset[str]
    aliases: Mapping[str, str]
    transliteration: tuple[Mapping[str, str], Mapping[str, str]]
    referents: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    nations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    classes: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType(dict.fromkeys(WORD_CLASSES, frozenset()))
    )
    given_names: frozenset[str] = frozenset()
    title_abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class AgentList:
    """The actors that can be the agent of a harm (``lexicons/rules/agents.tsv``), read by the agency rule.

    Attributes:
        entries: Agent words; ``subcategory`` is the kind (:data:`AGENT_KINDS`).
        harm: ``dimension/subcategory`` names (header ``# harm:``) whose matches are harm an agent can do.
    """

    entries: tuple[Entry, ...]
    harm: frozenset[str]


@dataclass(frozen=True)  # not slotted: functools.cached_property needs the instance __dict__
class GrammarRule:
    """A grammar rule's words: a file of ``rules/`` (emphasis, inversion, deterrence, protection), with ``rules/verbs.tsv``.

    Attributes:
        words: Word or phrase -> its kind (:data:`EMPHASIS_KINDS`, :data:`INVERSION_KINDS`,
            :data:`DETERRENCE_KINDS`, :data:`PROTECTION_KINDS`).
        verbs: Base forms of verbs, which the rule looks for after its auxiliary.
        counts: ``dimension/subcategory`` of the match the rule makes (header ``# match:``).
        weight: The match's weight (header ``# match:``).
        danger: ``dimension/subcategory`` names whose matches are a danger (header ``# danger:``; the
            protection rule's only).
    """

    words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    verbs: frozenset[str] = frozenset()
    counts: str = "certainty/emphatic_do"
    weight: float = 1.0
    danger: frozenset[str] = frozenset()

    @functools.cached_property
    def kinds(self) -> Mapping[str, frozenset[str]]:
        """Kind -> the rule's words of that kind ("response", "verb", "auxiliary"), read once."""
        found: dict[str, set[str]] = {}
        for word, kind in self.words.items():
            found.setdefault(kind, set()).add(word)
        return MappingProxyType({kind: frozenset(words) for kind, words in found.items()})

    def of_kind(self, kind: str) -> frozenset[str]:
        """The rule's words of one kind (none when the file lists no such word)."""
        return self.kinds.get(kind, frozenset())

    @functools.cached_property
    def auxiliaries(self) -> re.Pattern[str] | None:
        """One scan for the auxiliaries, so that most sentences are passed over in C (None: no rule)."""
        words = sorted(self.of_kind("auxiliary"))
        alternatives = "|".join(map(re.escape, words))
        return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if words else None

    def entry(self, words: tuple[str, str], placeholder: str, origin: str) -> Entry:
        """The entry a match of the rule is reported as: ``word + <placeholder>``, weighed as the header says."""
        return Entry(
            pattern=f"{words[0]} + <{placeholder}>",
            words=words,
            subcategory=self.counts.partition("/")[2],
            weight=self.weight,
            source="grammar",
            note=origin,
        )


@dataclass(frozen=True, eq=False)
class LexiconSet:
    """Everything the scorer reads from data files, validated and immutable.

    Attributes:
        lexicons: Dimension name -> lexicon, in a stable order (built-ins first).
        negators: Entries of ``modifiers/negators.tsv``; ``subcategory`` holds the kind.
        intensifiers: Entries of ``modifiers/intensifiers.tsv``; ``weight`` holds the factor (> 1).
        diminishers: Entries of ``modifiers/diminishers.tsv``; ``weight`` holds the factor (< 1).
        abbreviations: Punkt abbreviation types (lowercase, no final period).
        boilerplate: Whole-line patterns of non-content lines, matched in linear time.
        speech: The lists that find quotations' and claims' sources.
        agents: The actors the responsibility rule ties to harm words.
        emphasis: The emphatic-do rule's words (no rule when empty).
        inversion: The inverted-condition rule's words ("should China offer"; no rule when empty).
        deterrence: The deterrence-conditional rule's words ("sanctions in the event of an invasion";
            no rule when empty).
        protection: The protection rule's words ("protect civilians from shelling"; no rule when empty).
        origin: Where the set came from: ``built-in`` or ``built-in + DIR``.
        replaced: Built-in dimension name -> the user file that replaced it (a file named like a
            built-in lexicon, e.g. an exported ``threat.yaml`` read back); the CLI says so on stderr.
    """

    lexicons: Mapping[str, Lexicon]
    negators: tuple[Entry, ...]
    intensifiers: tuple[Entry, ...]
    diminishers: tuple[Entry, ...]
    abbreviations: frozenset[str]
    boilerplate: tuple[LinePattern, ...]
    speech: CueLists
    agents: AgentList
    emphasis: GrammarRule = GrammarRule()
    inversion: GrammarRule = GrammarRule(counts="hedging/conditional")
    deterrence: GrammarRule = GrammarRule(counts="reassurance/deterrence")
    protection: GrammarRule = GrammarRule(counts="reassurance/protective_measure")
    origin: str = BUILTIN
    replaced: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # What later stages compute from the set (indexes, word sets), kept with it: see `derived`.
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Names of the dimensions scored, in output order."""
        return tuple(self.lexicons)

    @functools.cached_property
    def definites(self) -> frozenset[str]:
        """Words of ``negators.tsv`` of kind ``definite`` ("the", "this", "his"), read by the negation rules."""
        return frozenset(e.pattern for e in self.negators if e.subcategory == "definite")

    def derived(self, build: Callable[[LexiconSet], T]) -> T:
        """``build(self)``, computed on first use and kept in this set for its lifetime.

        The stages that read the set (matching, attribution, agency) derive indexes and word sets from
        it; keeping them here, keyed by the builder, ties them to the set they come from instead of to
        a module-level cache. One derived value grows while it is used: the attribution's name keys
        (``framing.attribution.base.name_keys``), a bounded memo of each name word's folded spelling. A
        key depends on the spelling alone, so articles scored with one set give what each gives alone.
        """
        key = _derived_key(build)
        try:
            return self._derived[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    def __getitem__(self, name: str) -> Lexicon:
        try:
            return self.lexicons[name]
        except KeyError:
            raise UnknownNameError("lexicon", name, self.lexicons) from None

    def __iter__(self) -> Iterator[Lexicon]:
        return iter(self.lexicons.values())

    def __len__(self) -> int:
        return len(self.lexicons)

    def __repr__(self) -> str:
        # the dataclass repr printed every entry and word class (1.8 million characters, new-user trial)
        sizes = ", ".join(f"{name}: {len(lexicon.entries)}" for name, lexicon in self.lexicons.items())
        return f"LexiconSet(origin={self.origin!r}, rows per dimension: {sizes})"


def _derived_key(build: Callable[[LexiconSet], Any]) -> str:
    return f"{build.__module__}.{build.__qualname__}"


def derived(build: Callable[[LexiconSet], T]) -> Callable[[LexiconSet], T]:
    """Decorate a function of a lexicon set so its result is computed once per set and kept in it."""
    key = _derived_key(build)  # made once here: the stages call their derived values per sentence

    @functools.wraps(build)
    def get(lexicons: LexiconSet) -> T:
        try:
            return lexicons._derived[key]  # type: ignore[no-any-return]
        except KeyError:
            return lexicons.derived(build)

    return get
