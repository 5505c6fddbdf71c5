"""Arguments several subcommands share: lexicons, output file, output format, how inputs are read."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from framing.cli.actions import at_least


def add_lexicons(parser: argparse.ArgumentParser) -> None:
    """``--lexicons``: a user folder or dictionary that adds or replaces lexicons."""
    parser.add_argument(
        "--lexicons",
        metavar="PATH",
        help="a folder of NAME.tsv files and dictionaries, or one dictionary file (.dic, .dicx, .lc3, .cat, "
        ".ykd, .yaml, .txt), that adds or replaces lexicons",
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    """``-o``: the file written whole, or not at all."""
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (whole, or not at all) instead of stdout"
    )


def add_format(
    parser: argparse.ArgumentParser, choices: Sequence[str], default: str | None = "table"
) -> None:
    """``--format``, taken from the -o file name when not given (see framing.cli.writing.resolve_format)."""
    from framing.cli.writing import suffixes_of

    # None until resolved, so that a given --format can be told from the default.
    parser.set_defaults(formats=(tuple(choices), default))
    fallback = f"else {default}" if default else "needed otherwise"
    parser.add_argument(
        "--format",
        choices=choices,
        default=None,
        help=f"output format (default: from the -o file name ({', '.join(suffixes_of(choices))}), {fallback})",
    )


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """How inputs are read: the text and id fields, what standard input holds, the longest article."""
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="the JSONL field or CSV column with the article text (default: text)")  # fmt: skip
    parser.add_argument("--id-field", default="id", metavar="NAME",
                        help="the JSONL field or CSV column with the article id (default: id; records without it are "
                             "numbered by line, a field named here must be there)")  # fmt: skip
    parser.add_argument("--stdin-format", choices=("text", "jsonl", "csv", "tsv"), default="text",
                        help="what standard input holds (default: text, one article)")  # fmt: skip
    parser.add_argument("--max-chars", type=at_least(1), default=None, metavar="N",
                        help="refuse an article longer than N characters (default: 50,000,000)")  # fmt: skip
