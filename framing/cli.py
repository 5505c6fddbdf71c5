"""The ``framing`` command: a thin shell over the library.

Every error a user can cause ends in one line on stderr and exit status 2; ``--debug`` adds the
traceback. Output is rendered whole before it is written, so a failure never leaves half of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

EXIT_USAGE = 2

EPILOG = """\
examples:
  framing score seeds/smolensk_anokhine.txt             per-sentence table
  framing score --evidence article.txt                  ... with every match under its sentence
  framing score --format jsonl articles.jsonl > out.jsonl
  framing score --level document --format csv *.txt     one row per article
  cat article.txt | framing score -                     read standard input
  framing score --lexicons my_lexicons/ article.txt     add or override dimensions
  framing lexicon list
  framing lexicon show threat
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    from framing import __version__
    from framing.outputs import FORMATS, LEVELS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    parser = _Parser(
        prog="framing",
        description="Explainable framing analysis of news: reassurance, threat, hedging, attribution, "
        "certainty and responsibility per sentence, every score with its evidence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    score = commands.add_parser(
        "score",
        help="score articles per sentence or per document",
        description="Score articles. FILE is .txt, .md (plain text) or .jsonl (one article per line, "
        "text in 'text', id in 'id'); '-' reads plain text from standard input.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    score.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for standard input")
    score.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    score.add_argument(
        "--level",
        choices=LEVELS,
        default="sentence",
        help="a record per sentence or per document (default: sentence)",
    )
    score.add_argument(
        "--lexicons", metavar="DIR", help="folder of NAME.tsv files that add or replace lexicons"
    )
    score.add_argument(
        "--evidence", action="store_true", help="table format: list the matches under each sentence"
    )
    score.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (whole, or not at all) instead of stdout",
    )

    lexicon = commands.add_parser(
        "lexicon",
        help="list the lexicons or show one",
        description="List the lexicons or show the entries of one, with provenance.",
        parents=[common],
    )
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    listing = lexicon_commands.add_parser("list", help="one line per lexicon", parents=[common])
    show = lexicon_commands.add_parser("show", help="every entry of one lexicon", parents=[common])
    show.add_argument("name", metavar="NAME", help="a lexicon name, e.g. threat")
    show.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    for sub in (listing, show):
        sub.add_argument(
            "--lexicons",
            metavar="DIR",
            help="folder of NAME.tsv files that add or replace lexicons",
        )
    return parser


def _score(args: argparse.Namespace) -> str:
    from framing import analyze, load_lexicons
    from framing.inputs import read_documents
    from framing.outputs import render

    lexicons = load_lexicons(args.lexicons)
    documents = read_documents(args.files)
    results = [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in documents]
    return render(results, format=args.format, level=args.level, evidence=args.evidence)


def _lexicon(args: argparse.Namespace) -> str:
    from framing import load_lexicons
    from framing.outputs import render_lexicon, render_lexicon_list

    lexicons = load_lexicons(args.lexicons)
    if args.lexicon_command == "list":
        return render_lexicon_list(lexicons)
    return render_lexicon(lexicons[args.name], format=args.format)


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from framing.errors import InputError

    temporary = f"{output}.part"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, output)
    except OSError as error:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise InputError(
            f"cannot write {output} ({error.strerror}); check the folder exists and is writable"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input or usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from framing.errors import FramingError

    try:
        text = _score(args) if args.command == "score" else _lexicon(args)
        _write(text, getattr(args, "output", None))
    except FramingError as error:
        if debug:
            raise
        print(f"framing: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours, not the user's: say so, keep the trace behind --debug
        if debug:
            raise
        print(
            f"framing: internal error: {type(error).__name__}: {error}; rerun with --debug and "
            "report the traceback",
            file=sys.stderr,
        )
        return 1
    return 0
