"""What an article shows of a person's gender: the he/she pronouns that stood for them.

No list of given names is read: "her" cannot stand for a person the article called "he", and a sentence
that opens with a person and goes on with "her" ("Liz Truss ... dodged the question in her speech") tells
the reader who "her" is when no other person there may be she.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from framing.attribution.base import NAME_KINDS, Mention

GENDERED = ("male", "female")


@dataclass
class Genders:
    """The gender the article gave each person, by canonical name (set once, never overwritten)."""

    known: dict[str, str] = field(default_factory=dict)

    def note(self, person: str, referent: str) -> None:
        """A he/she pronoun (``referent`` male or female) stood for ``person``."""
        if referent in GENDERED:
            self.known.setdefault(person, referent)

    def fits(self, person: str, referent: str) -> bool:
        """Whether a pronoun may stand for a person: any but one the article gave the other gender."""
        return referent not in GENDERED or self.known.get(person, referent) == referent

    def shown(self, person: str, referent: str) -> bool:
        """Whether the article gave a person the gender of a he/she pronoun."""
        return referent in GENDERED and self.known.get(person) == referent

    def opening(
        self, mentions: Sequence[Mention], person: Callable[[Mention], str | None]
    ) -> tuple[Mention, str] | None:
        """A sentence's opening name and the gender of the first he/she pronoun after it, if that is theirs.

        ``person``: the canonical name of a known person's mention, or None. The pronoun must fit no other
        person named between them ("Liz Truss, Lavrov's counterpart, ... her": Lavrov was "he").
        """
        opening = next((m for m in mentions if m.first <= 1 and m.kind in NAME_KINDS), None)
        if opening is None:
            return None
        canonical = person(opening)  # once: it looks the name up in the discourse
        if (canonical or "") in self.known:
            return None
        if canonical is None and sum(w[:1].isupper() for w in opening.name.split()) != 2:
            # One unknown word may modify a noun ("The Leicester tight-head ... his"); a third may be a
            # capitalized description ("Actor Keanu Reeves"): only a given name and surname are read.
            return None
        pronoun = next(
            (
                m
                for m in mentions
                if m.first >= opening.stop and m.kind == "pronoun" and m.referent in GENDERED
            ),
            None,
        )
        if pronoun is None:
            return None
        between = [
            person(m) for m in mentions if opening.stop <= m.first < pronoun.first and m.kind in NAME_KINDS
        ]
        if all(other is not None and not self.fits(other, pronoun.referent) for other in between):
            return opening, pronoun.referent
        return None

    def other(self, referent: str) -> set[str]:
        """The people a he/she pronoun cannot stand for: those the article gave the other gender."""
        return {p for p, g in self.known.items() if g != referent} if referent in GENDERED else set()

    def named_since(self, referent: str, speaker: str, named: Sequence[str]) -> str | None:
        """A person in ``named`` (the people named since ``speaker`` spoke, latest first) shown to be he/she.

        "Putin is considering it. Liz Truss ... in her speech. Her declaration that ...": the speaker,
        of no gender shown, yields to a person shown since to be "she".
        """
        if self.shown(speaker, referent):
            return None
        return next((p for p in named if self.shown(p, referent)), None)
