"""Readings of a cue word that report no one's words: a noun, a question, a presence in person.

"the show", "little doubt"; "How does Lavrov explain the war?"; "appeared on Fox News"; "Lerer reported from
Los Angeles."; "Call it viral fundraising."

The verb rule asks these before it looks for a source (:func:`framing.attribution.rules.verb`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from framing.attribution.acts import no_words
from framing.attribution.base import Mention, class_words, in_class, manner_adverb, rstrip_end
from framing.attribution.context import SentenceContext
from framing.attribution.findings import CLOSING_MARKS, acquired
from framing.attribution.heads import source_nouns
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

VERB_GROUP = frozenset({"auxiliary", "adverb", "negation", "pronoun"})
"""Function-word classes before a verb, not a noun: "will show", "also shows", "They show"."""

MAX_INVERTED_SUBJECT = 12
"""The most words of a subject after its content: "..., a USA TODAY analysis of newly filed reports shows."."""


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
    return cue.entry.subcategory == "verb" and (_owned(ctx, cue) or _noun_head(ctx, cue))


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


def _noun_head(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``noun_head_cue`` heading a noun phrase: "the ITV1 show", "a tsunami charity show", "stars and shows".

    A verb follows its verb group ("will show", "They show", "clearly shows"); a noun, a number ("50
    shows"). With nothing shown after it, a verb ends an inverted clause ("..., figures from the trade
    ministry show."). Before a preposition or conjunction it is a noun, "shows" unless a plural stands before it
    ("the ITV1 show in", "new shows in May"; "a study by researchers shows in detail how"); before a
    determiner or pronoun, a verb ("Reports in the New Year show this"); otherwise "shows" is a verb and
    "show" one only after a plural ("figures show", "UN data show"; "The Fox show proved").
    """
    tokens, lexicons = ctx.tokens, ctx.lexicons
    words = lexicons.speech.function_words
    if cue.stop - cue.first != 1 or not in_class(lexicons, tokens[cue.first].norm, "noun_head_cue"):
        return False
    before = tokens[cue.first - 1]
    if before.norm in source_nouns(lexicons) or in_class(lexicons, before.norm, "document_noun"):
        return False  # "The survey shows about 40%", "The data show for the first time", "The report shows, however"
    if before.norm == "to" or words.get(before.norm) in VERB_GROUP or manner_adverb(before, lexicons):
        return False
    if in_class(lexicons, before.norm, "relative") or before.text[:1].isdigit():
        return before.text[:1].isdigit()  # "figures which show"; "50 shows"
    following = tokens[cue.stop] if cue.stop < len(tokens) else None
    if following is None or following.clause_break_before:
        return not _inverted_subject(tokens, cue.first, lexicons)
    plural = before.norm.endswith("s") and not before.norm.endswith(("ss", "us", "is", "'s", "’s"))
    plural = plural or in_class(lexicons, before.norm, "plural_noun")
    if words.get(following.norm) in ("conjunction", "preposition"):
        return not plural or tokens[cue.first].norm == "show"  # "the Oscars show as musical director"
    if following.text.islower() and words.get(following.norm) in ("determiner", "pronoun", "adverb"):
        return False
    return tokens[cue.first].norm == "show" and not plural


def _inverted_subject(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> bool:
    """Whether the words from the last clause break to a cue at ``first`` are a subject after its content.

    "..., figures from the trade ministry show.": a short noun phrase with no verb group, after a break;
    not "..., which was voted Record Of The Year on the ITV1 show" or "..., they produced pantos and summer
    shows". A capitalized word is part of a name ("a USA TODAY analysis").
    """
    words = lexicons.speech.function_words
    k = first
    while k > 0 and not tokens[k].clause_break_before:
        k -= 1
    stretch = tokens[k:first]
    return (
        k > 0
        and 0 < len(stretch) <= MAX_INVERTED_SUBJECT
        and words.get(stretch[0].norm) not in ("conjunction", "preposition")
        and not (stretch[0].text.islower() and stretch[0].norm.endswith(("ed", "ing")))  # "cited as his ..."
        and not any(t.text.islower() and _clausal(t, lexicons) for t in stretch)
    )


def _clausal(token: Token, lexicons: LexiconSet) -> bool:
    """An auxiliary, a negation, a relative or a pronoun that is no possessive: words of a clause, not a name."""
    kind = lexicons.speech.function_words.get(token.norm)
    if kind == "pronoun":
        return not in_class(lexicons, token.norm, "possessive")
    return kind in ("auxiliary", "negation") or in_class(lexicons, token.norm, "relative")


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


def nothing_reported(ctx: SentenceContext, cue: Hit) -> bool:
    """A cue that reports nothing: a reporter's credit line, the author's imperative "Call it ..." or comment.

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
    # "It is worth emphasizing that ...": the author's own comment
    comment = cue.first > 0 and in_class(ctx.lexicons, tokens[cue.first - 1].norm, "comment_adjective")
    return naming or comment or acquired(ctx, cue) or no_words(ctx, cue)
