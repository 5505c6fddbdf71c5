"""The file kinds of ``framing/lexicons/``: each a column schema whose rows become typed records.

Pattern lists (dimensions, modifiers, cues, sources, agents) become :class:`~framing.lexicon.Entry`
records, which the matcher reads; the other lists become the small records defined here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from framing.errors import LexiconError
from framing.lexicon.linear import LinePattern, compile_line_pattern
from framing.lexicon.model import (
    DEFAULT_THRESHOLD,
    MAX_WEIGHT,
    NEGATION_KEEP,
    ROW_NEGATION_KINDS,
    WEAK_REPEATS,
    AgentList,
    Entry,
    GrammarRule,
    Lexicon,
)
from framing.lexicon.schema import (
    NAME,
    NOTE,
    CellError,
    Column,
    File,
    Pattern,
    Schema,
    Table,
    choice,
    number,
    parse_pattern,
    parse_subcategory,
    read_table,
)
from framing.lexicon.vocabulary import (
    AGENT_KINDS,
    WORD_CLASSES,
)

PATTERN = Column("pattern", parse_pattern, unique=True)
SOURCE = Column("source")


def _entry(*, kind: str = "", weight: float = 1.0, label: str = "", **cells: Any) -> Entry:
    pattern: Pattern = cells["pattern"]
    return Entry(
        pattern.text, pattern.words, kind, weight, cells["source"], cells["note"], cells["line"], label
    )


# --- dimensions ------------------------------------------------------------------------------


def _check_weight(entry: Entry, raw: Mapping[str, str]) -> None:
    if entry.subcategory == "trap" and entry.weight != 0:
        raise CellError(f"a trap has weight 0, found {raw['weight']}")
    if entry.subcategory != "trap" and not 0 < entry.weight <= MAX_WEIGHT:
        raise CellError(
            f"weight {raw['weight']} is out of range; use a number above 0 "
            f"and at most {MAX_WEIGHT:g} (0 only with subcategory 'trap')"
        )


def _row_negation(text: str) -> tuple[tuple[str, str], ...]:
    """A row's ``negated`` cell: ``TARGET`` or ``KIND=TARGET`` items, comma-separated ("negator=drop").

    Kind-specific items come first, so they win over a bare target whatever the order written.
    """
    items: list[tuple[str, str]] = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        kind, _, target = item.rpartition("=")
        kind, target = kind.strip(), target.strip()
        if kind and kind not in ROW_NEGATION_KINDS:
            raise CellError(
                f"negated {item!r}: kind {kind!r} is unknown; use one of: {', '.join(ROW_NEGATION_KINDS)}"
            )
        if not NAME.fullmatch(target):
            raise CellError(f"negated {item!r}: name keep, drop or a dimension, optionally after KIND=")
        if any(k == kind for k, _ in items):
            raise CellError(f"negated {text!r} names {kind or 'every kind'} twice")
        items.append((kind, target))
    return tuple(sorted(items, key=lambda item: not item[0]))


def _dimension_entry(
    subcategory: str, weight: float, negated: tuple[tuple[str, str], ...], **cells: Any
) -> Entry:
    entry = _entry(kind=subcategory, weight=weight, **cells)
    return replace(entry, negated=negated) if negated else entry


DIMENSION = Schema(
    columns=(
        PATTERN,
        Column("subcategory", parse_subcategory),
        Column("weight", number("weight")),
        SOURCE,
        NOTE,
        Column("negated", _row_negation, optional=True),
    ),
    record=_dimension_entry,
    check=_check_weight,
)


def read_dimension(name: str, source: File, problems: list[str] | None = None) -> Lexicon:
    """A dimension file ``NAME.tsv``: header, then one entry per line.

    Args:
        name: The dimension, from the file name.
        source: The file and the name it is reported by.
        problems: ``None``: the first bad row raises. A list: bad rows are added to it and left out.
    """
    table = read_table(source, DIMENSION)
    if not NAME.fullmatch(name):
        raise table.fail(
            None, f"lexicon name {name!r} must be lowercase letters, digits and '_' (rename the file)"
        )
    table.require_all(("dimension", "description", "license"))  # all missing lines in one message
    declared = table.required("dimension")
    if declared != name:
        raise table.fail(
            None, f"header says 'dimension: {declared}' but the file is {name}.tsv; make them agree"
        )
    sources = table.sources()
    entries = table.records(problems)
    threshold_text = ((table.meta.get("threshold") or [str(DEFAULT_THRESHOLD)])[0].split() or [""])[0]
    try:
        threshold = number("threshold")(threshold_text)
    except CellError as error:
        raise table.fail(table.meta_lines.get("threshold", 0), str(error)) from None
    if threshold <= 0:
        raise table.fail(None, f"threshold {threshold_text} must be above 0")
    return Lexicon(
        name=name,
        description=table.required("description"),
        license=table.required("license"),
        negated=(table.meta.get("negated") or [NEGATION_KEEP])[0],
        sources=MappingProxyType(sources),
        entries=tuple(entries),
        origin=table.origin,
        threshold=threshold,
        weak_repeats=_weak_repeats(table),
    )


def _weak_repeats(table: Table[Entry]) -> str:
    """The ``# weak_repeats:`` header's first word (``each`` if absent), one of :data:`WEAK_REPEATS`."""
    text = ((table.meta.get("weak_repeats") or [WEAK_REPEATS[0]])[0].split() or [""])[0]
    if text not in WEAK_REPEATS:
        raise table.fail(
            table.meta_lines.get("weak_repeats", 0),
            f"weak_repeats {text!r} must be one of: {', '.join(WEAK_REPEATS)}",
        )
    return text


# --- modifiers -------------------------------------------------------------------------------


def _factor(above_one: bool) -> Column:
    def parse(text: str) -> float:
        factor = number("factor")(text)
        if above_one and not 1 < factor <= MAX_WEIGHT:
            raise CellError(f"intensifier factor {text} must be above 1 and at most {MAX_WEIGHT:g}")
        if not above_one and not 0 < factor < 1:
            raise CellError(f"diminisher factor {text} must be between 0 and 1")
        return factor

    return Column("factor", parse)


def factors(above_one: bool) -> Schema[Entry]:
    """``intensifiers.tsv`` (factors above 1) or ``diminishers.tsv`` (between 0 and 1)."""
    kind = "intensifier" if above_one else "diminisher"
    return Schema(
        columns=(PATTERN, _factor(above_one), SOURCE, NOTE),
        record=lambda factor, **cells: _entry(kind=kind, weight=factor, **cells),
    )


def kinds(
    kind_column: str, options: tuple[str, ...], stances: tuple[str, ...] | None = None
) -> Schema[Entry]:
    """A pattern list with a kind column (and, for cues, a stance column): negators, cues, sources..."""
    stance = (Column("stance", choice("stance", stances)),) if stances is not None else ()
    return Schema(
        columns=(PATTERN, Column(kind_column, choice(kind_column, options)), *stance, SOURCE, NOTE),
        record=lambda **cells: _entry(kind=cells.pop(kind_column), label=cells.pop("stance", ""), **cells),
    )


def _nonempty_channel(text: str) -> str:
    if not text:
        raise CellError("the channel name is empty")
    return text


CHANNELS = Schema(
    columns=(PATTERN, Column("channel", _nonempty_channel), SOURCE, NOTE),
    record=lambda channel, **cells: _entry(kind="channel", label=channel, **cells),
)

WORD_CLASS_ROWS = Schema(
    columns=(Column("pattern", parse_pattern), Column("class", choice("class", WORD_CLASSES)), SOURCE, NOTE),
    record=lambda **cells: _entry(kind=cells.pop("class"), **cells),
    unique_together=("pattern", "class"),
)
"""``word_classes.tsv``: a word may stand on several rows, once per class."""


def word_classes(
    entries: list[Entry], fallback: Mapping[str, frozenset[str]] | None = None
) -> Mapping[str, frozenset[str]]:
    """Class -> its words, for every class of :data:`WORD_CLASSES`.

    A class the rows do not list keeps the words ``fallback`` gives it: a user's ``word_classes.tsv``
    written before a class existed does not silently empty it.
    """
    words: dict[str, set[str]] = {name: set() for name in WORD_CLASSES}
    for e in entries:
        words[e.subcategory].add(e.pattern)
    listed = {e.subcategory for e in entries}
    return MappingProxyType(
        {
            name: frozenset(found) if name in listed or fallback is None else fallback[name]
            for name, found in words.items()
        }
    )


WORDS = Schema(columns=(PATTERN, SOURCE, NOTE), record=lambda pattern, **_: pattern.key)
"""A plain list of words or phrases (``name_particles.tsv``): the record is the normalized pattern."""


# --- segmentation ----------------------------------------------------------------------------


def _abbreviation(text: str) -> str:
    if not re.fullmatch(r"[a-z][a-z.]*", text) or text.endswith("."):
        raise CellError(
            f"abbreviation {text!r} must be lowercase letters "
            "(inner periods allowed, no final period), e.g. 'gov' or 'u.s'"
        )
    return text


def _regex(text: str) -> LinePattern:
    try:
        return compile_line_pattern(text)
    except ValueError as error:
        raise CellError(f"pattern {text!r} is not a valid regular expression ({error})") from None


ABBREVIATIONS = Schema(
    columns=(Column("abbreviation", _abbreviation), NOTE), record=lambda abbreviation, **_: abbreviation
)


def _scope(text: str) -> bool:
    """``line`` (or empty): whole lines only; ``sentence``: also each sentence of a content line."""
    if text not in ("", "line", "sentence"):
        raise CellError(f"scope {text!r} is unknown; use one of: line, sentence (or leave it empty)")
    return text == "sentence"


BOILERPLATE = Schema(
    columns=(Column("pattern", _regex), NOTE, Column("scope", _scope, optional=True)),
    record=lambda pattern, line, scope, **_: LinePattern(pattern.pattern, line, scope),
)


# --- speakers --------------------------------------------------------------------------------


def read_agents(source: File) -> AgentList:
    """``rules/agents.tsv``: agent words by kind, and the ``# harm:`` subcategories they can do."""
    table = read_table(source, kinds("kind", AGENT_KINDS))
    return AgentList(entries=tuple(table.records()), harm=_subcategories(table, "harm"))


def _subcategories(table: Table[Entry], key: str) -> frozenset[str]:
    """The ``dimension/subcategory`` names of the header ``# key: ...``, comma-separated."""
    names = set()
    for name in table.required(key).split(","):
        # A user lexicon may replace the dimension with other subcategories: names it lacks simply
        # find nothing, so only the form is checked here.
        if not re.fullmatch(r"[a-z][a-z0-9_]*/[a-z][a-z_]*", name.strip()):
            raise LexiconError(
                f"{table.origin}: '# {key}:' entry {name.strip()!r} is not 'dimension/subcategory', "
                "e.g. 'threat/attack'"
            )
        names.add(name.strip())
    return frozenset(names)


def read_grammar_rule(
    rules: File,
    verbs: frozenset[str],
    valid: tuple[str, ...],
    one_word: tuple[str, ...] = (),
    danger: bool = False,
) -> GrammarRule:
    """A grammar rule's file (words by kind, ``# match: dimension/subcategory weight``), with the verbs it reads.

    The rules read words as written, one token at a time for the kinds in ``one_word``: a row they could never
    match ('sanction*', a two-word response) is refused with its place, not loaded and silently ignored.
    With ``danger`` the file must also name the subcategories that are a danger (``# danger:``).
    """
    table = read_table(rules, kinds("kind", valid))
    for record in table.records():
        if "*" in record.pattern:
            raise LexiconError(
                f"{table.origin}:{record.line}: '{record.pattern}': a grammar rule's words are matched as written, "
                "with no '*' ending; list each form"
            )
        if record.subcategory in one_word and " " in record.pattern:
            raise LexiconError(
                f"{table.origin}:{record.line}: '{record.pattern}': a '{record.subcategory}' is one word; "
                "list a phrase's words under another kind or write one word"
            )
    match = re.fullmatch(r"([a-z][a-z0-9_]*/[a-z][a-z_]*)\s+(\d+(?:\.\d+)?)", table.required("match").strip())
    weight = float(match.group(2)) if match else 0.0
    if match is None or not 0 < weight <= MAX_WEIGHT:
        raise LexiconError(
            f"{table.origin}: '# match:' must be 'dimension/subcategory weight' with 0 < weight <= "
            f"{MAX_WEIGHT:g}, e.g. 'certainty/emphatic_do 1.0'"
        )
    return GrammarRule(
        words=MappingProxyType({e.pattern: e.subcategory for e in table.records()}),
        verbs=verbs,
        counts=match.group(1),
        weight=weight,
        danger=_subcategories(table, "danger") if danger else frozenset(),
    )
