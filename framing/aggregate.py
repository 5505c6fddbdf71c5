"""Aggregate analysed articles: one framing profile per speaker, across articles.

A speaker's profile is the mean score per sentence of each dimension over the sentences that carry the
speaker's words. Named people are merged across articles by :mod:`framing.names` (Boharev and Bocharov are
one person; Gladkov and Glazkov are reported as possible aliases, never merged); other sources are merged
by their written name and type.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from framing.lexicon import LexiconSet, load_lexicons
from framing.names import group_names
from framing.results import AUTHOR, ArticleResult

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class SpeakerProfile:
    """How one speaker frames events, over every article analysed.

    Attributes:
        speaker: Canonical name ("Andrei Boharev", "analysts", ``AUTHOR``).
        source_type: named_person, named_institution, role_only, vague, media or none.
        names: Every spelling merged into this speaker, as written.
        roles: How the articles referred to the speaker when not by name ("the minister", "Governor
            Andrei Boharev"): the written sources of its attributions, pronouns left out.
        documents: The articles the speaker appears in.
        n_sentences: Sentences carrying the speaker's words or claims.
        n_quotes: Direct quotations attributed to the speaker.
        n_attributions: All attributions to the speaker (quotes, reported speech, "according to").
        profile: Dimension -> mean score per sentence.
        stances: Cue stance -> count ("assertive": 2).
    """

    speaker: str
    source_type: str
    names: tuple[str, ...]
    documents: tuple[str, ...]
    n_sentences: int
    n_quotes: int
    n_attributions: int
    profile: Mapping[str, float]
    stances: Mapping[str, int]
    roles: tuple[str, ...] = ()

    def row(self) -> dict[str, Any]:
        """A flat row: counts, then one column per dimension."""
        return {
            "speaker": self.speaker,
            "source_type": self.source_type,
            "documents": len(self.documents),
            "sentences": self.n_sentences,
            "quotes": self.n_quotes,
            "attributions": self.n_attributions,
            **self.profile,
            "stances": "; ".join(f"{k} {v}" for k, v in self.stances.items()),
            "names": "; ".join(self.names),
            "roles": "; ".join(self.roles),
        }


@dataclass(frozen=True, slots=True)
class SpeakerTable:
    """Speaker profiles across articles.

    Attributes:
        dimensions: The dimensions profiled, in order.
        speakers: One profile per speaker, most sentences first (``AUTHOR`` last).
        possible_aliases: Pairs of names that may be one person; reported, not merged.
    """

    dimensions: tuple[str, ...]
    speakers: tuple[SpeakerProfile, ...]
    possible_aliases: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:
        names = ", ".join(s.speaker for s in self.speakers[:5]) + (", ..." if len(self.speakers) > 5 else "")
        return f"<SpeakerTable: {len(self.speakers)} speakers ({names}), {len(self.dimensions)} dimensions>"

    def _repr_html_(self) -> str:
        """Jupyter display: one row per speaker with counts and the framing profile."""
        from framing.report import speakers_html

        return speakers_html(self)

    def merged(self) -> str:
        """One line per speaker that merges several spellings or roles: what was merged into it."""
        lines = []
        for s in self.speakers:
            spellings = [n for n in s.names if n != s.speaker]
            if spellings or s.roles:
                parts = [f"spellings: {'; '.join(spellings)}"] if spellings else []
                parts += [f"roles: {'; '.join(s.roles)}"] if s.roles else []
                lines.append(f"{s.speaker} <- " + " | ".join(parts))
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per speaker: type, counts and the mean score of each dimension."""
        import pandas as pd

        return pd.DataFrame([s.row() for s in self.speakers])


def speaker_profiles(
    results: Sequence[ArticleResult], lexicons: LexiconSet | None = None, *, min_sentences: int = 0
) -> SpeakerTable:
    """Profile every speaker of ``results``, merging spelling variants of people's names across articles.

    Args:
        results: Analysed articles (from :func:`framing.analyze`).
        lexicons: Supplies the transliteration table and the alias list (built-in when omitted).
        min_sentences: Leave out speakers whose words fill fewer sentences than this.
    """
    lexicons = lexicons or load_lexicons()
    dimensions = results[0].dimensions if results else lexicons.dimensions
    people = [s.speaker for r in results for s in r.sentences if s.source_type == "named_person"]
    people += [a.speaker for r in results for a in r.attributions if a.source_type == "named_person"]
    groups = group_names(people, lexicons.speech.transliteration, lexicons.speech.aliases)

    def key(speaker: str, source_type: str) -> tuple[str, str]:
        if source_type == "named_person":
            return groups.canonical.get(speaker, speaker), source_type
        return speaker, source_type

    sentences: dict[tuple[str, str], list[Mapping[str, float]]] = defaultdict(list)
    names: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    documents: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    quotes: dict[tuple[str, str], int] = defaultdict(int)
    attributions: dict[tuple[str, str], int] = defaultdict(int)
    stances: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    roles: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for result in results:
        for sentence in result.sentences:
            if sentence.boilerplate:
                continue
            k = key(sentence.speaker, sentence.source_type)
            sentences[k].append(sentence.scores)
            names[k][sentence.speaker] = None
            documents[k][result.doc] = None
        for attribution in result.attributions:
            if attribution.kind == "scare" or attribution.speaker in ("unknown", AUTHOR):
                continue
            k = key(attribution.speaker, attribution.source_type)
            names[k][attribution.speaker] = None
            documents[k][result.doc] = None
            attributions[k] += 1
            quotes[k] += attribution.kind in ("direct", "floating")
            if attribution.cue_stance:
                stances[k][attribution.cue_stance] += 1
            written = " ".join((attribution.source_text or "").split())
            if (
                written
                and written != attribution.speaker
                and (len(written.split()) > 1 or written[:1].islower())
            ):
                roles[k][written] = None  # "the minister", "Governor Andrei Boharev"; not "he", "Boharev"

    profiles = []
    for k in names:
        rows = sentences.get(k, [])
        profile = {d: round(sum(r[d] for r in rows) / len(rows), 4) if rows else 0.0 for d in dimensions}
        profiles.append(
            SpeakerProfile(
                speaker=k[0],
                source_type=k[1],
                names=tuple(names[k]),
                documents=tuple(documents[k]),
                n_sentences=len(rows),
                n_quotes=quotes[k],
                n_attributions=attributions[k],
                profile=profile,
                stances=dict(sorted(stances[k].items())),
                roles=tuple(r for r in roles[k] if r not in names[k] and not _pronoun(r, lexicons)),
            )
        )
    profiles = [p for p in profiles if p.n_sentences >= min_sentences]
    profiles.sort(key=lambda p: (p.speaker == AUTHOR, -p.n_sentences, -p.n_attributions, p.speaker))
    return SpeakerTable(
        dimensions=tuple(dimensions), speakers=tuple(profiles), possible_aliases=groups.possible
    )


def _pronoun(written: str, lexicons: LexiconSet) -> bool:
    """A pronoun ("he") or only function words ("who", "that": a relative clause's source): no role."""
    function_words = lexicons.speech.function_words
    if all(w in function_words for w in written.lower().split()):
        return True
    return any(written.lower() == e.pattern for e in lexicons.speech.pronouns)
