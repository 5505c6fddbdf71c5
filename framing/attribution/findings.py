"""Findings and views reported as claims: "a study has found", "Some analysts see the merger as a rescue deal".

Not what a person came upon ("He found sanctuary in Russia", "Intel has found a way to"). The verb rule
asks these (:func:`framing.attribution.rules.verb`, and :mod:`framing.attribution.readings` for
``acquired``).
"""

from __future__ import annotations

from framing.attribution.base import Mention, class_words, in_class, is_filler, rstrip_end
from framing.attribution.context import SentenceContext
from framing.match import Hit
from framing.quotes import DOUBLE_CLOSE, SINGLE_CLOSE, STRAIGHT

VIEW_REACH = 8
"""The "as" of a view stands at most this many words after its verb ("see two spurs to future growth as")."""

CLOSING_MARKS = DOUBLE_CLOSE + SINGLE_CLOSE + "".join(STRAIGHT) + ")"
"""Marks that may close a sentence after its final punctuation (the quotation reader's closers)."""


def finding(ctx: SentenceContext, cue: Hit, mention: Mention) -> bool:
    """A finding reported as a claim: a document's, or any source's in a closing tag after its content.

    "a study has found", "the survey found"; "House prices fell, the surveyors' institute found." Not "Police
    found the body" (no document, no content before) or "the document had been found in a street" (the passive).
    """
    before = ctx.tokens[cue.first - 1].norm if cue.first else ""
    if before in class_words(ctx.lexicons, "be_form"):
        return False
    # only words of finding close a tag: "Prices will rise, he believes" stays a belief
    finding_word = in_class(ctx.lexicons, cue_phrase(ctx, cue), "finding_verb")
    # a document only ("a study has found"); data ("the figures offer", heads.published) find nothing
    vague = mention.kind == "vague"
    document = vague and in_class(ctx.lexicons, mention.text.split()[-1].lower(), "document_noun")
    # with a finding verb, a poll finds too ("The poll found"; ``poll_noun``, not a ``document_noun``: also a
    # vote), and so does a document or poll before an aside ("The polling, carried out in May, found")
    head = mention.text.split(",")[0].split()[-1].lower()
    polled = finding_word and vague and in_class(ctx.lexicons, head, "document_noun", "poll_noun")
    # a document's publisher finds too ('A review by the ONS found'); it plans or wants no more than before
    return (
        document or polled or (finding_word and (_published(ctx, mention) or _closing_tag(ctx, cue, mention)))
    )


def _published(ctx: SentenceContext, mention: Mention) -> bool:
    """A source named as the publisher of a document before it: "A review by the ONS found", "Research by Nokia shows"."""
    tokens = ctx.tokens
    k = mention.first - 1
    if k > 0 and in_class(ctx.lexicons, tokens[k].norm, "article") and mention.kind != "person":
        k -= 1  # "by the ONS"
    return (
        k > 0
        and in_class(ctx.lexicons, tokens[k].norm, "publisher_preposition")
        and in_class(ctx.lexicons, tokens[k - 1].norm, "document_noun")
    )


def cue_phrase(ctx: SentenceContext, cue: Hit) -> str:
    """A cue's words as the word classes list them ("found", "came under")."""
    return " ".join(t.norm for t in ctx.tokens[cue.first : cue.stop])


def _closing_tag(ctx: SentenceContext, cue: Hit, mention: Mention) -> bool:
    """A source and cue that close the sentence after a comma: the content came before them."""
    tokens = ctx.tokens
    end = rstrip_end(ctx.text, ctx.sentence.end)
    while end > ctx.sentence.start and ctx.text[end - 1] in CLOSING_MARKS + ".!?":
        end -= 1
    return (
        mention.stop == cue.first
        and mention.first > 0
        and tokens[cue.stop - 1].end >= end
        and ctx.text[tokens[mention.first - 1].end : tokens[mention.first].start].strip() == ","
    )


def acquired(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``finding_verb`` before an ``acquired_object``: what a person came upon, not a finding.

    "Clinton found ways to cast herself as heir", "Intel has found a way to", "He found sanctuary in Russia".
    A document's finding stays one ("the study found ways to cut costs").
    """
    tokens = ctx.tokens
    if cue.stop >= len(tokens) or not in_class(ctx.lexicons, cue_phrase(ctx, cue), "finding_verb"):
        return False
    obj = cue.stop + 1 if in_class(ctx.lexicons, tokens[cue.stop].norm, "article") else cue.stop
    if obj >= len(tokens) or not in_class(ctx.lexicons, tokens[obj].norm, "acquired_object"):
        return False  # "found ways", "found a way", "found the way to"
    if (
        obj > cue.stop
        and in_class(ctx.lexicons, tokens[cue.stop].norm, "definite_article")
        and (obj + 1 >= len(tokens) or tokens[obj + 1].norm != "to")
    ):
        return False  # "The court found the way the election was run broke the law": a finding
    k = cue.first - 1  # the subject's last word, past "has", "have sometimes"
    while k > 0 and is_filler(tokens, k, ctx.lexicons):
        k -= 1
    return k < 0 or not in_class(ctx.lexicons, tokens[k].norm, "document_noun")


def viewed_as(ctx: SentenceContext, cue: Hit) -> bool:
    """A perception verb stating a view: "Some analysts see the merger as a rescue deal", "He sees our offers as weakness".

    A ``view_verb`` with "as" after it in its clause is a belief its subject holds, not something seen;
    not an "as" before a pronoun or a word of class ``as_not_view`` ("see the palace as they arrive",
    "see the new ballot as early as Monday").
    """
    tokens = ctx.tokens
    if cue.stop - cue.first != 1 or not in_class(ctx.lexicons, tokens[cue.first].norm, "view_verb"):
        return False
    for k in range(cue.stop, min(len(tokens), cue.stop + VIEW_REACH)):
        if tokens[k].clause_break_before:
            return False
        if tokens[k].norm == "as":
            after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
            pronoun = ctx.lexicons.speech.function_words.get(after) == "pronoun"
            return not (pronoun or in_class(ctx.lexicons, after, "as_not_view"))
    return False
