"""The article's discourse state, read top to bottom: who was named, with which roles, who spoke last.

:class:`Discourse` is the only stateful part of attribution. Rules hand it mentions; it answers with a
speaker and a source type and remembers what the reader would: a surname or title alone finds the person
named earlier ("the minister" -> the last person named with a minister's role), "the X leader" and "the
head of state" find the last head of state or government named, a pronoun finds the latest speaker of a
fitting type (or, failing one, the latest person named).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.attribution.base import NAME_KINDS, Mention, word_class
from framing.attribution.offices import FORMER
from framing.lexicon import LexiconSet
from framing.names import NameKeys, PersonName, SurnameIndex
from framing.results import AUTHOR, Attribution

UNKNOWN = "unknown"
UNNAMED = "unnamed sources"
PRONOUN_REACH = 3
"""A pronoun refers to the latest speaker only if that speaker spoke this many sentences back or fewer."""
QUOTE_REACH = 6
"""A quotation without a cue continues the latest quoted speaker at most this many sentences back."""
MAX_NAME_WORDS = 6
"""A source's display name longer than this is cut to its noun phrase (:meth:`Discourse.short`)."""
ROLE_REACH = 12
"""A role noun ("the minister") refers back to a person named at most this many sentences before."""


@dataclass
class Discourse:
    """What a careful reader knows at a point of the article."""

    lexicons: LexiconSet
    renamed: dict[str, str] = field(default_factory=dict)  # a name used earlier -> its fuller form
    roles: dict[str, set[str]] = field(default_factory=dict)  # person -> role words ("minister", "president")
    named_at: list[tuple[int, str]] = field(default_factory=list)  # (sentence, person), in reading order
    last_speaker: tuple[int, str, str] | None = None  # (sentence, speaker, source_type)
    last_quoted: tuple[int, str, str] | None = None  # the same, for the latest direct quotation
    # Indexes, so that no step reads the whole article again: the people by surname (canonical names, in
    # order of first mention; name keys computed once per spelling), where each person and each sentence
    # stands in ``named_at``.
    persons: SurnameIndex = field(init=False)
    _named_where: dict[str, list[int]] = field(default_factory=dict)
    _first_named: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.persons = SurnameIndex(NameKeys(self.lexicons.speech.transliteration))

    def resolve(self, mention: Mention | None, sentence: int) -> tuple[str, str]:
        """The speaker and source type a mention stands for at this sentence."""
        if mention is None:
            return UNKNOWN, "none"
        if mention.kind == "speech_noun" and mention.possessor is not None:
            return self.resolve(mention.possessor, sentence)
        if mention.kind == "name" and _acronym(mention.name):
            return mention.name, "named_institution"  # "ISW said", "FBK reported": an organisation's initials
        if mention.kind in NAME_KINDS:
            # A name that speaks is taken for a person unless the lists say it is an organisation.
            return self.person(mention.name, mention.title, sentence), "named_person"
        head = (
            (mention.name or mention.text).split(",")[0].strip()
        )  # an aside read with the source is not its name
        if mention.kind == "institution":
            return self.short(self.strip_article(head)), "named_institution"
        if mention.kind == "media":
            return self.short(self.strip_article(head)), "media"
        if mention.kind == "vague":
            return self._vague(mention), "vague"
        if mention.kind in ("role", "title_role"):
            return self._role(mention, sentence)
        if mention.kind == "pronoun":
            return self._pronoun(mention.referent, sentence)
        return UNKNOWN, "none"

    def spoke(self, sentence: int, speaker: str, source_type: str, quoted: bool = False) -> None:
        """Remember the latest speaker (and the latest one quoted), for pronouns and floating quotes."""
        if speaker not in (UNKNOWN, AUTHOR):
            self.last_speaker = (sentence, speaker, source_type)
            if quoted:
                self.last_quoted = self.last_speaker

    def previous_speaker(self, sentence: int, reach: int = PRONOUN_REACH) -> tuple[str, str] | None:
        """The latest speaker, if they spoke at most ``reach`` sentences back."""
        if self.last_speaker is None:
            return None
        when, speaker, source_type = self.last_speaker
        return (speaker, source_type) if sentence - when <= reach else None

    def previous_quoted(self, sentence: int) -> tuple[str, str] | None:
        """Who goes on speaking in a quotation without a cue: the latest speaker quoted, if recent, else the latest speaker.

        A claim reported in between ("the United States found a way out") does not take over a speech.
        """
        if self.last_quoted is not None and sentence - self.last_quoted[0] <= QUOTE_REACH:
            return self.last_quoted[1], self.last_quoted[2]
        return self.previous_speaker(sentence)

    def remember(self, mentions: Sequence[Mention], sentence: int) -> None:
        """Note the people named in a sentence: titled names, and names of people already known.

        An untitled capitalized name is not registered (it may be a place: "Smolensk Region").
        """
        for mention in mentions:
            if mention.kind == "name" and not self.persons.latest(mention.name.split()[-1]):
                continue
            if mention.kind in NAME_KINDS:
                self.person(mention.name, mention.title, sentence)

    def add_roles(self, person: str, words: Sequence[str]) -> None:
        """Role words said of a person in an apposition ("Maia Sandu, the Moldovan president")."""
        self.roles.setdefault(self.canonical(person), set()).update(words)

    def canonical(self, name: str) -> str:
        """A name as finally known: "Boharev" -> "Andrei Boharev" once the full name is read."""
        seen = set()
        while name in self.renamed and name not in seen:
            seen.add(name)
            name = self.renamed[name]
        return name

    def final(self, attribution: Attribution) -> Attribution:
        """An attribution with its speaker under the fullest name the article gave."""
        name = self.canonical(attribution.speaker)
        return attribution if name == attribution.speaker else dataclasses.replace(attribution, speaker=name)

    def person(self, name: str, title: str, sentence: int) -> str:
        """The canonical name of a person mention, registering new people as they are named."""
        canonical = self._match_person(name)
        if title:
            self.roles.setdefault(canonical, set()).update(title.split())
        self._named_where.setdefault(canonical, []).append(len(self.named_at))
        self._first_named.setdefault(sentence, len(self.named_at))
        self.named_at.append((sentence, canonical))
        return canonical

    def _match_person(self, name: str) -> str:
        words = name.split()
        known = self.persons.latest(words[-1]) if words else None
        if known is None:
            self.persons.append(name)
            return name
        if len(words) == 1:
            return known
        # Same surname: the same person when the given names agree (or one lacks them).
        given = PersonName.parse(known).given
        if given and self.persons.keys.compare_words(given[0], words[0]) != "same":
            self.persons.append(name)
            return name
        if len(given) >= len(words) - 1:
            return known
        self.persons.replace(known, name)
        self.renamed[known] = name
        self.roles[name] = self.roles.pop(known, set()) | self.roles.get(name, set())
        moved = self._named_where.pop(known, [])
        for k in moved:
            self.named_at[k] = (self.named_at[k][0], name)
        self._named_where[name] = sorted(self._named_where.get(name, []) + moved)
        return name

    def _role(self, mention: Mention, sentence: int) -> tuple[str, str]:
        """A role: "the minister", "the Belarusian foreign minister", "the Moldovan leader" -> the person named earlier."""
        written = self.strip_article((mention.name or mention.text).split(",")[0].strip())
        definite = (
            mention.text.lower().startswith(("the ", mention.title or "\0")) or mention.text[:1].isupper()
        )
        head = (mention.title or written.lower()).split()[-1] if written else ""
        former = bool(FORMER & set(written.lower().replace("-", " ").split()))
        if definite and not _plural(mention, written):
            holder = self._holder(head, sentence, former)
            if holder is not None:
                return holder, "named_person"
            previous = self.previous_speaker(sentence)
            if mention.kind == "title_role" and previous is not None and previous[1] == "named_person":
                # "..., said Medvedev. ... the former Russian president added": a title no one named
                # holds describes the person just quoted (a reporter's variation on the name).
                return previous
        return self.short(written.lower()), "role_only"

    def _holder(self, head: str, sentence: int, former: bool = False) -> str | None:
        """The latest person named with this role; "the former president" only one who held it before."""
        leader = word_class(self.lexicons, head) == "leader"
        for when, person in reversed(self.named_at):
            if sentence - when > ROLE_REACH:
                return None
            roles = self.roles.get(self.canonical(person), set())
            if former != ("former" in roles):
                continue
            if head in roles or (leader and any(word_class(self.lexicons, r) == "leader" for r in roles)):
                return self.canonical(person)
        return None

    def _vague(self, mention: Mention) -> str:
        """A vague source's name: "Western analysts" -> "western analysts".

        A cue with no source noun ("it is believed", "reportedly") marks a vague source without naming
        one: "unnamed sources".
        """
        words = self.strip_article((mention.name or mention.text).split(",")[0]).lower().split()
        nouns = [k for k, w in enumerate(words) if w in _vague_nouns(self.lexicons)]
        if not nouns:
            return UNNAMED
        words = words[: nouns[-1] + 1]  # "sources said" -> "sources"
        function_words = self.lexicons.speech.function_words
        while len(words) > 1 and words[0] in function_words:
            words = words[1:]  # "there were reports" -> "reports"
        return self.short(" ".join(words))

    def short(self, name: str) -> str:
        """A source's name cut to its noun phrase when it runs over ``MAX_NAME_WORDS`` words.

        The phrase ends before a preposition that opens an adjunct ("german chancellor on platform x");
        a genitive ("of", "for") is kept once ("chairman of the joint chiefs of staff" -> "chairman of the
        joint chiefs").
        """
        words = name.split()
        if len(words) <= MAX_NAME_WORDS:
            return name
        function_words = self.lexicons.speech.function_words
        genitives = [k for k, w in enumerate(words) if k and w.lower() in ("of", "for")]
        for k, word in enumerate(words[1:], start=1):
            if function_words.get(word.lower()) != "preposition":
                continue
            if word.lower() not in ("of", "for") or k > genitives[0]:
                return self.short(" ".join(words[:k]))
        # One genitive in a long name: the head before it ("General Staff of the Ukrainian Armed Forces").
        return " ".join(words[: genitives[0]] if genitives else words[:MAX_NAME_WORDS])

    def strip_article(self, text: str) -> str:
        """A name without its article: "the ministry" -> "ministry" (articles are a class of ``sources/word_classes.tsv``)."""
        first, _, rest = text.partition(" ")
        return rest if rest and word_class(self.lexicons, first.lower()) == "article" else text

    def _pronoun(self, referent: str, sentence: int) -> tuple[str, str]:
        """He/she: the latest speaker if a person, else the latest person named."""
        types = self.lexicons.speech.referents.get(referent, ())
        if not types:
            return UNKNOWN, "none"  # I, we, you: never the source of a quote they stand in
        previous = self.previous_speaker(sentence)
        if previous is not None and previous[1] in types:
            return previous
        if "named_person" in types and referent != "plural" and self.named_at:
            latest = self.named_at[-1][0]
            if sentence - latest <= PRONOUN_REACH:
                first = self.named_at[self._first_named[latest]][1]
                return self.canonical(first), "named_person"
        return UNKNOWN, "none"


def _acronym(name: str) -> bool:
    """Initials of an organisation: one word of two to four capitals ("ISW", "FBK"), not a person's name."""
    return 2 <= len(name) <= 4 and name.isalpha() and name.isupper()


def _plural(mention: Mention, written: str) -> bool:
    return mention.kind == "role" and written.lower().endswith("s") and not written.lower().endswith("ss")


@functools.lru_cache(maxsize=8)
def _vague_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """The words of vague sources ("analysts", "reports", "sources")."""
    return frozenset(w for e in lexicons.speech.sources if e.subcategory == "vague" for w in e.words)
