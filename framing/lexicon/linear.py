r"""Whole-line patterns compiled for linear time, so no data file can make scoring slow.

``segment/boilerplate.tsv`` is the one list written as regular expressions. Python's ``re`` backtracks,
so a pattern like ``(a+)+`` in a user's file would make matching exponential in the line's length.
Patterns are compiled with RE2 (google-re2), which matches in time linear in the input and refuses what
it cannot do that way (backreferences, lookaround). RE2's ``\w``, ``\s`` and ``\d`` are ASCII; they are
widened to Unicode letters, digits and spaces first, so the patterns mean what they mean in Python.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import re2

from framing.errors import LexiconError

# Unicode classes for RE2, outside and inside a bracketed class.
_WIDE = {"w": (r"[\pL\pN_]", r"\pL\pN_"), "s": (r"[\s\pZ]", r"\s\pZ"), "d": (r"\pN", r"\pN")}


@dataclass(frozen=True)
class LinePattern:
    """A case-insensitive pattern matched against a whole line, in linear time."""

    pattern: str
    line: int = 0
    """The line of ``segment/boilerplate.tsv`` it was read from (0: made in code)."""
    sentence: bool = False
    """Also matched against each sentence of a content line (``scope`` ``sentence``): a photo credit that
    ends a caption's paragraph. Most patterns would take content sentences there ("By evening the
    shelling stopped." is a byline's shape), so only those marked are."""

    @functools.cached_property
    def compiled(self) -> Any:
        """The RE2 program, built on first use: scoring matches all patterns as one set instead."""
        return _compile(self.pattern)

    def fullmatch(self, line: str) -> bool:
        """Whether the whole line matches."""
        return self.compiled.fullmatch(line) is not None


def compile_line_pattern(pattern: str) -> LinePattern:
    """Check ``pattern`` (Python regular-expression syntax, without backreferences or lookaround).

    Only RE2's parser runs here (a fraction of a millisecond); the automaton is built when lines are
    matched, so loading the lexicons stays fast.

    Raises:
        ValueError: RE2 cannot parse it; the message says why.
    """
    parsed = re2.Set.FullMatchSet(_options())
    try:
        parsed.Add(_widen(pattern))
    except re2.error:
        try:
            _compile(pattern)
        except ValueError as error:
            raise ValueError(f"{error} (backreferences and lookaround are not supported)") from None
        raise ValueError("RE2 cannot parse it") from None
    return LinePattern(pattern)


class PatternTooLarge(LexiconError):
    """A boilerplate pattern RE2 parses but cannot compile within its memory budget."""

    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"boilerplate pattern {pattern!r} cannot be compiled ({reason}); simplify it")
        self.pattern = pattern


def _options() -> Any:
    options = re2.Options()
    options.case_sensitive = False
    # The lazy DFA of a Unicode class needs room; a pattern that needs more is refused, never slow.
    options.max_mem = 64 << 20
    # RE2 would also print its reason on stderr itself; the reason goes into our one-line error instead.
    options.log_errors = False
    return options


def _compile(pattern: str) -> Any:
    try:
        return re2.compile(_widen(pattern), _options())
    except re2.error as error:
        reason = error.args[0] if error.args else str(error)
        raise ValueError(
            reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        ) from None


def _widen(pattern: str) -> str:
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            code = pattern[i + 1]
            out.append(_WIDE[code][in_class] if code in _WIDE else pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class and out and out[-1] not in ("[", "[^"):
            in_class = False
        out.append(char)
        if char == "^" and in_class and out[-2:] == ["[", "^"]:
            out[-2:] = ["[^"]
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=8)
def line_matcher(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a line fully matches any of ``patterns``: one RE2 set, one pass, whatever their number.

    RE2 compiles a counted repetition as that many copies of its operand, so the exact set of the
    built-in list (``.{0,600}`` of any Unicode character) took 0.17 s to build, a third of a cold
    ``framing score``. The set is built from the patterns with every count opened instead
    (:func:`_relax`: it matches every line the exact pattern does, and compiles in milliseconds); a line
    it accepts is then checked against the exact pattern, compiled the first time a line needs it.

    Cached by the patterns' text (a value, not an object's identity). Falls back to one pattern at a
    time if RE2 cannot compile the set within its memory budget.

    Raises:
        PatternTooLarge: A pattern that RE2 cannot compile even alone.
    """
    if not patterns:
        return lambda line: False
    relaxed = [_relax(_widen(pattern)) for pattern in patterns]
    combined = re2.Set.FullMatchSet(_options())
    try:
        for pattern in relaxed:
            combined.Add(pattern)
        combined.Compile()
    except (re2.error, ValueError):  # pragma: no cover - only for pattern sets too big for one automaton
        return _one_at_a_time(patterns)
    # The exact program of a pattern whose relaxed form differs; None where the relaxed one is exact.
    exact: dict[int, Any] = {i: None for i, p in enumerate(patterns) if relaxed[i] == _widen(p)}

    def matches(line: str) -> bool:
        for index in combined.Match(line) or ():
            if index not in exact:
                try:
                    exact[index] = _compile(patterns[index])
                except ValueError as error:
                    raise PatternTooLarge(patterns[index], str(error)) from None
            program = exact[index]
            if program is None or program.fullmatch(line) is not None:
                return True
        return False

    return matches


_BRACED_ESCAPES = ("x{", "p{", "P{")
"""Escapes whose braces are part of them, not a count: "\\x{41}", "\\p{Greek}"."""
# A counted repetition outside a bracketed class: {m}, {m,}, {m,n} or Python's {,n}.
_COUNT = re.compile(r"\{(\d*)(?:,\d*)?\}")


def _relax(pattern: str) -> str:
    """``pattern`` with each counted repetition opened: ``X{0,600}`` becomes ``X*``, ``X{2,5}`` ``X+``.

    Whatever ``X{m,n}`` matches, ``X*`` (m = 0) or ``X+`` (m >= 1) matches too, so the relaxed
    pattern accepts a superset of the lines; escapes and bracketed classes are copied as they are.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            # an escape with braces is one token, no count: "\x{41}", "\p{Greek}"
            braced = pattern[i + 1 : i + 3] in _BRACED_ESCAPES and (close := pattern.find("}", i + 2)) != -1
            stop = close + 1 if braced else i + 2
            out.append(pattern[i:stop])
            i = stop
            continue
        count = None if in_class or char != "{" else _COUNT.match(pattern, i)
        if count is not None and count.group(1) not in ("", "0") and out:
            out.append("+")
        elif count is not None and out:
            out.append("*")
        else:
            count = None
            out.append(char)
        if char == "[" and not in_class and count is None:
            in_class = True
            # A ']' first in the class (after an optional '^') is a literal, not its end.
            i += 1
            for opener in ("^", "]"):
                if pattern.startswith(opener, i):
                    out.append(opener)
                    i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        i = count.end() if count is not None else i + 1
    return "".join(out)


def _one_at_a_time(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    """Each pattern compiled alone: the fallback when the set is too big for one automaton."""
    singles = []
    for pattern in patterns:
        try:
            singles.append(_compile(pattern))
        except ValueError as error:
            raise PatternTooLarge(pattern, str(error)) from None
    return lambda line: any(p.fullmatch(line) is not None for p in singles)
