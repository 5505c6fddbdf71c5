"""The speaker table as text, CSV, JSON or Parquet."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from framing.errors import UnknownNameError
from framing.outputs.cells import TABLE_FORMATS, aligned, cell, csv_text, parquet_bytes

if TYPE_CHECKING:
    from framing.aggregate import SpeakerTable


def render_speakers(table: SpeakerTable, *, format: str = "table") -> str | bytes:
    """One row per speaker across all articles, with the framing profile (mean score per sentence)."""
    if format not in TABLE_FORMATS:
        raise UnknownNameError("format", format, TABLE_FORMATS)
    rows = [s.row() for s in table.speakers]
    aliases = [{"name": a, "possible_alias_of": b} for a, b in table.possible_aliases]
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if format == "json":
        return (
            json.dumps({"speakers": rows, "possible_aliases": aliases}, ensure_ascii=False, indent=2) + "\n"
        )
    if format in ("csv", "parquet"):
        return parquet_bytes(rows) if format == "parquet" else csv_text(rows)
    shown = [
        {
            **{k: str(v) for k, v in row.items() if k not in (*table.dimensions, "names", "stances")},
            **{d: cell(row[d]) for d in table.dimensions},
        }
        for row in rows
    ]
    columns = (
        "speaker",
        "source_type",
        "documents",
        "sentences",
        "quotes",
        "attributions",
        *table.dimensions,
    )
    lines = aligned(shown, columns, right=set(columns[2:]))
    lines.append("")
    lines.append(
        "profile columns: mean score per sentence carrying the speaker's words (--format csv|json for stances and spellings)"
    )
    for a, b in table.possible_aliases:
        lines.append(f"possible alias (not merged): {a} ~ {b}")
    return "\n".join(lines) + "\n"
