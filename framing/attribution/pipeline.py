"""Read an article top to bottom: rules find claims in each sentence, the discourse resolves their sources."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from framing.attribution.carriers import sentence_speakers
from framing.attribution.cataphora import resolve_roles
from framing.attribution.context import Claim, SentenceContext, paragraph_spans, quote_tags, read_sentence
from framing.attribution.cuespans import cue_span
from framing.attribution.display import written_roles
from framing.attribution.fallbacks import FALLBACK_RULES, after_colon_line
from framing.attribution.hosts import SentenceClaims, held_views, quotation_host, quoted_in_claims
from framing.attribution.layout import Layout
from framing.attribution.leads import lead_speakers
from framing.attribution.referents import organisation_subject, resolve_source
from framing.attribution.relatives import relative_pronoun
from framing.attribution.resolver import UNKNOWN, Discourse
from framing.attribution.rules import CUE_RULES, DASH_RULES, QUOTE_RULES, quote_colon
from framing.attribution.signoff import signed_before, signed_next
from framing.attribution.speeches import whole_text_speakers
from framing.attribution.titles import quoted_title
from framing.attribution.verbs import raising
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import find_quotes
from framing.results import AUTHOR, Attribution
from framing.segment import Sentence
from framing.tokenize import Token


def attribute(
    text: str,
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[Token]],
    lexicons: LexiconSet,
    speech_hits: Sequence[list[Hit] | None] | None = None,
) -> tuple[tuple[Attribution, ...], list[tuple[str, str]]]:
    """Find attributions and give every sentence a speaker.

    Args:
        text: The document.
        sentences: Its sentences (from :func:`framing.segment.segment`).
        tokens: The tokens of each sentence.
        lexicons: Supplies the cue, channel, source, pronoun, role and word-class lists.
        speech_hits: Per sentence, the patterns of :func:`~framing.attribution.context.speech_groups`
            found in it (``None``: found here), when one pass found them with other stages' patterns.

    Returns:
        The attributions in text order, and per sentence its (speaker, source_type).
    """
    quotes = [q for q in find_quotes(text, paragraph_spans(sentences), quote_tags(lexicons)) if q.depth == 0]
    layout = Layout.build(sentences, quotes, tokens)
    discourse = Discourse(lexicons)
    found: list[Attribution] = []
    quotes_done: set[int] = set()  # the quotations read, by start (no two start at one offset)
    for sentence, sentence_tokens in zip(sentences, tokens, strict=True):
        if sentence.boilerplate or not sentence_tokens:
            continue
        hits = speech_hits[sentence.index] if speech_hits is not None else None
        ctx = read_sentence(text, sentences, sentence, sentence_tokens, layout, lexicons, hits)
        # before the claims: "The agency released a report saying ...": the report is the agency's already
        discourse.institutions.note_documents(sentence.index, ctx.tokens, ctx.mentions)
        new = SentenceClaims()
        for claim in _claims(ctx, quotes_done):
            # a cue inside the cue of an attribution already built is part of it ("issued a statement saying")
            if claim.cue is None or not new.inside_cue(ctx.tokens[claim.cue.first].start):
                new.add(_build(ctx, claim, discourse, new))
        found.extend(quoted_in_claims(new.built))
        discourse.remember(ctx.mentions, sentence.index)
        discourse.last_subject = (
            organisation_subject(ctx, discourse, len(sentence_tokens)) or discourse.last_subject
        )
    found = sorted((discourse.final(a) for a in found), key=lambda a: (a.content_start, a.content_end))
    found = held_views(text, [s.start for s in sentences], found, lexicons)
    found = written_roles(
        resolve_roles(found, discourse), text, layout, lexicons
    )  # "the president", as written
    speakers = sentence_speakers(sentences, found, lexicons)
    content = [s.index for s in sentences if not s.boilerplate and tokens[s.index]]
    speakers = lead_speakers(text, sentences, content, found, speakers)
    speakers = whole_text_speakers(sentences, tokens, found, speakers, lexicons)
    return tuple(found), speakers


def _claims(ctx: SentenceContext, quotes_done: set[int]) -> Iterator[Claim]:
    """The claims of a sentence, in rule order, each built (and its speaker remembered) before the next."""
    yielded = False
    floating: list[Claim] = []  # read after the cues: a quote inside a reported claim is its source's
    for quote in (*signed_before(ctx.text, ctx.layout, ctx.sentence), *ctx.quotes):  # "“...” ― Name"
        if quote.start in quotes_done:
            continue
        ends_here = quote.end <= ctx.sentence.end
        claim = quoted_title(ctx, quote) or QUOTE_RULES[0](ctx, quote)
        if claim is None and quote.start >= ctx.sentence.start:
            claim = quote_colon(ctx, quote)  # "X: “A. B.”": the source stands where the quote opens
        if claim is None and (not ends_here or signed_next(ctx, quote)):
            continue  # the cue may come in the sentence where the quote ends, the signer in the next one
        quotes_done.add(quote.start)
        claim = claim or next((c for rule in QUOTE_RULES[1:] if (c := rule(ctx, quote)) is not None), None)
        if claim is not None and claim.kind == "floating":
            floating.append(claim)
        elif claim is not None:
            # a scare quote is the author's: "Warren: Trump Is a ‘Proven Failure’" is still Warren's line
            yielded = yielded or claim.kind != "scare"
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
            # no source for the line: "Lavrov: We do not want war", "Lavrov: Russia does not want war"
            yielded = yielded or not (_first_person(claim) or after_colon_line(ctx, claim))
            yield claim
    yield from floating
    # "Issa: Hillary Clinton’s ‘Honesty Is In Question.’": a floating quote leaves the line to its source
    if not yielded:
        claim = next((c for rule in FALLBACK_RULES if (c := rule(ctx)) is not None), None)
        if claim is not None:
            yield claim


def _first_person(claim: Claim) -> bool:
    """A claim whose source is "I" or "we" (or "you"): a pronoun that never names who speaks."""
    mention = claim.mention
    return mention is not None and mention.kind == "pronoun" and mention.referent in ("first", "second")


def _claim_span(ctx: SentenceContext, claim: Claim) -> tuple[Claim, tuple[int, int]]:
    """The text a claim speaks over (a quote from its mark, else its content), run on past a false break.

    A dash quotation or colon block covers its cue's sentence; "H.I.V. / medication" runs on, a quote does not.
    """
    span = (claim.quote.start, claim.quote.end) if claim.quote is not None else claim.content
    if claim.rule == "signed_quote" and claim.colon is not None:  # "“...” ― Name": the signer's line too
        return claim, (span[0], max(span[1], claim.colon + 1))
    if claim.rule in ("dash_quote", "colon_block") and claim.cue is not None:
        cue = ctx.tokens[claim.cue.first]
        return claim, (min(span[0], cue.start), max(span[1], cue.end))
    if claim.quote is None and (end := ctx.layout.runs_on(ctx.text, span[1])) > span[1]:
        return dataclasses.replace(claim, content=(claim.content[0], end)), (span[0], end)
    return claim, span


def _build(ctx: SentenceContext, claim: Claim, discourse: Discourse, built: SentenceClaims) -> Attribution:
    """An attribution from a claim: its source resolved, its speaker remembered for what follows.

    ``built``: the attributions already found in this sentence; a quotation without a cue inside the
    content of one of them ("X warned that it would “lead to consequences”") is that source's.
    """
    index = ctx.sentence.index
    if claim.cue is not None and raising(ctx, claim.cue):
        claim = dataclasses.replace(claim, mention=None)
    claim, span = _claim_span(ctx, claim)
    opened = min((index, *ctx.layout.covered(*span)))  # an empty content covers no sentence
    host = quotation_host(claim, built.built)
    if claim.kind == "scare":
        speaker, source_type = AUTHOR, "none"
    elif host is not None:
        speaker, source_type = host.speaker, host.source_type
    else:
        speaker, source_type = resolve_source(ctx, claim, opened, discourse)
    if speaker == UNKNOWN and claim.quote is not None:
        speaker, source_type = _goes_on(claim, discourse, discourse.previous_quoted(opened))
    elif speaker == UNKNOWN and claim.rule == "dash_quote":
        speaker, source_type = discourse.previous_speaker(opened) or (UNKNOWN, "none")
    if (
        claim.cue is None
        or claim.quote is not None
        or not built.reported_inside(ctx.tokens[claim.cue.first].start, claim.rule == "intent")
    ):
        # a quotation over several sentences: its speaker spoke until its last one ("... Feel free to come.”
        # He added": "he" is still within reach of the speaker)
        last = max((index, *ctx.layout.covered(*span))) if claim.quote is not None else index
        discourse.spoke(index, speaker, source_type, quoted=claim.kind in ("direct", "floating"), until=last)
    mention, cue = claim.mention, claim.cue
    if (relative := relative_pronoun(ctx.tokens, mention, cue, ctx.lexicons)) is not None:
        mention = dataclasses.replace(mention, text=relative.text, start=relative.start, end=relative.end)
    if mention is not None and cue is not None and mention.kind == "vague" and mention.first == cue.first:
        mention = None  # "it is believed", "is expected to": the impersonal cue names no source's words
    cue_start, cue_end = cue_span(ctx.tokens, cue, ctx.lexicons, mention) if cue else (None, None)
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
        sentences=ctx.layout.covered(*span) or (index,),  # nothing reported ("Russia responds"): its own
        rule=claim.rule,
    )


def _goes_on(claim: Claim, discourse: Discourse, previous: tuple[str, str] | None) -> tuple[str, str]:
    """The speaker quoted before, for a quotation whose source is not found, unless its pronoun cannot be them.

    "It called them “cruel”" two sentences after a governor the article called "he": "it" is not him.
    """
    mention = claim.mention
    if previous is None:
        return UNKNOWN, "none"
    shown = discourse.genders.known.get(previous[0])
    if (
        mention is not None
        and mention.kind == "pronoun"
        and mention.referent in ("male", "female", "neuter")  # "we", "you" in a quote go on with it
        and not mention.text.lower().endswith("self")  # "hit the West itself: “...”" is no source
        and shown not in (None, mention.referent)
    ):
        return UNKNOWN, "none"
    return previous
