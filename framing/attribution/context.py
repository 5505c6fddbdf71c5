"""One sentence as the rules see it: its tokens, cues, channel, candidate sources and quotations."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from framing.attribution.base import Mention, MentionIndex, class_words, in_class
from framing.attribution.bridges import bridged_cues
from framing.attribution.capitals import read_opener
from framing.attribution.layout import Layout
from framing.attribution.mentions import mentions
from framing.attribution.premodifiers import modifies_a_noun
from framing.fastinit import fast_init
from framing.lexicon import Entry, LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit, PatternIndex, select_longest
from framing.quotes import Quote, Tagged
from framing.segment import Sentence
from framing.tokenize import Token

DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,30}(?:,[^()\n]{1,30})?\s*\([^()\n]{1,40}\)\s*[-–—]+\s*")
"""A news dateline: "MINSK, 16 February (BelTA) – ", "CAPRI, Italy (AP) — "."""
LEAD_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,30}(?:,[^()\n]{1,30})?\s*[-–—]+\s+(?=[A-Z])")
"""A dateline without its agency, "HELSINKI — Proposals ...": only in an article's first sentences
(:data:`LEAD_SENTENCES`); later "EADS - Airbus' majority owner - admitted" is a subject and its aside."""
LEAD_SENTENCES = 3
"""The sentences of an article's opening in which a dateline without its agency is read."""


@fast_init
@dataclass(frozen=True, slots=True)
class Claim:
    """What a rule found: a source mention (or none), a cue, the content span and how it was found.

    ``colon`` is the offset of a colon or dash that stands as the cue ("Governor Anokhine: ‘...’").
    """

    mention: Mention | None
    cue: Hit | None
    content: tuple[int, int]
    kind: str
    rule: str
    quote: Quote | None = None
    colon: int | None = None


@dataclass
class SentenceContext:
    """A sentence read once for all rules; ``used_cues`` records the cues rules have taken."""

    text: str
    sentences: Sequence[Sentence]
    sentence: Sentence
    tokens: Sequence[Token]
    lexicons: LexiconSet
    cues: list[Hit]
    channel: str | None
    mentions: list[Mention]
    quotes: list[Quote]
    layout: Layout
    by_token: MentionIndex
    used_cues: set[int] = field(default_factory=set)
    last_source: tuple[int, Mention] | None = None  # (cue token, source) of the latest claim with a source
    first_source: tuple[int, Mention] | None = None  # ... and of the first: the main clause's, as a rule
    channel_starts: frozenset[int] = frozenset()  # tokens where a channel begins ("on Twitter")
    channel_ends: Mapping[int, int] = field(default_factory=dict)  # a channel's stop -> its first token
    noun_cues: dict[int, bool] = field(default_factory=dict)  # a cue's first token -> read as a noun

    def note_source(self, cue: int, mention: Mention) -> None:
        """Record the source of a claim whose cue starts at token ``cue``."""
        self.last_source = (cue, mention)
        if self.first_source is None:
            self.first_source = (cue, mention)


def speech_groups(lexicons: LexiconSet) -> dict[str, tuple[Entry, ...]]:
    """The patterns attribution reads: cues, channels, source words and pronouns (one pass finds them all)."""
    speech = lexicons.speech
    return {
        "cue": speech.cues,
        "channel": speech.channels,
        "source": speech.sources,
        "pronoun": speech.pronouns,
    }


@derived
def _index(lexicons: LexiconSet) -> PatternIndex:
    return PatternIndex(speech_groups(lexicons))


def read_sentence(text: str, sentences: Sequence[Sentence], sentence: Sentence, tokens: Sequence[Token],
                  layout: Layout, lexicons: LexiconSet, hits: list[Hit] | None = None) -> SentenceContext:  # fmt: skip
    """Find the cues, the channel, the mentions and the quotations of a sentence (``layout``: the article's).

    ``hits``: the :func:`speech_groups` patterns found in the sentence, if a pass over it found them already.
    """
    inside = layout.inside(tokens)
    dateline = DATELINE.match(text, sentence.start, sentence.end)
    if dateline is None and sentence.index < LEAD_SENTENCES:
        dateline = LEAD_DATELINE.match(text, sentence.start, sentence.end)
    if dateline is not None:  # "KYIV (Ukrinform) –": the medium that carries the story, not a speaker
        inside = [flag or t.start < dateline.end() for flag, t in zip(inside, tokens, strict=True)]
    if hits is None:
        hits = _index(lexicons).find(tokens)
    hits = [*hits, *bridged_cues(tokens, _index(lexicons), lexicons)]  # "is also convinced that"
    cues = [
        h
        for h in select_longest(h for h in hits if h.group == "cue")
        if not inside[h.first]
        and not _compound(text, tokens, h.first)
        and not _without_topic(tokens, h, lexicons)
        and not _in_title(tokens, h.first)
        and (h.entry.subcategory != "printed" or _printed(tokens, h.first, lexicons))
    ]
    channels = select_longest(h for h in hits if h.group == "channel")
    # A named platform ("Telegram") says more than a form of speech ("statement"); a channel word that is
    # part of a cue ("The statement was made by X in his video address") is the cue's, not the channel.
    in_cues = {i for h in cues for i in range(h.first, h.stop)}
    free = [h for h in channels if h.first not in in_cues] or channels
    named = [h for h in free if h.entry.label[:1].isupper()]
    channel = (named or free)[0].entry.label if free else None
    # Words of a channel or a cue are not names ("his Telegram channel", "Russia Claims").
    taken = {i for h in (*channels, *cues) for i in range(h.first, h.stop)}
    blocked = [flag or i in taken for i, flag in enumerate(inside)]
    sources = [
        h
        for h in hits
        if h.group == "pronoun" or (h.group == "source" and not modifies_a_noun(h, tokens, cues, lexicons))
    ]
    found = [
        m
        for m in (
            read_opener(text, m, tokens, cues, lexicons, layout)
            for m in mentions(text, tokens, sources, lexicons, inside, blocked)
        )
        if m is not None
    ]
    here = layout.quotes_in(sentence.start, sentence.end)
    return SentenceContext(text, sentences, sentence, tokens, lexicons, cues, channel, found, here, layout,
                           MentionIndex.build(found), channel_starts=frozenset(h.first for h in channels),
                           channel_ends={h.stop: h.first for h in channels})  # fmt: skip


def _in_title(tokens: Sequence[Token], k: int) -> bool:
    """A capitalized cue word after a capitalized word in a sentence of lowercase prose is part of a name.

    "films include ... Midnight Express", "the Y Vote Mock Elections": in prose a speech verb is written in
    lowercase; a headline in title case ("Russia Claims ...") keeps its cues.
    """
    word = tokens[k]
    if (
        k == 0
        or not word.text[:1].isupper()
        or not word.joins_previous
        or not tokens[k - 1].text[:1].isupper()
    ):
        return False
    words = [t for t in tokens if t.text[:1].isalpha()]
    return 2 * sum(t.text[:1].islower() for t in words) > len(words)


def _printed(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether a ``printed`` cue has a printed text for its subject: "the statement read", "read a statement".

    Lowercase only ("Read said" is the singer Mike Read); a reader is no subject ("Pupils read “Macbeth”",
    "He read “The Gruffalo”": a title the author names). The subject is a ``printed_subject`` word right
    before the cue, or right after it past an article ("..., read the statement from the ministry").
    """
    if not tokens[k].text.islower():
        return False
    if k > 0 and in_class(lexicons, tokens[k - 1].norm, "printed_subject"):
        return True
    after = k + 1 + (k + 1 < len(tokens) and in_class(lexicons, tokens[k + 1].norm, "article"))
    return after < len(tokens) and in_class(lexicons, tokens[after].norm, "printed_subject")


def _compound(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A word hyphenated to the one before it ("long-anticipated", "self-declared") is an adjective, no cue."""
    return k > 0 and tokens[k].start == tokens[k - 1].end + 1 and text[tokens[k].start - 1] == "-"


ADD_REACH = 6
"""Words an object of "add" may have before its "to" ("added the Olympic relay crown to his title")."""


def _added_object(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether "add" takes an object at ``k``: an amount ("Daiwa added 5.3%") or a noun phrase before "to".

    "adds pressure to", "added an extra 6.4% to $27.24": something added, not words. A verb before the
    "to" makes the words a reported clause: "he added the cost involved was ...", "she added the pair
    brought a real warmth to"; so does an amount that a clause follows ("added 20 drones were shot down").
    """
    verbs = class_words(lexicons, "irregular_past")
    amount = k < len(tokens) and tokens[k].text[:1].isdigit() and tokens[k].joins_previous
    for j in range(k, min(len(tokens), k + ADD_REACH + 1)):
        token = tokens[j]
        if token.clause_break_before or (j == k and not token.joins_previous):
            break  # "he added: “It feels good to ...”": punctuation after the cue opens the words added
        if token.norm in ("that", *verbs) or token.norm.endswith("ed") or _auxiliary(token.norm, lexicons):
            return False
        if token.norm == "to" and j > k:
            return True
    return amount


def _auxiliary(norm: str, lexicons: LexiconSet) -> bool:
    return lexicons.speech.function_words.get(norm) == "auxiliary"


def _without_topic(tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet) -> bool:
    """A ``topic_verb`` with no topic after it in its clause: "spoke at a rally" names an event, not words.

    A ``complement_verb`` is a cue only before "to" or "that", or at the sentence's end: "threatened to cut
    gas" and "'We will strike,' he threatened." are threats made, "a state that threatens global security" is
    none. An ``add_form`` before "to" adds to something ("added to the list"); PolNeAR train marks 1 of
    26 "add(ed) to" as a cue.
    """
    single = cue.stop - cue.first == 1
    before_to = (
        cue.stop < len(tokens) and tokens[cue.stop].norm == "to" and not tokens[cue.stop].clause_break_before
    )
    if single and tokens[cue.first].norm in class_words(lexicons, "add_form"):
        # "OTHERS ADDED TO RUSSIA'S REGISTRY", "adding to the pressure": increased, not said
        # '"...," added the MP to Landtag Bavaria': after the words, "add" opens an inverted source
        return before_to or (
            not tokens[cue.first].clause_break_before and _added_object(tokens, cue.stop, lexicons)
        )
    if single and tokens[cue.first].norm in class_words(lexicons, "complement_verb"):
        # '"We will strike back," Putin threatened.' ends the sentence: the quotation is the threat
        # ("Rain threatened, but the match went ahead" is none)
        return cue.stop < len(tokens) and tokens[cue.stop].norm not in ("to", "that")
    if cue.stop - cue.first > 1 or tokens[cue.first].norm not in class_words(lexicons, "topic_verb"):
        return False
    topics = class_words(lexicons, "topic_preposition")
    for token in tokens[cue.stop :]:
        if token.clause_break_before:
            break
        if token.norm in topics:
            return False
    return True


def paragraph_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Paragraph spans from the sentences already found (segmentation is not run twice)."""
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        if not s.boilerplate:
            start, end = spans.get(s.paragraph, (s.start, s.end))
            spans[s.paragraph] = (min(start, s.start), max(end, s.end))
    return [spans[p] for p in sorted(spans)]


@derived
def quote_tags(lexicons: LexiconSet) -> Tagged:
    """A test of a stretch of text for a quotation's tag: a comma, a source, a verb cue that ends the sentence.

    ", the minister said after the meeting.": a reporter closing a quotation whose closing mark was lost (see
    :func:`framing.quotes.find_quotes`); at most three words before the verb and four after it, so that a
    verb inside a quoted clause (", and found that several of the people involved were ...") is no tag.
    """
    pattern = _tag_pattern(lexicons)
    return lambda text, start, end: pattern.search(text, start, end) is not None


@derived
def _tag_pattern(lexicons: LexiconSet) -> re.Pattern[str]:
    """The tag test's pattern, built once per lexicon set (not once per article): one-word verb cues."""
    words = {e.pattern for e in lexicons.speech.cues if e.subcategory == "verb" and len(e.words) == 1}
    verbs = "|".join(re.escape(v) for v in sorted(words, key=len, reverse=True))
    return re.compile(rf",\s+(?:[\w'’.-]+\s+){{0,3}}(?:{verbs})(?:\s+[\w'’-]+){{0,4}}[.!?]", re.IGNORECASE)


def possessive(ctx: SentenceContext, mention: Mention) -> bool:
    """A mention that owns what follows it: "Trump's appeal", "his results"."""
    after = ctx.text[mention.end : mention.end + 2]
    return (
        after in ("'s", "’s")
        or mention.text.endswith(("'s", "’s"))
        or (mention.kind == "pronoun" and in_class(ctx.lexicons, mention.text.lower(), "possessive"))
    )
