"""Load the built-in lexicons, plus a user folder or dictionary file, into one :class:`LexiconSet`."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from framing.errors import LexiconError
from framing.lexicon import kinds, name_kinds
from framing.lexicon.linear import LinePattern, PatternTooLarge
from framing.lexicon.model import (
    BUILTIN,
    NEGATION_DROP,
    NEGATION_KEEP,
    NEGATOR_KINDS,
    CueLists,
    Entry,
    GrammarRule,
    Lexicon,
    LexiconSet,
)
from framing.lexicon.schema import File, R, Schema, read_bytes, read_table
from framing.lexicon.vocabulary import (
    CUE_KINDS,
    DETERRENCE_KINDS,
    EMPHASIS_KINDS,
    FUNCTION_CLASSES,
    INVERSION_KINDS,
    PRONOUN_REFERENTS,
    PROTECTION_KINDS,
    SOURCE_KINDS,
    STANCES,
)

# The sub-folders a user folder may hold; each file in them replaces the built-in file of its name.
USER_FOLDERS = ("modifiers", "segment", "sources", "rules")


def load_lexicons(directory: str | Path | None = None) -> LexiconSet:
    """Load the built-in lexicons, plus or overridden by a folder or a dictionary file.

    Args:
        directory: A folder of ``NAME.tsv`` dimension files and dictionaries in other formats (LIWC
            ``.dic``, ``.dicx``, Lexicoder ``.lc3``, WordStat ``.cat``, Yoshikoder ``.ykd``, YAML,
            Empath-style ``.tsv``, plain ``.txt`` word lists), optionally with ``modifiers/``,
            ``segment/``, ``sources/`` and ``rules/`` files; or one such file. A dimension named like a
            built-in one replaces it; a new name adds a dimension. Every file in the folder must be a
            lexicon: anything else is an error, never skipped.

    Returns:
        The validated, immutable lexicon set.

    Raises:
        LexiconError: A file is malformed; the message names the file, line and problem.
    """
    if directory is None:
        return _builtin_lexicons()
    # The importers of other formats load only for a user folder or file.
    from framing.lexicon.imports import format_of, supported

    path = Path(directory)
    if not path.exists():
        raise LexiconError(
            f"lexicon directory {str(path)!r} does not exist; pass a folder of NAME.tsv files or one "
            f"dictionary file ({supported()})"
        )
    if path.is_file() and format_of(path) is None:
        raise LexiconError(
            f"lexicon file {str(path)!r} is not a supported dictionary ({supported()}); "
            "pass a folder of NAME.tsv files or one dictionary file"
        )
    if path.is_dir() and not any(not p.name.startswith(".") for p in path.iterdir()):
        raise LexiconError(
            f"lexicon directory {str(path)!r} has no .tsv files; add NAME.tsv files or dictionaries "
            "(format in the lexicons README, see 'framing lexicon show threat')"
        )
    return _load(_builtin_root(), path)


def check_folders(directory: Path, dimensions: Mapping[str, Lexicon]) -> None:
    """Load the sub-folder files of a lexicon folder (``sources/``, ``rules/``...) apart from its dimension files.

    Args:
        directory: The lexicon folder.
        dimensions: The folder's dimensions as far as they could be read, besides the built-in ones (a
            rule's ``# match:`` may name one).

    Raises:
        LexiconError: The first problem of those files.
    """
    _load(_builtin_root(), directory, dimensions=False, extra=dimensions)


@functools.cache
def _builtin_lexicons() -> LexiconSet:
    return _load(_builtin_root(), None)


def _builtin_root() -> Traversable:
    return resources.files("framing").joinpath("lexicons")


def _user_files(user: Path, builtin: Traversable) -> tuple[list[Path], list[Path]]:
    """The dimension files and the dictionaries of a user folder; anything else is an error."""
    from framing.lexicon.imports import format_of, supported

    if user.is_file():
        text = read_bytes((user, str(user)))
        return ([user], []) if format_of(user, text) == "tsv" else ([], [user])
    own, foreign = [], []
    for path in sorted(user.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            _check_user_folder(path, builtin)
            continue
        found = format_of(path, read_bytes((path, str(path))))
        if found is None:
            raise LexiconError(
                f"{path}: not a lexicon file (framing reads {supported()}, and the folders "
                f"{', '.join(f + '/' for f in USER_FOLDERS)}); move it out of the lexicon folder"
            )
        (own if found == "tsv" else foreign).append(path)
    return own, foreign


def _check_user_folder(folder: Path, builtin: Traversable) -> None:
    if folder.name not in USER_FOLDERS:
        raise LexiconError(
            f"{folder}: not a folder framing reads; a lexicon folder may hold {', '.join(USER_FOLDERS)}"
        )
    names = sorted(f.name for f in builtin.joinpath(folder.name).iterdir() if f.name.endswith(".tsv"))
    for path in sorted(folder.iterdir()):
        if not path.name.startswith(".") and path.name not in names:
            raise LexiconError(
                f"{path}: not a file framing reads; {folder.name}/ may hold {', '.join(names)} "
                "(each replaces the built-in file of its name)"
            )


def _load(
    builtin: Traversable,
    user: Path | None,
    *,
    dimensions: bool = True,
    extra: Mapping[str, Lexicon] | None = None,
) -> LexiconSet:
    files, imported, replaced = _dimension_files(builtin, user, dimensions)
    imported = {**imported, **(extra or {})}
    lexicons = {
        name: imported[name] if name in imported else kinds.read_dimension(name, files[name])
        for name in _ordered({**files, **imported})
    }
    _check_negation_targets(lexicons)
    tables = _Tables(builtin, user)
    transliteration = name_kinds.transliteration(
        tables.read("sources", "transliteration", name_kinds.TRANSLITERATION)
    )
    classes = _word_classes(tables.pick("sources", "word_classes"), builtin)
    verbs = frozenset(tables.read("rules", "verbs", kinds.WORDS))  # read once, for both grammar rules
    # Read in argument order (speech after boilerplate): of several bad files, the first in it is reported.
    return LexiconSet(
        lexicons=MappingProxyType(lexicons),
        negators=tuple(tables.read("modifiers", "negators", kinds.kinds("kind", NEGATOR_KINDS))),
        intensifiers=tuple(tables.read("modifiers", "intensifiers", kinds.factors(above_one=True))),
        diminishers=tuple(tables.read("modifiers", "diminishers", kinds.factors(above_one=False))),
        abbreviations=frozenset(tables.read("segment", "abbreviations", kinds.ABBREVIATIONS)),
        boilerplate=_boilerplate(tables),
        speech=_speech(tables, transliteration, classes),
        agents=kinds.read_agents(tables.pick("rules", "agents")),
        emphasis=_grammar_rule(tables, "emphasis", EMPHASIS_KINDS, verbs, lexicons),
        inversion=_grammar_rule(tables, "inversion", INVERSION_KINDS, verbs, lexicons),
        deterrence=_grammar_rule(
            tables, "deterrence", DETERRENCE_KINDS, verbs, lexicons, one_word=("response",)
        ),
        protection=_grammar_rule(
            tables,
            "protection",
            PROTECTION_KINDS,
            verbs,
            lexicons,
            one_word=("verb", "object_verb", "preposition"),
            danger=True,
        ),
        origin=BUILTIN if user is None else f"{BUILTIN} + {user}",
        replaced=MappingProxyType(replaced),
    )


def _dimension_files(
    builtin: Traversable, user: Path | None, dimensions: bool
) -> tuple[dict[str, File], dict[str, Lexicon], dict[str, str]]:
    """The dimension files by name, the dimensions of dictionaries, and the built-ins replaced.

    A user's file replaces the built-in one of its name; the third item maps each such name to the file.
    Without ``dimensions`` only the user folder's sub-folders are checked: its dimensions are not read.
    """
    files: dict[str, File] = {
        f.name[:-4]: (f, f.name) for f in builtin.iterdir() if f.name.endswith(".tsv") and f.is_file()
    }
    if not files:
        raise LexiconError("the built-in lexicons are missing from the installed package; reinstall framing")
    imported: dict[str, Lexicon] = {}
    builtin_names = set(files)
    if user is not None and not dimensions:
        for folder in (p for p in user.iterdir() if p.is_dir() and not p.name.startswith(".")):
            _check_user_folder(folder, builtin)
    elif user is not None:
        from framing.lexicon.imports import read_lexicons

        own, foreign = _user_files(user, builtin)
        files.update({f.stem: (f, str(f)) for f in own})
        owners = {f.stem: str(f) for f in own}
        for path in foreign:
            for name, lexicon in read_lexicons(path).items():
                if name in owners:
                    raise LexiconError(
                        f"{path}: dimension {name!r} is also defined by {owners[name]}; rename one of them"
                    )
                owners[name] = str(path)
                imported[name] = lexicon
        # Sorted by name: the notes come in the same order whatever the folder listing's order.
        return files, imported, {n: owners[n] for n in sorted(owners) if n in builtin_names}
    return files, imported, {}


@dataclass(frozen=True, slots=True)
class _Tables:
    """The non-dimension tables: each from the user folder's sub-folder when it has one, else built-in."""

    builtin: Traversable
    user: Path | None

    def pick(self, folder: str, name: str) -> File:
        """The user's ``folder/name.tsv`` if there is one, else the built-in file."""
        mine = None if self.user is None or not self.user.is_dir() else self.user / folder / f"{name}.tsv"
        if mine is not None and mine.is_file():
            return mine, str(mine)
        return self.builtin.joinpath(folder, f"{name}.tsv"), f"{folder}/{name}.tsv"

    def read(self, folder: str, name: str, schema: Schema[R]) -> list[R]:
        """The records of the chosen ``folder/name.tsv``, checked against ``schema``."""
        return read_table(self.pick(folder, name), schema).records()


def _speech(
    tables: _Tables,
    transliteration: tuple[Mapping[str, str], Mapping[str, str]],
    classes: Mapping[str, frozenset[str]],
) -> CueLists:
    """The lists of sources/ that find who speaks: cues, channels, source words, pronouns and names."""
    return CueLists(
        cues=tuple(tables.read("sources", "cues", kinds.kinds("kind", CUE_KINDS, STANCES))),
        channels=tuple(tables.read("sources", "channels", kinds.CHANNELS)),
        sources=tuple(tables.read("sources", "sources", kinds.kinds("kind", SOURCE_KINDS))),
        pronouns=tuple(tables.read("sources", "pronouns", kinds.kinds("refers", PRONOUN_REFERENTS))),
        function_words=_classes(
            tables.read("sources", "function_words", kinds.kinds("class", FUNCTION_CLASSES))
        ),
        name_particles=frozenset(tables.read("sources", "name_particles", kinds.WORDS)),
        given_names=frozenset(tables.read("sources", "given_names", kinds.WORDS)),
        title_abbreviations=name_kinds.grouped(
            tables.read("sources", "title_abbreviations", name_kinds.TITLE_ABBREVIATIONS)
        ),
        aliases=MappingProxyType(dict(tables.read("sources", "aliases", name_kinds.ALIASES))),
        transliteration=transliteration,
        referents=name_kinds.grouped(tables.read("sources", "referents", name_kinds.REFERENTS)),
        nations=MappingProxyType(dict(tables.read("sources", "nations", name_kinds.NATIONS))),
        classes=classes,
    )


def _word_classes(chosen: File, builtin: Traversable) -> Mapping[str, frozenset[str]]:
    """The word classes of ``chosen``; a user file falls back on the built-in words class by class."""
    origin = "sources/word_classes.tsv"
    path = builtin.joinpath("sources", "word_classes.tsv")
    built_in = kinds.word_classes(read_table((path, origin), kinds.WORD_CLASS_ROWS).records())
    if chosen[1] == origin:
        return built_in
    return kinds.word_classes(read_table(chosen, kinds.WORD_CLASS_ROWS).records(), built_in)


def _boilerplate(tables: _Tables) -> tuple[LinePattern, ...]:
    """The boilerplate patterns; a user's are compiled at once, so one too large for RE2 stops the loading.

    The built-in patterns are compiled when lines are matched, each only when a line needs it.
    """
    chosen = tables.pick("segment", "boilerplate")
    patterns = tuple(read_table(chosen, kinds.BOILERPLATE).records())
    if chosen[1] != "segment/boilerplate.tsv":
        for pattern in patterns:
            # Matching compiles a pattern only when a line needs it; a user's is tried whole here.
            try:
                pattern.compiled  # noqa: B018 - compiling is the check
            except ValueError as error:
                raise LexiconError(
                    f"{chosen[1]}:{pattern.line}: {PatternTooLarge(pattern.pattern, str(error))}"
                ) from None
    return patterns


def _grammar_rule(
    tables: _Tables,
    name: str,
    valid: tuple[str, ...],
    verbs: frozenset[str],
    lexicons: Mapping[str, Lexicon],
    one_word: tuple[str, ...] = (),
    danger: bool = False,
) -> GrammarRule:
    """A grammar rule; its ``# match:`` must name a loaded dimension (a typo would switch it off)."""
    rules = tables.pick("rules", name)
    rule = kinds.read_grammar_rule(rules, verbs, valid, one_word, danger)
    dimension = rule.counts.split("/", 1)[0]
    if dimension not in lexicons:
        raise LexiconError(
            f"{rules[1]}: '# match: {rule.counts}' names no loaded dimension; use one of: {', '.join(lexicons)}"
        )
    return rule


def _classes(entries: list[Entry]) -> Mapping[str, str]:
    return MappingProxyType({e.pattern: e.subcategory for e in entries})


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
        # A row's own `negated` cell is held to the same names, with its line.
        for entry in lexicon.entries:
            for _, target in entry.negated:
                if target not in valid:
                    raise LexiconError(
                        f"{lexicon.origin}:{entry.line}: negated '{target}' names no loaded dimension; "
                        f"use keep, drop or one of: {', '.join(lexicons)}"
                    )
