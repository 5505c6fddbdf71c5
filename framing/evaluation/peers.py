"""Peer tools scored on the same items: VADER, Empath, a plain hedge word list and a reporting-word regex.

VADER and Empath are optional (``pip install framing[peers]``); a peer that is not installed is left out
of the report, never faked. What each peer's score stands for, per dimension:

- ``vader``: VADER's ``neg`` proportion (Hutto & Gilbert 2014) for threat, its ``pos`` proportion for
  reassurance.
- ``empath``: the sum of Empath's fear, violence and war categories (Fast et al. 2016) for threat.
- ``hedge_words``: how many words of a plain hedge list (``lexicons/peers/hedge_words.tsv``) occur, for
  hedging.
- ``reporting_regex``: how many reporting words ("said", "told", "according to", from
  ``lexicons/peers/reporting_words.tsv``) and quotation marks occur, for attribution.

A peer counts a dimension as present when its score is above 0, the most generous rule for it.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

_WORD = re.compile(r"[a-z]+")
_QUOTE = re.compile('["“”‘’«»]')


@dataclass(frozen=True)
class Peer:
    """A peer tool: how it scores a text for each dimension it stands in for."""

    name: str
    description: str
    scorers: Mapping[str, Callable[[str], float]]

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The dimensions this peer has a score for."""
        return tuple(self.scorers)

    def score(self, text: str, dimension: str) -> float:
        """The peer's score of ``text`` for ``dimension``."""
        return self.scorers[dimension](text)


@functools.cache
def _vader() -> Callable[[str], Mapping[str, float]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return functools.lru_cache(maxsize=4096)(analyzer.polarity_scores)


@functools.cache
def _empath() -> Callable[[str], float]:
    from empath import Empath

    lexicon = Empath()
    categories = ["fear", "violence", "war"]
    return lambda text: float(sum((lexicon.analyze(text, categories=categories) or {}).values()))


def _word_list(name: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Single words and multi-word phrases of a peer list (first column, header and comments skipped)."""
    table = resources.files("framing").joinpath("lexicons", "peers", name).read_text(encoding="utf-8")
    rows = [line.split("\t")[0] for line in table.splitlines() if line and not line.startswith("#")]
    patterns = rows[1:]  # the first row names the columns
    return (
        frozenset(p for p in patterns if " " not in p),
        tuple(tuple(p.split()) for p in patterns if " " in p),
    )


def _count(words: frozenset[str], phrases: tuple[tuple[str, ...], ...], text: str) -> int:
    tokens = _WORD.findall(text.lower())
    single = sum(1 for w in tokens if w in words)
    multi = sum(
        1 for phrase in phrases for i in range(len(tokens)) if tuple(tokens[i : i + len(phrase)]) == phrase
    )
    return single + multi


@functools.cache
def _hedge_words() -> Callable[[str], float]:
    words, phrases = _word_list("hedge_words.tsv")
    return lambda text: float(_count(words, phrases, text))


@functools.cache
def _reporting_regex() -> Callable[[str], float]:
    words, phrases = _word_list("reporting_words.tsv")
    return lambda text: float(_count(words, phrases, text) + len(_QUOTE.findall(text)))


def missing_peers() -> list[str]:
    """The peers that cannot run here because their package is not installed (``framing[peers]``)."""
    return [
        name for name, module in (("VADER", "vaderSentiment"), ("Empath", "empath")) if not _installed(module)
    ]


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def available_peers() -> list[Peer]:
    """The peers that can run here, in report order."""
    peers = []
    if _installed("vaderSentiment"):
        vader = _vader()
        peers.append(
            Peer(
                "vader",
                "VADER neg proportion (threat), pos proportion (reassurance)",
                MappingProxyType(
                    {
                        "threat": lambda text: float(vader(text)["neg"]),
                        "reassurance": lambda text: float(vader(text)["pos"]),
                    }
                ),
            )
        )
    if _installed("empath"):
        peers.append(
            Peer("empath", "Empath fear + violence + war (threat)", MappingProxyType({"threat": _empath()}))
        )
    peers.append(
        Peer("hedge_words", "plain hedge word count (hedging)", MappingProxyType({"hedging": _hedge_words()}))
    )
    peers.append(
        Peer(
            "reporting_regex",
            "reporting words and quotation marks (attribution)",
            MappingProxyType({"attribution": _reporting_regex()}),
        )
    )
    return peers
