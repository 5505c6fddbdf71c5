"""Spot records given as prose, and a table read with the wrong separator.

JSON Lines, a JSON array or object, or a CSV/TSV table read as one plain-text article: scoring a table as
an article (header, ids and all) gives numbers that look fine and mean nothing, so a plain-text source
that clearly holds records is refused with the option, file name or conversion that reads it. The tests
are conservative: prose with commas, tabs, brackets or braces is never refused (JSON is refused only when
the first line, or the whole text, parses as JSON). A table whose header reads as one column names the
separator it holds.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex

from framing.errors import InputError

STDIN_NAME = "<stdin>"
# A header cell is a column name: short, one line, no sentence punctuation.
_NAME = re.compile(r"[^\s.!?;:\"'][^.!?;:\"'\n]{0,39}")
# Enough rows to tell a table from prose; more only costs time on a long article.
_ROWS_CHECKED = 20


def refuse_records(text: str, name: str, text_field: str) -> None:
    """Refuse a plain-text source that holds JSON Lines or a CSV/TSV table with a ``text_field`` column.

    Raises:
        InputError: It does, with the way to read it as records.
    """
    _refuse_json(text, name)
    _refuse_table(text, name, text_field)


def refuse_json_line(line: str, name: str, what: str) -> None:
    """Refuse a source whose first line is a JSON object or array, read as ``what`` ("prose", "a CSV table")."""
    first = line.strip()
    if not first.startswith(("{", "[")):
        return  # most sources: no parse
    value = _parsed(first)
    if isinstance(value, dict):
        hint = "pass --stdin-format jsonl" if name == STDIN_NAME else "name the file .jsonl"
        raise InputError(f"{name} holds JSON records, not {what}; {hint} to read one article per line")
    if isinstance(value, list) and what != "prose":  # prose may open with '[Reuters]': the whole must parse
        raise InputError(f"{name} holds a JSON array, not {what}; {to_json_lines(name, '.[]')}")


def _refuse_json(text: str, name: str) -> None:
    """Refuse JSON Lines (the first line is a JSON object) and a whole text that is a JSON array or object."""
    refuse_json_line(text.lstrip().split("\n", 1)[0], name, "prose")
    whole = text.strip()
    # Only text that parses whole is JSON: prose may open with '[Reuters]' or '{sic}' and never parses.
    if not (whole.startswith(("[", "{")) and whole.endswith(("]", "}"))):
        return
    value = _parsed(whole)
    if isinstance(value, list):
        raise InputError(f"{name} holds a JSON array, not prose; {to_json_lines(name, '.[]')}")
    if isinstance(value, dict):
        raise InputError(f"{name} holds a JSON object, not prose; {to_json_lines(name, '.')}")


def _parsed(text: str) -> object:
    """The JSON value of ``text``, or None when it is not JSON."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # RecursionError: '[[[[...' nested past the parser
        return None


def to_json_lines(name: str, jq_filter: str = ".[]") -> str:
    """How to convert the JSON of ``name`` (a file or standard input) to JSON Lines, which is read.

    Args:
        name: The file, or :data:`STDIN_NAME`.
        jq_filter: ``.[]`` for an array of articles, ``.`` for one article object.
    """
    command = f"jq -c '{jq_filter}'"
    advice = "convert it to JSON Lines (one article object per line)"
    if name == STDIN_NAME:
        return f"{advice}, e.g. pipe it through {command} and pass --stdin-format jsonl"
    quoted = shlex.quote(name)  # a name with spaces still pastes as one argument
    source = f"zcat {quoted} | {command}" if name.lower().endswith(".gz") else f"{command} {quoted}"
    return f"{advice}, e.g. {source} > articles.jsonl"


def _refuse_table(text: str, name: str, text_field: str) -> None:
    """A source whose first line names columns, ``text_field`` among them, and whose rows all fit it."""
    first = text.lstrip().split("\n", 1)[0]
    kind = "tsv" if "\t" in first else "csv"
    if not is_table(text.lstrip(), "\t" if kind == "tsv" else ",", text_field):
        return
    hint = f"pass --stdin-format {kind}" if name == STDIN_NAME else f"name the file .{kind}"
    raise InputError(
        f"{name} holds a {kind.upper()} table with a '{text_field}' column, not prose; {hint} to read "
        "one article per row"
    )


def is_table(text: str, delimiter: str, text_field: str) -> bool:
    """Whether ``text`` is a header of column names including ``text_field`` and rows of as many cells.

    At least one row must follow the header, and every row checked must have the header's number of cells.
    """
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, [])
        if len(header) < 2 or text_field not in (cell.strip() for cell in header):
            return False
        if not all(_NAME.fullmatch(cell.strip()) for cell in header):
            return False
        rows = 0
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                return False
            rows += 1
            if rows == _ROWS_CHECKED:
                break
    except csv.Error:
        return False
    return rows > 0


def wrong_delimiter(name: str, header: list[str], delimiter: str) -> str:
    """The error for a header read as one column that holds another separator (``id;text``), or ''."""
    found = next(
        (d for d in (";", "\t", ",", "|") if d != delimiter and len(header) == 1 and d in header[0]), ""
    )
    if not found:
        return ""
    kind, other = (
        ("tabs", "tsv") if found == "\t" else ("commas", "csv") if found == "," else (repr(found), "")
    )
    expected = "tabs (TSV)" if delimiter == "\t" else "commas (CSV)"
    problem = (
        f"{name}: the header {header[0]!r} is one column: its cells look separated by {kind}, not {expected}"
    )
    if other:
        return f"{problem}; " + (
            f"use --stdin-format {other}" if name == STDIN_NAME else f"name the file .{other}"
        )
    source = "FILE" if name == STDIN_NAME else name
    return (
        f"{problem}; convert it to commas, e.g. python -c \"import pandas as pd; pd.read_csv('{source}', "
        f"sep='{found}', dtype=str).to_csv('fixed.csv', index=False)\""
    )
