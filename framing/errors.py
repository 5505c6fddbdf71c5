"""Errors that say what is wrong and what to do next.

Every error a user can cause derives from :class:`FramingError`; the CLI prints its message on one line
and exits with status 2.
"""

from __future__ import annotations

from collections.abc import Iterable


class FramingError(Exception):
    """Base class for every error caused by input, options or data files."""


class InputError(FramingError):
    """An input text or file cannot be read as an article."""


class OptionError(InputError):
    """An option does not fit the input (a text column or id field that is not there): never skipped."""


class LexiconError(FramingError):
    """A lexicon file is missing, malformed or inconsistent."""


class TooFewGroupsError(FramingError):
    """Fewer than two groups have enough sentences to compare (a report then goes without its comparison)."""


class UnknownNameError(FramingError, KeyError):
    """A name (lexicon, dimension, format) is not one of the valid choices."""

    def __init__(self, kind: str, name: str, choices: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.choices = tuple(sorted(choices))
        super().__init__(f"unknown {kind} {name!r}; valid {kind}s are: {', '.join(self.choices) or '(none)'}")

    def __str__(self) -> str:
        # KeyError.__str__ would wrap the message in quotes.
        return str(self.args[0])
