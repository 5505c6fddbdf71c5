"""What the attribution stages share: a mention of a possible source, and the word tests that find one."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from framing.fastinit import fast_init
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.names import NameKeys
from framing.tokenize import Token

NAME_KINDS = ("person", "name")

CLITICS = ("'s", "'ve", "'re", "'d", "'ll")
"""A possessive or contracted auxiliary at the end of a mention's last word ("Kadyrov’s", "They’ve")."""
DASHES = "-–—"
"""Dashes that open or close an aside or a translated outlet's quotation."""


def set_off(between: str) -> bool:
    """A comma, colon, semicolon or spaced dash between a role and a name: an aside or another clause.

    "according to the media - is the oligarch X": the dash closes the aside, the name is the clause's.
    """
    return any(c in between for c in ",;:") or any(f" {d}" in between or f"{d} " in between for d in DASHES)


@fast_init
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
    initials: str = ""  # an organisation's initials given in brackets after its name ("ISW")
    kind_noun: str = ""  # the noun of its type an organisation is named after ("airline" in "airline Qantas")


@fast_init
@dataclass(frozen=True, slots=True)
class MentionIndex:
    """The mentions of a sentence by the tokens they start and stop at, built once per sentence.

    The rules ask for the mention starting or ending at a token once per cue; the index answers without
    a pass over the sentence's mentions. Lists keep the mentions' order.
    """

    mentions: Sequence[Mention]
    ends: dict[int, Mention]  # the first mention ending at a token; a speech noun wins
    last_ends: dict[int, Mention]  # the last one ending at a token
    starting: dict[int, list[Mention]]
    stopping: dict[int, list[Mention]]
    opening: list[Mention]  # those starting at the first or second token
    firsts: list[int] | None  # the mentions' first tokens, when ascending (as :func:`mentions` sorts them)

    @classmethod
    def build(cls, mentions: Sequence[Mention]) -> MentionIndex:
        """Index the mentions of one sentence."""
        ends: dict[int, Mention] = {}
        starting: dict[int, list[Mention]] = {}
        stopping: dict[int, list[Mention]] = {}
        for m in mentions:
            ends.setdefault(m.stop, m)
            if m.kind == "speech_noun":
                ends[m.stop] = m  # "His comments hinted": the speech noun wins over its possessor
            starting.setdefault(m.first, []).append(m)
            stopping.setdefault(m.stop, []).append(m)
        firsts = [m.first for m in mentions]
        return cls(
            mentions,
            ends,
            {m.stop: m for m in mentions},
            starting,
            stopping,
            [m for m in mentions if m.first <= 1],
            firsts if all(a <= b for a, b in pairwise(firsts)) else None,
        )

    def starting_in(self, first: int, stop: int) -> Sequence[Mention]:
        """The mentions whose first token is in ``first:stop``, in order."""
        if self.firsts is None:
            return [m for m in self.mentions if first <= m.first < stop]
        return self.mentions[bisect_left(self.firsts, first) : bisect_left(self.firsts, stop)]

    def between(self, first: int, stop: int) -> list[Mention]:
        """The mentions inside tokens ``first:stop``, in order."""
        return [m for m in self.starting_in(first, stop + 1) if m.stop <= stop]


def in_class(lexicons: LexiconSet, word: str, *names: str) -> bool:
    """Whether a word is in one of the classes ``names`` of ``sources/word_classes.tsv``.

    A word may be in several classes; membership, not the order of the file's rows, decides.
    """
    classes = lexicons.speech.classes
    if len(names) == 1:  # most calls: no generator for one class
        return word in classes[names[0]]
    return any(word in classes[name] for name in names)


def class_words(lexicons: LexiconSet, name: str) -> frozenset[str]:
    """The words of one class of ``sources/word_classes.tsv`` (a word may be in several)."""
    return lexicons.speech.classes[name]


@derived
def name_keys(lexicons: LexiconSet) -> NameKeys:
    """The name keys every article's discourse shares: a name word's key depends on its spelling alone."""
    return NameKeys(lexicons.speech.transliteration)


def is_name_word(token: Token, function_words: Mapping[str, str]) -> bool:
    """A capitalized word that is no function word or number."""
    return (
        token.text[0].isupper()
        and token.norm not in function_words
        and not token.text.isdigit()
        and not token.norm.endswith(("n't", "n’t"))  # "Won't", "Can't" in a headline
    )


def after_auxiliary(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether token ``k`` is an adverb right after an auxiliary: "has long argued", "has since said".

    Class ``aux_adverb`` of ``sources/word_classes.tsv``: words that are adverbs only there ("a long war",
    "since Monday" are no fillers).
    """
    return (
        k > 0
        and tokens[k].text.islower()
        and in_class(lexicons, tokens[k].norm, "aux_adverb")
        and lexicons.speech.function_words.get(tokens[k - 1].norm) == "auxiliary"
    )


MAX_FILLERS = 3
"""Words that may stand between a source and its cue ("has also said"), or in a short aside."""
FILLER_CLASSES = frozenset({"auxiliary", "adverb", "negation"})
"""Function-word classes that may stand between a source and its cue ("X has also said")."""


def is_filler(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """An auxiliary, adverb or negation between a source and its cue ("X has also said", "has long argued")."""
    in_classes = lexicons.speech.function_words.get(tokens[k].norm) in ("auxiliary", "adverb", "negation")
    return in_classes or after_auxiliary(tokens, k, lexicons)


def manner_adverb(token: Token, lexicons: LexiconSet) -> bool:
    """A lowercase adverb in -ly between a source and its cue: "X has previously warned", "X publicly said".

    Nouns and adjectives in -ly ("family", "ally": class ``not_adverb`` of ``sources/word_classes.tsv``) are not.
    """
    if not (
        token.text.islower() and len(token.norm) > 4 and token.norm.endswith("ly") and token.text.isalpha()
    ):
        return False
    return not in_class(lexicons, token.norm, "not_adverb")


def strip_possessive(word: str) -> str:
    """A word without a final possessive: "Anokhine’s" -> "Anokhine"."""
    return word[:-2] if word.lower().endswith(("’s", "'s")) else word


def make_mention(text: str, tokens: Sequence[Token], first: int, stop: int, kind: str, name: str = "",
                 title: str = "", referent: str = "", possessor: Mention | None = None) -> Mention:  # fmt: skip
    """A mention over tokens ``first:stop``, a final possessive ('s) or contraction ('ve) left out of its text."""
    start, end = tokens[first].start, tokens[stop - 1].end
    written = text[start:end]
    folded = written.lower().replace("’", "'")
    # endswith() with the tuple first: most mentions end in no clitic, and need no search for which one.
    clitic = next((c for c in CLITICS if folded.endswith(c)), "") if folded.endswith(CLITICS) else ""
    if clitic and len(written) > len(clitic):
        end -= len(clitic)
        written = written[: -len(clitic)]
    return Mention(first, stop, kind, written, start, end, name, title, referent, possessor)


def spaced(mention: Mention) -> Mention:
    """The mention with its text and name on one line: hard-wrapped text breaks lines inside names."""
    return dataclasses.replace(
        mention, text=" ".join(mention.text.split()), name=" ".join(mention.name.split())
    )


def rstrip_end(text: str, end: int) -> int:
    """The length of ``text[:end].rstrip()``, found without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def joined(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` continues a name from the one before.

    Only spaces or hyphens stand between them, or the period of an abbreviation or initial ("Dr. Harold
    Varmus", "Sen. Ted Cruz", "Dennis B. Ross").
    """
    token = tokens[k]
    if k == 0 or token.clause_break_before:
        return False  # "Vladimir Putin - DPA agency said": a dash between them ends the name
    if token.joins_previous:
        return True
    previous = tokens[k - 1]
    gap = token.start - previous.end
    if len(previous.text) == 1 and not (
        k > 1 and len(tokens[k - 2].text) > 1 and tokens[k - 2].text[0].isupper()
    ):
        return False  # "U.S. Secretary": letters of an acronym; "George W. Bush": an initial after a name
    return (
        1 <= gap <= 2 and len(previous.text) <= 4 and previous.text[:1].isupper() and previous.text.isalpha()
    )


def chain_start(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> int:
    """Where a cue's chain starts: a ``catenative``, a ``go_form`` ("went on to") or a ``forecast`` word.

    "sought to say", "began writing", "is expected to tell": the chain's subject speaks.
    """
    if first == 0 or tokens[first].clause_break_before or tokens[first - 1].clause_break_before:
        return first
    if tokens[first].norm.endswith("ing") and tokens[first - 1].norm in class_words(lexicons, "catenative"):
        return first - 1  # "Orszag began writing op-eds defending ...": the chain's subject writes
    on = first > 1 and tokens[first - 1].norm == "on" and not tokens[first - 1].clause_break_before
    if (
        on
        and tokens[first].norm.endswith("ing")
        and tokens[first - 2].norm in class_words(lexicons, "go_form")
    ):
        return first - 2  # "He went on saying:": the chain's subject says it, as in "went on to say"
    if first < 2 or tokens[first - 1].norm != "to":
        return first
    k = first - 2
    if (
        tokens[k].norm == "on"
        and k > 0
        and tokens[k - 1].norm in class_words(lexicons, "go_form")
        and not tokens[k].clause_break_before
    ):
        return k - 1
    chained = tokens[k].norm in class_words(lexicons, "catenative") or in_class(
        lexicons, tokens[k].norm, "forecast"
    )
    return k if chained else first


def before_title(words: Sequence[str], after: Hit | None, lexicons: LexiconSet) -> bool:
    """Whether words naming a country stand before a title or role they qualify ("the US president").

    ``words``: the run's words as written ("US", "the US", "U.S"); an article among them is left out. A
    possessive is no qualifier: "the UK's foreign secretary" is a possessor and its role.
    """
    if after is None or after.entry.subcategory not in ("title", "role"):
        return False
    return (
        nation_of(" ".join(w for w in words if not in_class(lexicons, w.lower(), "article")), lexicons)
        is not None
    )


def nation_of(words: str, lexicons: LexiconSet) -> str | None:
    """The country a word or words name, if any ("ukrainian", "united states"; "u.s" and "u.s." alike)."""
    table, key = lexicons.speech.nations, words.lower()
    return table.get(key) or table.get(f"{key.rstrip('.')}.") or table.get(key.rstrip("."))


def written_name(text: str, tokens: Sequence[Token]) -> str:
    """A name's words as written, joined by a space or their hyphen ("Jean-Claude"), initials with periods."""
    # only the last word's possessive goes: "the Chinese People's Republic" keeps its inner one
    gaps = ["-" if text[a.end : b.start] == "-" else " " for a, b in pairwise(tokens)]
    if all(len(t.text) > 1 for t in tokens):  # no initial (most names): the words and what joins them
        words = [*(t.text for t in tokens[:-1]), strip_possessive(tokens[-1].text)] if tokens else []
        return "".join(w if k == 0 else gaps[k - 1] + w for k, w in enumerate(words))
    words = [(strip_possessive(t.text) if k == len(tokens) - 1 else t.text,
              len(t.text) == 1 and t.text.isupper() and text[t.end : t.end + 1] == ".")
             for k, t in enumerate(tokens)]  # fmt: skip
    name = ""
    for k, (word, initial) in enumerate(words):
        if k and not (initial and words[k - 1][1]):
            name += gaps[k - 1]
        name += word + ("." if initial else "")
    return name
