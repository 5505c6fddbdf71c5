"""The organisations and media an article has named, in reading order, for the nouns that refer back to them.

A careful reader takes "the institute said" after "the Institute for the Study of War" for the institute
named, "the ministry added" for the Ministry of Defence named a few sentences before, and "the daily
writes" for the newspaper named last. :class:`Institutions` keeps the names read so far and answers such a
back-reference by its head noun: the latest organisation whose name holds the noun, or, for a generic noun
(class ``generic_head`` of ``sources/word_classes.tsv``: "the organisation", "the daily"), the latest one of
the same kind (an organisation or a medium) that spoke.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from framing.attribution.base import DASHES, class_words, nation_of
from framing.lexicon import LexiconSet

REACH = 12
"""A noun refers back to an organisation named at most this many sentences before ..."""
SCAN = 32
"""... and among the latest this many organisations named (a bounded look back: linear time)."""


@dataclass
class Institutions:
    """The organisations and media named so far, and the aliases the article wrote out in full."""

    lexicons: LexiconSet
    written: set[str] = field(default_factory=set)  # names read so far, lowercase
    named: list[tuple[int, str, str, bool]] = field(default_factory=list)  # (sentence, name, type, spoke)

    def note(self, sentence: int, name: str, source_type: str, spoke: bool = False) -> None:
        """Remember an organisation or a medium named in full (not a bare noun such as "the ministry").

        ``spoke``: it was the source of words, not only named ("CNA said", not "a report by CNA").
        """
        self.written.add(name.lower())
        if name[:1].isupper() and not any(mark in name for mark in DASHES):  # a name, not "the ministry"
            entry = (sentence, name, source_type, spoke)
            if not self.named or self.named[-1] != entry:
                self.named.append(entry)

    def full_name(self, name: str) -> str:
        """An institution under the fuller name the article already wrote ("US" -> "United States"; aliases.tsv)."""
        target = self.lexicons.speech.aliases.get(name.lower())
        return target if target is not None and target.lower() in self.written else name

    def referent(self, noun: str, source_type: str, sentence: int) -> str | None:
        """The organisation a bare noun refers back to ("the institute" -> "Institute for the Study of War")."""
        if " " in noun or not (noun.isalpha() and noun.islower()):
            return None  # "the UK", "the Kremlin": a name, not a noun that refers back
        recent = self._recent(sentence)
        for name, _, _ in recent:
            if noun in {w.lower().strip("'’s") for w in name.split()}:
                return name  # "the institute": the latest organisation named with that head noun
        if noun not in class_words(self.lexicons, "generic_head"):
            return None
        # "the organisation": the latest organisation (or medium) that spoke; one merely named is often
        # not the one meant ("GDP", "the Iranian authorities" named after the rights group that speaks)
        for name, kind, spoke in recent:
            if spoke and kind == source_type and self._organisation(name):
                return name
        return None

    def _recent(self, sentence: int) -> list[tuple[str, str, bool]]:
        """The organisations named at most :data:`REACH` sentences back, latest first."""
        found = []
        for when, name, kind, spoke in reversed(self.named[-SCAN:]):
            if sentence - when > REACH:
                break
            found.append((name, kind, spoke))
        return found

    def _organisation(self, name: str) -> bool:
        """Whether a name may be what "the organisation" refers to: not a country, not two names joined."""
        coordinators = class_words(self.lexicons, "coordinator")
        return nation_of(name, self.lexicons) is None and not any(
            w.lower() in coordinators for w in name.split()
        )
