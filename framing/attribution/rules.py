"""The attribution rules: each reads a :class:`SentenceContext` and returns a :class:`Claim` or nothing.

They are tried in the order of the tables below; the ``rule`` field of an attribution names the rule:

Quotations (:data:`QUOTE_RULES`, each quotation once, where its cue is or where it ends):

- ``quote_cue``: a cue outside the quote, the source next to the cue (‘...,’ he wrote · “...,” said
  Governor X · X told reporters: “...” · “...,” X, 52, said); a quote over several sentences carries its
  speaker into every one of them, whether the cue comes before, after or in the middle. A verb cue read as
  a noun is none ("the reality show “Cake Boss”", :func:`~framing.attribution.readings.noun_reading`).
- ``quote_colon``: a source, a colon, a quotation (Governor Anokhine: ‘Our Systems Are Ready’).
- ``signed_quote``: a quotation signed off by a dash and a name that end the paragraph (“...” ― Sonya
  Herridge), on its line or the next: the name speaks, the dash stands as the cue (:mod:`.signoff`).
- ``scare``: a short quotation (≤ 3 words) with no cue is a scare quote, not speech; inside the
  content of a reported claim it is the claim's source's words instead (``quoted_in_claim``, kind
  ``floating``: "Blinken warned that it would bring “severe consequences”").
- ``floating``: a longer quotation without a cue takes the source of the reported claim it stands in
  ("X warned that it would “lead to consequences”"), else the previous speaker (split and floating quotes).

Cues (:data:`CUE_RULES`, "according to" first so that its source words are not also verb cues):

- ``according_to``: "according to X", "citing X"; the content is the rest of the clause. A cue that
  holds its source's pronoun ("In his opinion, ...", "in their view") takes that pronoun as the source.
  ``quoted_by``: "X (was) quoted by <medium> (as saying)": X speaks, the medium carries the words.
- ``asked``: a subjectless "asked" ("Asked whether ...", "When asked about ...", "was asked by X"): the
  asker's question, its source the agent after "by" or none; the one asked answers in a claim of its own.
- ``verb`` / ``verb_noun_phrase``: reported speech, the source before the cue (X said (that) ...) or,
  after a clause break, right after it (..., said X; ..., said the Prime Minister of Spain Pedro Sanchez);
  asides between source and cue are skipped (X, 52, told ...), so is a reduced relative (a poll released
  Monday found); a participle continues the claim before it
  (..., X explained, adding that ...); a cue in the passive (X's remarks were condemned) has no source.
- ``verb_no_source``: a speech verb whose only candidate is its object ("not criticising Russia", "told
  Blinken"): an attribution without a source, the object never its speaker; so is a finite "say/says/
  said" whose subject no rule reads ("those surveyed say", "Democrats — and some Republicans — say").
- ``intent``: the same with an attitude cue of intention, decision or perception ("the UK plans to", "India
  refused to", "he sees"), a pledge of an amount ("pledged £12bn") or an expectation ("is expected to"):
  an attribution, but the sentence is not its source's words (speaker AUTHOR). Inside another source's
  claim ("X said she plans to ...") it is part of that claim, no attribution (:func:`~framing.attribution.hosts.held_views`).
- ``vague``: an impersonal cue ("it is believed", "reports say"); after a fronted phrase that names a
  document and its publisher ("In the report of the General Staff, it was reported") the publisher, with
  rule ``verb`` (:mod:`framing.attribution.impersonal`).
- ``colon_block``: a speech verb, its source and a colon ending a paragraph ("The governor added:"): the
  next paragraph is the source's words, a block quotation; not after a stance cue.

Dash quotations (:data:`DASH_RULES`, before the cues, whose source they take):

- ``dash_quote``: a quotation opened by a dash and closed by a dash and a cue ("- We are ready - the
  minister said"), the convention of translated outlets; it may run over several sentences. So is a
  dash after a cue and a colon ("Kabajewa replied: - You see, ..."), to the end of its paragraph.

Sentences without an attribution yet: :data:`~framing.attribution.fallbacks.FALLBACK_RULES`.
"""

from __future__ import annotations

from collections.abc import Callable

from framing.attribution.according import according_to
from framing.attribution.base import DASHES, Mention, chain_start, in_class, rstrip_end
from framing.attribution.content import quote_content, verb_content
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.dashes import colon_block, colon_dash, dash_quote
from framing.attribution.groups import conjoined
from framing.attribution.impersonal import vague
from framing.attribution.inverted import inverted_source, inverted_subject, source_after
from framing.attribution.participles import participle_subject, source_of_previous
from framing.attribution.passives import judged_by, passive, passive_agent, reduced_passive
from framing.attribution.phrases import follows_in_clause, noun_phrase_after, noun_phrase_subject
from framing.attribution.quotecues import colon_source, nearest_cue
from framing.attribution.readings import (
    asked_about,
    in_person,
    nothing_reported,
    read_as_noun,
)
from framing.attribution.reduced import agent_follows
from framing.attribution.relatives import past_relative_clause, relative_content, relative_source
from framing.attribution.roles import group_noun
from framing.attribution.signoff import signed_quote
from framing.attribution.stances import commitment, intention, is_action, opens_chain
from framing.attribution.subjects import addressee_verb, subject
from framing.attribution.verbs import (
    after_time,
    asked,
    subject_before_channel,
    unsourced,
)
from framing.match import Hit
from framing.quotes import SCARE_MAX_WORDS, Quote
from framing.tokenize import WORD


def quote_cue(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A quotation with a verb cue next to it; the source is the cue's subject."""
    # a verb cue read as a noun is no speech ("the TLC reality show “Cake Boss”", "a show called “Brokers”")
    cues = [c for c in ctx.cues if c.entry.subcategory != "verb" or not read_as_noun(ctx, c)]
    cue = nearest_cue(cues, ctx.tokens, quote, ctx.used_cues, ctx.lexicons, ctx.text)
    if cue is None or judged_by(ctx, cue):  # "was dubbed “a disaster” by critics": the critics' (verb rule)
        return None
    ctx.used_cues.add(cue.first)
    mention = source_of_previous(ctx, cue) or cue_source(ctx, cue)
    if mention is not None and mention.first >= cue.stop:
        mention = inverted_source(ctx, mention, cue)
    if mention is not None:
        ctx.note_source(cue.first, mention)
    content, rule = quote_content(ctx.text, ctx.sentence, ctx.tokens, quote, cue, cues)  # or mixed_quote
    return Claim(mention, cue, content, "direct", rule, quote)


def cue_source(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source of a cue: its subject, the source right after it, or a plain noun phrase."""
    mention = (
        after_closing_dash(ctx, cue)
        or participle_subject(ctx, cue)  # "X backed Y, saying ...": X, not the Y before the comma
        or past_relative_clause(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or relative_source(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or inverted_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    )
    if mention is None and cue.entry.subcategory in ("verb", "phrase"):
        mention = noun_phrase_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        if mention is None and _source_may_follow(ctx, cue):
            mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    # "..., wrote on Twitter the head of the British government": the platform, then the source
    return mention or source_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)


def after_closing_dash(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source after a cue that follows a closing dash, before any subject.

    "Some sources believe that ... Sergei Lavrov did not know ... - says Sarts": a dash quotation without
    its opening dash; a name inside it is no source.
    """
    before = rstrip_end(ctx.text, ctx.tokens[cue.first].start)
    if before < 2 or ctx.text[before - 1] not in DASHES or not ctx.text[before - 2].isspace():
        return None
    # not a pronoun: "Deutsche Boerse - whose value is ... - said it believed" closes an aside
    found = source_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    return found if found is not None and found.kind != "pronoun" else None


def _source_may_follow(ctx: SentenceContext, cue: Hit) -> bool:
    """A word follows the cue in its clause, and the cue is no verb whose object is its hearer ("told X")."""
    return follows_in_clause(ctx.tokens, cue) and not addressee_verb(ctx.tokens, cue, ctx.lexicons)


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
    if n_words > SCARE_MAX_WORDS or quote.paragraphs > 1 or _whole_sentence(ctx, quote):
        return None
    return Claim(None, None, (quote.content_start, quote.content_end), "scare", "scare", quote)


def _whole_sentence(ctx: SentenceContext, quote: Quote) -> bool:
    """A quotation that is its sentence ("“But, come on.”" after "“It is a tough charge,” Pence said."): speech.

    A scare quote stands inside the author's sentence; a sentence of nothing but a quote, after another
    sentence of its paragraph, goes on quoting. One that is its own paragraph is a heading ("‘The Zone’").
    """
    sentence = ctx.sentence
    if ctx.layout.paragraph_start(sentence) >= sentence.start:
        return False
    before = ctx.text[sentence.start : quote.start].strip()
    after = ctx.text[quote.end : sentence.end].strip()
    return not before and all(not c.isalnum() for c in after) and quote.end > quote.content_end


def floating(ctx: SentenceContext, quote: Quote) -> Claim | None:
    """A longer quotation without a cue: the previous speaker goes on speaking."""
    return Claim(None, None, (quote.content_start, quote.content_end), "floating", "floating", quote)


def verb(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """Reported speech: "X said (that) ...", "..., said X", "the group says ..."."""
    kind = cue.entry.subcategory
    if kind in ("verb", "phrase", "attitude") and passive(ctx, cue):
        return passive_agent(ctx, cue) or reduced_passive(ctx, cue)  # "were told by officials that ..."
    if kind not in ("verb", "phrase", "attitude") or is_action(ctx, cue) or opens_chain(ctx, cue):
        return None
    # a reduced passive ("Aid declared by the UK has reached ...") leaves its noun no source
    if read_as_noun(ctx, cue) or in_person(ctx, cue) or nothing_reported(ctx, cue) or agent_follows(ctx, cue):
        return None
    chained = chain_start(ctx.tokens, cue.first, ctx.lexicons)
    if chained < cue.first and in_class(ctx.lexicons, ctx.tokens[chained].norm, "forecast"):
        return None  # "Blair is expected to announce new measures": the author's forecast, not his words
    rule = "verb"
    mention = (
        after_closing_dash(ctx, cue)
        or source_of_previous(ctx, cue)
        or participle_subject(ctx, cue)
        or past_relative_clause(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or subject_before_channel(ctx, cue)  # "X in a statement said", "X in an interview with CBS said"
        or subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or relative_source(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or inverted_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
        or after_time(ctx, cue)
    )
    if mention is not None and asked_about(ctx, mention):
        return None  # "How does Lavrov explain the war?": a question about his words reports none of them
    if place := mention is not None and mention.kind == "place":
        mention = None  # "The Volgograd Region found itself ...": places do not speak
    first = ctx.tokens[cue.first]
    # "..., said the chairman": inverted; "..., promising to help": a participle, whose subject came before
    inverted = kind != "attitude" and first.clause_break_before and not first.norm.endswith("ing")
    if mention is None and inverted and _source_may_follow(ctx, cue):
        # "The war will be long, said the chairman of the joint chiefs of staff.": the source ends the
        # clause; "..., said the only way to solve it is ..." is the content, not a source.
        mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons, ctx.channel_starts)
        if mention is not None and mention.stop < len(ctx.tokens):
            # the source ends its clause, or a channel follows it ("wrote the chancellor on X")
            ends_here = ctx.tokens[mention.stop].clause_break_before or mention.stop in ctx.channel_starts
            mention = mention if ends_here else None
    if mention is None:
        mention = _noun_phrase_source(ctx, cue, kind)
        rule = "verb_noun_phrase"
    if mention is None:
        return None if place else unsourced(ctx, cue)
    if mention.first >= cue.stop:
        mention = inverted_source(ctx, mention, cue)
    ctx.used_cues.add(cue.first)
    ctx.note_source(cue.first, mention)
    content = verb_content(ctx.text, ctx.sentence, ctx.tokens, cue, mention, ctx.lexicons, ctx.by_token)
    content = relative_content(ctx.text, ctx.tokens, mention, cue, content, ctx.lexicons)
    if (kind == "attitude" and intention(ctx, cue, mention)) or commitment(ctx, cue):
        rule = "intent"
    if (quoted := colon_dash(ctx, cue)) is not None:
        return Claim(mention, cue, quoted, "direct", "dash_quote")
    if (
        kind != "attitude" and (block := colon_block(ctx, cue, mention)) is not None
    ):  # "He added:" and a paragraph
        return Claim(mention, cue, block, "direct", "colon_block")
    return Claim(mention, cue, content, "indirect", rule)


def _noun_phrase_source(ctx: SentenceContext, cue: Hit, kind: str) -> Mention | None:
    """A plain noun phrase before the cue as its source ("the voter said"), joined to one before "and".

    A stance (``attitude``) needs a recognised source ("Critics of the regime have criticized"), or a clause
    after it (class ``content_clause``: "that", "whether") that makes it reported words ("Twelve percent
    indicated that ...", "An ad questioned whether ..."; not after a gerund: "It's all very well criticising
    that policy", a determiner).
    """
    mention = noun_phrase_subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    tokens = ctx.tokens
    if (
        mention is not None
        and mention.first > 0
        and in_class(ctx.lexicons, tokens[mention.first - 1].norm, "be_form")
        and not tokens[cue.first].norm.endswith("ing")  # "there is evidence suggesting that" reports
        and ctx.lexicons.speech.function_words.get(tokens[mention.first].norm) != "determiner"
    ):
        # "there have been consistent reports that": a bare word after a copula, the cue a noun of its
        # phrase; "The truth is the evidence suggests" opens a clause with its own subject
        return None
    if (
        mention is not None
        and mention.stop - mention.first == 1
        and mention.first > 0
        and ctx.lexicons.speech.function_words.get(tokens[mention.first - 1].norm) == "auxiliary"
    ):
        return None  # "Fear of what China might do helps explain": a verb after a clause's auxiliary, no noun
    that = (
        cue.stop < len(tokens)
        and in_class(ctx.lexicons, tokens[cue.stop].norm, "content_clause")
        and not tokens[cue.stop - 1].norm.endswith("ing")
    )
    if (
        kind == "attitude"
        and mention is not None
        and not that
        and not group_noun(mention, tokens, ctx.lexicons)
    ):
        return None
    return mention and conjoined(ctx.text, mention, ctx.by_token.last_ends, tokens, ctx.lexicons)


QuoteRule = Callable[[SentenceContext, Quote], Claim | None]
CueRule = Callable[[SentenceContext, Hit], Claim | None]
SentenceRule = Callable[[SentenceContext], Claim | None]

QUOTE_RULES: tuple[QuoteRule, ...] = (quote_cue, quote_colon, signed_quote, scare, floating)
CUE_RULES: tuple[CueRule, ...] = (according_to, asked, verb, vague)
DASH_RULES: tuple[SentenceRule, ...] = (dash_quote,)
