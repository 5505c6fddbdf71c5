"""Aggregate analysed articles: one framing profile per speaker, across articles.

A speaker's profile is the mean score per sentence of each dimension over the sentences that carry the
speaker's words. Named people are merged across articles by :mod:`framing.names` (Boharev and Bocharov are
one person; Gladkov and Glazkov are reported as possible aliases, never merged); other sources are merged
by their written name and type, and a state by its name or initials ("US", "U.S.", "United States").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from framing.lexicon import LexiconSet, load_lexicons
from framing.lexicon.model import derived
from framing.names import NameGroups, group_names
from framing.results import AUTHOR, ArticleResult, Attribution

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
        documents: The articles the speaker appears in, as a sentence's speaker or an attribution's source.
        n_sentences: Sentences whose speaker this is. Each sentence has one speaker, so a source cited
            inside another speaker's sentence gets the attribution and the document, not the sentence.
        n_quotes: Direct quotations attributed to the speaker.
        n_attributions: All attributions to the speaker (quotes, reported speech, "according to").
        profile: Dimension -> mean score per sentence; ``None`` for a speaker none of whose sentences
            carries its words (an attribution inside another speaker's sentence): no mean to take.
        stances: Cue stance -> count ("assertive": 2).
    """

    speaker: str
    source_type: str
    names: tuple[str, ...]
    documents: tuple[str, ...]
    n_sentences: int
    n_quotes: int
    n_attributions: int
    profile: Mapping[str, float | None]
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

    def with_min_sentences(self, min_sentences: int) -> SpeakerTable:
        """The table without the speakers whose words fill fewer sentences than ``min_sentences``."""
        kept = tuple(p for p in self.speakers if p.n_sentences >= min_sentences)
        return SpeakerTable(self.dimensions, kept, self.possible_aliases)

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
    groups = group_people(results, lexicons)
    tallies = _tally_speakers(results, speaker_names(results, lexicons, groups))
    profiles = [_profile(key, tally, dimensions, lexicons) for key, tally in tallies.items()]
    profiles.sort(key=lambda p: (p.speaker == AUTHOR, -p.n_sentences, -p.n_attributions, p.speaker))
    table = SpeakerTable(
        dimensions=tuple(dimensions), speakers=tuple(profiles), possible_aliases=groups.possible
    )
    return table.with_min_sentences(min_sentences)


_SpeakerKey = tuple[str, str]  # (canonical speaker, source type)


@dataclass(slots=True)
class _Tally:
    """What the articles say of one speaker, gathered before it becomes a :class:`SpeakerProfile`.

    The dicts of ``None`` are ordered sets: first seen first.
    """

    sentences: list[Mapping[str, float]] = field(default_factory=list)
    names: dict[str, None] = field(default_factory=dict)
    documents: dict[str, None] = field(default_factory=dict)
    quotes: int = 0
    attributions: int = 0
    stances: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    roles: dict[str, None] = field(default_factory=dict)


def group_people(results: Sequence[ArticleResult], lexicons: LexiconSet) -> NameGroups:
    """Group the named people of every sentence and attribution by spelling variant, across articles."""
    people = [s.speaker for r in results for s in r.sentences if s.source_type == "named_person"]
    people += [a.speaker for r in results for a in r.attributions if a.source_type == "named_person"]
    return group_names(people, lexicons.speech.transliteration, lexicons.speech.aliases)


@dataclass(frozen=True, slots=True)
class SpeakerNames:
    """The name of each speaker's group across articles, as the speakers table and comparisons use it.

    Attributes:
        people: A named person's spelling -> their group's name (:func:`group_people`).
        others: (speaker, source type) of any other source -> the spelling seen first among those that
            differ only in capitals ("German Chancellor" / "German chancellor": roles keep the article's
            capitals), or a state's name for its initials ("US", "U.S." -> "United States").
    """

    people: Mapping[str, str]
    others: Mapping[tuple[str, str], str]

    def __call__(self, speaker: str, source_type: str) -> str:
        """The name of the group a speaker of this source type belongs to (itself when it is alone)."""
        if source_type == "named_person":
            return self.people.get(speaker, speaker)
        return self.others.get((speaker, source_type), speaker)


def speaker_names(
    results: Sequence[ArticleResult], lexicons: LexiconSet, people: NameGroups | None = None
) -> SpeakerNames:
    """The names speakers are grouped under across ``results`` (``people``: :func:`group_people`, if known)."""
    people = people if people is not None else group_people(results, lexicons)
    first: dict[tuple[str, str], str] = {}
    others: dict[tuple[str, str], str] = {}
    rows = [(s.speaker, s.source_type) for r in results for s in r.sentences]
    for speaker, source_type in rows + [(a.speaker, a.source_type) for r in results for a in r.attributions]:
        if source_type != "named_person" and (speaker, source_type) not in others:  # each spelling once
            key = _country(speaker, lexicons) if source_type == "named_institution" else None
            written = key or speaker.casefold()
            others[(speaker, source_type)] = first.setdefault((written, source_type), key or speaker)
    return SpeakerNames(people.canonical, others)


def _country(speaker: str, lexicons: LexiconSet) -> str | None:
    """The country a state speaking under its name or initials is ("US", "U.S.", "USA" -> United States).

    Not a capital or an adjective (``nations.tsv`` maps "kyiv" and "ukrainian" too): "Moscow" and "Russia"
    stay apart, as the text has them.
    """
    key = " ".join(speaker.replace(".", "").split()).casefold()
    nation = lexicons.speech.nations.get(key)
    if nation is None or not (key == nation.casefold() or (key.isalpha() and len(key) <= 3)):
        return None
    return nation


def _speaker_key(speaker: str, source_type: str, names: SpeakerNames) -> _SpeakerKey:
    """A speaker under the name of their group: a person's across spellings, another source's across capitals."""
    return names(speaker, source_type), source_type


def _tally_speakers(results: Sequence[ArticleResult], names: SpeakerNames) -> dict[_SpeakerKey, _Tally]:
    """Each speaker's sentences, names, articles and attributions, in the order first seen."""
    tallies: dict[_SpeakerKey, _Tally] = defaultdict(_Tally)
    for result in results:
        for sentence in result.sentences:
            if sentence.boilerplate:
                continue
            tally = tallies[_speaker_key(sentence.speaker, sentence.source_type, names)]
            tally.sentences.append(sentence.scores)
            tally.names[sentence.speaker] = None
            tally.documents[result.doc] = None
        for attribution in result.attributions:
            if attribution.kind == "scare" or attribution.speaker in ("unknown", AUTHOR):
                continue
            tally = tallies[_speaker_key(attribution.speaker, attribution.source_type, names)]
            _count_attribution(tally, attribution, result.doc)
    return tallies


def _count_attribution(tally: _Tally, attribution: Attribution, doc: str) -> None:
    """Add one attribution to its speaker's tally: counts, cue stance and the role it was written as."""
    tally.names[attribution.speaker] = None
    tally.documents[doc] = None
    tally.attributions += 1
    tally.quotes += attribution.kind in ("direct", "floating")
    if attribution.cue_stance:
        tally.stances[attribution.cue_stance] += 1
    written = " ".join((attribution.source_text or "").split())
    if written and written != attribution.speaker and (len(written.split()) > 1 or written[:1].islower()):
        tally.roles[written] = None  # "the minister", "Governor Andrei Boharev"; not "he", "Boharev"


def _profile(
    key: _SpeakerKey, tally: _Tally, dimensions: Sequence[str], lexicons: LexiconSet
) -> SpeakerProfile:
    """One speaker's profile: the mean score per sentence of each dimension, and the tallied counts."""
    rows = tally.sentences
    profile = {d: round(sum(r[d] for r in rows) / len(rows), 4) if rows else None for d in dimensions}
    return SpeakerProfile(
        speaker=key[0],
        source_type=key[1],
        names=tuple(tally.names),
        documents=tuple(tally.documents),
        n_sentences=len(rows),
        n_quotes=tally.quotes,
        n_attributions=tally.attributions,
        profile=profile,
        stances=dict(sorted(tally.stances.items())),
        roles=tuple(
            r
            for r in tally.roles
            if r not in tally.names and not _pronoun(r, lexicons) and not _said(r, lexicons)
        ),
    )


def _said(written: str, lexicons: LexiconSet) -> bool:
    """A phrase owned by the speaker whose head is what was said or where: no role.

    "His comments", "governor's statement", "Anokhine's Telegram channel"; not "the Foreign Office" or "the
    spokesman for the news agency", which name who speaks.
    """
    words = written.lower().replace("’", "'").split()
    owned = len(words) > 1 and (
        words[0] in _possessives(lexicons) or any(w.endswith("'s") for w in words[:-1])
    )
    return owned and words[-1] in _speech_heads(lexicons)


@derived
def _possessives(lexicons: LexiconSet) -> frozenset[str]:
    """The possessive words that open a phrase ("his", "their": class ``possessive``)."""
    return lexicons.speech.classes.get("possessive", frozenset())


@derived
def _speech_heads(lexicons: LexiconSet) -> frozenset[str]:
    """The last words of the speech nouns (``sources/cues.tsv``, kind noun) and channels: "statement", "channel"."""
    nouns = (e for e in lexicons.speech.cues if e.subcategory == "noun")
    return frozenset(e.words[-1] for e in (*nouns, *lexicons.speech.channels))


def _pronoun(written: str, lexicons: LexiconSet) -> bool:
    """A pronoun ("he") or only function words ("who", "that": a relative clause's source): no role."""
    function_words = lexicons.speech.function_words
    if all(w in function_words for w in written.lower().split()):
        return True
    return any(written.lower() == e.pattern for e in lexicons.speech.pronouns)
