"""framing: explainable, per-sentence framing analysis of news.

>>> import framing
>>> result = framing.analyze("According to the governor, no one was injured.")
>>> result.to_frame()          # one row per sentence, a column per dimension
>>> result.matches_frame()     # one row per match: pattern, span, weight, modifiers
>>> result                      # in Jupyter: the text with its evidence highlighted
>>> framing.html_report([result])  # a self-contained HTML page
"""

from __future__ import annotations

from framing.aggregate import SpeakerProfile, SpeakerTable, speaker_profiles
from framing.analyze import analyze
from framing.compare import Comparison, compare
from framing.errors import FramingError, InputError, LexiconError, UnknownNameError
from framing.inputs import Document, read_documents
from framing.lexicon import Entry, Lexicon, LexiconSet, load_lexicons
from framing.report import html_report
from framing.results import ArticleResult, Attribution, DocumentScores, Match, SentenceResult


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

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
