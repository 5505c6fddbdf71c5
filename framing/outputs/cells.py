"""What every renderer shares: the formats, metadata columns, CSV and Parquet bytes, aligned text tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json", "jsonl")
TABLE_FORMATS = (*FORMATS, "parquet")
"""Formats of the commands that write tables; ``parquet`` renders to bytes (it needs a file, not stdout)."""
LEVELS = ("sentence", "document", "evidence")
"""A record per sentence, per article, or per match (its offsets, weight and modifiers)."""
TEXT_WIDTH = 60
"""Sentence text is cut to this many characters in tables."""


def counted(number: int, noun: str) -> str:
    """``1 sentence``, ``2 sentences``: a count with its noun in the right number (regular plurals)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def with_metadata(record: dict[str, Any], metadata: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` with the input's metadata fields; a field that clashes with a column becomes ``input_NAME``."""
    extra = {f"input_{k}" if k in record else k: v for k, v in metadata.items()}
    return {**record, **extra}


def parquet_bytes(rows: list[dict[str, Any]]) -> bytes:
    """The rows as one Parquet file in memory (pandas and pyarrow load only here)."""
    import io as _io

    import pandas as pd

    buffer = _io.BytesIO()
    whole_numbers(pd.DataFrame(rows), rows).to_parquet(buffer, index=False)
    return buffer.getvalue()


def whole_numbers(frame: pd.DataFrame, rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """``frame`` with whole numbers that have gaps as nullable Int64, not the floats pandas makes of them.

    "source_start" of a quote with no source: 0.0, 17.0 otherwise (docs/output.md promises integers). Only
    float columns with a gap are read back from ``rows``; a column of gaps alone keeps its type.
    """
    import pandas as pd

    for column in frame.columns:
        if frame[column].dtype.kind != "f" or not frame[column].isna().any():
            continue
        values = [row.get(column) for row in rows]
        ints = [v for v in values if v is not None]
        if ints and all(isinstance(v, int) and not isinstance(v, bool) for v in ints):
            # from the rows, not the floats: a large id keeps its last digits
            frame[column] = pd.array(values, dtype="Int64")
    return frame


def csv_text(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV; the columns are every key in first-seen order, missing cells empty."""
    buffer = io.StringIO()
    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue()


def csv_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row for a CSV cell each: a list or mapping (JSON metadata: "topics": ["cocoa"]) as JSON, not repr."""
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()
    }


def cell(value: float | None) -> str:
    """A score for a text table: two decimals, ``-`` for zero so that what is present stands out, ``n/a`` for none."""
    if value is None:
        return "n/a"
    return f"{value:.2f}" if value else "-"


def cut(text: str, width: int = TEXT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def aligned(
    rows: Sequence[dict[str, str]], columns: Sequence[str], right: set[str] | None = None
) -> list[str]:
    """Text table lines (header first) with each column padded to its widest cell; ``right`` columns right-aligned."""
    right = right or set()
    widths = {c: max([len(c), *(len(r[c]) for r in rows)]) for c in columns}

    def fit(c: str, v: str) -> str:
        return v.rjust(widths[c]) if c in right else v.ljust(widths[c])

    lines = ["  ".join(fit(c, c) for c in columns).rstrip()]
    lines += ["  ".join(fit(c, r[c]) for c in columns).rstrip() for r in rows]
    return lines
