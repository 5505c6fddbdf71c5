"""Plain noun phrases as sources: "the social media company said", "said a friend", "Kyiv and its allies say".

A phrase is a source when it can name one: not a verb group, a participle, a cue word or a channel.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence

from framing.attribution.base import NAME_KINDS, Mention, MentionIndex, make_mention, word_class
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

MAX_NOUN_PHRASE = 8


def noun_phrase_subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                        lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """A plain noun phrase right before a speech verb: "the social media company said", "the group says"."""
    if cue.first == 0 or tokens[cue.first].clause_break_before:
        return None
    function_words = lexicons.speech.function_words
    first = None
    k = cue.first - 1
    while k >= 0 and cue.first - k <= MAX_NOUN_PHRASE:
        word_class_ = function_words.get(tokens[k].norm)
        if word_class_ not in (None, "determiner") and tokens[k].norm != "of":
            break
        first = k
        if word_class_ == "determiner" or tokens[k].clause_break_before:
            break
        k -= 1
    if first is None or function_words.get(tokens[cue.first - 1].norm) is not None:
        return None
    phrase = tokens[first : cue.first]
    if all(function_words.get(t.norm) is not None or t.text.isdigit() for t in phrase):
        return None
    if any(t.norm in speech_words(lexicons) for t in phrase):
        return None  # "He said the US would continue": the source is before the first cue, not "said the US"
    if not _noun_like(phrase, lexicons):
        return None
    return phrase_mention(text, tokens, first, cue.first, mentions, lexicons)


def _noun_like(phrase: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A phrase that can name a source: not a verb group or participle ("is expected", "Speaking")."""
    last = phrase[-1]
    if word_class(lexicons, last.norm) == "not_source" or last.norm in speech_words(lexicons):
        return False  # "the statement said", "Speaking", "said"
    if " ".join(t.norm for t in phrase[-2:]) in speech_words(lexicons):
        return False  # "through social media spoke": a channel, not a source
    if last.norm.endswith(("ing", "ed")) and not last.text[0].isupper():
        return False
    return not (len(phrase) == 1 and last.text[0].isupper() and last.norm.endswith("ing"))


@functools.lru_cache(maxsize=8)
def speech_words(lexicons: LexiconSet) -> frozenset[str]:
    """Words that are speech, not speakers: one-word cues and channels, two-word channels ("social media")."""
    speech = lexicons.speech
    one = {e.pattern for e in (*speech.cues, *speech.channels) if len(e.words) == 1}
    return frozenset(one | {e.pattern for e in speech.channels if len(e.words) == 2})


def follows_in_clause(tokens: Sequence[Token], cue: Hit) -> bool:
    """Whether a word follows the cue in its clause ("said a friend", not "said." or "said, adding")."""
    return cue.stop < len(tokens) and not tokens[cue.stop].clause_break_before


def noun_phrase_after(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                      lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source after a cue: up to the end of its clause ("according to a new poll, ...").

    A phrase that opens with a preposition, conjunction or adverb ("said on Sunday", "said at") is no source.
    """
    opener = tokens[cue.stop].norm if cue.stop < len(tokens) else ""
    opener_class = lexicons.speech.function_words.get(opener)
    if opener_class not in (None, "determiner") and word_class(lexicons, opener) != "possessive":
        return None
    stop = cue.stop
    while (
        stop < len(tokens)
        and stop - cue.stop < MAX_NOUN_PHRASE
        and not (stop > cue.stop and tokens[stop].clause_break_before)
    ):
        if stop > cue.stop and lexicons.speech.function_words.get(tokens[stop].norm) in (
            "conjunction",
            "pronoun",
        ):
            break  # "said von der Leyen when asked ...": the clause after the source is not the source
        stop += 1
    if stop == cue.stop or not _noun_like(tokens[cue.stop : stop], lexicons):
        return None
    return phrase_mention(text, tokens, cue.stop, stop, mentions, lexicons)


def phrase_mention(text: str, tokens: Sequence[Token], first: int, stop: int, mentions: MentionIndex,
                   lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A noun phrase as a source: its head decides the kind ("a spokesman for the ministry" is a role)."""
    del lexicons
    by = next((k for k in range(first + 1, stop - 1) if tokens[k].norm == "by"), None)
    after_by = (
        [*mentions.starting.get(by + 1, ()), *mentions.starting.get(by + 2, ())] if by is not None else []
    )
    agent = next(iter(after_by), None)
    if agent is not None and agent.kind not in ("speech_noun", "pronoun"):
        return agent  # "a report released by British intelligence": the agent is the source
    head = next((m for m in mentions.stopping.get(stop, ()) if m.first >= first), None)
    if head is not None and head.kind not in ("speech_noun", "pronoun"):
        return dataclasses.replace(head, first=first, start=tokens[first].start,
                                   text=text[tokens[first].start : tokens[stop - 1].end])  # fmt: skip
    inner = mentions.between(first, stop)
    named = [m for m in inner if m.kind in NAME_KINDS and m.stop == stop]
    if named:
        return named[-1]
    kind = "vague" if any(m.kind == "vague" for m in inner) else "role"
    return make_mention(text, tokens, first, stop, kind)


def conjoined(text: str, mention: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
               lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A source joined to an organisation before it ("Kyiv and its Western allies say") speaks with it.

    The joined source takes the first one's kind and the whole phrase as its name; conjoined people's
    names ("Putin and Biden") stay two sources (the last one speaks), never one person.
    """
    k = mention.first
    if k > 0 and word_class(lexicons, tokens[k - 1].norm) == "possessive":
        k -= 1  # "and its allies"
    if k < 2 or mention.kind in ("pronoun", "speech_noun") or tokens[k].clause_break_before:
        return mention
    if word_class(lexicons, tokens[k - 1].norm) != "coordinator" or tokens[k - 1].norm != "and":
        return mention
    first = ends.get(k - 1)
    if first is None or first.kind not in ("institution", "media", "vague", "role"):
        return mention
    whole = text[first.start : mention.end]
    return dataclasses.replace(first, stop=mention.stop, end=mention.end, text=whole, name=whole)
