"""Whole texts: speeches, addresses, interviews and appeals printed as one source's words (issue 9, class 3).

A news report of one speech or interview names its speaker in the lead ("..., Belarusian President
Aleksandr Lukashenko said addressing the congress", "..., the honorary consuls wrote in an open appeal")
and then prints the text, its paraphrase and its quotations, often without a cue in every sentence. A
careful reader gives every such sentence to that speaker. Two signs mark such an article:

- the lead's speaker carries most of the sentences that have a speaker at all, and half the article
  already (one voice dominates: a report of one press conference or interview); or
- the lead names a whole text as its channel (an address, a speech, a letter, an interview);

and, either way, sentences without a cue speak in the first person ("We speak out."), so they are the
text itself. Without that sign a dominant voice is only an official quoted often: four blind speaker
audits of war news (609 sentences) gained 8 right speakers when the first person was required of it too,
the gold dev lost 3 of 406 (an interview told in the third person).

Then every later sentence without a speaker of its own carries the lead's speaker, except, when one voice
merely dominates, a sentence that opens with "he", "she" or the speaker's name: the reporter narrating
what the speaker did ("He conducted a meeting with the command"). An article that quotes several voices,
or whose lead speaker is one among many, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.results import AUTHOR, Attribution
from framing.segment import Sentence
from framing.tokenize import Token

LEAD_SENTENCES = 3
"""The lead's attribution must be in the article's first this many content sentences."""
DOMINANT_SHARE = 0.6
"""One voice dominates when it carries at least this share of the sentences that have a speaker ..."""
DOMINANT_MIN = 4
"""... and at least this many of them."""
COVERAGE = 0.5
"""... and already at least this share of the article's content sentences (a report of one speech, not a
news story that quotes one official now and then)."""
FIRST_PERSON_MIN = 2
"""Sentences in the first person, without a cue, that mark a printed text."""
MIN_WORDS = 3
"""A carried sentence has at least this many words ("Gen." left over from a teaser is no one's words)."""


def whole_text_speakers(
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[Token]],
    attributions: Sequence[Attribution],
    speakers: list[tuple[str, str]],
    lexicons: LexiconSet,
) -> list[tuple[str, str]]:
    """The sentence speakers, with a dominant or whole-text lead speaker carried into the sentences without one.

    A whole text is a lead attribution's channel of class ``whole_text`` (a letter, a speech, an interview).
    """
    content = [s.index for s in sentences if not s.boilerplate and tokens[s.index]]
    lead = _lead(content, attributions)
    if lead is None:
        return speakers
    voice = (lead.speaker, lead.source_type)
    after = [i for i in content if i > lead.sentences[-1]]
    silent = [i for i in after if speakers[i][0] == AUTHOR]
    carried = [i for i in content if speakers[i][0] != AUTHOR]
    share = sum(speakers[i] == voice for i in carried) / len(carried) if carried else 0.0
    voiced = sum(speakers[i] == voice for i in carried)
    dominant = share >= DOMINANT_SHARE and voiced >= DOMINANT_MIN and voiced >= COVERAGE * len(content)
    first = _first_person(lexicons)
    spoken = sum(any(t.norm in first for t in tokens[i]) for i in silent)
    printed = lead.channel in lexicons.speech.classes["whole_text"]
    if not ((dominant or printed) and spoken >= FIRST_PERSON_MIN):
        return speakers
    result = list(speakers)
    about = _about_the_voice(lead, lexicons) if not printed else frozenset()
    for i in silent:
        # "He conducted a meeting with the command": narration about the voice, not its words; "Gen.": a scrap
        if len(tokens[i]) >= MIN_WORDS and not _narrated(sentences[i], tokens[i], about, lexicons):
            result[i] = voice
    return result


def _narrated(
    sentence: Sentence, tokens: Sequence[Token], about: frozenset[str], lexicons: LexiconSet
) -> bool:
    """A sentence that opens with "he", "she" or the speaker's name, outside quotation marks.

    '"He had played a very good game", ...' is still the speaker's quotation, and "Biden about the
    weapon" a heading of the speaker's words.
    """
    opens_quoted = (
        tokens[0].start > sentence.start and not sentence.text[: tokens[0].start - sentence.start].isspace()
    )
    heading = len(tokens) > 1 and tokens[1].norm in lexicons.speech.classes["topic_preposition"]
    return tokens[0].norm in about and not opens_quoted and not heading


def _about_the_voice(lead: Attribution, lexicons: LexiconSet) -> frozenset[str]:
    """Words that open a sentence about the lead's speaker: "he", "she" and the speaker's last name."""
    third = {e.pattern for e in lexicons.speech.pronouns if e.subcategory in ("male", "female")}
    return frozenset(
        {*third, lead.speaker.split()[-1].lower()} if lead.source_type == "named_person" else third
    )


def _lead(content: Sequence[int], attributions: Sequence[Attribution]) -> Attribution | None:
    """The first attribution of the article, if it is in the lead and names a source."""
    lead_sentences = set(content[:LEAD_SENTENCES])
    for a in sorted(attributions, key=lambda a: a.content_start):
        if a.kind == "scare" or a.rule == "intent" or a.speaker in (AUTHOR, "unknown"):
            continue
        return a if a.sentences and a.sentences[0] in lead_sentences else None
    return None


@derived
def _first_person(lexicons: LexiconSet) -> frozenset[str]:
    """First-person pronouns ("we", "our", "I"): ``first`` in ``sources/pronouns.tsv``."""
    return frozenset(e.pattern for e in lexicons.speech.pronouns if e.subcategory == "first")
