"""The attribution rules: each reads a :class:`SentenceContext` and returns a :class:`Claim` or nothing.

They are tried in the order of the tables below; the ``rule`` field of an attribution names the rule:

Quotations (:data:`QUOTE_RULES`, each quotation once, where its cue is or where it ends):

- ``quote_cue``: a cue outside the quote, the source next to the cue (‘...,’ he wrote · “...,” said
  Governor X · X told reporters: “...” · “...,” X, 52, said); a quote over several sentences carries its
  speaker into every one of them, whether the cue comes before, after or in the middle.
- ``quote_colon``: a source, a colon, a quotation (Governor Anokhine: ‘Our Systems Are Ready’).
- ``scare``: a short quotation (≤ 3 words) with no cue is a scare quote, not speech.
- ``floating``: a longer quotation without a cue takes the previous speaker (split and floating quotes).

Cues (:data:`CUE_RULES`, "according to" first so that its source words are not also verb cues):

- ``according_to``: "according to X", "citing X"; the content is the rest of the clause.
- ``verb`` / ``verb_noun_phrase``: reported speech, the source before the cue (X said (that) ...) or
  right after it (..., said X); asides between source and cue are skipped (X, 52, told ...).
- ``intent``: the same with an attitude cue of intention, decision or perception ("the UK plans to", "India
  refused to", "he sees"): an attribution, but the sentence is not its source's words (speaker AUTHOR).
- ``vague``: an impersonal cue ("it is believed", "reports say", "is expected to").

Dash quotations (:data:`DASH_RULES`, before the cues, whose source they take):

- ``dash_quote``: a quotation opened by a dash and closed by a dash and a cue ("- We are ready - the
  minister said"), the convention of translated outlets; it may run over several sentences.

Sentences without an attribution yet (:data:`FALLBACK_RULES`):

- ``speech_noun``: a possessed speech noun or channel with a cue ("reported on Anokhine's Telegram channel").
- ``colon_line``: a sentence opening with a source and a colon ("TAPPER: And obviously, ...").
"""

from __future__ import annotations

from collections.abc import Callable

from framing.attribution.base import Mention, make_mention, rstrip_end, word_class
from framing.attribution.content import according_content, trim, verb_content
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.phrases import conjoined, follows_in_clause, noun_phrase_after, noun_phrase_subject
from framing.attribution.subjects import (
    colon_source,
    inverted_subject,
    nearest_cue,
    participle_subject,
    subject,
)
from framing.match import Hit
from framing.quotes import SCARE_MAX_WORDS, Quote
from framing.tokenize import WORD

SOURCE_KINDS_OF_LINES = ("person", "name", "institution", "media", "title_role")
DASHES = "-–—"


def quote_cue(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A quotation with a verb cue next to it; the source is the cue's subject."""
    cue = nearest_cue(ctx.cues, ctx.tokens, quote, ctx.used_cues)
    if cue is None:
        return None
    ctx.used_cues.add(cue.first)
    mention = cue_source(ctx, cue)
    return Claim(mention, cue, (quote.content_start, quote.content_end), "direct", "quote_cue", quote)


def cue_source(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source of a cue: its subject, the source right after it, or a plain noun phrase."""
    mention = (
        subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or inverted_subject(cue, ctx.by_token, ctx.tokens)
        or participle_subject(cue, ctx.by_token, ctx.tokens)
    )
    if mention is None and cue.entry.subcategory in ("verb", "phrase"):
        mention = noun_phrase_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        if mention is None and follows_in_clause(ctx.tokens, cue):
            mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    return mention


def quote_colon(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A source and a colon before a quotation ("Governor Anokhine: ‘...’"): the colon stands as the cue."""
    mention = colon_source(ctx.text, quote, ctx.mentions)
    if mention is None:
        return None
    at = ctx.text.rindex(":", 0, quote.start)
    return Claim(mention, None, (quote.content_start, quote.content_end), "direct", "quote_colon", quote, at)


def scare(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A short quotation with no cue: the author's scare quote ("so-called 'experts'")."""
    n_words = len(WORD.findall(ctx.text, quote.content_start, quote.content_end))
    if n_words > SCARE_MAX_WORDS or quote.paragraphs > 1:
        return None
    return Claim(None, None, (quote.content_start, quote.content_end), "scare", "scare", quote)


def floating(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A longer quotation without a cue: the previous speaker goes on speaking."""
    return Claim(None, None, (quote.content_start, quote.content_end), "floating", "floating", quote)


def according_to(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """The source after "according to" or "citing": "According to X, ...", "..., citing X"."""
    if cue.entry.subcategory != "according_to":
        return None
    mention = _agent_after_by(ctx, cue) or next(iter(ctx.by_token.starting_in(cue.stop, cue.stop + 2)), None)
    if mention is None:
        mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    if mention is None:
        return None
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


def verb(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """Reported speech: "X said (that) ...", "..., said X", "the group says ..."."""
    kind = cue.entry.subcategory
    if kind not in ("verb", "phrase", "attitude"):
        return None
    rule = "verb"
    mention = (
        subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or inverted_subject(cue, ctx.by_token, ctx.tokens)
        or participle_subject(cue, ctx.by_token, ctx.tokens)
    )
    if mention is not None and mention.kind == "place":
        mention = None  # "The Volgograd Region found itself ...": places do not speak
    inverted = kind != "attitude" and ctx.tokens[cue.first].clause_break_before
    if mention is None and inverted and follows_in_clause(ctx.tokens, cue):
        # "The war will be long, said the chairman of the joint chiefs of staff.": the source ends the
        # clause; "..., said the only way to solve it is ..." is the content, not a source.
        mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        if mention is not None and mention.stop < len(ctx.tokens):
            mention = mention if ctx.tokens[mention.stop].clause_break_before else None
    if mention is None and kind != "attitude":
        mention = noun_phrase_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        ends = ctx.by_token.last_ends
        mention = mention and conjoined(ctx.text, mention, ends, ctx.tokens, ctx.lexicons)
        rule = "verb_noun_phrase"
    if mention is None:
        return None
    ctx.used_cues.add(cue.first)
    content = verb_content(ctx.text, ctx.sentence, ctx.tokens, cue, mention, ctx.lexicons)
    if kind == "attitude" and _intention(ctx, cue):
        rule = "intent"
    return Claim(mention, cue, content, "indirect", rule)


def _intention(ctx: SentenceContext, cue: Hit) -> bool:
    """An attitude cue of intention or perception ("plans", "refused", "sees"): never-a-speaker words."""
    phrase = " ".join(t.norm for t in ctx.tokens[cue.first : cue.stop])
    return word_class(ctx.lexicons, phrase) == "not_source"


def vague(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """An impersonal cue is its own vague source: "it is believed", "reports say"."""
    if cue.entry.subcategory != "vague":
        return None
    ctx.used_cues.add(cue.first)
    source = make_mention(ctx.text, ctx.tokens, cue.first, cue.stop, "vague")
    content = verb_content(ctx.text, ctx.sentence, ctx.tokens, cue, source, ctx.lexicons)
    return Claim(source, cue, content, "vague", "vague")


def dash_quote(ctx: SentenceContext) -> Claim | None:
    """A dash quotation, "- We are ready - the minister said": a dash closes the quote, a cue and its source follow."""
    text, tokens = ctx.text, ctx.tokens
    for cue in ctx.cues:
        if cue.first in ctx.used_cues or cue.entry.subcategory not in ("verb", "phrase"):
            continue
        first = cue.first
        mention = inverted_subject(cue, ctx.by_token, tokens) or noun_phrase_after(
            text, cue, ctx.by_token, tokens, ctx.lexicons
        )
        if mention is None or mention.first != cue.stop:
            mention = subject(text, cue, ctx.by_token, tokens, ctx.lexicons)
            first = mention.first if mention is not None else first
        if mention is None or (mention.kind == "pronoun" and mention.referent in ("first", "second")):
            continue
        dash = rstrip_end(text, tokens[first].start)  # the text before the source, without spaces
        opening = _opening_dash(ctx)
        if not dash or text[dash - 1] not in DASHES or opening is None or opening >= dash - 1:
            continue
        ctx.used_cues.add(cue.first)
        start, end = trim(text, opening + 1, dash - 1)
        return Claim(mention, cue, (start, end), "direct", "dash_quote", None, dash - 1)
    return None


def _opening_dash(ctx: SentenceContext) -> int | None:
    """The dash that opens the paragraph of this sentence, if the paragraph opens with one."""
    start = ctx.layout.paragraph_start(ctx.sentence)
    opener = ctx.text[start : start + 2]
    if opener[:1] in DASHES and opener[1:2].isspace():
        return start
    return None


def speech_noun(ctx: SentenceContext) -> Claim | None:
    """A possessed speech noun or channel, "reported on Anokhine's Telegram channel": a possessed speech noun or channel with a free cue."""
    free = [c for c in ctx.cues if c.first not in ctx.used_cues and c.entry.subcategory in ("verb", "phrase")]
    if not free:
        return None
    for mention in ctx.mentions:
        if mention.kind == "speech_noun" and mention.possessor is not None:
            return Claim(mention, free[0], (ctx.sentence.start, ctx.sentence.end), "indirect", "speech_noun")
    return None


def colon_line(ctx: SentenceContext) -> Claim | None:
    """A sentence that opens with a source and a colon, then at least three words: "TAPPER: And obviously, ..."."""
    first = next((m for m in ctx.mentions if m.first == 0), None)
    if first is None or first.kind not in SOURCE_KINDS_OF_LINES:
        return None
    if not ctx.text[first.end : ctx.sentence.end].startswith(":"):
        return None
    at = first.end
    if sum(1 for t in ctx.tokens if t.start > at) < 3:
        return None
    return Claim(first, None, trim(ctx.text, at + 1, ctx.sentence.end), "indirect", "colon_line", None, at)


QuoteRule = Callable[[SentenceContext, Quote], Claim | None]
CueRule = Callable[[SentenceContext, Hit], Claim | None]
SentenceRule = Callable[[SentenceContext], Claim | None]

QUOTE_RULES: tuple[QuoteRule, ...] = (quote_cue, quote_colon, scare, floating)
CUE_RULES: tuple[CueRule, ...] = (according_to, verb, vague)
DASH_RULES: tuple[SentenceRule, ...] = (dash_quote,)
FALLBACK_RULES: tuple[SentenceRule, ...] = (speech_noun, colon_line)
