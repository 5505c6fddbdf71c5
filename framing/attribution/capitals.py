"""Capitalized words that open a sentence: a name, or a common word written with a capital there.

"Tours offer", "Organisers said", "Several thousand Ukrainians rallied", "Clearly alluding to China": a
sentence's first word is capitalized whatever it is, so the article's own usage and the familiar words
decide whether it names someone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.adverbs import ly_adverb
from framing.attribution.base import Mention, in_class
from framing.attribution.layout import Layout
from framing.familiar import familiar
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token


def plural_noun(
    text: str,
    mention: Mention,
    tokens: Sequence[Token],
    cues: Sequence[Hit],
    lexicons: LexiconSet,
    layout: Layout,
) -> Mention:
    """A capitalized plural opening the sentence before a plural verb is a common noun, no name.

    "Tours offer a look at ...": a person's name takes "offers"; the word is a role (as "Officials say").
    So is one the article writes in lowercase and never capitalized after another word: "Organisers said",
    "Airlines have attacked" ("Williams said" is a name: "Serena Williams" before).
    """
    if mention.kind != "name" or mention.first != 0 or mention.stop != 1 or not tokens[0].norm.endswith("s"):
        return mention
    word = tokens[0].text
    if word.isalpha() and not word.isupper() and layout.common_word(text, word):
        return dataclasses.replace(mention, kind="role", name="")
    verb = tokens[1] if len(tokens) > 1 else None
    if verb is None or not any(c.first == 1 for c in cues) or not verb.text.islower():
        return mention
    if verb.norm.endswith("s") or f"{verb.norm}s" not in _cue_words(lexicons):
        return mention  # "Williams says", "Jones said": a singular or past verb says nothing
    return dataclasses.replace(mention, kind="role", name="")


def lone_opener(
    mention: Mention, tokens: Sequence[Token], cues: Sequence[Hit], lexicons: LexiconSet, layout: Layout
) -> bool:
    """A familiar word opening the sentence alone, which the article never capitalizes elsewhere.

    A sentence's first word is capitalized whatever it is ("Several thousand Ukrainians rallied", "Maybe
    I am allergic", "Clearly alluding to China"): a Dale-Chall familiar word or an -ly adverb there is no
    name unless the article writes it capitalized after a sentence's first word ("George Bush ... Bush
    said"). Names that are no familiar words ("Federer said", "Sony has said") stay names, and so does a
    singular word right before a finite speech verb: "Long said" is a person's surname.
    """
    if mention.kind != "name" or mention.first != 0 or mention.stop != 1:
        return False
    word = tokens[0]
    adverb = ly_adverb(word, lexicons)
    if not (adverb or familiar(word.norm)) or not word.text.isalpha() or word.text.isupper():
        return False
    finite = len(tokens) > 1 and not tokens[1].norm.endswith("ing")
    says = finite and any(c.first == 1 and c.entry.subcategory == "verb" for c in cues)
    if says and not (adverb or word.norm.endswith("s") or in_class(lexicons, word.norm, "quantifier")):
        return False  # "Long said": one person's surname; "Markets responded", "Most said" are not
    return word.norm not in layout.inner_capitals and word.norm not in lexicons.speech.given_names


def read_opener(
    text: str,
    mention: Mention,
    tokens: Sequence[Token],
    cues: Sequence[Hit],
    lexicons: LexiconSet,
    layout: Layout,
) -> Mention | None:
    """A mention as the sentence's capitalized first word lets it be read: a name, a role, vague or none.

    "Organisers said" is a role (:func:`plural_noun`); "Most oppose the plan", "Most (62%) said" are vague
    sources ("Few games have hinted" is no source: the quantifier is the noun's); "Clearly alluding to", "Note:" name no one (:func:`lone_opener`).
    """
    mention = plural_noun(text, mention, tokens, cues, lexicons, layout)
    if not lone_opener(mention, tokens, cues, lexicons, layout):
        return mention
    following = tokens[1] if len(tokens) > 1 else None  # "Few games": a noun after it; "Few in Westminster"
    determiner = (
        following is not None
        and following.text.islower()
        and following.norm not in lexicons.speech.function_words
    )
    if in_class(lexicons, tokens[0].norm, "quantifier") and (
        any(c.first == 1 for c in cues) or not determiner
    ):
        return dataclasses.replace(mention, kind="vague", name="")  # an unnamed group: "unnamed sources"
    return None


@derived
def _cue_words(lexicons: LexiconSet) -> frozenset[str]:
    """One-word cues: "offer" is a plural present when "offers" is a cue too."""
    return frozenset(e.pattern for e in lexicons.speech.cues if len(e.words) == 1)
