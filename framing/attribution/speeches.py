"""Whole texts: speeches, addresses, interviews and appeals printed as one source's words (issue 9, class 3).

A news report of one speech or interview names its speaker in the lead ("..., Belarusian President
Aleksandr Lukashenko said addressing the congress", "..., the honorary consuls wrote in an open appeal")
and then prints the text, its paraphrase and its quotations, often without a cue in every sentence. A
careful reader gives every such sentence to that speaker. Three signs mark such an article:

- the lead's speaker carries most of the sentences that have a speaker at all, and half the article
  already (one voice dominates: a report of one press conference or interview); or
- the lead names a whole text as its channel (an address, a speech, a letter, an interview), or the
  opening sentence names one with its author's possessive ("Full text of Zelensky's speech at ..."); or
- a short sentence soon after the lead's quotations announces the text printed below it ("Here is the
  full text of his statement before international leaders.", "Read the President’s full address below:");

and, in each case, sentences without a cue speak in the first person ("We speak out."), so they are the
text itself. Without that sign a dominant voice is only an official quoted often: four blind speaker
audits of war news (609 sentences) gained 8 right speakers when the first person was required of it too,
the gold dev lost 3 of 406 (an interview told in the third person).

Then every later sentence without a speaker of its own carries the lead's speaker (after an announcement,
only the sentences after it: the announcement is the reporter's), except, when one voice merely
dominates, a sentence that opens with "he", "she" or the speaker's name: the reporter narrating what the
speaker did ("He conducted a meeting with the command"), and every sentence after a subheading, which opens
another section of the report. An article that quotes several voices, or whose
lead speaker is one among many, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution.base import is_name_word, strip_possessive
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.results import AUTHOR, Attribution
from framing.segment import END_MARKS, Sentence
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
ANNOUNCE_REACH = 6
"""A sentence announcing a printed text stands at most this many sentences after the last one the lead's voice
carries (the lead's attribution, or the quotations of that voice right after it)."""
ANNOUNCE_WORDS = 20
"""... and has at most this many words ("Here is the full text of his statement before ...")."""
MARKER_REACH = 3
"""A ``printed_marker`` stands at most this many words before the author's name ("Full text of X's")."""
MAX_NAME_WORDS = 3
"""The longest name read before a possessive in a title ("Volodymyr Zelensky's speech")."""
MIN_WORDS = 3
"""A carried sentence has at least this many words ("Gen." left over from a teaser is no one's words)."""
HEADING_WORDS = 12
"""A subheading is a line of its own of at most this many words, without end punctuation."""


def whole_text_speakers(
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[Token]],
    attributions: Sequence[Attribution],
    speakers: list[tuple[str, str]],
    lexicons: LexiconSet,
) -> list[tuple[str, str]]:
    """The sentence speakers, with a dominant or whole-text lead speaker carried into the sentences without one.

    A whole text is a lead attribution's channel of class ``whole_text`` (a letter, a speech, an interview),
    one the opening sentence prints under its author's name ("Full text of Zelensky's speech"), or one a
    short sentence after the lead's quotations announces ("Here is the full text of his statement"): the
    text is then the sentences after the announcement.
    """
    content = [s.index for s in sentences if not s.boilerplate and tokens[s.index]]
    lead = _lead(content, attributions)
    if content and (titled := _titled_text(tokens[content[0]], speakers, lexicons)) is not None:
        voice, opened, printed = titled, content[0], True  # "Full text of Zelensky's speech at ..."
    elif lead is not None:
        voice, opened = (lead.speaker, lead.source_type), lead.sentences[-1]
        printed = lead.channel in lexicons.speech.classes["whole_text"]
        # the lead's voice may go on quoting for a while before the announcement: count from its last sentence
        voiced_to = next((i for i in content if i > opened and speakers[i] != voice), opened + 1) - 1
        if not printed and (announced := _announced_text(content, tokens, voiced_to, lexicons)) is not None:
            printed, opened = True, announced  # "Here is the full text of his statement", then the text
    else:
        return speakers
    silent = [i for i in content if i > opened and speakers[i][0] == AUTHOR]
    if not printed:
        # a subheading opens another section of the report ("Boris Johnson's resignation in an atmosphere
        # of a scandal"): a voice that merely dominates is not carried past it, nor counted
        # by the first-person sentences after it
        heading = next((i for i in silent if _heading(sentences, i)), None)
        silent = [i for i in silent if heading is None or i < heading]
    carried = [i for i in content if speakers[i][0] != AUTHOR]
    share = sum(speakers[i] == voice for i in carried) / len(carried) if carried else 0.0
    voiced = sum(speakers[i] == voice for i in carried)
    dominant = share >= DOMINANT_SHARE and voiced >= DOMINANT_MIN and voiced >= COVERAGE * len(content)
    first = _first_person(lexicons)
    spoken = sum(any(_first_person_at(tokens[i], k, first) for k in range(len(tokens[i]))) for i in silent)
    if not ((dominant or printed) and spoken >= FIRST_PERSON_MIN):
        return speakers
    result = list(speakers)
    about = _about_the_voice(voice, lexicons) if not printed else frozenset()
    for i in silent:
        # "He conducted a meeting with the command": narration about the voice, not its words; "Gen.": a scrap
        if len(tokens[i]) >= MIN_WORDS and not _narrated(sentences[i], tokens[i], about, lexicons):
            result[i] = voice
    return result


def _heading(sentences: Sequence[Sentence], i: int) -> bool:
    """A short capitalized line of its own without end punctuation: a subheading ("Boris Johnson's resignation ...").

    At least three words: a word set on a line of its own for emphasis ("Real Madrid / did / ask") is none.
    """
    sentence = sentences[i]
    alone = all(
        s.paragraph != sentence.paragraph
        for s in (sentences[i - 1] if i else None, sentences[i + 1] if i + 1 < len(sentences) else None)
        if s is not None
    )
    text = sentence.text.rstrip()
    words = len(text.split())
    return alone and text[:1].isupper() and 3 <= words <= HEADING_WORDS and text[-1:] not in END_MARKS


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


def _about_the_voice(voice: tuple[str, str], lexicons: LexiconSet) -> frozenset[str]:
    """Words that open a sentence about the lead's speaker: "he", "she" and the speaker's last name."""
    third = {e.pattern for e in lexicons.speech.pronouns if e.subcategory in ("male", "female")}
    speaker, source_type = voice
    return frozenset({*third, speaker.split()[-1].lower()} if source_type == "named_person" else third)


def _titled_text(
    first: Sequence[Token], speakers: Sequence[tuple[str, str]], lexicons: LexiconSet
) -> tuple[str, str] | None:
    """The person whose whole text the opening sentence prints: "Full text of Zelensky's speech at ...".

    A ``printed_marker`` ("Full text of", "Transcript of"), then a person's name in the possessive right
    before a ``whole_text`` noun (speech, address, letter, interview); the person goes under the fullest
    name the article gives elsewhere ("Volodymyr Zelensky"). "Zelensky's appeal to the West met a cool
    reception" reports a text, it does not print it.
    """
    classes, function_words = lexicons.speech.classes, lexicons.speech.function_words
    at = next((k for k in range(1, len(first)) if first[k].norm in classes["whole_text"]), None)
    if at is None or strip_possessive(first[at - 1].text) == first[at - 1].text:
        return None
    k = at - 1
    while (
        k > 0
        and at - k < MAX_NAME_WORDS
        and is_name_word(first[k - 1], function_words)
        and first[k].joins_previous
    ):
        k -= 1
    names = first[k:at]
    if not all(is_name_word(t, function_words) for t in names):
        return None  # "It's interview season": no one's text
    if not any(t.norm in classes["printed_marker"] for t in first[max(0, k - MARKER_REACH) : k]):
        return None
    words = [strip_possessive(t.text) for t in names]
    surname = words[-1].lower()
    known = (s for s, kind in speakers if kind == "named_person" and s.split()[-1].lower() == surname)
    return next(known, " ".join(words)), "named_person"


def _announced_text(
    content: Sequence[int], tokens: Sequence[Sequence[Token]], after: int, lexicons: LexiconSet
) -> int | None:
    """A short sentence soon after the lead that announces the text printed below it, if there is one.

    "Here is the full text of his statement before international leaders.", "Read the President’s full
    address below:": a ``printed_marker``, a ``whole_text`` or ``printed_noun`` word and an
    ``announcing_word``, and no negation ("The full text of his remarks was not released"), in one sentence
    of at most :data:`ANNOUNCE_WORDS` words, within :data:`ANNOUNCE_REACH` sentences after ``after`` (the
    last sentence the lead's voice carries).
    """
    classes, function_words = lexicons.speech.classes, lexicons.speech.function_words
    nouns = classes["whole_text"] | classes["printed_noun"]
    for i in content:
        if i <= after:
            continue
        if i > after + ANNOUNCE_REACH:
            return None
        words = {t.norm for t in tokens[i]}
        marked = words & classes["printed_marker"] and words & nouns and words & classes["announcing_word"]
        negated = any(function_words.get(w) == "negation" for w in words)
        if len(tokens[i]) <= ANNOUNCE_WORDS and marked and not negated:
            return i
    return None


def _lead(content: Sequence[int], attributions: Sequence[Attribution]) -> Attribution | None:
    """The first attribution of the article, if it is in the lead and names a source."""
    lead_sentences = set(content[:LEAD_SENTENCES])
    for a in sorted(attributions, key=lambda a: a.content_start):
        if a.kind == "scare" or a.rule == "intent" or a.speaker in (AUTHOR, "unknown"):
            continue
        return a if a.sentences and a.sentences[0] in lead_sentences else None
    return None


def _first_person_at(tokens: Sequence[Token], k: int, first: frozenset[str]) -> bool:
    """Whether token ``k`` is a first-person pronoun: not "US" in capitals, not the numeral of "World War I"."""
    token = tokens[k]
    if token.norm not in first or (len(token.text) > 1 and token.text.isupper()):
        return False
    numeral = (
        token.text == "I" and k > 1 and tokens[k - 1].text[:1].isupper() and not token.clause_break_before
    )
    return not numeral


@derived
def _first_person(lexicons: LexiconSet) -> frozenset[str]:
    """First-person pronouns ("we", "our", "I"): ``first`` in ``sources/pronouns.tsv``."""
    return frozenset(e.pattern for e in lexicons.speech.pronouns if e.subcategory == "first")
