"""Readings of a cue word that report no one's words: a noun, a question, a presence in person.

"the show", "little doubt"; "How does Lavrov explain the war?"; "appeared on Fox News"; "Lerer reported from
Los Angeles."; "Call it viral fundraising."

The verb rule asks these before it looks for a source (:func:`framing.attribution.rules.verb`).
"""

from __future__ import annotations

import itertools

from framing.attribution.base import Mention, class_words, in_class, is_filler, rstrip_end
from framing.attribution.context import SentenceContext
from framing.match import Hit
from framing.quotes import DOUBLE_CLOSE, SINGLE_CLOSE, STRAIGHT

CLOSING_MARKS = DOUBLE_CLOSE + SINGLE_CLOSE + "".join(STRAIGHT) + ")"
"""Marks that may close a sentence after its final punctuation (the quotation reader's closers)."""


def asked_about(ctx: SentenceContext, mention: Mention) -> bool:
    """A source after the auxiliary "do" of a question ("How does Lavrov explain ...?", "Did he say so?")."""
    if mention.first == 0 or not in_class(ctx.lexicons, ctx.tokens[mention.first - 1].norm, "do_form"):
        return False
    # the last mark of the sentence, past closing quote marks ("Did he say so?”")
    end = rstrip_end(ctx.text, ctx.sentence.end)
    while end > ctx.sentence.start and ctx.text[end - 1] in CLOSING_MARKS:
        end -= 1
    return ctx.text[end - 1 : end] == "?"


def read_as_noun(ctx: SentenceContext, cue: Hit) -> bool:
    """:func:`noun_reading`, settled once per cue of the sentence (each quotation and the verb rule ask)."""
    known = ctx.noun_cues.get(cue.first)
    if known is None:
        known = ctx.noun_cues[cue.first] = noun_reading(ctx, cue)
    return known


def noun_reading(ctx: SentenceContext, cue: Hit) -> bool:
    """A cue after an article, a possessive or a quantifier is a noun: "the show", "his plans", "little doubt".

    So is either word of a ``compound_noun`` ("think tank", "talk show"), the first of an ``idle_pair``
    ("showed up"), and a cue after a name's 's ("Lopez's show", "Trump's reported net worth"). A phrase cue ("doubt that") is read as a noun only after a
    quantifier (``noun_marker``: "There is little doubt that"); an article or possessive before one may
    open its subject. PolNeAR train: 14 attributions in 126 single-word cues after an article or possessive.
    """
    tokens = ctx.tokens
    # "a radio show", "TV shows": the cue word ends a compound noun
    if cue.first > 0 and in_class(
        ctx.lexicons, f"{tokens[cue.first - 1].norm} {tokens[cue.first].norm}", "compound_noun"
    ):
        return True
    if cue.stop < len(tokens) and in_class(
        ctx.lexicons, f"{tokens[cue.stop - 1].norm} {tokens[cue.stop].norm}", "compound_noun", "idle_pair"
    ):
        # "a DC think tank", "showed up": the pair is no speech ("said tanks" is); "showed up to 40 percent" is
        amount = (
            cue.stop + 2 < len(tokens)
            and tokens[cue.stop + 1].norm == "to"
            and tokens[cue.stop + 2].text[:1].isdigit()
        )
        return not amount
    if cue.first == 0 or tokens[cue.first].clause_break_before:
        return False
    before = tokens[cue.first - 1]
    if before.text.islower() and in_class(ctx.lexicons, before.norm, "noun_marker"):
        return True  # "little doubt", not "Brian Little said"
    if cue.entry.subcategory == "phrase":
        return False
    if in_class(ctx.lexicons, before.norm, "article", "possessive"):
        return True
    return cue.entry.subcategory == "verb" and _owned(ctx, cue)


def _owned(ctx: SentenceContext, cue: Hit) -> bool:
    """An ``attributive_cue`` after a word in 's that owns it is a noun or adjective: "Trump's reported net worth".

    Not after a pronoun, whose 's is "has" or "is" ("he's said", "everyone's saying"); not before a
    determiner or pronoun, which opens the verb's clause ("Foster's said a merger ...", "McDonald's announced
    it ..."); not after "of" ("a critic of Biden's said"). Attitude cues keep their noun reading ("In Ash's
    view, ...", "Pence's call for a prosecutor"): the owner holds the view, and PolNeAR marks them.
    """
    tokens, words = ctx.tokens, ctx.lexicons.speech.function_words
    before = tokens[cue.first - 1]
    if not before.text.endswith(("'s", "’s")) or before.norm in words:
        return False
    if tokens[cue.first].norm not in class_words(ctx.lexicons, "attributive_cue"):
        return False  # "The minister's said", "Boris Johnson's promised": 's is "has"
    if in_class(ctx.lexicons, before.norm, "indefinite") or (
        cue.first > 1 and tokens[cue.first - 2].norm == "of"
    ):
        return False
    following = tokens[cue.stop] if cue.stop < len(tokens) else None
    return following is None or words.get(following.norm) not in ("determiner", "pronoun")


def in_person(ctx: SentenceContext, cue: Hit) -> bool:
    """An ``appear_form`` cue before a preposition (not an ``appear_complement``): a presence, no one's words.

    "Lynch will appear before the House Judiciary Committee", "Trump appeared at the September debate",
    "tweets appear in Google search results". PolNeAR train: 2 of 21 such cues are gold cues.
    """
    tokens = ctx.tokens
    if cue.stop - cue.first != 1 or tokens[cue.first].norm not in class_words(ctx.lexicons, "appear_form"):
        return False
    following = tokens[cue.stop].norm if cue.stop < len(tokens) else ""
    # "appeared poised", "appears weak": a stance; "appeared on", "appear before": a presence
    preposition = ctx.lexicons.speech.function_words.get(following) == "preposition"
    if not preposition or in_class(ctx.lexicons, following, "appear_complement"):
        return False
    # "It appears from the documents that the firm knew": a "that" in its clause makes it a stance
    clause = itertools.takewhile(lambda t: not t.clause_break_before, tokens[cue.stop + 1 :])
    return all(t.norm != "that" for t in clause)


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
    document = mention.kind == "vague" and in_class(
        ctx.lexicons, mention.text.split()[-1].lower(), "document_noun"
    )
    return document or (finding_word and _closing_tag(ctx, cue, mention))


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


def nothing_reported(ctx: SentenceContext, cue: Hit) -> bool:
    """A cue that reports nothing: a reporter's credit line or the author's imperative "Call it ...".

    "Lerer reported from Los Angeles.", "Phillip reported from Oakland, Calif.; Gearan, from Washington.":
    a ``credit_verb`` followed only by "from" and places. "Call it viral fundraising.": a
    ``naming_imperative`` opening the sentence before a pronoun names something in the author's words.
    PolNeAR train: 7 and 3 such sentences, none with a gold cue.
    """
    tokens, words = ctx.tokens, ctx.lexicons.speech.function_words
    rest = tokens[cue.stop :]
    if in_class(ctx.lexicons, tokens[cue.first].norm, "credit_verb") and rest and rest[0].norm == "from":
        return all(
            t.text[:1].isupper() or t.norm == "from" or in_class(ctx.lexicons, t.norm, "coordinator")
            for t in rest[1:]
        )
    imperative = cue.first == 0 and in_class(ctx.lexicons, tokens[0].norm, "naming_imperative")
    naming = imperative and bool(rest) and words.get(rest[0].norm) == "pronoun"
    return naming or _phone_call(ctx, cue) or _acquired(ctx, cue)


def _acquired(ctx: SentenceContext, cue: Hit) -> bool:
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


def _phone_call(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``phone_verb`` with a person as its only object: a call, no words.

    "Mr. Obama called Naghmeh Abedini.", "she called Sanders to congratulate him", "Eric Trump called.",
    "called into the show". "called Trump a liar", "called him “a psychopath”" name him in someone's
    words: a complement follows the object.
    """
    tokens = ctx.tokens
    if cue.stop - cue.first != 1 or not in_class(ctx.lexicons, tokens[cue.first].norm, "phone_verb"):
        return False
    if cue.first > 0 and tokens[cue.first - 1].text.endswith(("'s", "’s")):
        return False  # "the union's call", "backed TCI's call": its demand, not a phone call
    k = cue.stop
    if k < len(tokens) and not tokens[k].clause_break_before:
        if tokens[k].norm == "into":
            return True
        kinds = ("person", "name", "pronoun")
        person = next((m for m in ctx.by_token.starting.get(k, ()) if m.kind in kinds), None)
        if person is None:
            return False
        k = person.stop
    if k == len(tokens):
        return True  # "Eric Trump called."
    if tokens[k].clause_break_before:
        return False  # "called him “unhinged”", "called Cruz, who was in Iowa, a liar"
    after = tokens[k].norm
    infinitive = after == "to" and k + 1 < len(tokens) and tokens[k + 1].text.islower()
    # "called Sanders shortly after", "called him and asked"; not "called Cruz and Rubio liars"
    ending = (
        in_class(ctx.lexicons, after, "call_ending") and k + 1 < len(tokens) and tokens[k + 1].text.islower()
    )
    return infinitive or ending
