"""The source of a cue: before it (X said), after it (said X), after "according to", or before a colon."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence

from framing.attribution.mentions import NAME_KINDS, Mention, make_mention, word_class
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import Quote
from framing.tokenize import Token

MAX_FILLERS = 3
MAX_ASIDE = 14
MAX_NOUN_PHRASE = 8
QUOTE_CUE_REACH = 8
"""A cue after a quote belongs to it only within this many words ("‘...’ as Ukraine ... Russia Claims" does not)."""
FILLER_CLASSES = frozenset({"auxiliary", "adverb", "negation"})
"""Function-word classes that may stand between a source and its cue ("X has also said")."""


def subject(text: str, cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token],
            lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source before a cue: next to it, after auxiliaries, adverbs or a time adjunct, or before an aside.

    An aside between source and cue belongs to the source ("Senator John Cornyn of Texas, the No. 2
    Republican in the Senate, said"), so the returned span runs to its end; an aside that is itself a
    name names the source ("his top aide, Tad Devine, told").
    """
    ends: dict[int, Mention] = {}
    for m in mentions:
        ends.setdefault(m.stop, m)
        if m.kind == "speech_noun":
            ends[m.stop] = m  # "His comments hinted": the speech noun wins over its possessor
    j = _skip_fillers(tokens, cue.first, ends, lexicons)
    if j in ends and not tokens[j].clause_break_before:
        return with_premodifiers(text, _phrase_head(text, ends[j], ends, tokens, lexicons), tokens, lexicons)
    if (
        j > 0
        and not tokens[j].clause_break_before
        and word_class(lexicons, tokens[j - 1].norm) == "coordinator"
    ):
        # "President Obama met survivors ... and said": the sentence's subject speaks.
        first = next((m for m in mentions if m.first == 0 and m.kind != "speech_noun"), None)
        if first is not None:
            return first
    if tokens[j].clause_break_before:
        return _before_aside(text, j, ends, mentions, tokens)
    return None


def _phrase_head(text: str, mention: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
                 lexicons: LexiconSet) -> Mention:  # fmt: skip
    """The head of "Critics of the government", "The Institute for the Study of War in Washington"."""
    k = mention.first
    if k > 0 and lexicons.speech.function_words.get(tokens[k - 1].norm) == "determiner":
        k -= 1  # "of the government"
    if k < 2 or mention.kind in ("pronoun", "speech_noun") or tokens[k].clause_break_before:
        return mention
    if lexicons.speech.function_words.get(tokens[k - 1].norm) != "preposition" or tokens[k - 1].norm == "by":
        return mention
    head = ends.get(k - 1)
    if head is None or head.kind in ("pronoun", "speech_noun"):
        return mention
    name = head.name or head.text  # the head names the source; the span shows the whole phrase
    return dataclasses.replace(
        head, stop=mention.stop, end=mention.end, text=text[head.start : mention.end], name=name
    )


def _skip_fillers(tokens: Sequence[Token], j: int, ends: Mapping[int, Mention], lexicons: LexiconSet) -> int:
    """Step back over "has also", "did not" and a time adjunct ("on Wednesday", "on Monday night")."""
    function_words = lexicons.speech.function_words
    fillers = 0
    while j > 0 and not tokens[j].clause_break_before and j not in ends and fillers < MAX_FILLERS:
        previous = tokens[j - 1].norm
        if function_words.get(previous) in FILLER_CLASSES:
            j -= 1
            fillers += 1
            continue
        k = j
        while k > 0 and word_class(lexicons, tokens[k - 1].norm) == "not_source" and j - k < 2:
            k -= 1
        if k < j and k > 0 and function_words.get(tokens[k - 1].norm) == "preposition":
            j = k - 1  # "Podolyak on Wednesday called"
            fillers += 1
            continue
        break
    return j


def _before_aside(text: str, j: int, ends: Mapping[int, Mention], mentions: Sequence[Mention],
                  tokens: Sequence[Token]) -> Mention | None:  # fmt: skip
    """A source before an aside: "X, 52, said", "his aide, Tad Devine, told", "Senator X of Texas, the No. 2 Republican, said"."""
    k = j - 1
    while k > 0 and not tokens[k].clause_break_before and j - k <= MAX_ASIDE:
        k -= 1
    if k <= 0 or j - k > MAX_ASIDE:
        return None
    spanning = next((m for m in mentions if m.stop == j and m.first < k and m.kind in NAME_KINDS), None)
    if spanning is not None:
        return spanning  # "The defence secretary, Grant Shapps, said": title and name read as one mention
    aside = next((m for m in mentions if m.first == k and m.stop == j and m.kind in NAME_KINDS), None)
    if k not in ends:
        return aside
    head = ends[k]
    if aside is not None and head.kind not in NAME_KINDS:
        # "The NATO spokesperson, Oana Lungescu, said": the apposed name is the source.
        return dataclasses.replace(
            aside, first=head.first, start=head.start, text=text[head.start : aside.end]
        )
    if all(t.text.isdigit() for t in tokens[k:j]):
        return head  # an age is not part of the name: "Sarandon, 69, said"
    end = tokens[j - 1].end
    return dataclasses.replace(head, stop=j, end=end, text=text[head.start : end])


def with_premodifiers(text: str, mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> Mention:
    """Widen a source over the words before it in its noun phrase: "ABC moderator David Muir", "the Trump campaign"."""
    if mention.kind in ("pronoun", "speech_noun"):
        return mention
    function_words = lexicons.speech.function_words
    first = mention.first
    while first > 0 and mention.first - first < MAX_NOUN_PHRASE and not tokens[first].clause_break_before:
        previous = tokens[first - 1].norm
        word_class_ = function_words.get(previous)
        if word_class_ not in (None, "determiner") and word_class(lexicons, previous) != "possessive":
            break
        first -= 1
        if word_class_ is not None:
            break  # a determiner or possessive opens the phrase
    if first == mention.first:
        return mention
    start = tokens[first].start
    return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end])


def noun_phrase_subject(text: str, cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token],
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
    if not _noun_like(phrase, lexicons):
        return None
    return phrase_mention(text, tokens, first, cue.first, mentions, lexicons)


def _noun_like(phrase: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A phrase that can name a source: not a verb group or participle ("is expected", "Speaking")."""
    last = phrase[-1]
    if word_class(lexicons, last.norm) == "not_source" or last.norm in _speech_words(lexicons):
        return False  # "the statement said", "Speaking", "said"
    if last.norm.endswith(("ing", "ed")) and not last.text[0].isupper():
        return False
    return not (len(phrase) == 1 and last.text[0].isupper() and last.norm.endswith("ing"))


@functools.lru_cache(maxsize=8)
def _speech_words(lexicons: LexiconSet) -> frozenset[str]:
    """Words that are speech, not speakers: one-word cues and channels ("said", "statement", "telegram")."""
    speech = lexicons.speech
    return frozenset(e.pattern for e in (*speech.cues, *speech.channels) if len(e.words) == 1)


def follows_in_clause(tokens: Sequence[Token], cue: Hit) -> bool:
    """Whether a word follows the cue in its clause ("said a friend", not "said." or "said, adding")."""
    return cue.stop < len(tokens) and not tokens[cue.stop].clause_break_before


def noun_phrase_after(text: str, cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token],
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


def phrase_mention(text: str, tokens: Sequence[Token], first: int, stop: int, mentions: Sequence[Mention],
                   lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A noun phrase as a source: its head decides the kind ("a spokesman for the ministry" is a role)."""
    del lexicons
    head = next((m for m in mentions if m.first >= first and m.stop == stop), None)
    if head is not None and head.kind not in ("speech_noun", "pronoun"):
        return dataclasses.replace(head, first=first, start=tokens[first].start,
                                   text=text[tokens[first].start : tokens[stop - 1].end])  # fmt: skip
    inner = [m for m in mentions if first <= m.first and m.stop <= stop]
    named = [m for m in inner if m.kind in NAME_KINDS and m.stop == stop]
    if named:
        return named[-1]
    kind = "vague" if any(m.kind == "vague" for m in inner) else "role"
    return make_mention(text, tokens, first, stop, kind)


def inverted_subject(cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token]) -> Mention | None:
    """The source right after the cue in the same clause: "..., said Governor X", "said the governor"."""
    return next(
        (
            m
            for m in mentions
            if m.first == cue.stop and m.kind != "speech_noun" and not tokens[m.first].clause_break_before
        ),
        None,
    )


def nearest_cue(cues: Sequence[Hit], tokens: Sequence[Token], quote: Quote, used: set[int]) -> Hit | None:
    """A verb or phrase cue outside the quote, in the clause right after or right before it."""
    candidates = [c for c in cues if c.first not in used and c.entry.subcategory in ("verb", "phrase")]
    after = [c for c in candidates if tokens[c.first].start >= quote.end]
    before = [c for c in candidates if tokens[c.stop - 1].end <= quote.start]
    if after:
        cue = after[0]
        between = [t for t in tokens if quote.end <= t.start < tokens[cue.first].start]
        if len(between) <= QUOTE_CUE_REACH:
            return cue
    if before:
        cue = before[-1]
        between = [t for t in tokens if tokens[cue.stop - 1].end <= t.start < quote.start]
        if len(between) <= 3:  # "he said:", "X told reporters that"
            return cue
    return None


def colon_source(text: str, quote: Quote, mentions: Sequence[Mention]) -> Mention | None:
    """The source right before a colon that opens a quotation: "Governor Anokhine: ‘...’"."""
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    return next((m for m in reversed(mentions) if m.end <= colon and not text[m.end : colon].strip()), None)
