"""The parser's building blocks: one-line usage errors, options that keep one value, checked numbers."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

EXIT_USAGE = 2
# During one parse: the options already given, and the deepest subcommand's name (for its --help).
_GIVEN = "_options_given"
_PROG = "_subcommand_prog"


class _Once:
    """An option that keeps one value: given twice, it is refused, not silently overridden by the last."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        if option is not None:
            given: set[str] = vars(namespace).setdefault(_GIVEN, set())
            if self.dest in given:  # type: ignore[attr-defined]
                name = "/".join(self.option_strings)  # type: ignore[attr-defined]
                parser.error(f"{name} is given twice, and only one value would be used; give it once")
            given.add(self.dest)  # type: ignore[attr-defined]
        super().__call__(parser, namespace, values, option)  # type: ignore[misc]


class _StoreOnce(_Once, argparse._StoreAction):
    """``store`` (the default action), refusing a second value."""


class BooleanOnce(_Once, argparse.BooleanOptionalAction):
    """``--x/--no-x``, refusing both or either twice."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2, and whose options keep one value.

    An unknown option is reported by the subcommand it was given to, pointing to that subcommand's help.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every option added with the default action (subcommands' parsers are of this class too).
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse as argparse does, noting the subcommand and dropping the note of the options given."""
        parsed, extras = super().parse_known_args(args, namespace)
        vars(parsed).pop(_GIVEN, None)
        # A subcommand's namespace is copied into its parent's: the deepest name is set first and kept.
        vars(parsed).setdefault(_PROG, self.prog)
        return parsed, extras

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """Parse; an unknown argument is an error of the subcommand it was given to."""
        parsed, extras = self.parse_known_args(args, namespace)
        prog = vars(parsed).pop(_PROG, self.prog)
        if extras:
            self.exit(EXIT_USAGE, usage_error(prog, f"unrecognized arguments: {' '.join(extras)}"))
        return parsed

    def error(self, message: str) -> NoReturn:
        """Exit 2 with one line: the error and the help to read."""
        self.exit(EXIT_USAGE, usage_error(self.prog, message))


def usage_error(prog: str, message: str) -> str:
    """The one line of a usage error, pointing to the help of the command that was given."""
    return f"{prog}: error: {message} (see '{prog} --help')\n"


class Version(argparse.Action):
    """``--version``: the installed version is looked up only when asked (importlib.metadata is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> NoReturn:
        """Print the version and exit."""
        from framing import __version__

        print(f"framing {__version__}")
        parser.exit()


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (argparse names the option in its error)."""

    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value

    return whole_number


def count_or_all(text: str) -> int | None:
    """An argparse type: a whole number of at least 1, or ``all`` (``None``: no limit)."""
    if text.strip().lower() == "all":
        return None
    try:
        return at_least(1)(text)
    except argparse.ArgumentTypeError as error:
        raise argparse.ArgumentTypeError(f"{error} (or 'all')") from None


def finite_at_least(minimum: float) -> Callable[[str], float]:
    """An argparse type: a finite number of at least ``minimum``.

    ``float()`` takes ``nan`` and ``inf``; a threshold of either would be accepted and then match
    nothing (every comparison with NaN is false), so they are refused here with the option named.
    """

    def finite_number(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number, got {text!r}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, got {text!r}")
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum:g}, got {value:g}")
        return value

    return finite_number
