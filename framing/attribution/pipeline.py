"""Read an article top to bottom: rules find claims in each sentence, the discourse resolves their sources."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from framing.attribution.content import covered, cue_span
from framing.attribution.context import Claim, SentenceContext, paragraph_spans, read_sentence
from framing.attribution.resolver import UNKNOWN, Discourse
from framing.attribution.rules import CUE_RULES, DASH_RULES, FALLBACK_RULES, QUOTE_RULES, quote_colon
from framing.attribution.speeches import whole_text_speakers
from framing.lexicon import LexiconSet
from framing.quotes import find_quotes
from framing.results import AUTHOR, Attribution
from framing.segment import Sentence
from framing.tokenize import Token


def attribute(
    text: str,
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[Token]],
    lexicons: LexiconSet,
) -> tuple[tuple[Attribution, ...], list[tuple[str, str]]]:
    """Find attributions and give every sentence a speaker.

    Args:
        text: The document.
        sentences: Its sentences (from :func:`framing.segment.segment`).
        tokens: The tokens of each sentence.
        lexicons: Supplies the cue, channel, source, pronoun, role and word-class lists.

    Returns:
        The attributions in text order, and per sentence its (speaker, source_type).
    """
    quotes = [q for q in find_quotes(text, paragraph_spans(sentences)) if q.depth == 0]
    discourse = Discourse(lexicons)
    found: list[Attribution] = []
    quotes_done: set[int] = set()
    for sentence, sentence_tokens in zip(sentences, tokens, strict=True):
        if sentence.boilerplate or not sentence_tokens:
            continue
        ctx = read_sentence(text, sentences, sentence, sentence_tokens, quotes, lexicons)
        new = [_build(ctx, claim, discourse) for claim in _claims(ctx, quotes_done)]
        found.extend(new)
        discourse.remember(ctx.mentions, sentence.index)
    # A person first named by surname and later in full is one speaker, under the fuller name.
    found = sorted((discourse.final(a) for a in found), key=lambda a: (a.content_start, a.content_end))
    speakers = whole_text_speakers(sentences, tokens, found, sentence_speakers(sentences, found), lexicons)
    return tuple(found), speakers


def _claims(ctx: SentenceContext, quotes_done: set[int]) -> Iterator[Claim]:
    """The claims of a sentence, in rule order, each built (and its speaker remembered) before the next."""
    yielded = False
    for quote in ctx.quotes:
        if id(quote) in quotes_done:
            continue
        ends_here = quote.end <= ctx.sentence.end
        claim = QUOTE_RULES[0](ctx, quote)
        if claim is None and quote.start >= ctx.sentence.start:
            claim = quote_colon(ctx, quote)  # "X: “A. B.”": the source stands where the quote opens
        if claim is None and not ends_here:
            continue  # the cue may come in the sentence where the quote ends
        quotes_done.add(id(quote))
        claim = claim or next((c for rule in QUOTE_RULES[1:] if (c := rule(ctx, quote)) is not None), None)
        if claim is not None:
            yielded = True
            yield claim
    for rule in DASH_RULES:
        claim = rule(ctx)
        if claim is not None:
            yielded = True
            yield claim
    for cue in sorted(ctx.cues, key=lambda c: c.entry.subcategory != "according_to"):
        if cue.first in ctx.used_cues:
            continue
        claim = next((c for rule in CUE_RULES if (c := rule(ctx, cue)) is not None), None)
        if claim is not None:
            yielded = True
            yield claim
    if not yielded:
        claim = next((c for rule in FALLBACK_RULES if (c := rule(ctx)) is not None), None)
        if claim is not None:
            yield claim


def _build(ctx: SentenceContext, claim: Claim, discourse: Discourse) -> Attribution:
    """An attribution from a claim: its source resolved, its speaker remembered for what follows."""
    index = ctx.sentence.index
    # A pronoun or a floating quote reaches back from where the quotation opens, not where it ends.
    opened = covered(ctx.sentences, claim.quote.start, claim.quote.end)[0] if claim.quote else index
    if claim.kind == "scare":
        speaker, source_type = AUTHOR, "none"
    else:
        speaker, source_type = discourse.resolve(claim.mention, opened)
    if speaker == UNKNOWN and claim.quote is not None:
        speaker, source_type = discourse.previous_quoted(opened) or (UNKNOWN, "none")
    elif speaker == UNKNOWN and claim.rule == "dash_quote":
        speaker, source_type = discourse.previous_speaker(opened) or (UNKNOWN, "none")
    discourse.spoke(index, speaker, source_type, quoted=claim.kind in ("direct", "floating"))
    quote, mention, cue = claim.quote, claim.mention, claim.cue
    span = (quote.start, quote.end) if quote is not None else claim.content
    cue_start, cue_end = cue_span(ctx.tokens, cue, ctx.lexicons) if cue else (None, None)
    if cue is None and claim.colon is not None:
        cue_start, cue_end = claim.colon, claim.colon + 1
    stance = cue.entry.label if cue else "neutral" if claim.colon is not None else None
    return Attribution(
        speaker=speaker,
        source_type=source_type,
        source_text=mention.text if mention else None,
        source_start=mention.start if mention else None,
        source_end=mention.end if mention else None,
        cue=ctx.text[cue_start:cue_end] if cue_start is not None else None,
        cue_start=cue_start,
        cue_end=cue_end,
        cue_stance=stance,
        channel=ctx.channel if claim.kind != "scare" else None,
        content_start=claim.content[0],
        content_end=claim.content[1],
        kind=claim.kind,
        sentences=covered(ctx.sentences, *span),
        rule=claim.rule,
    )


def sentence_carriers(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> dict[int, Attribution]:
    """Sentence index -> the attribution that covers most of it (no scare quotes, unknowns, intentions).

    An attribution reported inside another's content ("X said ..., BelTA has learned") is the inner
    source's: the outer one (the medium that relays it) does not carry the sentence.
    """
    best: dict[int, tuple[int, Attribution]] = {}
    kept = [a for a in attributions if a.kind != "scare" and a.speaker != UNKNOWN and a.rule != "intent"]
    for a in kept:
        if any(b is not a and _reports(a, b) for b in kept):
            continue
        for index in a.sentences:
            s = sentences[index]
            overlap = min(s.end, a.content_end) - max(s.start, a.content_start)
            if a.cue_start is not None and s.start <= a.cue_start < s.end:
                overlap = max(overlap, 1)
            if overlap > 0 and (index not in best or overlap > best[index][0]):
                best[index] = (overlap, a)
    return {index: a for index, (_, a) in best.items()}


def sentence_speakers(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> list[tuple[str, str]]:
    """Each sentence takes the speaker of the attribution that covers most of it; ``AUTHOR`` otherwise."""
    carriers = sentence_carriers(sentences, attributions)
    return [
        (carriers[s.index].speaker, carriers[s.index].source_type)
        if s.index in carriers
        else (AUTHOR, "none")
        for s in sentences
    ]


def _reports(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner``'s source and cue stand inside the content a medium relays ("X said ..., BelTA reports")."""
    if (
        outer.source_type != "media"
        or inner.source_type == "media"
        or inner.kind == "scare"
        or inner.cue_start is None
        or inner.source_start is None
    ):
        return False
    return (
        outer.content_start <= min(inner.source_start, inner.cue_start)
        and inner.cue_start < outer.content_end
    )
