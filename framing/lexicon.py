"""Load and validate the lexicons: dimension word lists, modifiers and segmentation lists.

The files are data (see ``lexicons/README.md`` for the format). The built-in ones ship inside the
package and are found with :mod:`importlib.resources`; a user directory adds or replaces files by name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from framing.errors import LexiconError, UnknownNameError
from framing.tokenize import pattern_words

BUILTIN = "built-in"
DIMENSION_COLUMNS = ("pattern", "subcategory", "weight", "source")
NEGATOR_KINDS = ("negator", "preventive", "denial", "pseudo", "scope_break", "copula")
MAX_WEIGHT = 3.0
# A `negated:` header names another dimension or one of these.
NEGATION_KEEP, NEGATION_DROP = "keep", "drop"

_PATTERN = re.compile(r"[a-z0-9'’][a-z0-9'’\-]*\*?(?: [a-z0-9'’][a-z0-9'’\-]*\*?)*")
_SUBCATEGORY = re.compile(r"[a-z][a-z_]*")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_META = re.compile(r"#\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")


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
    """

    pattern: str
    words: tuple[str, ...]
    subcategory: str
    weight: float
    source: str
    note: str = ""
    line: int = 0
    label: str = ""


DEFAULT_THRESHOLD = 0.5
"""A dimension is "present" in a text whose score reaches its threshold; 0.5 is one weak cue."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word list of one dimension.

    ``threshold`` is the score from which the dimension counts as present (header ``# threshold:``,
    fixed in the file and recorded with how it was chosen; never tuned at evaluation time).
    """

    name: str
    description: str
    license: str
    negated: str
    sources: Mapping[str, str]
    entries: tuple[Entry, ...]
    origin: str
    threshold: float = DEFAULT_THRESHOLD

    @property
    def subcategories(self) -> tuple[str, ...]:
        """Subcategories in order of first appearance."""
        return tuple(dict.fromkeys(e.subcategory for e in self.entries))


CUE_KINDS = ("verb", "phrase", "attitude", "according_to", "vague", "noun")
STANCES = ("neutral", "assertive", "alarm", "contesting", "tentative")
SOURCE_KINDS = ("vague", "role", "title", "media", "institution", "place")
PRONOUN_REFERENTS = ("male", "female", "plural", "neuter", "first", "second")
WORD_CLASSES = ("article", "possessive", "coordinator", "leader", "not_source")
AGENT_KINDS = ("state", "forces", "demonym", "leader", "pronoun", "not_agent", "boundary", "passive")
FUNCTION_CLASSES = (
    "determiner",
    "preposition",
    "conjunction",
    "auxiliary",
    "adverb",
    "negation",
    "pronoun",
    "other",
)


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
        aliases: Normalized alias -> canonical display name, for names no spelling rule merges.
        transliteration: (Cyrillic letter -> Latin letters, Cyrillic letter -> Latin look-alike), to
            compare names across scripts: a mostly Cyrillic word is transliterated ("Кириshi" ->
            "kirishi"), a look-alike inside a mostly Latin word is read as the letter it imitates.
        word_classes: Word or phrase -> its class for the attribution rules (:data:`WORD_CLASSES`).
        referents: Pronoun referent -> the source types it may refer to (``sources/referents.tsv``).
    """

    cues: tuple[Entry, ...]
    channels: tuple[Entry, ...]
    sources: tuple[Entry, ...]
    pronouns: tuple[Entry, ...]
    function_words: Mapping[str, str]
    name_particles: frozenset[str]
    aliases: Mapping[str, str]
    transliteration: tuple[Mapping[str, str], Mapping[str, str]]
    word_classes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    referents: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class AgentList:
    """The actors that can be the agent of a harm (``lexicons/rules/agents.tsv``), read by the agency rule.

    Attributes:
        entries: Agent words; ``subcategory`` is the kind (:data:`AGENT_KINDS`).
        harm: ``dimension/subcategory`` names (header ``# harm:``) whose matches are harm an agent can do.
    """

    entries: tuple[Entry, ...]
    harm: frozenset[str]


@dataclass(frozen=True, eq=False)
class LexiconSet:
    """Everything the scorer reads from data files, validated and immutable.

    Attributes:
        lexicons: Dimension name -> lexicon, in a stable order (built-ins first).
        negators: Entries of ``modifiers/negators.tsv``; ``subcategory`` holds the kind.
        intensifiers: Entries of ``modifiers/intensifiers.tsv``; ``weight`` holds the factor (> 1).
        diminishers: Entries of ``modifiers/diminishers.tsv``; ``weight`` holds the factor (< 1).
        abbreviations: Punkt abbreviation types (lowercase, no final period).
        boilerplate: Whole-line patterns of non-content lines.
        speech: The lists that find quotations' and claims' sources.
        agents: The actors the responsibility rule ties to harm words.
        origin: Where the set came from: ``built-in`` or ``built-in + DIR``.
    """

    lexicons: Mapping[str, Lexicon]
    negators: tuple[Entry, ...]
    intensifiers: tuple[Entry, ...]
    diminishers: tuple[Entry, ...]
    abbreviations: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    speech: CueLists
    agents: AgentList
    origin: str = BUILTIN

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Names of the dimensions scored, in output order."""
        return tuple(self.lexicons)

    def __getitem__(self, name: str) -> Lexicon:
        try:
            return self.lexicons[name]
        except KeyError:
            raise UnknownNameError("lexicon", name, self.lexicons) from None

    def __iter__(self) -> Iterator[Lexicon]:
        return iter(self.lexicons.values())

    def __len__(self) -> int:
        return len(self.lexicons)


def load_lexicons(directory: str | Path | None = None) -> LexiconSet:
    """Load the built-in lexicons, plus or overridden by the files of ``directory``.

    Args:
        directory: A folder of ``NAME.tsv`` dimension files (and optionally ``modifiers/`` and
            ``segment/`` files). A file named like a built-in one replaces it; a new name adds a
            dimension.

    Returns:
        The validated, immutable lexicon set.

    Raises:
        LexiconError: A file is malformed; the message names the file, line and problem.
    """
    if directory is None:
        return _builtin_lexicons()
    path = Path(directory)
    if not path.is_dir():
        what = "does not exist" if not path.exists() else "is not a directory"
        raise LexiconError(f"lexicon directory {str(path)!r} {what}; pass a folder of NAME.tsv files")
    user_files = sorted(path.glob("*.tsv"))
    user_modifiers = [path / "modifiers" / f"{n}.tsv" for n in ("negators", "intensifiers", "diminishers")]
    user_segment = [path / "segment" / f"{n}.tsv" for n in ("abbreviations", "boilerplate")]
    user_sources = [*(path / "sources").glob("*.tsv"), path / "rules" / "agents.tsv"]
    if not user_files and not any(p.is_file() for p in user_modifiers + user_segment + user_sources):
        raise LexiconError(
            f"lexicon directory {str(path)!r} has no .tsv files; add NAME.tsv files "
            "(format in the lexicons README, see 'framing lexicon show threat')"
        )
    return _load(_builtin_root(), path)


@functools.cache
def _builtin_lexicons() -> LexiconSet:
    return _load(_builtin_root(), None)


def _builtin_root() -> Traversable:
    return resources.files("framing").joinpath("lexicons")


def _load(builtin: Traversable, user: Path | None) -> LexiconSet:
    files: dict[str, _File] = {
        f.name[:-4]: (f, f.name) for f in builtin.iterdir() if f.name.endswith(".tsv") and f.is_file()
    }
    if not files:
        raise LexiconError("the built-in lexicons are missing from the installed package; reinstall framing")
    if user is not None:
        files.update({f.stem: (f, str(f)) for f in sorted(user.glob("*.tsv"))})

    lexicons = {}
    for name in _ordered(files):
        lexicons[name] = _parse_dimension(name, files[name])
    _check_negation_targets(lexicons)

    def pick(folder: str, name: str) -> _File:
        mine = None if user is None else user / folder / f"{name}.tsv"
        if mine is not None and mine.is_file():
            return mine, str(mine)
        return builtin.joinpath(folder, f"{name}.tsv"), f"{folder}/{name}.tsv"

    transliteration = _parse_transliteration(pick("sources", "transliteration"))
    return LexiconSet(
        lexicons=MappingProxyType(lexicons),
        negators=_parse_kinds(pick("modifiers", "negators"), ("pattern", "kind", "source"), NEGATOR_KINDS),
        intensifiers=_parse_factors(pick("modifiers", "intensifiers"), above_one=True),
        diminishers=_parse_factors(pick("modifiers", "diminishers"), above_one=False),
        abbreviations=_parse_abbreviations(pick("segment", "abbreviations")),
        boilerplate=_parse_boilerplate(pick("segment", "boilerplate")),
        speech=CueLists(
            cues=_parse_kinds(
                pick("sources", "cues"), ("pattern", "kind", "stance", "source"), CUE_KINDS, STANCES
            ),
            channels=_parse_channels(pick("sources", "channels")),
            sources=_parse_kinds(pick("sources", "sources"), ("pattern", "kind", "source"), SOURCE_KINDS),
            pronouns=_parse_kinds(
                pick("sources", "pronouns"), ("pattern", "refers", "source"), PRONOUN_REFERENTS
            ),
            function_words=MappingProxyType(
                {
                    e.pattern: e.subcategory
                    for e in _parse_kinds(
                        pick("sources", "function_words"), ("pattern", "class", "source"), FUNCTION_CLASSES
                    )
                }
            ),
            name_particles=_parse_words(pick("sources", "name_particles")),
            aliases=_parse_aliases(pick("sources", "aliases")),
            transliteration=transliteration,
            word_classes=MappingProxyType(
                {
                    e.pattern: e.subcategory
                    for e in _parse_kinds(
                        pick("sources", "word_classes"), ("pattern", "class", "source"), WORD_CLASSES
                    )
                }
            ),
            referents=_parse_referents(pick("sources", "referents")),
        ),
        agents=_parse_agents(pick("rules", "agents")),
        origin=BUILTIN if user is None else f"{BUILTIN} + {user}",
    )


_CORE_ORDER = ("reassurance", "threat", "hedging", "attribution", "certainty", "responsibility")


def _ordered(names: Mapping[str, object]) -> list[str]:
    core = [n for n in _CORE_ORDER if n in names]
    return core + sorted(n for n in names if n not in _CORE_ORDER)


def _check_negation_targets(lexicons: Mapping[str, Lexicon]) -> None:
    valid = {NEGATION_KEEP, NEGATION_DROP, *lexicons}
    for lexicon in lexicons.values():
        if lexicon.negated not in valid:
            raise LexiconError(
                f"{lexicon.origin}: 'negated: {lexicon.negated}' names no loaded dimension; "
                f"use keep, drop or one of: {', '.join(lexicons)}"
            )


# --- reading files ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Table:
    origin: str
    meta: dict[str, list[str]]
    rows: list[tuple[int, list[str]]]


_File = tuple[Traversable | Path, str]
"""A file to read and how messages name it: relative for built-ins ("modifiers/negators.tsv")."""


def _read_table(source: _File, columns: tuple[str, ...], optional: tuple[str, ...]) -> _Table:
    file, origin = source
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{origin}: file not found; restore it or reinstall framing") from None
    except OSError as error:
        raise LexiconError(f"{origin}: cannot be read ({error.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LexiconError(
            f"{origin}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8"
        ) from None

    meta: dict[str, list[str]] = {}
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    expected = "<TAB>".join(columns + optional)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _META.match(line)
            if found and not header_seen:
                meta.setdefault(found.group(1).lower(), []).append(found.group(2))
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells[: len(columns)]) != columns:
                raise LexiconError(
                    f"{origin}:{number}: expected the column row '{expected}' before the entries, "
                    f"found {line[:60]!r}"
                )
            header_seen = True
            continue
        if not len(columns) <= len(cells) <= len(columns) + len(optional):
            hint = "; are the columns separated by spaces instead of tabs?" if len(cells) == 1 else ""
            raise LexiconError(
                f"{origin}:{number}: expected {len(columns)} tab-separated columns "
                f"({', '.join(columns)}), found {len(cells)}{hint}"
            )
        rows.append((number, cells + [""] * (len(columns) + len(optional) - len(cells))))
    if not header_seen:
        raise LexiconError(f"{origin}: no column row '{expected}' and no entries")
    if not rows:
        raise LexiconError(f"{origin}: no entries below the column row")
    return _Table(origin, meta, rows)


def _sources(table: _Table) -> dict[str, str]:
    sources = {}
    for value in table.meta.get("source", []):
        key, sep, citation = value.partition("=")
        if not sep or not key.strip() or not citation.strip():
            raise LexiconError(
                f"{table.origin}: source header {value!r} must read '# source: KEY = citation'"
            )
        sources[key.strip()] = citation.strip()
    if not sources:
        raise LexiconError(
            f"{table.origin}: no '# source: KEY = citation' line in the header; every list needs its provenance"
        )
    return sources


def _required(table: _Table, key: str) -> str:
    values = table.meta.get(key)
    if not values or not values[0]:
        raise LexiconError(f"{table.origin}: header line '# {key}: ...' is missing")
    return values[0]


def _check_source(table: _Table, number: int, key: str, sources: Mapping[str, str]) -> None:
    if key not in sources:
        raise LexiconError(
            f"{table.origin}:{number}: source {key!r} is not declared; declared sources: "
            f"{', '.join(sources)} (add '# source: {key} = citation' to the header)"
        )


def _check_pattern(table: _Table, number: int, pattern: str, seen: dict[str, int]) -> tuple[str, ...]:
    if not _PATTERN.fullmatch(pattern):
        raise LexiconError(
            f"{table.origin}:{number}: pattern {pattern!r} is not lowercase words separated by single "
            "spaces (a word may end in '*')"
        )
    words = pattern_words(pattern)
    for word in words:
        if word.endswith("*") and len(re.sub(r"[^a-z]", "", word)) < 3:
            raise LexiconError(
                f"{table.origin}:{number}: wildcard {word!r} is too broad; give at least 3 letters before '*'"
            )
    key = " ".join(words)
    if key in seen:
        raise LexiconError(f"{table.origin}:{number}: pattern {pattern!r} repeats line {seen[key]}")
    seen[key] = number
    return words


def _number(table: _Table, number: int, column: str, value: str) -> float:
    try:
        result = float(value)
    except ValueError:
        raise LexiconError(f"{table.origin}:{number}: {column} {value!r} is not a number") from None
    if result != result or result in (float("inf"), float("-inf")):
        raise LexiconError(f"{table.origin}:{number}: {column} {value!r} is not a finite number")
    return result


def _parse_dimension(name: str, source: _File) -> Lexicon:
    table = _read_table(source, DIMENSION_COLUMNS, ("note",))
    if not _NAME.fullmatch(name):
        raise LexiconError(
            f"{table.origin}: lexicon name {name!r} must be lowercase letters, digits and '_' "
            "(rename the file)"
        )
    declared = _required(table, "dimension")
    if declared != name:
        raise LexiconError(
            f"{table.origin}: header says 'dimension: {declared}' but the file is {name}.tsv; make them agree"
        )
    sources = _sources(table)
    entries = []
    seen: dict[str, int] = {}
    for number, (pattern, subcategory, weight_text, source, note) in table.rows:
        words = _check_pattern(table, number, pattern, seen)
        if not _SUBCATEGORY.fullmatch(subcategory):
            raise LexiconError(
                f"{table.origin}:{number}: subcategory {subcategory!r} must be lowercase letters and '_'"
            )
        weight = _number(table, number, "weight", weight_text)
        if subcategory == "trap" and weight != 0:
            raise LexiconError(f"{table.origin}:{number}: a trap has weight 0, found {weight_text}")
        if subcategory != "trap" and not 0 < weight <= MAX_WEIGHT:
            raise LexiconError(
                f"{table.origin}:{number}: weight {weight_text} is out of range; use a number above 0 "
                f"and at most {MAX_WEIGHT:g} (0 only with subcategory 'trap')"
            )
        _check_source(table, number, source, sources)
        entries.append(Entry(pattern, words, subcategory, weight, source, note, number))
    threshold_text = (table.meta.get("threshold") or [str(DEFAULT_THRESHOLD)])[0].split()[0]
    threshold = _number(table, 0, "threshold", threshold_text)
    if threshold <= 0:
        raise LexiconError(f"{table.origin}: threshold {threshold_text} must be above 0")
    return Lexicon(
        name=name,
        description=_required(table, "description"),
        license=_required(table, "license"),
        negated=(table.meta.get("negated") or [NEGATION_KEEP])[0],
        sources=MappingProxyType(sources),
        entries=tuple(entries),
        origin=table.origin,
        threshold=threshold,
    )


def _parse_factors(source: _File, *, above_one: bool) -> tuple[Entry, ...]:
    table = _read_table(source, ("pattern", "factor", "source"), ("note",))
    sources = _sources(table)
    kind = "intensifier" if above_one else "diminisher"
    entries = []
    seen: dict[str, int] = {}
    for number, (pattern, factor_text, source, note) in table.rows:
        words = _check_pattern(table, number, pattern, seen)
        factor = _number(table, number, "factor", factor_text)
        if above_one and not 1 < factor <= MAX_WEIGHT:
            raise LexiconError(
                f"{table.origin}:{number}: intensifier factor {factor_text} must be above 1 and at most {MAX_WEIGHT:g}"
            )
        if not above_one and not 0 < factor < 1:
            raise LexiconError(
                f"{table.origin}:{number}: diminisher factor {factor_text} must be between 0 and 1"
            )
        _check_source(table, number, source, sources)
        entries.append(Entry(pattern, words, kind, factor, source, note, number))
    return tuple(entries)


def _parse_abbreviations(source: _File) -> frozenset[str]:
    table = _read_table(source, ("abbreviation",), ("note",))
    _sources(table)
    abbreviations = set()
    for number, (abbreviation, _note) in table.rows:
        if not re.fullmatch(r"[a-z][a-z.]*", abbreviation) or abbreviation.endswith("."):
            raise LexiconError(
                f"{table.origin}:{number}: abbreviation {abbreviation!r} must be lowercase letters "
                "(inner periods allowed, no final period), e.g. 'gov' or 'u.s'"
            )
        abbreviations.add(abbreviation)
    return frozenset(abbreviations)


def _parse_boilerplate(source: _File) -> tuple[re.Pattern[str], ...]:
    table = _read_table(source, ("pattern",), ("note",))
    _sources(table)
    patterns = []
    for number, (pattern, _note) in table.rows:
        try:
            patterns.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise LexiconError(
                f"{table.origin}:{number}: pattern {pattern!r} is not a valid regular expression ({error})"
            ) from None
    return tuple(patterns)


def _parse_kinds(
    source: _File,
    columns: tuple[str, ...],
    kinds: tuple[str, ...] | None,
    stances: tuple[str, ...] | None = None,
) -> tuple[Entry, ...]:
    """A list of patterns with a kind column (and, for cues, a stance column)."""
    table = _read_table(source, columns, ("note",))
    sources = _sources(table)
    kind_column = columns[1]
    entries = []
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        pattern, kind = cells[0], cells[1]
        stance = cells[2] if stances is not None else ""
        provenance, note = cells[len(columns) - 1], cells[len(columns)]
        words = _check_pattern(table, number, pattern, seen)
        if kinds is not None and kind not in kinds:
            raise LexiconError(
                f"{table.origin}:{number}: {kind_column} {kind!r} is unknown; use one of: {', '.join(kinds)}"
            )
        if stances is not None and stance not in stances:
            raise LexiconError(
                f"{table.origin}:{number}: stance {stance!r} is unknown; use one of: {', '.join(stances)}"
            )
        _check_source(table, number, provenance, sources)
        entries.append(Entry(pattern, words, kind, 1.0, provenance, note, number, stance))
    return tuple(entries)


def _parse_agents(source: _File) -> AgentList:
    table = _read_table(source, ("pattern", "kind", "source"), ("note",))
    harm = set()
    for name in _required(table, "harm").split(","):
        # A user lexicon may replace the harm dimension with other subcategories: names it lacks
        # simply find nothing, so only the form is checked here.
        if not re.fullmatch(r"[a-z][a-z0-9_]*/[a-z][a-z_]*", name.strip()):
            raise LexiconError(
                f"{table.origin}: '# harm:' entry {name.strip()!r} is not 'dimension/subcategory', "
                "e.g. 'threat/attack'"
            )
        harm.add(name.strip())
    entries = _parse_kinds(source, ("pattern", "kind", "source"), AGENT_KINDS)
    return AgentList(entries=entries, harm=frozenset(harm))


def _parse_channels(source: _File) -> tuple[Entry, ...]:
    table = _read_table(source, ("pattern", "channel", "source"), ("note",))
    sources = _sources(table)
    entries = []
    seen: dict[str, int] = {}
    for number, (pattern, channel, provenance, note) in table.rows:
        words = _check_pattern(table, number, pattern, seen)
        if not channel:
            raise LexiconError(f"{table.origin}:{number}: the channel name is empty")
        _check_source(table, number, provenance, sources)
        entries.append(Entry(pattern, words, "channel", 1.0, provenance, note, number, channel))
    return tuple(entries)


def _parse_aliases(source: _File) -> Mapping[str, str]:
    table = _read_table(source, ("alias", "canonical", "source"), ("note",))
    sources = _sources(table)
    aliases: dict[str, str] = {}
    for number, (alias, canonical, provenance, _note) in table.rows:
        if not alias or not canonical:
            raise LexiconError(f"{table.origin}:{number}: alias and canonical name must both be filled")
        _check_source(table, number, provenance, sources)
        aliases[" ".join(alias.split())] = canonical
    return MappingProxyType(aliases)


def _parse_transliteration(source: _File) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Cyrillic -> Latin transliteration, and Cyrillic -> the Latin letter it looks like."""
    table = _read_table(source, ("cyrillic", "latin", "lookalike", "source"), ("note",))
    sources = _sources(table)
    letters: dict[str, str] = {}
    lookalikes: dict[str, str] = {}
    for number, (cyrillic, latin, lookalike, provenance, _note) in table.rows:
        if len(cyrillic) != 1 or not latin.isascii() or len(lookalike) > 1 or not lookalike.isascii():
            raise LexiconError(
                f"{table.origin}:{number}: expected one Cyrillic letter, its Latin letters and at most one "
                "Latin look-alike letter"
            )
        _check_source(table, number, provenance, sources)
        for letter in (cyrillic, cyrillic.upper()):
            letters[letter] = latin
            if lookalike:
                lookalikes[letter] = lookalike
    return MappingProxyType(letters), MappingProxyType(lookalikes)


def _parse_referents(source: _File) -> Mapping[str, tuple[str, ...]]:
    """Pronoun referent -> the source types it may stand for."""
    table = _read_table(source, ("refers", "source_type", "source"), ("note",))
    sources = _sources(table)
    referents: dict[str, tuple[str, ...]] = {}
    for number, (refers, source_type, provenance, _note) in table.rows:
        if refers not in PRONOUN_REFERENTS or source_type not in _REFERENT_SOURCE_TYPES:
            raise LexiconError(
                f"{table.origin}:{number}: expected a referent ({', '.join(PRONOUN_REFERENTS)}) and a source "
                f"type ({', '.join(_REFERENT_SOURCE_TYPES)})"
            )
        _check_source(table, number, provenance, sources)
        referents[refers] = (*referents.get(refers, ()), source_type)
    return MappingProxyType(referents)


_REFERENT_SOURCE_TYPES = ("named_person", "named_institution", "role_only", "vague", "media")


def _parse_words(source: _File) -> frozenset[str]:
    table = _read_table(source, ("pattern", "source"), ("note",))
    sources = _sources(table)
    seen: dict[str, int] = {}
    for number, (pattern, provenance, _note) in table.rows:
        _check_pattern(table, number, pattern, seen)
        _check_source(table, number, provenance, sources)
    return frozenset(seen)
