"""The organisations and media an article has named, in reading order, for the nouns that refer back to them.

A careful reader takes "the institute said" after "the Institute for the Study of War" for the institute
named, "the ministry added" for the Ministry of Defence named a few sentences before, and "the daily
writes" for the newspaper named last. :class:`Institutions` keeps the names read so far and answers such a
back-reference by its head noun: the latest organisation whose name holds the noun, or, for a generic noun
(classes ``generic_head`` and ``media_noun`` of ``sources/word_classes.tsv``: "the organisation", "the
daily"), the latest organisation or medium that spoke.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.attribution.base import DASHES, Mention, class_words, in_class, nation_of, strip_possessive
from framing.attribution.organisations import organisation
from framing.attribution.roles import shorten, strip_article
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.tokenize import Token

REACH = 12
"""A noun refers back to an organisation named at most this many sentences before ..."""
SCAN = 32
"""... and among the latest this many organisations named (a bounded look back: linear time)."""
DOCUMENT_REACH = 6
"""An organisation's name stands at most this many words before its document ("UNHCR's annual Global Trends report")."""


@dataclass
class Institutions:
    """The organisations and media named so far, and the aliases the article wrote out in full."""

    lexicons: LexiconSet
    written: set[str] = field(default_factory=set)  # names read so far, lowercase
    # (sentence, name, the name it goes under, source type, spoke)
    named: list[tuple[int, str, str, str, bool]] = field(default_factory=list)
    # a document noun -> (sentence, who published it, its type): "UNHCR's Global Trends report"
    documents: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    # a noun of an organisation's type -> (sentence, the organisation named after it): "airline Qantas"
    typed: dict[str, tuple[int, str]] = field(default_factory=dict)

    def note(self, sentence: int, name: str, source_type: str, spoke: bool = False, initials: str = "",
             kind_noun: str = "") -> None:  # fmt: skip
        """Remember an organisation or a medium named in full (not a bare noun such as "the ministry").

        ``spoke``: it was the source of words, not only named ("CNA said", not "a report by CNA");
        ``initials``: what it is called after ("the Kyiv International Institute of Sociology (KIIS)");
        ``kind_noun``: the noun of its type it was named after ("the bookmaker" then refers to it).
        """
        self.written.add(name.lower())
        if kind_noun:
            self.typed[kind_noun] = (sentence, initials or name)
        if name[:1].isupper() and not any(mark in name for mark in DASHES):  # a name, not "the ministry"
            entry = (sentence, name, initials or name, source_type, spoke)
            if self.named and self.named[-1][:4] == entry[:4]:
                # named and speaking in one sentence is one entry: the bounded look back stays wide
                self.named[-1] = entry if spoke else self.named[-1]
            else:
                self.named.append(entry)

    def source(self, mention: Mention, sentence: int) -> tuple[str, str] | None:
        """The speaker and type of an organisation's or medium's mention, or of "the report" one published.

        "the Institute for the Study of War (ISW)" is ISW, as it is called after; "the institute", "the
        daily" refer back (:meth:`referent`); "US" goes under the fuller name the article wrote.
        """
        head = (mention.name or mention.text).split(",")[0].strip()  # an aside read with it is not its name
        name = strip_article(self.lexicons, head)
        definite = strip_article(self.lexicons, mention.text) != mention.text  # "the institute", "the daily"
        if mention.kind == "vague":
            document = self.documents.get(name.lower()) if definite else self._published_here(name, sentence)
            if document is None and definite and name and not self._new(mention.text):
                # "the spy report", "the same report": the report published before, by its noun
                document = self.documents.get(name.lower().split()[-1]) or self._one_publisher(name, sentence)
            if document is not None and sentence - document[0] <= REACH:
                return document[1], document[2]
            return None
        if mention.kind not in ("institution", "media"):
            return None
        source_type = "named_institution" if mention.kind == "institution" else "media"
        if mention.initials:
            return mention.initials, source_type
        found = self.referent(name, sentence) if definite else None
        if source_type == "media":
            name = self._medium_name(name)
        return found or (self.full_name(shorten(self.lexicons, name)), source_type)

    def _published_here(self, name: str, sentence: int) -> tuple[int, str, str] | None:
        """The publisher of "research" put out in this very sentence ("according to research from Gartner")."""
        found = self.documents.get(name.lower().split()[-1]) if name else None
        return found if found is not None and found[0] == sentence else None

    def _one_publisher(self, name: str, sentence: int) -> tuple[int, str, str] | None:
        """The document of another noun when one publisher's are all in reach ("Research by Nokia ... the study").

        Two publishers in reach leave the document unresolved: "the study" could be either's.
        """
        if not name or name.lower().split()[-1] not in class_words(self.lexicons, "document_noun"):
            return None
        # a named publisher only: "campaign" in "a new offensive campaign assessment" is no one's name
        near = [d for d in self.documents.values() if sentence - d[0] <= REACH and d[1][:1].isupper()]
        return max(near) if len({d[1] for d in near}) == 1 else None

    def _new(self, written: str) -> bool:
        """Whether a phrase opens with a word that introduces a new referent ("an official report")."""
        return in_class(self.lexicons, written.split()[0].lower(), "new_referent")

    def _medium_name(self, written: str) -> str:
        """A medium under its own name, without what describes it: "Russia's Interfax news agency" -> "Interfax".

        A lowercase head noun (classes ``media_head`` and ``generic_head``: agency, newspaper, daily, channel)
        divides the description from the name: the capitalized words after it ("Russia's state news
        agency TASS" -> "TASS"), or before it without a country's possessive ("Russia's Interfax").
        """
        words = written.split()
        heads = media_words(self.lexicons)
        at = next((k for k, w in enumerate(words) if w in heads), None)
        if at is None:
            return written
        after = words[at + 1 :]
        if after and all(w[:1].isupper() for w in after):
            return " ".join(after)
        # "Russia's" goes, "France" in "Agence France Presse" stays
        country = {
            w
            for w in words[:at]
            if strip_possessive(w) != w and nation_of(strip_possessive(w), self.lexicons)
        }
        before = [w for w in words[:at] if w[:1].isupper() and w not in country]
        if all(nation_of(w, self.lexicons) for w in before):
            return written  # "the German daily": no name, a description ("German" alone names no one)
        return " ".join(before)

    def note_documents(self, sentence: int, tokens: Sequence[Token], mentions: Sequence[Mention]) -> None:
        """Remember who published a document named in a sentence ("UNHCR's report", "KIIS published a survey").

        A document noun (class ``document_noun`` of ``sources/word_classes.tsv``) is an organisation's
        (or its initials') when the name stands right after "by" or "from" after it ("a report by Amnesty
        International"), or at most :data:`DOCUMENT_REACH` words before it in one clause with only
        determiners, capitalized words, numbers, ``document_modifier`` and ``publish_verb`` words between
        ("UNHCR's annual Global Trends report", "KIIS published a survey"; not "the ministry rejected a
        report", "NATO cited a study").
        """
        nouns = class_words(self.lexicons, "document_noun")
        places = [k for k, token in enumerate(tokens) if token.norm in nouns]
        if not places:
            return
        publishers = [m for m in mentions if organisation(m, self.lexicons)]
        by_stop = {m.stop: m for m in reversed(publishers)}
        by_first = {m.first: m for m in reversed(publishers)}
        for k in places:
            mention = self._after(tokens, k, by_first) or self._before(tokens, k, by_stop)
            if mention is None:
                continue
            found = self.source(mention, sentence) or (mention.name, "named_institution")
            if self._one_name(found[0]):  # "The White House released a strategy document"; not two joined
                self.documents[tokens[k].norm] = (sentence, *found)

    def _after(self, tokens: Sequence[Token], k: int, by_first: dict[int, Mention]) -> Mention | None:
        """The publisher after "by" or "from" right after a document noun at ``k``, past a ``publish_verb``.

        "a report by Amnesty International", "the strategy document released by the White House".
        """
        j = k + 1
        if j < len(tokens) and in_class(self.lexicons, tokens[j].norm, "publish_verb"):
            j += 1
        if j + 1 >= len(tokens) or tokens[j].norm not in ("by", "from"):
            return None
        # "by the UN"; "by handset maker Nokia": an article and lowercase words of the publisher's kind
        function_words = self.lexicons.speech.function_words
        for first in range(j + 1, min(j + 5, len(tokens))):
            mention = by_first.get(first)
            if mention is not None and not self._country_modifier(tokens, mention):
                return mention
            word = tokens[first]
            article = first == j + 1 and in_class(self.lexicons, word.norm, "article")
            if not article and (not word.text.islower() or word.norm in function_words):
                return None
        return None

    def _country_modifier(self, tokens: Sequence[Token], mention: Mention) -> bool:
        """Whether a country's name describes the noun after it ("by US researchers, Pew Internet")."""
        after = tokens[mention.stop] if mention.stop < len(tokens) else None
        return (
            after is not None
            and after.text.islower()
            and after.norm not in self.lexicons.speech.function_words
            and nation_of(mention.text, self.lexicons) is not None
        )

    def _before(self, tokens: Sequence[Token], k: int, by_stop: dict[int, Mention]) -> Mention | None:
        """The publisher ending at most :data:`DOCUMENT_REACH` words before a document noun at ``k``.

        Lowercase nouns and a possessive may stand between a ``publish_verb`` and the document ("released
        its annual threat assessment report"), not between a publisher and a document with no such verb
        ("the ministry rejected a report").
        """
        function_words = self.lexicons.speech.function_words
        j, plain_words = k, True
        while j > 0 and k - j < DOCUMENT_REACH and not tokens[j].clause_break_before:
            if j in by_stop:
                # the publisher's own verb right after it ("X released its ... report"), not a verb later
                # ("Russia attacked the newly released report")
                published = in_class(self.lexicons, tokens[j].norm, "publish_verb")
                if not published and nation_of(by_stop[j].text, self.lexicons) is not None:
                    return None  # "US research think-tank Pew": the country says where, not who published
                return by_stop[j] if plain_words or published else None
            word = tokens[j - 1]
            plain = (
                word.text[:1].isupper()
                or word.text[:1].isdigit()
                or in_class(self.lexicons, word.norm, "document_modifier", "publish_verb")
                or function_words.get(word.norm) == "determiner"
            )
            possessive = in_class(self.lexicons, word.norm, "possessive")
            if not plain and (not word.text.islower() or word.norm in function_words) and not possessive:
                return None  # "a report by" ... "NATO cited a study that": a clause between
            plain_words = plain_words and plain
            j -= 1
        return None

    def full_name(self, name: str) -> str:
        """An institution under the fuller name the article already wrote ("US" -> "United States"; aliases.tsv)."""
        target = self.lexicons.speech.aliases.get(name.lower())
        return target if target is not None and target.lower() in self.written else name

    def referent(self, noun: str, sentence: int) -> tuple[str, str] | None:
        """The organisation a noun refers back to, and its type ("the institute" -> "Institute for the Study of War").

        The noun is a head noun (classes ``org_head``, ``generic_head`` for organisations and ``media_noun``
        for media), lowercase or not ("the Institute added"), after country adjectives at most ("the
        French newspaper", which must then be in the name); a name ("the UK", "the Kremlin") refers to itself.
        """
        *before, noun = noun.lower().split() or [""]
        typed = self.typed.get(noun)  # "the bookmaker" after "Bookmaker William Hill"
        if typed is None and noun in class_words(self.lexicons, "company_noun") and self.typed:
            # "the company" after "software giant Microsoft": the organisation typed last
            typed = max(self.typed.values())
        if typed is not None and sentence - typed[0] <= REACH and not self._other(before):
            return typed[1], "named_institution"
        heads = class_words(self.lexicons, "org_head")
        # "the club", "the regulator" with no organisation typed so: as "the organisation" (the latest that spoke)
        generic = class_words(self.lexicons, "generic_head") | class_words(self.lexicons, "org_type")
        media = class_words(self.lexicons, "media_noun")
        if noun not in heads | generic | media or any(nation_of(w, self.lexicons) is None for w in before):
            return None
        recent = self._recent(sentence)
        nations = {nation_of(w, self.lexicons) for w in before}
        for name, shown, kind, _ in recent:
            words = {strip_possessive(w).lower() for w in name.split()}
            # "the Ukrainian government" is no "Xi Jinping's government"; a paper's name tells no country
            other = nations and kind != "media" and not nations & {nation_of(w, self.lexicons) for w in words}
            if noun in words and not other:
                return shown, kind  # "the institute": the latest organisation named with that head noun
        if before or noun not in generic | media:
            return None  # "the French newspaper" is not whatever paper spoke last
        # "the organisation": the latest organisation (or medium, "the daily") that spoke; one merely named
        # is often not the one meant ("GDP", "the Iranian authorities" named after the rights group)
        kinds = {"named_institution"} if noun in generic else set()
        kinds |= {"media"} if noun in media else set()
        for name, shown, kind, spoke in recent:
            if spoke and kind in kinds and self._organisation(name):
                return shown, kind
        return None

    def _other(self, before: Sequence[str]) -> bool:
        """Whether the words before a type noun single out another one: "the rival bookmaker", "the French airline".

        Class ``contrast_modifier``, or a nation (the first one's country is not kept); "the software giant" is
        the same one.
        """
        contrast = class_words(self.lexicons, "contrast_modifier")
        return any(w in contrast or nation_of(w, self.lexicons) is not None for w in before)

    def _recent(self, sentence: int) -> list[tuple[str, str, str, bool]]:
        """The organisations named at most :data:`REACH` sentences back, latest first."""
        found = []
        for when, name, shown, kind, spoke in reversed(self.named[-SCAN:]):
            if sentence - when > REACH:
                break
            found.append((name, shown, kind, spoke))
        return found

    def _organisation(self, name: str) -> bool:
        """Whether a name may be what "the organisation" refers to: not a country, a count or two names joined."""
        return nation_of(name, self.lexicons) is None and self._one_name(name)

    def _one_name(self, name: str) -> bool:
        """Not a count ("13 countries") and not two names joined ("the US and the UK")."""
        coordinators = class_words(self.lexicons, "coordinator")
        return not name[:1].isdigit() and not any(w.lower() in coordinators for w in name.split())


@derived
def media_words(lexicons: LexiconSet) -> frozenset[str]:
    """The nouns of a medium (classes ``media_head``, ``media_noun``: agency, newspaper, outlet, channel)."""
    return class_words(lexicons, "media_head") | class_words(lexicons, "media_noun")
