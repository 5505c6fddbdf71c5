"""Who speaks: attributions of quotations and claims to sources, and a speaker for every sentence.

Rules, in the order they are tried in each sentence (the ``rule`` field of an attribution names them):

- ``quote_cue``: a quotation and a cue outside it, the source next to the cue
  (‘...,’ he wrote · “...,” said Governor X · X told reporters: “...” · “...,” X, 52, said).
- ``quote_colon``: a source, a colon, a quotation (a headline: Governor Anokhine: ‘Our Systems Are Ready’).
- ``according_to``: "according to X", "citing X"; the content is the rest of the clause.
- ``verb``: reported speech, the source before the cue (X said (that) ..., X emphasized ...) or right after
  it (..., said X); asides between source and cue are skipped (X, 52, told ...; X, speaking on TV, said).
- ``speech_noun``: a possessed speech noun or channel (His comments ..., the governor's statement ...,
  reported on Anokhine's Telegram channel).
- ``vague``: an impersonal cue ("it is believed", "reports say", "is expected to").
- ``colon_line``: a sentence opening with a source and a colon ("TAPPER: And obviously, ...").
- ``floating``: a quotation without a cue takes the previous speaker (split and floating quotes).
- ``scare``: a short quotation (≤ 3 words) with no cue is a scare quote, not speech.

Sources are resolved through the article: a surname alone or a title ("the governor") finds the person
named earlier, a pronoun the latest speaker (or, failing one, the latest person named); words inside a
quotation ("I", "we") are never taken as its source.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from framing.lexicon import LexiconSet
from framing.match import Hit, PatternIndex, select_longest
from framing.names import PersonName, Transliteration, compare_words, surname_matches
from framing.quotes import SCARE_MAX_WORDS, Quote, find_quotes
from framing.results import AUTHOR, Attribution
from framing.segment import Sentence
from framing.tokenize import WORD as _WORD
from framing.tokenize import Token

UNKNOWN = "unknown"
_MAX_FILLERS = 3
_MAX_ASIDE = 14
_MAX_NOUN_PHRASE = 8
_QUOTE_CUE_REACH = 8
"""A cue after a quote belongs to it only within this many words ("‘...’ as Ukraine ... Russia Claims" does not)."""
_PRONOUN_REACH = 3
"""A pronoun refers to the latest speaker only if that speaker spoke this many sentences back or fewer."""
# Function-word classes that may stand between a source and its cue ("X has also said"), and that may
# follow a cue ending its sentence ("..., X said on Monday").
_FILLER_CLASSES = frozenset({"auxiliary", "adverb", "negation"})
_AFTER_CUE_CLASSES = frozenset({"preposition", "adverb"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A possible source in a sentence: tokens ``first`` to ``stop`` (exclusive)."""

    first: int
    stop: int
    kind: str  # person | institution | media | vague | role | title_role | pronoun | speech_noun
    text: str
    start: int
    end: int
    name: str = ""  # for a person: the name without title; for a speech noun: its possessor's text
    title: str = ""
    referent: str = ""  # pronoun: male, female, plural, neuter, first, second
    possessor: Mention | None = None


@dataclass
class _Article:
    """What the resolver knows while reading an article from top to bottom."""

    persons: list[str] = field(default_factory=list)  # canonical names, in order of first mention
    renamed: dict[str, str] = field(default_factory=dict)  # a name used earlier -> its fuller form
    titles: dict[str, str] = field(default_factory=dict)  # title -> latest person holding it
    last_person_sentence: list[tuple[int, str]] = field(default_factory=list)
    last_speaker: tuple[int, str, str] | None = None  # (sentence, speaker, source_type)


@functools.lru_cache(maxsize=8)
def _index(lexicons: LexiconSet) -> PatternIndex:
    """One index for cues, channels, source words and pronouns: one pass over each sentence."""
    speech = lexicons.speech
    return PatternIndex(
        {"cue": speech.cues, "channel": speech.channels, "source": speech.sources, "pronoun": speech.pronouns}
    )


@functools.lru_cache(maxsize=8)
def _speech_nouns(lexicons: LexiconSet) -> frozenset[tuple[str, ...]]:
    """Speech nouns and channels whose possessor speaks ("his comments", "Anokhine's Telegram channel")."""
    nouns = {e.words for e in lexicons.speech.cues if e.subcategory == "noun"}
    return frozenset(nouns | {e.words for e in lexicons.speech.channels})


def attribute(
    text: str,
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[Token]],
    lexicons: LexiconSet,
) -> tuple[tuple[Attribution, ...], list[tuple[str, str]]]:
    """Find attributions and give every sentence a speaker.

    Args:
        text: The document.
        sentences: Its sentences (from :func:`framing.segment.segment`).
        tokens: The tokens of each sentence.
        lexicons: Supplies the cue, channel, source and pronoun lists.

    Returns:
        The attributions in text order, and per sentence its (speaker, source_type).
    """
    quotes = find_quotes(text, _paragraph_spans(sentences))
    outer = [q for q in quotes if q.depth == 0]
    index = _index(lexicons)
    function_words = lexicons.speech.function_words
    article = _Article()
    found: list[Attribution] = []
    quote_done: set[int] = set()

    for sentence, sentence_tokens in zip(sentences, tokens, strict=True):
        if sentence.boilerplate or not sentence_tokens:
            continue
        inside = _inside_quotes(sentence_tokens, outer)
        hits = index.find(sentence_tokens)
        cues = [h for h in select_longest(h for h in hits if h.group == "cue") if not inside[h.first]]
        channels = select_longest(h for h in hits if h.group == "channel")
        # A named platform ("Telegram") says more than a form of speech ("statement").
        named = [h for h in channels if h.entry.label[:1].isupper()]
        channel = (named or channels)[0].entry.label if channels else None
        # Words of a channel or a cue are not names ("his Telegram channel", "Russia Claims").
        taken = {i for h in (*channels, *cues) for i in range(h.first, h.stop)}
        blocked = [flag or i in taken for i, flag in enumerate(inside)]
        sources = [h for h in hits if h.group in ("source", "pronoun")]
        mentions = _mentions(text, sentence_tokens, sources, lexicons, inside, blocked)
        here = [q for q in outer if q.start < sentence.end and q.end > sentence.start]
        new: list[Attribution] = []
        view = _SentenceView(sentence, sentence_tokens, channel)

        def make(mention: Mention | None, cue: Hit | None, content: tuple[int, int], kind: str, rule: str,
                 quote: Quote | None = None, colon: int | None = None, view: _SentenceView = view,
                 new: list[Attribution] = new) -> None:  # fmt: skip
            new.append(
                _attribution(
                    text, sentences, view, article, lexicons, mention, cue, content, kind, rule, quote, colon
                )
            )

        used_cues: set[int] = set()
        # Quotations in this sentence, each once (a quote spanning sentences is handled where its cue is).
        for quote in here:
            if id(quote) in quote_done:
                continue
            n_words = len(_WORD.findall(text, quote.content_start, quote.content_end))
            ends_here = quote.end <= sentence.end
            cue = _nearest_cue(cues, sentence_tokens, quote, used_cues)
            if cue is None and not ends_here:
                continue  # the cue may come in the sentence where the quote ends
            quote_done.add(id(quote))
            if cue is not None:
                used_cues.add(cue.first)
                mention = _subject(text, cue, mentions, sentence_tokens, function_words) or _inverted_subject(
                    cue, mentions, sentence_tokens
                )
                if mention is None and cue.entry.subcategory in ("verb", "phrase"):
                    mention = _noun_phrase_subject(text, cue, mentions, sentence_tokens, lexicons) or (
                        _noun_phrase_after(text, cue, mentions, sentence_tokens, lexicons)
                        if _follows_in_clause(sentence_tokens, cue)
                        else None
                    )
                make(mention, cue, (quote.content_start, quote.content_end), "direct", "quote_cue", quote)
                continue
            colon = _colon_source(text, quote, mentions, sentence_tokens)
            if colon is not None:
                at = text.rindex(":", 0, quote.start)
                make(
                    colon, None, (quote.content_start, quote.content_end), "direct", "quote_colon", quote, at
                )
                continue
            if n_words <= SCARE_MAX_WORDS and quote.paragraphs == 1:
                new.append(_scare(quote, sentences))
                continue
            previous = _previous_speaker(article, sentence.index)
            speaker, source_type = previous if previous is not None else (UNKNOWN, "none")
            new.append(
                Attribution(speaker, source_type, None, None, None, None, None, None, None, channel,
                            quote.content_start, quote.content_end, "floating",
                            _covered(sentences, quote.start, quote.end), "floating")
            )  # fmt: skip

        # "According to X" first: its source words ("reports") are not also verb cues.
        for cue in sorted(cues, key=lambda c: c.entry.subcategory != "according_to"):
            if cue.first in used_cues:
                continue
            kind = cue.entry.subcategory
            if kind == "according_to":
                mention = next((m for m in mentions if m.first in (cue.stop, cue.stop + 1)), None)
                if mention is None:
                    mention = _noun_phrase_after(text, cue, mentions, sentence_tokens, lexicons)
                if mention is not None:
                    used_cues.update(range(cue.first, mention.stop))
                    make(mention, cue, _according_content(text, sentence, sentence_tokens, cue, mention),
                         "according_to", "according_to")  # fmt: skip
            elif kind in ("verb", "phrase", "attitude"):
                mention = _subject(text, cue, mentions, sentence_tokens, function_words)
                rule = "verb"
                if mention is None:
                    mention = _inverted_subject(cue, mentions, sentence_tokens)
                if mention is not None and mention.kind == "place":
                    mention = None  # "The Volgograd Region found itself ...": places do not speak
                if mention is None and kind != "attitude":
                    mention = _noun_phrase_subject(text, cue, mentions, sentence_tokens, lexicons)
                    rule = "verb_noun_phrase"
                if mention is not None:
                    used_cues.add(cue.first)
                    make(
                        mention,
                        cue,
                        _verb_content(text, sentence, sentence_tokens, cue, mention, function_words),
                        "indirect",
                        rule,
                    )
            elif kind == "vague":
                used_cues.add(cue.first)
                vague = Mention(cue.first, cue.stop, "vague", _span(text, sentence_tokens, cue),
                                sentence_tokens[cue.first].start, sentence_tokens[cue.stop - 1].end)  # fmt: skip
                make(
                    vague,
                    cue,
                    _verb_content(text, sentence, sentence_tokens, cue, vague, function_words),
                    "vague",
                    "vague",
                )

        # "reported on Anokhine's Telegram channel": a possessed speech noun or channel with a cue.
        free = [c for c in cues if c.first not in used_cues and c.entry.subcategory in ("verb", "phrase")]
        if not new and free:
            for mention in mentions:
                if mention.kind == "speech_noun" and mention.possessor is not None:
                    make(mention, free[0], (sentence.start, sentence.end), "indirect", "speech_noun")
                    break

        # "Matthews: Here's the irony ...": a sentence that opens with a source and a colon.
        if not new:
            opener = _colon_line(text, sentence, sentence_tokens, mentions)
            if opener is not None:
                mention, at = opener
                make(mention, None, _trim(text, at + 1, sentence.end), "indirect", "colon_line", None, at)

        found.extend(new)
        _remember_persons(mentions, sentence.index, article, lexicons)

    # A person first named by surname and later in full is one speaker, under the fuller name.
    found = [_renamed(a, article.renamed) for a in found]
    found.sort(key=lambda a: (a.content_start, a.content_end))
    return tuple(found), _sentence_speakers(sentences, found)


def _renamed(attribution: Attribution, renamed: Mapping[str, str]) -> Attribution:
    name = attribution.speaker
    seen = set()
    while name in renamed and name not in seen:
        seen.add(name)
        name = renamed[name]
    return attribution if name == attribution.speaker else dataclasses.replace(attribution, speaker=name)


@dataclass(frozen=True, slots=True)
class _SentenceView:
    sentence: Sentence
    tokens: Sequence[Token]
    channel: str | None


def _attribution(
    text: str,
    sentences: Sequence[Sentence],
    view: _SentenceView,
    article: _Article,
    lexicons: LexiconSet,
    mention: Mention | None,
    cue: Hit | None,
    content: tuple[int, int],
    kind: str,
    rule: str,
    quote: Quote | None,
    colon: int | None = None,
) -> Attribution:
    """Build one attribution and remember its speaker for pronouns and floating quotes that follow.

    ``colon`` is the offset of a colon that stands as the cue ("Governor Anokhine: ‘...’").
    """
    index = view.sentence.index
    speaker, source_type = _resolve(mention, index, article, lexicons)
    if speaker == UNKNOWN and quote is not None:
        previous = _previous_speaker(article, index)
        if previous is not None:
            speaker, source_type = previous
    covered = _covered(sentences, *content) if quote is None else _covered(sentences, quote.start, quote.end)
    cue_start, cue_end = _cue_span(view.tokens, cue, lexicons) if cue else (None, None)
    if cue is None and colon is not None:
        cue_start, cue_end = colon, colon + 1
    if speaker not in (UNKNOWN, AUTHOR):
        article.last_speaker = (index, speaker, source_type)
    return Attribution(
        speaker=speaker,
        source_type=source_type,
        source_text=mention.text if mention else None,
        source_start=mention.start if mention else None,
        source_end=mention.end if mention else None,
        cue=text[cue_start:cue_end] if cue_start is not None else None,
        cue_start=cue_start,
        cue_end=cue_end,
        cue_stance=cue.entry.label if cue else "neutral" if colon is not None else None,
        channel=view.channel,
        content_start=content[0],
        content_end=content[1],
        kind=kind,
        sentences=covered,
        rule=rule,
    )


@functools.lru_cache(maxsize=8)
def _single_word_verbs(lexicons: LexiconSet) -> frozenset[str]:
    return frozenset(
        e.words[0]
        for e in lexicons.speech.cues
        if len(e.words) == 1 and e.subcategory in ("verb", "attitude")
    )


def _cue_span(tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet) -> tuple[int, int]:
    """The cue as a verb group: "has also said", "did not mention"; "told" of "told reporters".

    A phrase found as a whole ("told reporters", "said in a statement", "found that") is reported by its
    verb, which is what carries the attribution; the rest is its object, channel or complementizer.
    """
    first, stop = cue.first, cue.stop
    kind = cue.entry.subcategory
    if kind == "phrase":
        if tokens[first].norm in _single_word_verbs(lexicons):
            stop = first + 1
        elif stop - first > 1 and tokens[stop - 1].norm == "that":
            stop -= 1
    if kind in ("verb", "phrase", "attitude"):
        function_words = lexicons.speech.function_words
        while (
            first > 0
            and cue.first - first < _MAX_FILLERS
            and not tokens[first].clause_break_before
            and function_words.get(tokens[first - 1].norm) in _FILLER_CLASSES
        ):
            first -= 1
    return tokens[first].start, tokens[stop - 1].end


def _scare(quote: Quote, sentences: Sequence[Sentence]) -> Attribution:
    return Attribution(AUTHOR, "none", None, None, None, None, None, None, None, None, quote.content_start,
                       quote.content_end, "scare", _covered(sentences, quote.start, quote.end), "scare")  # fmt: skip


def _paragraph_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Paragraph spans from the sentences already found (segmentation is not run twice).

    Sentences are trimmed blocks cut at sentence ends, so a paragraph runs from its first sentence's
    start to its last one's end: the same span :func:`framing.segment.paragraphs` gives.
    """
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        if not s.boilerplate:
            start, end = spans.get(s.paragraph, (s.start, s.end))
            spans[s.paragraph] = (min(start, s.start), max(end, s.end))
    return [spans[p] for p in sorted(spans)]


def _covered(sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, ...]:
    return tuple(s.index for s in sentences if s.start < end and s.end > start)


def _span(text: str, tokens: Sequence[Token], hit: Hit | Mention) -> str:
    return text[tokens[hit.first].start : tokens[hit.stop - 1].end]


def _inside_quotes(tokens: Sequence[Token], quotes: Sequence[Quote]) -> list[bool]:
    return [any(q.content_start <= t.start < q.content_end for q in quotes) for t in tokens]


# --- mentions --------------------------------------------------------------------------------


def _is_name_word(token: Token, function_words: Mapping[str, str]) -> bool:
    first = token.text[0]
    return first.isupper() and token.norm not in function_words and not token.text.isdigit()


def _mentions(
    text: str,
    tokens: Sequence[Token],
    source_hits: Sequence[Hit],
    lexicons: LexiconSet,
    inside: Sequence[bool],
    not_names: Sequence[bool],
) -> list[Mention]:
    """Possible sources in a sentence, outside quotations, longest first where they overlap.

    ``inside`` marks tokens inside quotations (never sources); ``not_names`` also marks cue and channel
    words, which may be source words ("according to reports") but never part of a name.
    """
    function_words = lexicons.speech.function_words
    hits = [h for h in select_longest(source_hits) if not inside[h.first]]
    by_first = {h.first: h for h in hits}
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if inside[i]:
            i += 1
            continue
        start = i
        title = ""
        kind = ""
        # Descriptive words and titles before a name: "Chechen leader Ramzan Kadyrov", "Governor Andrei Boharev".
        j = i
        while j < len(tokens) and not not_names[j]:
            hit = by_first.get(j)
            if (
                hit is not None
                and hit.entry.subcategory == "title"
                and (j == start or tokens[j].joins_previous)
            ):
                title = " ".join(t.norm for t in tokens[hit.first : hit.stop])
                j = hit.stop
                continue
            if j == start and _is_name_word(tokens[j], function_words) and j + 1 < len(tokens):
                following = by_first.get(j + 1)
                if (
                    following is not None
                    and following.entry.subcategory == "title"
                    and tokens[j + 1].joins_previous
                ):
                    j += 1  # an adjective of nationality or place before a title
                    continue
            break
        name_first = j
        k = j
        while k < len(tokens) and not not_names[k] and (k == name_first or tokens[k].joins_previous):
            if _is_name_word(tokens[k], function_words):
                k += 1
                if tokens[k - 1].text.lower().endswith(("’s", "'s")):
                    break  # a possessive ends the name: "Anokhine’s Telegram channel"
                continue
            joiner = tokens[k].norm in lexicons.speech.name_particles
            if (
                joiner
                and k > name_first
                and k + 1 < len(tokens)
                and _is_name_word(tokens[k + 1], function_words)
            ):
                k += 1
                continue
            break
        name_tokens = tokens[name_first:k]
        lexical = [h for h in hits if start <= h.first < max(k, start + 1)]
        if name_tokens:
            # An institution or media word inside a capitalized run makes it an organisation; a title
            # before it, a person; otherwise it is a name of unknown kind until it speaks or is known.
            inner = [
                h
                for h in hits
                if name_first <= h.first < k and h.entry.subcategory in ("institution", "media", "place")
            ]
            kind = inner[0].entry.subcategory if inner else "person" if title else "name"
            if not title and not inner and any(h.entry.subcategory in ("vague", "role") for h in lexical):
                i = start
            else:
                name = " ".join(_strip_possessive(t.text) for t in name_tokens)
                first = start if title or inner else name_first
                mentions.append(_mention(text, tokens, first, k, kind, name, title))
                i = k
                continue
        hit = by_first.get(i)
        if hit is not None:
            kind = hit.entry.subcategory
            if hit.group == "pronoun":
                mentions.append(_mention(text, tokens, hit.first, hit.stop, "pronoun", referent=kind))
            elif kind == "title":
                mentions.append(
                    _mention(text, tokens, hit.first, hit.stop, "title_role", title=_norm(tokens, hit))
                )
            else:
                stop = hit.stop
                if (
                    stop < len(tokens)
                    and not inside[stop]
                    and _is_name_word(tokens[stop], function_words)
                    and kind in ("institution", "media")
                ):
                    while (
                        stop < len(tokens)
                        and tokens[stop].joins_previous
                        and _is_name_word(tokens[stop], function_words)
                    ):
                        stop += 1
                first = _with_modifiers(tokens, hit.first, function_words)
                mentions.append(_mention(text, tokens, first, stop, kind))
            i = hit.stop
            continue
        i += 1
    return _attach_speech_nouns(text, tokens, mentions, lexicons)


def _with_modifiers(tokens: Sequence[Token], first: int, function_words: Mapping[str, str]) -> int:
    """Include capitalized modifiers before a source word: "Russian air defense systems", "Western analysts"."""
    while first > 0 and tokens[first].joins_previous and _is_name_word(tokens[first - 1], function_words):
        first -= 1
    return first


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.lower().endswith(("’s", "'s")) else word


def _norm(tokens: Sequence[Token], hit: Hit) -> str:
    return " ".join(t.norm for t in tokens[hit.first : hit.stop])


def _mention(text: str, tokens: Sequence[Token], first: int, stop: int, kind: str, name: str = "",
             title: str = "", referent: str = "", possessor: Mention | None = None) -> Mention:  # fmt: skip
    start, end = tokens[first].start, tokens[stop - 1].end
    written = text[start:end]
    if written.lower().endswith(("’s", "'s")):
        end -= 2
        written = written[:-2]
    return Mention(first, stop, kind, written, start, end, name, title, referent, possessor)


def _attach_speech_nouns(text: str, tokens: Sequence[Token], mentions: list[Mention],
                         lexicons: LexiconSet) -> list[Mention]:  # fmt: skip
    """Turn "his comments", "the governor's statement", "Anokhine's Telegram channel" into mentions of the possessor."""
    nouns = _speech_nouns(lexicons)
    result = list(mentions)
    for mention in mentions:
        possessive = mention.kind == "pronoun" and mention.referent in ("male", "female", "plural", "neuter")
        possessive = possessive or tokens[mention.stop - 1].text.lower().endswith(("’s", "'s"))
        if not possessive:
            continue
        for length in (3, 2, 1):
            for skip in (0, 1):  # "his Telegram channel", "Anokhine's official Telegram channel"
                first = mention.stop + skip
                words = tuple(t.norm for t in tokens[first : first + length])
                if len(words) == length and words in nouns:
                    result.append(
                        _mention(
                            text, tokens, mention.first, first + length, "speech_noun", possessor=mention
                        )
                    )
                    break
            else:
                continue
            break
    result.sort(key=lambda m: (m.first, -m.stop))
    return result


# --- finding the source of a cue -------------------------------------------------------------


def _subject(
    text: str,
    cue: Hit,
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    function_words: Mapping[str, str],
) -> Mention | None:
    """The source before a cue: next to it, after auxiliaries or adverbs, or before an aside.

    An aside between source and cue belongs to the source ("Senator John Cornyn of Texas, the No. 2
    Republican in the Senate, said"), so the returned span runs to its end; an aside that is itself a
    name names the source ("his top aide, Tad Devine, told").
    """
    ends: dict[int, Mention] = {}
    for m in mentions:
        ends.setdefault(m.stop, m)
        if m.kind == "speech_noun":
            ends[m.stop] = m  # "His comments hinted": the speech noun wins over its possessor
    j = cue.first
    fillers = 0
    while j > 0 and not tokens[j].clause_break_before and j not in ends and fillers < _MAX_FILLERS:
        if function_words.get(tokens[j - 1].norm) not in _FILLER_CLASSES:
            break
        j -= 1
        fillers += 1
    if j in ends and not tokens[j].clause_break_before:
        return _with_premodifiers(text, ends[j], tokens, function_words)
    if j > 0 and not tokens[j].clause_break_before and tokens[j - 1].norm in ("and", "but"):
        # "President Obama met survivors ... and said": the sentence's subject speaks.
        first = next((m for m in mentions if m.first == 0 and m.kind != "speech_noun"), None)
        if first is not None:
            return first
    if tokens[j].clause_break_before:
        k = j - 1
        while k > 0 and not tokens[k].clause_break_before and j - k <= _MAX_ASIDE:
            k -= 1
        if k > 0 and j - k <= _MAX_ASIDE:
            aside = next(
                (m for m in mentions if m.first == k and m.stop == j and m.kind in ("person", "name")), None
            )
            if k in ends:
                head = ends[k]
                if aside is not None and head.kind not in ("person", "name"):
                    return dataclasses.replace(
                        aside, first=head.first, start=head.start, text=text[head.start : aside.end]
                    )
                if all(t.text.isdigit() for t in tokens[k:j]):
                    return head  # an age is not part of the name: "Sarandon, 69, said"
                end = tokens[j - 1].end
                return dataclasses.replace(head, stop=j, end=end, text=text[head.start : end])
            if aside is not None:
                return aside
    return None


def _with_premodifiers(
    text: str, mention: Mention, tokens: Sequence[Token], function_words: Mapping[str, str]
) -> Mention:
    """Widen a source over the words before it in its noun phrase: "ABC moderator David Muir", "the Trump campaign"."""
    if mention.kind in ("pronoun", "speech_noun"):
        return mention
    first = mention.first
    while first > 0 and mention.first - first < _MAX_NOUN_PHRASE and not tokens[first].clause_break_before:
        word_class = function_words.get(tokens[first - 1].norm)
        if word_class not in (None, "determiner") and tokens[first - 1].norm not in (
            "his",
            "her",
            "their",
            "its",
        ):
            break
        first -= 1
        if word_class is not None:
            break  # a determiner or possessive opens the phrase
    if first == mention.first:
        return mention
    start = tokens[first].start
    return dataclasses.replace(mention, first=first, start=start, text=text[start : mention.end])


def _noun_phrase_subject(
    text: str, cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token], lexicons: LexiconSet
) -> Mention | None:
    """A plain noun phrase right before a speech verb: "the social media company said", "the group says"."""
    if cue.first == 0 or tokens[cue.first].clause_break_before:
        return None
    function_words = lexicons.speech.function_words
    first = None
    k = cue.first - 1
    while k >= 0 and cue.first - k <= _MAX_NOUN_PHRASE:
        word_class = function_words.get(tokens[k].norm)
        if word_class not in (None, "determiner") and tokens[k].norm != "of":
            break
        first = k
        if word_class == "determiner" or tokens[k].clause_break_before:
            break
        k -= 1
    if first is None or function_words.get(tokens[cue.first - 1].norm) is not None:
        return None
    if all(function_words.get(t.norm) is not None or t.text.isdigit() for t in tokens[first : cue.first]):
        return None
    return _phrase_mention(text, tokens, first, cue.first, mentions, lexicons)


def _follows_in_clause(tokens: Sequence[Token], cue: Hit) -> bool:
    """Whether a word follows the cue in its clause ("said a friend", not "said." or "said, adding")."""
    return cue.stop < len(tokens) and not tokens[cue.stop].clause_break_before


def _noun_phrase_after(
    text: str, cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token], lexicons: LexiconSet
) -> Mention | None:
    """The source after "according to": up to the end of its clause ("according to a new poll, ...")."""
    stop = cue.stop
    while (
        stop < len(tokens)
        and stop - cue.stop < _MAX_NOUN_PHRASE
        and not (stop > cue.stop and tokens[stop].clause_break_before)
    ):
        stop += 1
    if stop == cue.stop:
        return None
    return _phrase_mention(text, tokens, cue.stop, stop, mentions, lexicons)


def _phrase_mention(
    text: str,
    tokens: Sequence[Token],
    first: int,
    stop: int,
    mentions: Sequence[Mention],
    lexicons: LexiconSet,
) -> Mention:
    """A noun phrase as a source: its head decides the kind ("a spokesman for the ministry" is a role)."""
    head = next((m for m in mentions if m.first >= first and m.stop == stop), None)
    if head is not None and head.kind not in ("speech_noun", "pronoun"):
        return dataclasses.replace(head, first=first, start=tokens[first].start,
                                   text=text[tokens[first].start : tokens[stop - 1].end])  # fmt: skip
    inner = [m for m in mentions if first <= m.first and m.stop <= stop]
    kind = "vague" if any(m.kind == "vague" for m in inner) else "role"
    return _mention(text, tokens, first, stop, kind)


def _inverted_subject(cue: Hit, mentions: Sequence[Mention], tokens: Sequence[Token]) -> Mention | None:
    """Find the source right after the cue in the same clause: "..., said Governor X", "said the governor"."""
    return next(
        (
            m
            for m in mentions
            if m.first == cue.stop and m.kind != "speech_noun" and not tokens[m.first].clause_break_before
        ),
        None,
    )


def _nearest_cue(cues: Sequence[Hit], tokens: Sequence[Token], quote: Quote, used: set[int]) -> Hit | None:
    """A verb or phrase cue outside the quote, in the clause right after or right before it."""
    candidates = [c for c in cues if c.first not in used and c.entry.subcategory in ("verb", "phrase")]
    after = [c for c in candidates if tokens[c.first].start >= quote.end]
    before = [c for c in candidates if tokens[c.stop - 1].end <= quote.start]
    if after:
        cue = after[0]
        between = [t for t in tokens if quote.end <= t.start < tokens[cue.first].start]
        if len(between) <= _QUOTE_CUE_REACH:
            return cue
    if before:
        cue = before[-1]
        between = [t for t in tokens if tokens[cue.stop - 1].end <= t.start < quote.start]
        if len(between) <= 3:  # "he said:", "X told reporters that"
            return cue
    return None


def _colon_source(
    text: str, quote: Quote, mentions: Sequence[Mention], tokens: Sequence[Token]
) -> Mention | None:
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    return next((m for m in reversed(mentions) if m.end <= colon and not text[m.end : colon].strip()), None)


def _colon_line(
    text: str, sentence: Sentence, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> tuple[Mention, int] | None:
    """A sentence that opens with a source and a colon, then at least three words: "TAPPER: And obviously, ..."."""
    first = next((m for m in mentions if m.first == 0), None)
    if first is None or first.kind not in ("person", "name", "institution", "media", "title_role"):
        return None
    rest = text[first.end : sentence.end]
    if not rest.startswith(":"):
        return None
    at = first.end
    if sum(1 for t in tokens if t.start > at) < 3:
        return None
    return first, at


def _according_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit,
                       mention: Mention) -> tuple[int, int]:  # fmt: skip
    cue_start = tokens[cue.first].start
    if cue_start - sentence.start > 2:
        # "CONTENT, according to X."
        return sentence.start, _trim_end(text, sentence.start, cue_start)
    rest = text.find(",", mention.end, sentence.end)
    start = rest + 1 if rest != -1 else mention.end
    return _trim(text, start, sentence.end)


def _verb_content(text: str, sentence: Sentence, tokens: Sequence[Token], cue: Hit, mention: Mention,
                  function_words: Mapping[str, str]) -> tuple[int, int]:  # fmt: skip
    cue_end = tokens[cue.stop - 1].end
    source_start = min(mention.start, tokens[cue.first].start)
    before = text[sentence.start : source_start].rstrip()
    after = [t for t in tokens if t.start >= cue_end]
    after_class = function_words.get(after[0].norm) if after else None
    if before.endswith(",") and (not after or (len(after) <= 4 and after_class in _AFTER_CUE_CLASSES)):
        # "CONTENT, X said." — the content comes first.
        return sentence.start, _trim_end(text, sentence.start, source_start)
    return _trim(text, cue_end, sentence.end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    return start, _trim_end(text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:!?"):
        end -= 1
    return end


# --- resolving a mention to a speaker --------------------------------------------------------


def _resolve(
    mention: Mention | None, sentence: int, article: _Article, lexicons: LexiconSet
) -> tuple[str, str]:
    if mention is None:
        return UNKNOWN, "none"
    translit = lexicons.speech.transliteration
    if mention.kind == "speech_noun" and mention.possessor is not None:
        return _resolve(mention.possessor, sentence, article, lexicons)
    if mention.kind in ("person", "name"):
        # A name that speaks is taken for a person unless the lists say it is an organisation.
        return _person(mention.name, mention.title, article, translit), "named_person"
    if mention.kind == "institution":
        return _strip_article(mention.text), "named_institution"
    if mention.kind == "media":
        return _strip_article(mention.text), "media"
    if mention.kind == "vague":
        return _strip_article(mention.text).lower(), "vague"
    if mention.kind in ("role", "title_role"):
        title = mention.title or _strip_article(mention.text).lower()
        holder = article.titles.get(title)
        if holder is not None and mention.text.lower().startswith(("the ", title)):
            return holder, "named_person"
        return _strip_article(mention.text).lower(), "role_only"
    if mention.kind == "pronoun":
        return _pronoun(mention.referent, sentence, article)
    return UNKNOWN, "none"


_REFERENT_TYPES = {
    "male": ("named_person", "role_only"),
    "female": ("named_person", "role_only"),
    "plural": ("named_institution", "vague", "role_only", "media"),
    "neuter": ("named_institution", "media"),
}


def _pronoun(referent: str, sentence: int, article: _Article) -> tuple[str, str]:
    """He/she: the latest speaker if a person, else the first person of the latest sentence naming one."""
    if referent not in _REFERENT_TYPES:
        return UNKNOWN, "none"  # I, we, you: never the source of a quote they stand in
    previous = _previous_speaker(article, sentence)
    if previous is not None and previous[1] in _REFERENT_TYPES[referent]:
        return previous
    if referent in ("male", "female") and article.last_person_sentence:
        latest = article.last_person_sentence[-1][0]
        if sentence - latest <= _PRONOUN_REACH:
            first = next(name for when, name in article.last_person_sentence if when == latest)
            return first, "named_person"
    return UNKNOWN, "none"


def _previous_speaker(article: _Article, sentence: int) -> tuple[str, str] | None:
    if article.last_speaker is None:
        return None
    when, speaker, source_type = article.last_speaker
    return (speaker, source_type) if sentence - when <= _PRONOUN_REACH else None


def _strip_article(text: str) -> str:
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def _person(name: str, title: str, article: _Article, translit: Transliteration) -> str:
    """The canonical name of a person mention, registering new people as they are named."""
    words = name.split()
    known = surname_matches(words[-1], article.persons, translit) if words else None
    if known is not None and len(words) == 1:
        canonical = known
    elif known is not None:
        # Same surname: the same person when the given names agree (or one lacks them).
        given = PersonName.parse(known).given
        if not given or compare_words(given[0], words[0], translit) == "same":
            canonical = known if len(given) >= len(words) - 1 else name
            if canonical != known:
                article.persons[article.persons.index(known)] = canonical
                article.renamed[known] = canonical
                article.titles = {t: canonical if p == known else p for t, p in article.titles.items()}
        else:
            canonical = name
            article.persons.append(name)
    else:
        canonical = name
        article.persons.append(name)
    if title:
        article.titles[title] = canonical
    return canonical


def _remember_persons(
    mentions: Sequence[Mention], sentence: int, article: _Article, lexicons: LexiconSet
) -> None:
    """Note the people named in a sentence: titled names, and names of people already known.

    An untitled capitalized name is not registered (it may be a place: "Smolensk Region").
    """
    translit = lexicons.speech.transliteration
    for mention in mentions:
        known = mention.kind == "name" and surname_matches(
            mention.name.split()[-1], article.persons, translit
        )
        if mention.kind == "person" or known:
            canonical = _person(mention.name, mention.title, article, translit)
            article.last_person_sentence.append((sentence, canonical))


def _sentence_speakers(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> list[tuple[str, str]]:
    """Each sentence takes the speaker of the attribution that covers most of it."""
    best: dict[int, tuple[int, Attribution]] = {}
    for a in attributions:
        if a.kind == "scare" or a.speaker == UNKNOWN:
            continue
        for index in a.sentences:
            s = sentences[index]
            overlap = min(s.end, a.content_end) - max(s.start, a.content_start)
            if a.cue_start is not None and s.start <= a.cue_start < s.end:
                overlap = max(overlap, 1)
            if overlap > 0 and (index not in best or overlap > best[index][0]):
                best[index] = (overlap, a)
    return [
        (best[s.index][1].speaker, best[s.index][1].source_type) if s.index in best else (AUTHOR, "none")
        for s in sentences
    ]
