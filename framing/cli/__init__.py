"""The ``framing`` command: a thin shell over the library.

Every error a user can cause ends in one line on stderr and exit status 2; ``--debug`` adds the
traceback before it (the status stays 2). Output is rendered whole before it is written, so a failure never leaves half of it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from framing.cli.parser import EXIT_TERMINATED, EXIT_USAGE, build_parser

__all__ = ["EXIT_TERMINATED", "EXIT_USAGE", "main"]


def _terminate(signum: int, frame: object) -> NoReturn:
    raise SystemExit(EXIT_TERMINATED)


def _stopped(how: str, command: str) -> None:
    """Say on stderr that the run was stopped (Ctrl-C or kill), and for a batch how to go on."""
    resume = "; run the same command again to resume" if command == "batch" else ""
    print(f"framing: {how}{resume}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input or usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from framing.cli.commands import COMMANDS, lexicon_command
    from framing.cli.writing import check_outputs, write
    from framing.errors import FramingError

    # `kill` (SIGTERM) unwinds like Ctrl-C, so a file being written is removed rather than left half-done.
    with contextlib.suppress(ValueError):  # only the main thread may set handlers (not so when embedded)
        signal.signal(signal.SIGTERM, _terminate)
    try:
        check_outputs(args)
        text = COMMANDS.get(args.command, lexicon_command)(args)
        if args.command not in ("chart", "batch"):  # these write their own files
            write(text, getattr(args, "output", None), getattr(args, "extra_files", ()))
    except FramingError as error:
        if debug:  # the traceback too, but bad input keeps its exit status
            traceback.print_exc()
        print(f"framing: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _stopped("interrupted", args.command)
        return 130
    except SystemExit as stop:
        if stop.code == EXIT_TERMINATED:
            _stopped("terminated", args.command)
            return EXIT_TERMINATED
        raise
    except Exception as error:  # a bug of ours, not the user's: say so, keep the trace behind --debug
        if debug:
            raise
        print(
            f"framing: internal error: {type(error).__name__}: {error}; rerun with --debug and "
            "report the traceback",
            file=sys.stderr,
        )
        return 1
    return getattr(args, "exit_status", 0)
