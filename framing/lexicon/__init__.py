"""Lexicons: the word lists the scorer reads, and the dictionaries researchers bring.

- :mod:`~framing.lexicon.model`: what a lexicon is (:class:`Entry`, :class:`Lexicon`, :class:`LexiconSet`).
- :mod:`~framing.lexicon.schema`: the one declarative reader of the project's TSV files;
  :mod:`~framing.lexicon.kinds`: each file kind as a column schema whose rows are typed records.
- :mod:`~framing.lexicon.load`: :func:`load_lexicons`, built-ins plus a user folder or file.
- :mod:`~framing.lexicon.formats` and :mod:`~framing.lexicon.imports`: LIWC, LIWC-22, Lexicoder,
  WordStat, Yoshikoder, YAML, Empath and plain lists as dimensions;
  :mod:`~framing.lexicon.writers`: TSV, ``.dicx`` and YAML out; :mod:`~framing.lexicon.check`: a report.

The format of the files is described in ``lexicons/README.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from framing.lexicon.load import load_lexicons
from framing.lexicon.model import (
    BUILTIN,
    DEFAULT_THRESHOLD,
    DIMENSION_COLUMNS,
    MAX_WEIGHT,
    NEGATION_DROP,
    NEGATION_KEEP,
    NEGATOR_KINDS,
    AgentList,
    CueLists,
    Entry,
    GrammarRule,
    Lexicon,
    LexiconSet,
)
from framing.lexicon.vocabulary import (
    AGENT_KINDS,
    CUE_KINDS,
    EMPHASIS_KINDS,
    FUNCTION_CLASSES,
    INVERSION_KINDS,
    PRONOUN_REFERENTS,
    SOURCE_KINDS,
    STANCES,
    WORD_CLASSES,
)

if TYPE_CHECKING:
    from framing.lexicon.check import CheckReport, check_lexicons
    from framing.lexicon.imports import FORMATS, read_dictionary, read_lexicons
    from framing.lexicon.writers import WRITERS, export_lexicons, import_dictionary

# Importing, exporting and checking dictionaries load on first use (PEP 562): scoring needs none of it.
_LAZY = {
    "CheckReport": "framing.lexicon.check",
    "check_lexicons": "framing.lexicon.check",
    "FORMATS": "framing.lexicon.imports",
    "read_dictionary": "framing.lexicon.imports",
    "read_lexicons": "framing.lexicon.imports",
    "WRITERS": "framing.lexicon.writers",
    "export_lexicons": "framing.lexicon.writers",
    "import_dictionary": "framing.lexicon.writers",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AGENT_KINDS",
    "BUILTIN",
    "CUE_KINDS",
    "DEFAULT_THRESHOLD",
    "DIMENSION_COLUMNS",
    "EMPHASIS_KINDS",
    "FORMATS",
    "FUNCTION_CLASSES",
    "INVERSION_KINDS",
    "MAX_WEIGHT",
    "NEGATION_DROP",
    "NEGATION_KEEP",
    "NEGATOR_KINDS",
    "PRONOUN_REFERENTS",
    "SOURCE_KINDS",
    "STANCES",
    "WORD_CLASSES",
    "WRITERS",
    "AgentList",
    "CheckReport",
    "CueLists",
    "Entry",
    "GrammarRule",
    "Lexicon",
    "LexiconSet",
    "check_lexicons",
    "export_lexicons",
    "import_dictionary",
    "load_lexicons",
    "read_dictionary",
    "read_lexicons",
]
