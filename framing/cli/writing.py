"""Writing a command's outputs: checked before analysis, written all or none, safe on a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import MappingProxyType

# The format an output file's name implies; a name not here (out.txt) implies none.
_SUFFIX_FORMATS = MappingProxyType({".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl",
                                    ".parquet": "parquet", ".dicx": "dicx", ".yaml": "yaml", ".yml": "yaml"})  # fmt: skip


def announce(path: object) -> None:
    """Name a written file on stderr, so stdout stays clean for pipes."""
    sys.stderr.write(f"wrote {path}\n")


def write(text: str | bytes, output: str | None, extra: Sequence[tuple[str, bytes]] = ()) -> None:
    """Write the command's text (to stdout or ``output``) and its other files, all or none."""
    from framing.errors import InputError
    from framing.files import write_all

    files: list[tuple[str, bytes | str]] = [*extra]
    if output is not None:
        files.append((output, text))
    made: set[str] = set()
    try:
        for path, _ in files:
            # A file goes into a folder made on demand (out/ on a fresh clone), and the message says so:
            # a typo in -o then shows as a new folder, not as a silent tree of them.
            folder = os.path.dirname(path) or "."
            if not os.path.isdir(folder):
                os.makedirs(folder)
                made.add(folder)
        write_all(files)
    except OSError as error:
        raise InputError(
            f"cannot write {error.filename or files[-1][0]} ({error.strerror}); check the folder is writable"
        ) from None
    for path, _ in files:
        folder = os.path.dirname(path) or "."
        announce(f"{path} (made the folder {folder})" if folder in made else path)
        made.discard(folder)  # said once: "compare --chart new/a.svg -o new/b.txt" makes one folder
    if output is None:
        sys.stdout.write(_printable(text if isinstance(text, str) else text.decode("utf-8")))
        sys.stdout.flush()


def _printable(text: str) -> str:
    """Text for a terminal: control characters (ANSI escapes, NUL, ...) shown as escapes, not obeyed."""
    if not sys.stdout.isatty() or not any(is_control(c) for c in text):
        return text
    return "".join(f"\\x{ord(c):02x}" if is_control(c) else c for c in text)


def is_control(char: str) -> bool:
    """A control character a terminal would obey (ANSI escape, NUL, C1), not line breaks or tabs."""
    code = ord(char)
    return (code < 32 and char not in "\n\t") or 0x7F <= code < 0xA0


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse a bad output path or extension before any analysis, so a failing run writes nothing."""
    from framing.files import check_output

    resolve_format(args)
    output = getattr(args, "output", None)
    if getattr(args, "format", None) == "parquet" and not output and args.command != "batch":
        from framing.errors import InputError

        raise InputError("--format parquet writes a binary file; give it with -o FILE.parquet")
    if args.command == "chart" and output:
        check_output(output, (".png", ".svg"))
    elif args.command == "report" and output:
        check_output(output, (".html", ".htm"))
    elif args.command != "batch" and output:
        check_output(output)
    if getattr(args, "chart", None):
        check_output(args.chart, (".png", ".svg"))
    refuse_inputs_as_outputs(args)


def refuse_inputs_as_outputs(args: argparse.Namespace) -> None:
    """Refuse an output that is one of the inputs (or, for a file, inside an input folder): it would be lost.

    Paths are compared resolved, so ``./a.csv``, ``a.csv`` and a symlink to it are one file.
    """
    from framing.errors import InputError

    given = (
        *(getattr(args, "files", None) or ()),
        getattr(args, "lexicons", None),
        getattr(args, "path", None),
    )
    inputs = [source for source in given if source and source != "-"]
    for option, flag in (("output", "-o"), ("chart", "--chart")):
        output = getattr(args, option, None)
        for source in inputs if output else ():
            clash = _clash(output, source, folder=args.command == "batch")
            if clash:
                raise InputError(f"{flag} {output} {clash}")


def _clash(output: str, source: str, *, folder: bool) -> str:
    """How ``output`` would overwrite or later be read as ``source``, and what to do (empty when it would not)."""
    written, read = os.path.realpath(output), os.path.realpath(source)
    if folder:  # a batch writes into the folder: an input there would be read beside its own scores
        inside = read == written or read.startswith(written + os.sep)
        return f"holds the input {source}; give the batch a new or empty -o folder" if inside else ""
    if read == written or (
        os.path.exists(written) and os.path.exists(read) and os.path.samefile(written, read)
    ):
        return f"is the input {source}: writing it would replace that input; write to another file"
    if os.path.isdir(read) and written.startswith(read.rstrip(os.sep) + os.sep):
        return (
            f"is inside the input folder {source}, where a later run would read it; write it outside {source}"
        )
    return ""


def suffixes_of(formats: Sequence[str]) -> list[str]:
    """The output file name endings that imply one of ``formats``."""
    return [suffix for suffix, format in _SUFFIX_FORMATS.items() if format in formats]


def resolve_format(args: argparse.Namespace) -> None:
    """Set ``args.format`` from the -o name when not given; refuse a name that says another format.

    A command with ``--format`` keeps its choices and default in ``args.formats`` (see the parser).
    """
    if not hasattr(args, "formats"):
        return
    from framing.errors import InputError

    choices, default = args.formats
    output = getattr(args, "output", None)
    suffix = os.path.splitext(output)[1].lower() if output else ""
    implied = _SUFFIX_FORMATS.get(suffix)
    endings = ", ".join(suffixes_of(choices))
    if args.format is None and implied is None and default is None:
        raise InputError(f"give --format ({', '.join(choices)}) or an -o file name ending in {endings}")
    if args.format is None and implied is None and suffix not in ("", ".txt"):
        # "x.csv.gz", "x.xlsx": writing the default format under that name would pass for what it is not
        text = " (.txt for the table)" if default == "table" else ""
        report = "; the HTML report is written by framing report" if suffix in (".html", ".htm") else ""
        raise InputError(
            f"cannot write {output}: framing {args.command} does not write {suffix} files; use {endings}{text}{report}"
        )
    if implied is not None and implied not in choices:
        raise InputError(f"cannot write {output}: {suffix} is not an output format here; use {endings}")
    if args.format is not None and implied is not None and implied != args.format:
        raise InputError(
            f"--format {args.format} does not match the file name {output}; drop --format to write "
            f"{implied}, or give -o a name that fits {args.format}"
        )
    args.format = args.format or implied or default
