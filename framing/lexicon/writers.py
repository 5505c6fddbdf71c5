"""Write lexicons out: the project's TSV format, LIWC-22 ``.dicx`` and quanteda-style YAML.

TSV keeps everything. ``.dicx`` keeps patterns and weights, YAML keeps patterns and subcategories; both
leave out sense traps (weight 0), which only framing's longest-match rule gives a meaning.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from framing.errors import InputError, LexiconError, UnknownNameError
from framing.files import write_all
from framing.lexicon.imports import read_lexicons, subcategory_name
from framing.lexicon.model import DEFAULT_THRESHOLD, DIMENSION_COLUMNS, NEGATION_KEEP, WEAK_REPEATS, Lexicon


def to_tsv(lexicons: Sequence[Lexicon]) -> str:
    """One dimension as a ``NAME.tsv`` file, header and all (lossless)."""
    if len(lexicons) != 1:
        raise LexiconError("the TSV format holds one dimension per file; export one lexicon at a time")
    [lexicon] = lexicons
    lines = [
        f"# dimension: {lexicon.name}",
        f"# description: {lexicon.description}",
        f"# license: {lexicon.license}",
    ]
    if lexicon.negated != NEGATION_KEEP:
        lines.append(f"# negated: {lexicon.negated}")
    if lexicon.threshold != DEFAULT_THRESHOLD:
        lines.append(f"# threshold: {lexicon.threshold:g}")
    if lexicon.weak_repeats != WEAK_REPEATS[0]:
        lines.append(f"# weak_repeats: {lexicon.weak_repeats}")
    lines += [f"# source: {key} = {citation}" for key, citation in lexicon.sources.items()]
    with_negated = any(e.negated for e in lexicon.entries)
    lines.append("\t".join((*DIMENSION_COLUMNS, "note", *(["negated"] if with_negated else []))))
    for e in lexicon.entries:
        row = [e.pattern, e.subcategory, f"{e.weight:g}", e.source] + (
            [e.note] if e.note or e.negated else []
        )
        if e.negated:
            row.append(", ".join(f"{kind}={target}" if kind else target for kind, target in e.negated))
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def _scored(lexicon: Lexicon) -> list:
    return [e for e in lexicon.entries if e.weight > 0]


def to_dicx(lexicons: Sequence[Lexicon]) -> str:
    """A LIWC-22 ``.dicx``: a column per dimension; ``X`` when every weight is 1, else the weights."""
    weighted = any(e.weight != 1 for lexicon in lexicons for e in _scored(lexicon))
    rows: dict[str, dict[str, str]] = {}
    for lexicon in lexicons:
        for e in _scored(lexicon):
            rows.setdefault(e.pattern, {})[lexicon.name] = f"{e.weight:g}" if weighted else "X"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["DicTerm", *(lexicon.name for lexicon in lexicons)])
    for pattern, cells in rows.items():
        writer.writerow([pattern, *(cells.get(lexicon.name, "") for lexicon in lexicons)])
    return out.getvalue()


def to_yaml(lexicons: Sequence[Lexicon]) -> str:
    """quanteda-style YAML: ``dimension: [patterns]``, or ``dimension: {subcategory: [patterns]}``."""
    import yaml

    data: dict[str, object] = {}
    for lexicon in lexicons:
        entries = _scored(lexicon)
        if all(e.subcategory == subcategory_name(lexicon.name) for e in entries):
            data[lexicon.name] = [e.pattern for e in entries]
            continue
        nested: dict[str, list[str]] = {}
        for e in entries:
            nested.setdefault(e.subcategory, []).append(e.pattern)
        data[lexicon.name] = nested
    header = (
        "# framing lexicons as quanteda-style YAML; weights, sources, notes and sense traps are not kept\n"
    )
    return header + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110
    )


WRITERS: dict[str, Callable[[Sequence[Lexicon]], str]] = {"tsv": to_tsv, "dicx": to_dicx, "yaml": to_yaml}
"""Export format -> writer."""


def export_lexicons(lexicons: Sequence[Lexicon], format: str) -> str:
    """The text of ``lexicons`` in ``format`` (``tsv``: exactly one lexicon)."""
    if format not in WRITERS:
        raise UnknownNameError("export format", format, WRITERS)
    return WRITERS[format](lexicons)


def import_dictionary(path: str | Path, directory: str | Path, format: str | None = None) -> list[Path]:
    """Write each category of a dictionary file as ``DIRECTORY/NAME.tsv``; existing files are kept.

    Returns:
        The files written, in the dictionary's order.

    Raises:
        LexiconError: The dictionary is broken (``file:line: what is wrong``).
        InputError: A target file exists, or the folder cannot be written.
    """
    lexicons = read_lexicons(path, format)
    folder = Path(directory)
    targets = [folder / f"{name}.tsv" for name in lexicons]
    existing = [str(t) for t in targets if t.exists()]
    if existing:
        raise InputError(f"{existing[0]} exists; remove it or import into another folder (-o DIR)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # All files or none, through the one safe writer (unique temporary files, no fixed .part name).
        write_all(
            [(target, to_tsv([lexicon])) for target, lexicon in zip(targets, lexicons.values(), strict=True)]
        )
    except OSError as error:
        raise InputError(
            f"cannot write into {folder} ({error.strerror}); check it is a writable folder"
        ) from None
    return targets
