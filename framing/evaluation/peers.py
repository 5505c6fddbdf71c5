"""Peer tools scored on the same items: VADER, Empath and a plain hedge word list.

VADER and Empath are optional (``pip install framing[peers]``); a peer that is not installed is left out
of the report, never faked. What each peer's score stands for:

- ``vader``: VADER's ``neg`` proportion (Hutto & Gilbert 2014) as a threat proxy.
- ``empath``: the sum of Empath's fear, violence and war categories (Fast et al. 2016) as a threat proxy.
- ``hedge_words``: how many words of a plain hedge list (``lexicons/peers/hedge_words.tsv``) occur, as a
  hedging baseline.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Peer:
    """A peer tool: which dimensions it stands in for and how it scores a text."""

    name: str
    description: str
    dimensions: tuple[str, ...]
    scorer: Callable[[str], float]

    def score(self, text: str, dimension: str) -> float:
        """The peer's score of ``text`` (the same score stands in for each of its dimensions)."""
        return self.scorer(text)


@functools.cache
def _vader() -> Callable[[str], float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return lambda text: float(analyzer.polarity_scores(text)["neg"])


@functools.cache
def _empath() -> Callable[[str], float]:
    from empath import Empath

    lexicon = Empath()
    categories = ["fear", "violence", "war"]
    return lambda text: float(sum((lexicon.analyze(text, categories=categories) or {}).values()))


@functools.cache
def _hedge_words() -> Callable[[str], float]:
    table = (
        resources.files("framing")
        .joinpath("lexicons", "peers", "hedge_words.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [line.split("\t")[0] for line in table.splitlines() if line and not line.startswith("#")]
    words = frozenset(rows[1:])  # the first row names the columns
    return lambda text: float(sum(1 for w in _WORD.findall(text.lower()) if w in words))


def available_peers() -> list[Peer]:
    """The peers that can run here, in report order."""
    peers = []
    if importlib.util.find_spec("vaderSentiment") is not None:
        peers.append(Peer("vader", "VADER neg proportion (threat proxy)", ("threat",), _vader()))
    if importlib.util.find_spec("empath") is not None:
        peers.append(Peer("empath", "Empath fear + violence + war (threat proxy)", ("threat",), _empath()))
    peers.append(
        Peer("hedge_words", "plain hedge word count (hedging baseline)", ("hedging",), _hedge_words())
    )
    return peers
