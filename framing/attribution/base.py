"""What the attribution stages share: a mention of a possible source, and the word tests that find one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framing.lexicon import LexiconSet
from framing.tokenize import Token

NAME_KINDS = ("person", "name")


@dataclass(frozen=True, slots=True)
class Mention:
    """A possible source in a sentence: tokens ``first`` to ``stop`` (exclusive)."""

    first: int
    stop: int
    kind: (
        str  # person | name | institution | media | place | vague | role | title_role | pronoun | speech_noun
    )
    text: str
    start: int
    end: int
    name: str = ""  # for a person: the name without title
    title: str = ""
    referent: str = ""  # pronoun: male, female, plural, neuter, first, second
    possessor: Mention | None = None


def word_class(lexicons: LexiconSet, word: str) -> str | None:
    """The class of a word in ``sources/word_classes.tsv`` (article, possessive, coordinator, ...)."""
    return lexicons.speech.word_classes.get(word)


def is_name_word(token: Token, function_words: Mapping[str, str]) -> bool:
    """A capitalized word that is no function word or number."""
    return (
        token.text[0].isupper()
        and token.norm not in function_words
        and not token.text.isdigit()
        and not token.norm.endswith(("n't", "n’t"))  # "Won't", "Can't" in a headline
    )


def strip_possessive(word: str) -> str:
    """A word without a final possessive: "Anokhine’s" -> "Anokhine"."""
    return word[:-2] if word.lower().endswith(("’s", "'s")) else word


def make_mention(text: str, tokens: Sequence[Token], first: int, stop: int, kind: str, name: str = "",
                 title: str = "", referent: str = "", possessor: Mention | None = None) -> Mention:  # fmt: skip
    """A mention over tokens ``first:stop``, a final possessive ('s) left out of its text."""
    start, end = tokens[first].start, tokens[stop - 1].end
    written = text[start:end]
    if written.lower().endswith(("’s", "'s")):
        end -= 2
        written = written[:-2]
    return Mention(first, stop, kind, written, start, end, name, title, referent, possessor)
