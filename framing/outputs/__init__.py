"""Render results as text: an aligned table for reading, CSV, JSON and JSON Lines for tools.

The JSON schemas are documented in ``docs/output.md``. Rendering needs no pandas, so the CLI stays fast.
"""

from framing.outputs.articles import render, render_quotes
from framing.outputs.cells import FORMATS, LEVELS, TABLE_FORMATS, TEXT_WIDTH, counted
from framing.outputs.lexicons import render_lexicon, render_lexicon_list
from framing.outputs.reports import render_comparison, render_evaluation
from framing.outputs.speakers import render_speakers

__all__ = [
    "FORMATS",
    "LEVELS",
    "TABLE_FORMATS",
    "TEXT_WIDTH",
    "counted",
    "render",
    "render_comparison",
    "render_evaluation",
    "render_lexicon",
    "render_lexicon_list",
    "render_quotes",
    "render_speakers",
]
