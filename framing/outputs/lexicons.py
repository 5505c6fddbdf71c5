"""The lexicons as text: the list of dimensions, and one lexicon's rows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from framing.errors import UnknownNameError

if TYPE_CHECKING:
    from framing.lexicon import Lexicon, LexiconSet


def render_lexicon_list(lexicons: LexiconSet, *, format: str = "table") -> str:
    """One line per lexicon: name, number of entries, negation target, origin, description (or JSON)."""
    if format not in ("table", "json"):
        raise UnknownNameError("format", format, ("table", "json"))
    if format == "json":
        keys = ("name", "entries", "negated", "file", "description")
        listed = [dict(zip(keys, (lx.name, len(lx.entries), lx.negated, lx.origin, lx.description), strict=True))
                  for lx in lexicons]  # fmt: skip
        return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"
    rows = [("name", "entries", "negated", "file", "description")]
    rows += [(lx.name, str(len(lx.entries)), lx.negated, lx.origin, lx.description) for lx in lexicons]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)), row[4]]) for row in rows]
    modifiers = (
        f"modifiers: {len(lexicons.negators)} negators, {len(lexicons.intensifiers)} intensifiers, "
        f"{len(lexicons.diminishers)} diminishers; {len(lexicons.abbreviations)} abbreviations, "
        f"{len(lexicons.boilerplate)} boilerplate patterns ({lexicons.origin})"
    )
    return "\n".join([*lines, "", modifiers]) + "\n"


def render_lexicon(lexicon: Lexicon, *, format: str = "table") -> str:
    """Every entry of a lexicon with its subcategory, weight and provenance."""
    if format not in ("table", "json"):
        raise UnknownNameError("format", format, ("table", "json"))
    if format == "json":
        return (
            json.dumps(
                {
                    "name": lexicon.name,
                    "description": lexicon.description,
                    "license": lexicon.license,
                    "negated": lexicon.negated,
                    "sources": dict(lexicon.sources),
                    "entries": [
                        {
                            "pattern": e.pattern,
                            "subcategory": e.subcategory,
                            "weight": e.weight,
                            "source": e.source,
                            "note": e.note,
                        }
                        for e in lexicon.entries
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    lines = [
        f"{lexicon.name}: {lexicon.description}",
        f"file: {lexicon.origin}   licence: {lexicon.license}   negated counts as: {lexicon.negated}",
        f"{len(lexicon.entries)} entries in {len(lexicon.subcategories)} subcategories: "
        + ", ".join(lexicon.subcategories),
        "sources:",
        *(f"  {key} = {citation}" for key, citation in lexicon.sources.items()),
        "",
    ]
    width = max(len("pattern"), *(len(e.pattern) for e in lexicon.entries))
    sub_width = max(len("subcategory"), *(len(e.subcategory) for e in lexicon.entries))
    lines.append(f"{'pattern'.ljust(width)}  {'subcategory'.ljust(sub_width)}  weight  source")
    for e in lexicon.entries:
        lines.append(
            f"{e.pattern.ljust(width)}  {e.subcategory.ljust(sub_width)}  {e.weight:>6g}  {e.source}"
        )
    return "\n".join(lines) + "\n"
