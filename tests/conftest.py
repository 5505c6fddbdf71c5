from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import pytest

from framing import Entry, Lexicon, LexiconSet, load_lexicons
from framing.tokenize import pattern_words

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def write_rule(folder: Path, name: str, match: str, rows: Sequence[str]) -> Path:
    """A user's grammar rule file ``folder/rules/NAME.tsv``: its ``# match:``, a source ``own`` and ``rows``.

    Each row is ``pattern<TAB>kind``; the header is line 3, so the first row is line 4 in messages.
    """
    (folder / "rules").mkdir(exist_ok=True)
    path = folder / "rules" / f"{name}.tsv"
    body = "".join(f"{row}\town\n" for row in rows)
    path.write_text(
        f"# match: {match}\n# source: own = test\npattern\tkind\tsource\n{body}", encoding="utf-8"
    )
    return path


def make_lexicons(
    dimensions: Mapping[str, Sequence[tuple[str, str, float]]],
    negated: Mapping[str, str] | None = None,
) -> LexiconSet:
    """A lexicon set with only the given entries, and the built-in modifiers and segment lists."""
    builtin = load_lexicons()
    negated = negated or {}
    lexicons = {
        name: Lexicon(
            name=name,
            description=name,
            license="test",
            negated=negated.get(name, "keep"),
            sources=MappingProxyType({"test": "test"}),
            entries=tuple(
                Entry(p, pattern_words(p), sub, w, "test", "", n)
                for n, (p, sub, w) in enumerate(entries, start=1)
            ),
            origin=f"{name}.tsv",
        )
        for name, entries in dimensions.items()
    }
    return LexiconSet(
        lexicons=MappingProxyType(lexicons),
        negators=builtin.negators,
        intensifiers=builtin.intensifiers,
        diminishers=builtin.diminishers,
        abbreviations=builtin.abbreviations,
        boilerplate=builtin.boilerplate,
        speech=builtin.speech,
        agents=builtin.agents,
        origin="test",
    )


@pytest.fixture(scope="session")
def smolensk() -> str:
    return (SEEDS / "smolensk_anokhine.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def volgograd() -> str:
    return (SEEDS / "volgograd_boharev.txt").read_text(encoding="utf-8")


def oversized(package: Path, max_lines: int, max_function: int) -> list[str]:
    """The modules of a package over ``max_lines`` lines and its functions over ``max_function`` lines."""
    found = []
    for module in sorted(package.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        if source.count("\n") > max_lines:
            found.append(f"{module.name} has {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > max_function:
                    found.append(f"{module.name}:{node.name} has {length} lines")
    return found
