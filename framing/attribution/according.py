"""The "according to" rule: "According to X, ...", "..., according to a poll released by X", "citing X".

The source is the whole noun phrase after the cue, to the end of its clause, as PolNeAR marks it ("the
results of the latest Quinnipiac University poll released Wednesday"); the speaker is the name in it (the
agent after "by", else the first mention). A phrase with no name ("a pool report") is a source without
a speaker.
"""

from __future__ import annotations

import dataclasses

from framing.attribution.base import Mention, in_class, make_mention
from framing.attribution.content import according_content
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.verbs import apposed_name
from framing.match import Hit

MAX_SOURCE_PHRASE = 16
"""The longest phrase after "according to" read as its source; a longer clause is content."""
QUOTE_MARKS = '"“”‘’«»'


def according_to(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """The source after "according to" or "citing": "According to X, ...", "..., citing X"."""
    if cue.entry.subcategory != "according_to":
        return None
    mention = _agent_after_by(ctx, cue) or next(iter(ctx.by_token.starting_in(cue.stop, cue.stop + 2)), None)
    if mention is None:
        mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    if mention is None:
        mention = _whole_phrase(ctx, cue, None)
    if mention is None:
        return None
    mention = apposed_name(ctx, mention)
    if mention.first == cue.stop + 1 and in_class(ctx.lexicons, ctx.tokens[cue.stop].norm, "article"):
        start = ctx.tokens[cue.stop].start  # "according to the Las Vegas Sun": the phrase with its article
        mention = dataclasses.replace(
            mention, first=cue.stop, start=start, text=ctx.text[start : mention.end]
        )
    mention = _whole_phrase(ctx, cue, mention)
    ctx.used_cues.update(range(cue.first, mention.stop))
    content = according_content(ctx.text, ctx.sentence, ctx.tokens, cue, mention)
    return Claim(mention, cue, content, "according_to", "according_to")


def _agent_after_by(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source of "according to a statement released by his ministry", "an analysis by X": the agent."""
    tokens = ctx.tokens
    for b in range(cue.stop + 1, min(cue.stop + 5, len(tokens) - 1)):
        if tokens[b].clause_break_before:
            return None
        if tokens[b].norm != "by":
            continue
        if any(m.kind not in ("speech_noun", "vague") for m in ctx.by_token.starting_in(cue.stop, b)):
            return None  # "according to X, backed by ...": X is the source
        after = [m for m in ctx.by_token.starting_in(b + 1, b + 3) if m.kind != "pronoun"]
        if after:
            return after[0]
        stop = next((k for k in range(b + 1, len(tokens)) if tokens[k].clause_break_before), len(tokens))
        # "a report by British intelligence": the agent is an unnamed body
        return make_mention(ctx.text, tokens, b + 1, stop, "role") if b + 1 < stop <= b + 4 else None
    return None


def _whole_phrase(ctx: SentenceContext, cue: Hit, mention: Mention | None) -> Mention | None:
    """The source phrase after the cue to the end of its clause, the speaker's name kept.

    "according to an ABC News-Washington Post poll", "according to a count by The Associated Press". A
    phrase without a mention is a speech noun with no possessor ("according to a pool report").
    """
    tokens, text = ctx.tokens, ctx.text
    first = cue.stop
    stop = next((k for k in range(first + 1, len(tokens)) if tokens[k].clause_break_before), len(tokens))
    if first >= len(tokens) or stop - first > MAX_SOURCE_PHRASE:
        return mention
    opener = ctx.lexicons.speech.function_words.get(tokens[first].norm)
    if opener not in (None, "determiner") and not in_class(ctx.lexicons, tokens[first].norm, "possessive"):
        return mention
    end = tokens[stop - 1].end
    if any(mark in text[tokens[first].start : end] for mark in QUOTE_MARKS):
        return mention
    if mention is None:
        return make_mention(text, tokens, first, stop, "speech_noun")
    if mention.first < first or mention.stop > stop:
        return mention
    whole = make_mention(text, tokens, first, stop, mention.kind)
    return dataclasses.replace(
        mention,
        first=first,
        stop=stop,
        start=whole.start,
        end=whole.end,
        text=whole.text,
        name=mention.name or mention.text,
    )
