"""Walk the command line's sources: the article files inside folders, and what is left out and why.

A folder is read recursively, sorted. Hidden files and folders (``.DS_Store``, ``.git/``) are not inputs;
files of other formats are listed as left out, so none is lost without a word; the output folder of the
run and any folder ``framing batch`` wrote (its manifest or success mark) are skipped, so that a run never
reads its own or an earlier run's scores as articles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from framing.errors import InputError

SUFFIXES = {".txt": "text", ".md": "text", ".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv"}
"""The article formats by file name ending (``.gz`` looked through)."""
MANIFEST = "manifest.jsonl"
"""A batch folder's list of finished parts."""
SUCCESS = "_SUCCESS"
"""A batch folder's mark of a finished run."""
REJECTED = "rejected.txt"
"""A batch folder's list of the records and files ``--skip-bad`` left out, one error per line."""
BATCH_PARTS = ("sentences", "documents", "evidence")
"""The subfolders of a batch folder that hold its parts."""


class Inputs(NamedTuple):
    """What one walk over the command line's sources found.

    Attributes:
        files: The files to read: folders replaced by the supported files inside them, recursively,
            sorted; ``-`` kept as given.
        left_out: Files inside the folders that are not an article format (``.docx``, ``.jpg``): the CLI
            names them, so that none is lost without a word. Hidden files and files in hidden folders
            (``.DS_Store``, ``.git/``) are in neither list.
        outputs: Batch output folders inside the input folders: none of their files is read (nor are the
            files of the run's own output folder, which is not listed).
    """

    files: list[str]
    left_out: list[str]
    outputs: tuple[str, ...] = ()


def scan(sources: Iterable[str], exclude: Iterable[str | os.PathLike[str]] = ()) -> Inputs:
    """Walk the sources once: the files to read and the files of their folders that are left out.

    Args:
        sources: Files, folders or ``-``.
        exclude: Folders never read inside an input folder (the run's own output folder).

    Raises:
        InputError: A path does not exist, or a folder holds no supported file.
    """
    files: list[str] = []
    skipped: list[str] = []
    excluded = {Path(os.path.realpath(folder)) for folder in exclude}
    outputs = dict.fromkeys(excluded, True)
    met: set[str] = set()
    for source in sources:
        if source == "-":
            if source in files:  # the second read would find standard input empty
                raise InputError("- (standard input) is given twice; pass it once")
            files.append(source)
            continue
        path = Path(source)
        if path.is_dir() and is_batch_output(path) and any((path / name).is_dir() for name in BATCH_PARTS):
            # a parts folder as well as the mark: Spark and Hadoop write _SUCCESS in every export
            raise InputError(
                f"{source} is a folder framing batch wrote: scores, not articles; pass the articles, or read "
                f"the scores with framing.batch.read_rows({source!r})"
            )
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file() and not _hidden(p, path) and not _in_output(p, path, outputs, met)
            )
            supported = [name for name in found if supported_name(name)]
            if not supported:
                raise InputError(
                    f"{source} is a folder with no .txt, .md, .jsonl, .csv or .tsv files (optionally .gz); "
                    "pass a folder of articles"
                )
            files.extend(supported)
            skipped.extend(name for name in found if not supported_name(name))
        elif not path.exists():
            raise InputError(f"{source}: no such file; check the path")
        else:
            files.append(source)
    # The run's own output folder goes without a word; earlier batches' folders are named.
    return Inputs(files, skipped, tuple(sorted(m for m in met if Path(os.path.realpath(m)) not in excluded)))


def is_batch_output(folder: Path) -> bool:
    """Whether ``framing batch`` wrote ``folder``: its success mark, or its manifest beside a parts folder."""
    if (folder / SUCCESS).is_file():
        return True
    return (folder / MANIFEST).is_file() and any((folder / name).is_dir() for name in BATCH_PARTS)


def supported_name(name: str) -> bool:
    """Whether a file name is an article format (``.gz`` looked through)."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return Path(lowered).suffix in SUFFIXES


def _hidden(path: Path, folder: Path) -> bool:
    """A hidden file or a file in a hidden folder (".DS_Store", ".git/"): never an input of a folder."""
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def _in_output(path: Path, folder: Path, outputs: dict[Path, bool], met: set[str]) -> bool:
    """Whether ``path`` is in a folder of scores below the input ``folder``, noted in ``met``.

    ``outputs`` caches the answer per folder. Only the folders inside the input folder are looked at: an
    input folder that is itself a batch's output is refused before (:func:`scan`).
    """
    for parent in path.relative_to(folder).parents:
        if parent == Path("."):
            continue
        below = folder / parent
        real = Path(os.path.realpath(below))
        if real not in outputs:
            outputs[real] = is_batch_output(below)
        if outputs[real]:
            met.add(str(below))
            return True
    return False
