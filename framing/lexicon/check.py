"""``framing lexicon check``: every problem of a dictionary at once, and which entries match a sample.

Loading stops at the first problem; the check lists them all, so a file is fixed in one pass: category
ids not declared, conflicting duplicates, terms that can never match a word token, empty categories. It
also lists the entries shared between categories (allowed, but each counts in both) and, on a sample
text or corpus, which entries matched and how often.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from framing.errors import LexiconError
from framing.lexicon.imports import (
    FORMATS,
    dictionary_lexicons,
    format_of,
    problems,
    read_dictionary,
    supported,
)
from framing.lexicon.model import Lexicon, LexiconSet

_TOKEN_WORD = re.compile(r"\w+(?:'\w+)*")
_SHOWN = 8


@dataclass(slots=True)
class CheckReport:
    """What :func:`check_lexicons` found.

    Attributes:
        files: (file, format, categories, terms) per file read.
        problems: ``file:line: what is wrong``, everything that would stop loading.
        notes: What a format could express that framing reads only approximately.
        lexicons: The dimensions built from the valid entries.
        matched: (dimension, pattern) -> matches in the sample.
        sample: Documents and sentences of the sample (0, 0 without one).
        sample_given: A sample was given (it is matched only when some dimension loaded).
    """

    files: list[tuple[str, str, int, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    matched: Counter[tuple[str, str]] = field(default_factory=Counter)
    sample: tuple[int, int] = (0, 0)
    sample_given: bool = False

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems

    def shared(self) -> dict[str, list[str]]:
        """Pattern -> the dimensions it is in, for patterns in more than one."""
        where: dict[str, list[str]] = {}
        for lexicon in self.lexicons.values():
            for e in lexicon.entries:
                where.setdefault(" ".join(e.words), []).append(lexicon.name)
        return {pattern: names for pattern, names in where.items() if len(names) > 1}

    def render(self) -> str:
        """The report as text, one finding per line."""
        lines = [
            f"{name} ({FORMATS[kind].split(' (')[0]}): {n} categor{'y' if n == 1 else 'ies'}, {t} term{'s' * (t != 1)}"
            for name, kind, n, t in self.files
        ]
        lines.append(
            "dimensions: "
            + (", ".join(f"{lx.name} ({len(lx.entries)})" for lx in self.lexicons.values()) or "none")
        )
        lines.append(f"problems ({len(self.problems)}):" if self.problems else "problems: none")
        lines += [f"  {problem}" for problem in self.problems]
        lines += [f"note: {note}" for note in self.notes]
        shared = self.shared()
        if shared:
            lines.append(f"entries in more than one dimension ({len(shared)}):")
            lines += [
                f"  {pattern!r}: {', '.join(names)}" for pattern, names in list(shared.items())[:_SHOWN]
            ]
            if len(shared) > _SHOWN:
                lines.append(f"  ... and {len(shared) - _SHOWN} more")
        documents, sentences = self.sample
        if not documents:
            lines.append(
                "sample: not matched, no dimension loaded; fix the problems above"
                if self.sample_given
                else "sample: none; give --sample FILE to see which entries match a text or corpus"
            )
            return "\n".join(lines) + "\n"
        lines.append(
            f"sample: {documents} text{'s' * (documents != 1)}, {sentences} sentence{'s' * (sentences != 1)}"
        )
        for lexicon in self.lexicons.values():
            counts = [(e.pattern, self.matched[(lexicon.name, e.pattern)]) for e in lexicon.entries]
            hits = sorted((c for c in counts if c[1]), key=lambda c: -c[1])
            shown = ", ".join(f"{pattern} ({n})" for pattern, n in hits[:_SHOWN])
            more = f", ... and {len(hits) - _SHOWN} more" if len(hits) > _SHOWN else ""
            lines.append(
                f"  {lexicon.name}: {len(hits)} of {len(counts)} entries matched{': ' if hits else ''}{shown}{more}"
            )
        return "\n".join(lines) + "\n"


def _never_matching(lexicon: Lexicon) -> list[str]:
    """Entries with a word the tokenizer never produces ("'em": the token is "em")."""
    found = []
    for e in lexicon.entries:
        bad = [w for w in e.words if not _TOKEN_WORD.fullmatch(w.removesuffix("*"))]
        if bad:
            found.append(
                f"{lexicon.origin}:{e.line}: pattern {e.pattern!r} can never match: the tokenizer never "
                f"produces {bad[0]!r} (a word is letters or digits, with apostrophes only inside)"
            )
    return found


def _check_file(report: CheckReport, path: Path, format: str | None) -> None:
    if (format or format_of(path)) == "tsv":
        _check_own(report, path)
        return
    try:
        dictionary = read_dictionary(path, format)
    except LexiconError as error:
        report.problems.append(str(error))
        return
    report.files.append(
        (dictionary.origin, dictionary.format, len(dictionary.categories), len(dictionary.terms))
    )
    report.problems += [
        f"{dictionary.origin}:{p.line}: {p.message}" if p.line else f"{dictionary.origin}: {p.message}"
        for p in problems(dictionary)
    ]
    report.notes += [f"{dictionary.origin}: {note}" for note in dictionary.notes]
    for name, lexicon in dictionary_lexicons(dictionary, strict=False).items():
        report.problems += _never_matching(lexicon)
        report.lexicons[name] = lexicon


def _check_own(report: CheckReport, path: Path) -> None:
    """A project ``NAME.tsv``: every bad row, not only the first (a bad header or layout stops the file)."""
    from framing.lexicon.kinds import read_dimension

    try:
        lexicon = read_dimension(path.stem, (path, str(path)), report.problems)
    except LexiconError as error:
        report.problems.append(str(error))
        return
    report.files.append((lexicon.origin, "tsv", 1, len(lexicon.entries)))
    report.problems += _never_matching(lexicon)
    report.lexicons[lexicon.name] = lexicon


def check_lexicons(
    path: str | Path, *, format: str | None = None, sample: Sequence[tuple[str, str]] = ()
) -> CheckReport:
    """Check a dictionary file, or every file of a lexicon folder, and match them on ``sample``.

    Args:
        path: A dictionary file of any supported format, or a folder of them.
        format: The file's format when its suffix does not say (see ``FORMATS``).
        sample: (document id, text) pairs to match the entries on.

    Raises:
        LexiconError: ``path`` does not exist.
    """
    from framing.lexicon.load import check_folders, load_lexicons

    path = Path(path)
    report = CheckReport()
    if not path.exists():
        raise LexiconError(f"{path}: does not exist; give a dictionary file or a folder of them")
    if path.is_dir():
        for item in sorted(p for p in path.iterdir() if not p.name.startswith(".") and p.is_file()):
            if format_of(item) is None:
                report.problems.append(f"{item}: not a lexicon file (framing reads {supported()})")
            else:
                _check_file(report, item, None)
        try:
            if report.ok:
                report.notes += _rules_without_words(load_lexicons(path))
            else:
                # The dimension files have problems already listed; the sub-folders are checked apart.
                check_folders(path, report.lexicons)
        except LexiconError as error:
            report.problems.append(str(error))
    else:
        _check_file(report, path, format)
    report.sample_given = bool(sample)
    if sample and report.lexicons:
        _match(report, sample, load_lexicons())
    return report


def _rules_without_words(lexicons: LexiconSet) -> list[str]:
    """What a replaced dimension file takes from the rules: harm subcategories the agency rule reads."""
    have = {f"{lx.name}/{e.subcategory}" for lx in lexicons for e in lx.entries}
    missing = sorted(lexicons.agents.harm - have)
    if not missing:
        return []
    return [
        f"rules/agents.tsv: '# harm:' names {', '.join(missing)}, which no loaded lexicon has; the "
        "responsibility rule ties no actor to them (add those subcategories, or edit '# harm:' in your "
        "own rules/agents.tsv)"
    ]


def _match(report: CheckReport, sample: Sequence[tuple[str, str]], builtin: LexiconSet) -> None:
    from framing.analyze import analyze

    lexicons = dataclasses.replace(
        builtin, lexicons=MappingProxyType({**builtin.lexicons, **report.lexicons}), origin="check"
    )
    sentences = 0
    for doc, text in sample:
        result = analyze(text, lexicons=lexicons, doc=doc)
        sentences += len(result.sentences)
        for match in result.matches:
            if match.lexicon in report.lexicons:
                report.matched[(match.lexicon, match.pattern)] += 1
    report.sample = (len(sample), sentences)
