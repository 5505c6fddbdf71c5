"""A poll's result in a phrase of its own: "Clinton led Sanders 2-1 in an NBC News/Wall Street Journal poll".

The poll is the source of what the rest of its clause says, as in "according to a poll": the preposition
"in" stands as the cue, read like "according to" (PolNeAR marks the same spans). A fallback rule
(:data:`~framing.attribution.fallbacks.FALLBACK_RULES`): only a sentence with no attribution yet.
"""

from __future__ import annotations

from framing.attribution.base import Mention, class_words, in_class, make_mention
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.lexicon import Entry, LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit

POLL_REACH = 11
"""The poll noun stands at most this many words after "in" ("in the latest NBC News/Wall Street Journal poll")."""

OWNERS = ("'s", "’s")
"""The ending of an owner that opens the phrase ("in Monday's poll", "in Gallup's survey")."""


def in_poll(ctx: SentenceContext) -> Claim | None:
    """A ``poll_noun`` after "in" and a determiner or owner: the poll speaks, the rest of its clause the result.

    Not after a ``participation`` word ("took part in the survey"); "in the poll" needs a word between
    ("in the same poll", "in the CBS poll"): bare, it is often an election ("defeat in the poll"), as with
    a year ("in the 2010 poll"). A poll with no result ("In a CBS poll.") is no claim.
    """
    tokens = ctx.tokens
    # the cue reads like a neutral "according to" entry of the cue list (its kind and stance; the text is "in")
    entry = _according_to(ctx.lexicons)
    for k in range(len(tokens) - 2):
        if tokens[k].norm != "in" or entry is None:
            continue
        if k > 0 and in_class(ctx.lexicons, tokens[k - 1].norm, "participation"):
            continue
        noun = _poll_noun(ctx, k)
        if noun is None:
            continue
        content = _result(ctx, k, noun)
        if content[0] >= content[1]:
            continue  # "In a CBS poll.": no result
        source = _poll(ctx, k + 1, noun + 1)
        return Claim(source, Hit("cue", entry, k, k + 1), content, "according_to", "in_poll")
    return None


def _poll_noun(ctx: SentenceContext, k: int) -> int | None:
    """The ``poll_noun`` that closes the phrase opened by "in" at ``k``, or None."""
    tokens, words = ctx.tokens, ctx.lexicons.speech.function_words
    opener = tokens[k + 1]
    owner = opener.text.endswith(OWNERS) and opener.text[:1].isupper()
    if opener.clause_break_before or not (owner or words.get(opener.norm) == "determiner"):
        return None
    nouns = class_words(ctx.lexicons, "poll_noun")
    for j in range(k + 2, min(len(tokens), k + POLL_REACH)):
        if tokens[j].clause_break_before or words.get(tokens[j].norm) in (
            "preposition",
            "pronoun",
            "auxiliary",
        ):
            return None  # "in the sense that the poll ...": the phrase ends before the noun
        if tokens[j].norm in nouns:
            bare = j == k + 2 and in_class(ctx.lexicons, opener.norm, "definite_article")
            # "in the 2010 poll": a year names an election, as a bare "in the poll" does in UK news
            dated = any(t.text.isdigit() and len(t.text) == 4 for t in tokens[k + 1 : j])
            return None if bare or dated else j
    return None


def _poll(ctx: SentenceContext, first: int, stop: int) -> Mention:
    """The poll as a vague source; its name the phrase without its article ("NBC News/Wall Street Journal poll")."""
    tokens = ctx.tokens
    article = in_class(ctx.lexicons, tokens[first].norm, "article")
    name = ctx.text[tokens[first + 1 if article else first].start : tokens[stop - 1].end]
    return make_mention(ctx.text, tokens, first, stop, "vague", name=name)


def _result(ctx: SentenceContext, k: int, noun: int) -> tuple[int, int]:
    """The poll's result: the clause after a fronted phrase ("In a CBS poll, she led ..."), else before it.

    Empty when the sentence is only the poll ("In a CBS poll.").
    """
    tokens, sentence = ctx.tokens, ctx.sentence
    before = trim(ctx.text, sentence.start, tokens[k].start)
    if k == 0 or tokens[k].clause_break_before:
        after = next((j for j in range(noun + 1, len(tokens)) if tokens[j].clause_break_before), noun + 1)
        start = tokens[after].start if after < len(tokens) else tokens[noun].end
        found = trim(ctx.text, start, sentence.end)
        # "..., in the Q magazine poll.": nothing after it, the result stands before
        return found if found[0] < found[1] and ctx.text[found[0] : found[1]].strip(" .!?") else before
    return before


@derived
def _according_to(lexicons: LexiconSet) -> Entry | None:
    """A neutral "according to" entry of the cue list, found once per lexicon set (not per sentence)."""
    return next(
        (e for e in lexicons.speech.cues if e.subcategory == "according_to" and e.label == "neutral"), None
    )
