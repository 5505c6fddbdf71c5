"""Impersonal cues: "it is believed", "reports say", "In the report of the General Staff, it was reported".

The cue is its own vague source unless the sentence names the document it speaks from (:func:`vague`).
"""

from __future__ import annotations

import dataclasses

from framing.attribution.base import Mention, class_words, make_mention
from framing.attribution.content import verb_content
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.heads import document_publisher
from framing.attribution.roles import vague_nouns
from framing.match import Hit

ORGANISATION_KINDS = ("institution", "media")
"""Mentions that can publish a document a sentence speaks from."""


def vague(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """An impersonal cue is its own vague source: "it is believed", "reports say"."""
    if cue.entry.subcategory != "vague":
        return None
    # "Sunak is expected to tell the G7 leaders: “...”": the quotation's cue takes this one into its chain,
    # and its subject speaks; reported content stays the unnamed expectation ("is expected to announce ...")
    if any(c.first == cue.stop and c.first in ctx.used_cues for c in ctx.cues):
        return None
    ctx.used_cues.add(cue.first)
    according = any(c.entry.subcategory == "according_to" and c.first in ctx.used_cues for c in ctx.cues)
    if according or ctx.last_source is not None:
        return None  # "Inflation is expected to ease, according to the bank": inside a named source's words
    # "sources said": the noun is the source, the verb the cue; "it is believed" is a cue with no source
    noun = cue.stop - cue.first > 1 and ctx.tokens[cue.first].norm in vague_nouns(ctx.lexicons)
    owner = None if noun else fronted_document_owner(ctx, cue)
    if owner is not None:  # "In the report of the General Staff, it was reported that ...": the publisher
        content = verb_content(ctx.text, ctx.sentence, ctx.tokens, cue, owner, ctx.lexicons)
        return Claim(owner, cue, content, "indirect", "verb")
    source = make_mention(ctx.text, ctx.tokens, cue.first, cue.first + 1 if noun else cue.stop, "vague")
    cue = dataclasses.replace(cue, first=cue.first + 1) if noun else cue
    content = verb_content(ctx.text, ctx.sentence, ctx.tokens, cue, source, ctx.lexicons)
    # "it is expected to happen": an expectation, not anyone's words (the sentence stays the author's)
    expected = any(t.norm == "expected" for t in ctx.tokens[cue.first : cue.stop])
    return Claim(source, cue, content, "vague", "intent" if expected else "vague")


def fronted_document_owner(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The organisation of a document named in a fronted phrase before an impersonal cue.

    "In the Sunday report of the General Staff of the Ukrainian Armed Forces, it was reported that ...",
    "In UNHCR's latest report, it is said that ...": the report speaks, and its publisher with it.
    """
    tokens = ctx.tokens
    if len(tokens) < 4 or ctx.lexicons.speech.function_words.get(tokens[0].norm) != "preposition":
        return None
    end = next((k for k in range(1, cue.first + 1) if tokens[k].clause_break_before), 0)
    documents = class_words(ctx.lexicons, "document_noun")
    noun = next((k for k in range(1, end) if tokens[k].norm in documents), None)
    if noun is None:
        return None
    if noun + 1 < end and tokens[noun + 1].norm in class_words(ctx.lexicons, "postmodifier"):
        after = ctx.by_token.starting_in(noun + 2, end)
        return next((m for m in after if m.kind in ORGANISATION_KINDS), None)
    return document_publisher(tokens, 1, noun + 1, ctx.by_token, ctx.lexicons)
