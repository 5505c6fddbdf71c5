"""framing: explainable, per-sentence framing analysis of news.

>>> import framing
>>> result = framing.analyze("According to the governor, no one was injured.")
>>> result.to_frame()          # one row per sentence, a column per dimension
>>> result.matches_frame()     # one row per match: pattern, span, weight, modifiers
>>> result                      # in Jupyter: the text with its evidence highlighted
>>> framing.html_report([result])  # a self-contained HTML page
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Eager: analyze and compare share their names with their modules, so they are bound before anything
# imports framing.analyze or framing.compare (which would otherwise leave the module in their place).
from framing.analyze import analyze
from framing.compare import Comparison, compare
from framing.errors import FramingError, InputError, LexiconError, UnknownNameError
from framing.lexicon import Entry, Lexicon, LexiconSet, load_lexicons
from framing.results import ArticleResult, Attribution, DocumentScores, Match, SentenceResult

if TYPE_CHECKING:
    from framing.aggregate import SpeakerProfile, SpeakerTable, speaker_profiles
    from framing.inputs import Document, read_documents
    from framing.report import html_report

    __version__: str

# The rest loads on first use (PEP 562), so `import framing` and `framing score` stay fast.
_LAZY = {
    "SpeakerProfile": "framing.aggregate",
    "SpeakerTable": "framing.aggregate",
    "speaker_profiles": "framing.aggregate",
    "Document": "framing.inputs",
    "read_documents": "framing.inputs",
    "html_report": "framing.report",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "__version__"})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


__all__ = [
    "ArticleResult",
    "Attribution",
    "Comparison",
    "Document",
    "DocumentScores",
    "Entry",
    "FramingError",
    "InputError",
    "Lexicon",
    "LexiconError",
    "LexiconSet",
    "Match",
    "SentenceResult",
    "SpeakerProfile",
    "SpeakerTable",
    "UnknownNameError",
    "__version__",
    "analyze",
    "compare",
    "html_report",
    "load_lexicons",
    "read_documents",
    "speaker_profiles",
]
