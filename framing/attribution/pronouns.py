"""Whom "he", "she" or "they" stands for, and an epithet ("the 31-year-old"), from what the discourse knows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from framing.attribution.base import in_class, nation_of
from framing.attribution.genders import GENDERED
from framing.attribution.roles import previous_sentence, titles

if TYPE_CHECKING:
    from collections.abc import Sequence

    from framing.attribution.resolver import Discourse
    from framing.lexicon import LexiconSet
    from framing.tokenize import Token

PRONOUN_REACH = 3
"""A pronoun refers to the latest speaker only if that speaker spoke this many sentences back or fewer."""
NAMED_SCAN = 64
"""People named since the latest speaker spoke are looked for among the latest this many names."""


def resolve_pronoun(
    discourse: Discourse, referent: str, sentence: int, exclude: set[str | None]
) -> tuple[str, str] | None:
    """He/she: the latest speaker if a person, else the latest person named (never one in ``exclude``).

    None when the pronoun stands for no one known (I, we, you never name the source of their quote).
    """
    types = discourse.lexicons.speech.referents.get(referent, ())
    if not types:
        return None
    previous = discourse.previous_speaker(sentence)
    exclude = exclude | discourse.genders.other(referent)
    if (opener := _narrative_opener(discourse, referent, sentence, exclude)) is not None:
        return opener, "named_person"
    if previous is not None and (since := _named_since(discourse, referent, previous[0])) is not None:
        return since, "named_person"
    person = discourse.last_person
    # "Stoltenberg welcomed ... Germany's recent announced delivery. But he said": a person who spoke in
    # the same sentence as the role just before is the one "he" or "she" stands for.
    if (
        previous is not None
        and previous[1] == "role_only"
        and referent != "plural"
        and person is not None
        and person[0] == previous_sentence(discourse.last_speaker)
        and person[1] not in exclude
    ):
        return person[1], person[2]
    if (
        previous is not None
        and previous[1] in types
        and previous[0] not in exclude
        and not _group(previous, referent, discourse.lexicons)
    ):
        return previous
    if "named_person" in types and referent != "plural" and discourse.named_at:
        latest = discourse.named_at[-1][0]
        if sentence - latest <= PRONOUN_REACH:
            first = discourse.first_named(latest)
            if first not in exclude:
                return first, "named_person"
            for when, named in reversed(discourse.named_at[-PRONOUN_REACH * 4 :]):
                if sentence - when <= PRONOUN_REACH and discourse.canonical(named) not in exclude:
                    return discourse.canonical(named), "named_person"
    return None


def _group(speaker: tuple[str, str], referent: str, lexicons: LexiconSet) -> bool:
    """A role or vague source in the plural ("U.S. defense officials"), which "he" or "she" cannot stand for.

    The head is the word before a ``postmodifier``: "spokesperson for Delta Airlines" is one person.
    """
    name, kind = speaker
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if in_class(lexicons, w, "postmodifier")), len(words))
    head = words[cut - 1] if cut else ""
    return (
        referent in GENDERED
        and kind in ("role_only", "vague")
        and head.endswith("s")
        and not head.endswith("ss")
    )


def _named_since(discourse: Discourse, referent: str, speaker: str) -> str | None:
    """A person named since the latest speaker spoke, shown to be he/she when the speaker was not."""
    spoke = discourse.last_speaker[0] if discourse.last_speaker else len(discourse.named_at)
    named = [discourse.canonical(p) for when, p in reversed(discourse.named_at[-NAMED_SCAN:]) if when > spoke]
    return discourse.genders.named_since(referent, speaker, named)


def _narrative_opener(
    discourse: Discourse, referent: str, sentence: int, exclude: set[str | None]
) -> str | None:
    """The person who opens the sentence right before, when no one spoke in it: "he"/"she" is them.

    "Tait himself appeared unaffected. “I want more,” he said.": the reporter has just turned to Tait, so
    "he" is Tait, not the coach quoted two sentences before; "Williams was also far from content.
    “...,” she said." likewise. A sentence that is itself someone's attribution leaves the usual order.
    """
    opener, spoke = discourse.opener, discourse.last_speaker[0] if discourse.last_speaker else -1
    if referent not in GENDERED or opener is None or not (opener[0] == sentence - 1 > spoke):
        return None
    person = discourse.canonical(opener[1])
    return person if person not in exclude else None  # not one the article called the other gender


AGE = re.compile(r"\d{1,3}-year-old")
"""An age used as a noun: "the 31-year-old said"."""
AGE_WORDS = ["year", "old"]
"""The words of an age after its number, as tokens ("55-year-old" is "55", "year", "old")."""


def person_noun(head: str, lexicons: LexiconSet) -> bool:
    """A head noun a reporter uses instead of a person's name: a title, an age or a word of class ``epithet``.

    "..., said Medvedev. ... the former Russian president added", "Agassi ... said the 34-year-old", "the
    Frenchman told", "The Oscar winner said": it stands for the person just quoted when no one was named
    with it (:meth:`Discourse._role`).
    """
    if head in titles(lexicons) or AGE.fullmatch(head) is not None or in_class(lexicons, head, "epithet"):
        return True
    return nation_of(head, lexicons) is not None  # "the 24-year-old Swiss" (a nation's word read as a role)


def epithet_run(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """A capitalized ``epithet`` after an article: "the Spaniard told", "the New Zealander said" (no name).

    After an age a nation's word is one too: "the 55-year-old Frenchman", "the 24-year-old Swiss".
    """
    words = lexicons.speech.function_words
    # an age is three tokens: "55", "year", "old"
    aged = (
        first > 3
        and tokens[first - 3].text.isdigit()
        and [t.norm for t in tokens[first - 2 : first]] == AGE_WORDS
    )
    k = first - 1 - 3 * aged
    run = " ".join(t.norm for t in tokens[first:stop])
    return (
        k >= 0
        and words.get(tokens[k].norm) == "determiner"
        and (in_class(lexicons, run, "epithet") or (aged and nation_of(run, lexicons) is not None))
    )
