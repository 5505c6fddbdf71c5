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


def _plural_noun(
    text: str, tokens: Sequence[Token], cues: Sequence[Hit], lexicons: LexiconSet, layout: Layout
) -> bool:
    """A capitalized plural opening the sentence before a plural verb is a common noun, no name.

    "Tours offer a look at ...": a person's name takes "offers"; the word is a role (as "Officials say").
    So is one the article writes in lowercase and never capitalized after another word: "Organisers said",
    "Airlines have attacked" ("Williams said" is a name: "Serena Williams" before).
    """
    if not tokens[0].norm.endswith("s"):
        return False
    word = tokens[0].text
    if word.isalpha() and not word.isupper() and layout.common_word(text, word):
        return True
    verb = tokens[1] if len(tokens) > 1 else None
    if verb is None or not any(c.first == 1 for c in cues) or not verb.text.islower():
        return False
    # "Williams says", "Jones said": a singular or past verb says nothing
    return not verb.norm.endswith("s") and f"{verb.norm}s" in _cue_words(lexicons)


def _lone_opener(
    text: str, tokens: Sequence[Token], cues: Sequence[Hit], lexicons: LexiconSet, layout: Layout
) -> bool:
    """A common word opening the sentence as a one-word "name": it names no one.

    A sentence's first word is capitalized whatever it is. Written as a plain word (no capital inside it),
    never capitalized after a sentence's first word elsewhere in the article ("George Bush ... Bush said")
    and no given name, it is no name when it is an -ly adverb before a lowercase word or a comma that
    opens the clause ("Clearly alluding to", "Shortly after", "Essentially, Clinton's lawyers"), or a
    Dale-Chall familiar word before a lowercase word that is no cue and no function word but an article
    ("Oil prices rose", "Pop star Britney Spears", "Either the allies act"). A surname that is a familiar
    word keeps its name before a comma, a cue or an adverb ("Long, a former minister, said", "Rice also
    warned", "Young told reporters"), and so does an -ly surname set off as the head of an apposition
    ("Donnelly, the coach, said").
    """
    if len(tokens) < 2:
        return False
    word, following = tokens[0], tokens[1]
    plain = word.text.isalpha() and word.text[1:].islower()  # "McNally", "BROWN": a name as written
    if not plain or word.norm in layout.inner_capitals or word.norm in lexicons.speech.given_names:
        return False
    cue_next = any(c.first == 1 for c in cues)
    if ly_adverb(word, lexicons):
        if following.clause_break_before:  # "Essentially, Clinton's lawyers", not "Donnelly, the coach, said"
            apposition = in_class(lexicons, following.norm, "article") and any(
                t.clause_break_before for t in tokens[2 : 2 + APPOSITION_WORDS]
            )
            return not apposition and text[word.end : following.start].strip() == ","
        return following.text.islower() and (not cue_next or following.norm.endswith(("ing", "ed")))
    function = lexicons.speech.function_words.get(following.norm)
    return (
        familiar(word.norm)
        and not following.clause_break_before
        and following.text.islower()
        and not cue_next
        and (function is None or in_class(lexicons, following.norm, "article"))
    )


APPOSITION_WORDS = 5
"""Words after "Name, the" within which a comma closes an apposition ("Donnelly, the coach, said")."""


def read_opener(
    text: str,
    mention: Mention,
    tokens: Sequence[Token],
    cues: Sequence[Hit],
    lexicons: LexiconSet,
    layout: Layout,
) -> Mention | None:
    """A mention as the sentence's capitalized first word lets it be read: a name, a role, vague or none.

    "Organisers said" is a role (:func:`_plural_noun`); a quantifier alone is an unnamed group ("Most (62%)
    said", "Few in Westminster believe") and before its noun no source ("Several thousand Ukrainians
    rallied"); a common word names no one (:func:`_lone_opener`).
    """
    if mention.kind != "name" or mention.first != 0 or mention.stop != 1:
        return mention  # only a one-word name opening the sentence is in doubt
    if _plural_noun(text, tokens, cues, lexicons, layout):
        return dataclasses.replace(mention, kind="role", name="")
    if in_class(lexicons, tokens[0].norm, "quantifier") and tokens[0].norm not in layout.inner_capitals:
        following = tokens[1] if len(tokens) > 1 else None
        function_words = lexicons.speech.function_words
        noun = following is not None and following.text.islower() and following.norm not in function_words
        return None if noun else dataclasses.replace(mention, kind="vague", name="")
    return None if _lone_opener(text, tokens, cues, lexicons, layout) else mention


@derived
def _cue_words(lexicons: LexiconSet) -> frozenset[str]:
    """One-word cues: "offer" is a plural present when "offers" is a cue too."""
    return frozenset(e.pattern for e in lexicons.speech.cues if len(e.words) == 1)
