"""Participle cues whose noun before them is their topic: "cities believed to be", "the sanctions announced by London".

Read by :func:`framing.attribution.phrases.noun_phrase_subject` and the verb rule: such a noun is no source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from framing.attribution.base import MentionIndex, in_class
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

if TYPE_CHECKING:  # context imports this module through phrases
    from framing.attribution.context import SentenceContext


def participle_topic(tokens: Sequence[Token], cue: Hit, mentions: MentionIndex, lexicons: LexiconSet) -> bool:
    """A participle cue whose noun before it is its topic, not its source: before "to" or "by" and a source."""
    return _raised(tokens, cue) or _agent_follows(tokens, cue, mentions, lexicons)


def agent_follows(ctx: SentenceContext, cue: Hit) -> bool:
    """A participle cue of the sentence right before "by" and a source: a reduced passive."""
    return _agent_follows(ctx.tokens, cue, ctx.by_token, ctx.lexicons)


def _raised(tokens: Sequence[Token], cue: Hit) -> bool:
    """A participle cue before "to" ("cities believed to be", "a man said to have"): the noun is its topic."""
    last = tokens[cue.stop - 1].norm
    return last.endswith("ed") and cue.stop < len(tokens) and tokens[cue.stop].norm == "to"


def _agent_follows(tokens: Sequence[Token], cue: Hit, mentions: MentionIndex, lexicons: LexiconSet) -> bool:
    """A participle cue right before "by" and a source (an article between): a reduced passive.

    "the sanctions announced by London", "The figure announced by President Viktor Yushchenko": the agent
    speaks, not the noun before; "the company said by June" (no source after "by") stays active.
    """
    k = cue.stop
    if not tokens[k - 1].norm.endswith("ed") or k + 1 >= len(tokens) or tokens[k].norm != "by":
        return False
    # a nation's mention may hold its article ("the US"), an institution's may not ("the Pentagon")
    return k + 1 in mentions.starting or (
        in_class(lexicons, tokens[k + 1].norm, "article") and k + 2 in mentions.starting
    )
