"""The article's discourse state, read top to bottom: who was named, with which roles, who spoke last.

:class:`Discourse` is the only stateful part of attribution. Rules hand it mentions; it answers with a
speaker and a source type and remembers what the reader would: a surname or title alone finds the person
named earlier ("the minister" -> the last person named with a minister's role), "the X leader" and "the
head of state" find the last head of state or government named, a pronoun finds the latest speaker of a
fitting type (or, failing one, the latest person named).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.attribution.base import NAME_KINDS, Mention, class_words, name_keys, spaced
from framing.attribution.forenames import named_fully, note_full_name
from framing.attribution.genders import GENDERED, Genders
from framing.attribution.holders import role_source
from framing.attribution.institutions import Institutions
from framing.attribution.organisations import acronym, named_as_organisation
from framing.attribution.pronouns import PRONOUN_REACH, resolve_pronoun
from framing.attribution.roles import (
    aside_roles,
    nation_words,
    office_words,
    strip_article,
    title_words,
    vague_speaker,
)
from framing.attribution.untitled import given_name
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.names import PersonName, SurnameIndex
from framing.results import AUTHOR, Attribution

UNKNOWN = "unknown"
UNNAMED = "unnamed sources"
QUOTE_REACH = 6
"""A quotation without a cue continues the latest quoted speaker at most this many sentences back."""


@dataclass
class Discourse:
    """What a careful reader knows at a point of the article."""

    lexicons: LexiconSet
    renamed: dict[str, str] = field(default_factory=dict)  # a name used earlier -> its fuller form
    roles: dict[str, set[str]] = field(default_factory=dict)  # person -> role words ("minister", "president")
    named_at: list[tuple[int, str]] = field(default_factory=list)  # (sentence, person), in reading order
    last_speaker: tuple[int, str, str] | None = None  # (sentence, speaker, source_type)
    spoke_until: int = -1  # the last sentence of the latest speaker's quotation
    last_quoted: tuple[int, str, str] | None = None  # the same, for the latest direct quotation
    last_person: tuple[int, str, str] | None = None  # the same, for the latest named person
    last_name: tuple[int, str] | None = None  # the latest name read, a person registered or not
    last_subject: tuple[int, str, str] | None = None  # the latest organisation opening a sentence (for "it")
    opener: tuple[int, str] | None = None  # the latest known person opening a sentence (for "he", "she")
    genders: Genders = field(default_factory=Genders)
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> an untitled full name read
    seen_names: dict[str, set[str]] = field(default_factory=dict)  # first word -> names of 2+ words read
    mid_sentence: dict[str, list[int]] | None = None  # word -> starts after a lowercase word or comma
    # Indexes, so that no step reads the whole article again: the people by surname (canonical names, in
    # order of first mention; name keys computed once per spelling), where each person and each sentence
    # stands in ``named_at``.
    persons: SurnameIndex = field(init=False)
    institutions: Institutions = field(init=False)  # organisations and media named so far
    _named_where: dict[str, list[int]] = field(default_factory=dict)
    _first_named: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.persons = SurnameIndex(name_keys(self.lexicons))
        self.institutions = Institutions(self.lexicons)

    def resolve(self, mention: Mention | None, sentence: int, exclude: Sequence[str] = ()) -> tuple[str, str]:
        """The speaker and source type of a mention; ``exclude``: people a pronoun cannot be ("He told Blinken")."""
        if mention is None:
            return UNKNOWN, "none"
        if " ".join(mention.text.split()) != mention.text:
            mention = spaced(mention)  # a broken line or double space as written inside the source
        if mention.kind in ("speech_noun", "vague") and mention.possessor is not None:
            return self.resolve(mention.possessor, sentence)
        if mention.kind == "name" and acronym(mention.name, mention.text):
            return mention.name, "named_institution"  # "ISW said", "FBK reported": an organisation's initials
        if named_as_organisation(mention, self.lexicons) and not self._surname_known(mention.name):
            return mention.name, "named_institution"  # "the Green Party said", "Afghanistan showed"
        if mention.kind == "name" and mention.name.lower() in self.institutions.written:
            return mention.name, "named_institution"  # "Qantas said" after "Australian airline Qantas"
        if mention.kind in NAME_KINDS:
            # A name that speaks is taken for a person unless the lists say it is an organisation.
            person = self.person(mention.name, mention.title, sentence)
            # the roles of an apposition: "Vladimir Putin, the Russian president, said" -> president
            self.add_roles(person, aside_roles(mention.text, self.lexicons))
            return person, "named_person"
        found = self.institutions.source(mention, sentence)  # an organisation, a medium, "the report"
        if found is not None:
            return found
        if mention.kind == "vague":
            return vague_speaker(mention, self.lexicons) or UNNAMED, "vague"
        if mention.kind in ("role", "title_role"):
            return role_source(self, mention, sentence)
        if mention.kind == "pronoun":
            found = resolve_pronoun(
                self, mention.referent, sentence, {self.known(n) for n in exclude} - {None}
            )
            if found is not None and found[1] == "named_person":
                # "He later said" made Lukashenko a "he": a later "she said" is someone else
                self.genders.note(found[0], mention.referent)
            return found or (UNKNOWN, "none")
        return UNKNOWN, "none"

    def first_named(self, sentence: int) -> str:
        """The person named first in a sentence that named someone, under their fullest name."""
        return self.canonical(self.named_at[self._first_named[sentence]][1])

    def known(self, name: str) -> str | None:
        """The canonical name of a person already named, by surname, or None."""
        words = name.split()
        known = self.persons.latest(words[-1]) if words else None
        return self.canonical(known) if known else None

    def spoke(
        self, sentence: int, speaker: str, source_type: str, quoted: bool = False, until: int = -1
    ) -> None:
        """Remember the latest speaker (and the latest one quoted), for pronouns and floating quotes."""
        if speaker not in (UNKNOWN, AUTHOR):
            self.last_speaker = (sentence, speaker, source_type)
            self.spoke_until = max(sentence, until)
            if quoted:
                self.last_quoted = self.last_speaker
            if source_type == "named_person":
                self.last_person = self.last_speaker
            elif source_type in ("named_institution", "media"):
                self.institutions.note(sentence, speaker, source_type, spoke=True)

    def _surname_known(self, name: str) -> bool:
        """Whether a person named before has this surname, as written ("John Ireland ... Ireland said")."""
        found = self.persons.latest(name)
        return found is not None and PersonName.parse(found).surname.lower() == name.lower()

    def previous_speaker(self, sentence: int, reach: int = PRONOUN_REACH) -> tuple[str, str] | None:
        """The latest speaker, if they spoke at most ``reach`` sentences back.

        "... Feel free to come.” He went on": from a long quotation's last sentence, unless someone was named
        after it ("... The judge, Pavel Sokolov, adjourned the hearing. He said").
        """
        if self.last_speaker is None:
            return None
        when, speaker, source_type = self.last_speaker
        if not (self.named_at and self.named_at[-1][0] > self.spoke_until):
            when = max(when, self.spoke_until)
        return (speaker, source_type) if sentence - when <= reach else None

    def previous_quoted(self, sentence: int) -> tuple[str, str] | None:
        """Who goes on speaking in a quotation without a cue: the latest speaker quoted, if recent, else the latest speaker.

        A claim reported in between ("the United States found a way out") does not take over a speech; one
        in the sentence where the quotation opens does ("Arnesen said the club were sad to see Santini go:
        “We are disappointed. ...”"), and so does a person's in the sentence right before ("..., Mr Howard
        said. / “We watched the scenes ...”").
        """
        spoke = self.last_speaker
        if (
            spoke is not None
            and (spoke[0] == sentence or (spoke[0] == sentence - 1 and spoke[2] == "named_person"))
            and (self.last_quoted is None or self.last_quoted[0] < spoke[0])
        ):
            return spoke[1], spoke[2]
        if self.last_quoted is not None and sentence - self.last_quoted[0] <= QUOTE_REACH:
            return self.last_quoted[1], self.last_quoted[2]
        return self.previous_speaker(sentence)

    def remember(self, mentions: Sequence[Mention], sentence: int) -> None:
        """Note the people named in a sentence: titled names, names of people already known, given names.

        An untitled capitalized name is not registered (it may be a place: "Smolensk Region") unless it
        opens with a given name ("Tony Blair arrived in London": :func:`given_name`).
        """
        # "Liz Truss ... in her speech": a name that "he" or "she" follows is a person's, of that gender
        gendered = self.genders.opening(mentions, lambda m: self.known(m.name) if m.name else None)
        self._carry_opener(mentions, sentence)
        for name in (m.name for m in mentions if " " in m.name):  # "Kim Jong Un" and "Kim Yo Jong"
            self.seen_names.setdefault(name.split()[0].casefold(), set()).add(name)
        for previous, mention in zip((None, *mentions), mentions, strict=False):
            if mention.kind in NAME_KINDS and mention.name:
                self.last_name = (sentence, mention.name)
            name = strip_article(self.lexicons, mention.name or mention.text)
            # "after the Bank made its decision": a bare head noun refers back, it names no new organisation
            if mention.kind in ("institution", "media") and not self.institutions.referent(name, sentence):
                kind = "media" if mention.kind == "media" else "named_institution"
                self.institutions.note(
                    sentence, name, kind, initials=mention.initials, kind_noun=mention.kind_noun
                )
            is_gendered = gendered is not None and mention is gendered[0]
            if mention.kind == "name" and any(w in _connectors(self.lexicons) for w in mention.name.split()):
                continue  # "Approval for Biden’s handling": a phrase with a connector is no person's full name
            if mention.kind == "name" and not self.persons.latest(mention.name.split()[-1]):
                # "Ozzy Osbourne and Sharon Osbourne": "Mr Osbourne" is neither
                note_full_name(self.full_names, mention.name)
                # "Kim Collins ... Collins ran": a surname alone shows the full name a person's
                surname_of_full = " " not in mention.name and self._full(mention.name)
                if not (is_gendered or given_name(mention, self.lexicons) or surname_of_full):
                    continue
            if mention.kind in NAME_KINDS:
                person = self.person(mention.name, mention.title, sentence)
                self.add_roles(person, title_words(mention, self.lexicons))  # "US President Joe Biden"
                if mention.first <= 1 and (self.opener is None or self.opener[0] < sentence):
                    self.opener = (sentence, person)
                # "Russia’s ambassador to Poland Sergei Andreev": the country of a title that overlaps the name
                if previous is not None and previous.kind == "title_role" and previous.end > mention.start:
                    self.add_roles(person, nation_words(previous, self.lexicons))
                if is_gendered:
                    self.genders.note(person, gendered[1])

    def _carry_opener(self, mentions: Sequence[Mention], sentence: int) -> None:
        """Keep the narrative's person for a sentence opened by "he" or "she" right after theirs.

        "Wilkinson, who has scored 817 points, ... But he then missed the 2004 campaign ... “...,” he said":
        the reporter is still telling of Wilkinson, not of the coach quoted before him.
        """
        opener, spoke = self.opener, self.last_speaker[0] if self.last_speaker else -1
        first = next(iter(mentions), None)
        if (
            opener is not None
            and opener[0] == sentence - 1 > spoke
            and first is not None
            and first.first <= 1
            and first.kind == "pronoun"
            and first.referent in GENDERED
        ):
            self.opener = (sentence, opener[1])

    def _full(self, word: str, title: str = "") -> str | None:
        return named_fully(word, title, self.full_names, self.persons, self.seen_names, self.lexicons)

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
        canonical = self._match_person(name, title)
        if title:
            self.roles.setdefault(canonical, set()).update(office_words(title, self.lexicons))
        self._named_where.setdefault(canonical, []).append(len(self.named_at))
        self._first_named.setdefault(sentence, len(self.named_at))
        self.named_at.append((sentence, canonical))
        return canonical

    def _match_person(self, name: str, title: str) -> str:
        words = name.split()
        known = self.persons.latest(words[-1]) if words else None
        if known is None:
            # "Mr Abbas" after an untitled "Mahmoud Abbas" (maybe a place, so not registered then)
            name = self._full(name, title) or name
            self.persons.append(name)
            return name
        if len(words) == 1:  # "Mr Osbourne" after "Ozzy Osbourne and Sharon Osbourne" is neither
            return name if self.persons.shared(name) or self.full_names.get(name) == "" else known
        # Same surname: the same person when the given names agree (or one lacks them).
        # "Von der Leyen" before or after "Ursula von der Leyen": a particle opens the surname, no given name;
        # not when the names differ before it ("Al Gore" is not "Tipper Gore")
        shorter, longer = sorted((known.lower(), name.lower()), key=len)
        tail = longer.endswith(f" {shorter}") and shorter.split()[0] in self.lexicons.speech.name_particles
        if tail and len(known) >= len(name):
            return known
        given = () if tail else PersonName.parse(known).given
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


@derived
def _connectors(lexicons: LexiconSet) -> frozenset[str]:
    """Lowercase words that join an organisation's name ("for", "of", "the") and no person's name."""
    return class_words(lexicons, "name_connector") | class_words(lexicons, "definite_article")
