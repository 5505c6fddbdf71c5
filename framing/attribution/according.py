"""The "according to" rule: "According to X, ...", "..., according to a poll released by X", "citing X".

The source is the whole noun phrase after the cue, to the end of its clause, as PolNeAR marks it ("the
results of the latest Quinnipiac University poll released Wednesday"); the speaker is the name in it (the
agent after "by", else the first mention). A phrase with no name ("a pool report") is a source without
a speaker. "Cited" and "citing" name a source only when a speaker follows them ("citing the governor");
what else is cited ("He cited the program") is content, its citer the source (rule ``cited``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import Mention, class_words, in_class, make_mention
from framing.attribution.content import according_content, trim, trim_end
from framing.attribution.context import Claim, SentenceContext, possessive
from framing.attribution.heads import source_nouns
from framing.attribution.institutions import media_words
from framing.attribution.inverted import apposed_name
from framing.attribution.organisations import with_publisher
from framing.attribution.participles import participle_subject, source_of_previous
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.quotedby import quoted_speaker
from framing.attribution.subjects import subject
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN
from framing.tokenize import Token

MAX_SOURCE_PHRASE = 16
"""The longest phrase after "according to" read as its source; a longer clause is content."""
QUOTE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + '"'
"""Quotation marks as the quotation reader knows them (framing/quotes.py); a straight apostrophe is no mark."""
CITED_REACH = 3
"""A speaker cited starts at most this many words after the cue ("citing the regional governor")."""
CITED_SPEAKERS = ("person", "name", "institution", "media", "role", "title_role", "vague")
"""What may be cited as the one who speaks ("citing the governor", "quoted officials as saying")."""


def according_to(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """The source after "according to" or "citing": "According to X, ...", "..., citing X"."""
    if cue.entry.subcategory != "according_to":
        return None
    if any(m.kind == "pronoun" for m in ctx.by_token.starting_in(cue.first + 1, cue.stop)):
        return _holder_inside(ctx, cue)  # "In his opinion": the pronoun or no one, never the words after it
    if (quoted := quoted_speaker(ctx, cue)) is not None:
        return (
            quoted  # "Wally Adeyemo quoted by Ukrainian Truth", "X was quoted by Reuters as saying": X speaks
        )
    mention = _agent_after_by(ctx, cue) or _cited_after(ctx, cue)
    if (citer := _citer(ctx, cue, mention)) is not None:
        return citer  # a recognised speaker after "citing" is cited as a source; anything else is cited
    if mention is None:
        mention = noun_phrase_after(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    if mention is None:
        mention = _whole_phrase(ctx, cue, None)
    if mention is None:
        return None
    mention = _named_medium(ctx, cue, apposed_name(ctx, mention))
    if mention.first == cue.stop + 1 and in_class(ctx.lexicons, ctx.tokens[cue.stop].norm, "article"):
        start = ctx.tokens[cue.stop].start  # "according to the Las Vegas Sun": the phrase with its article
        mention = dataclasses.replace(
            mention, first=cue.stop, start=start, text=ctx.text[start : mention.end]
        )
    mention = with_publisher(_whole_phrase(ctx, cue, mention), ctx.by_token, ctx.tokens, ctx.lexicons)
    ctx.used_cues.update(range(cue.first, mention.stop))
    content = according_content(ctx.text, ctx.sentence, ctx.tokens, cue, mention, ctx.lexicons)
    return Claim(mention, cue, content, "according_to", "according_to")


def _named_medium(ctx: SentenceContext, cue: Hit, mention: Mention) -> Mention:
    """The name right after a medium's noun in the cited phrase: that medium speaks.

    "according to the independent Russian Telegram channel SOTA", "according to Russian independent news
    outlet Mediazona" (classes ``media_noun``, ``media_head``): SOTA and Mediazona, media, not the words
    before them. Only in the phrase cited: the noun is in the mention or right after it ("According to Mr
    Smith, the newspaper Pravda lied" is Smith's). A name right before an ``outlet_head`` noun is an
    outlet too ("as quoted by the SITA newswire").
    """
    tokens = ctx.tokens
    heads = media_words(ctx.lexicons)
    # the mention, then the lowercase words of its description ("the Danish regional paper")
    k = mention.first - 1
    while k + 2 < len(tokens) and not tokens[k + 1].clause_break_before:
        k += 1
        if k >= mention.stop and not tokens[k].text.islower():
            break
        if tokens[k].text in heads and not tokens[k + 1].clause_break_before:  # lowercase, as written
            name = next(
                (m for m in ctx.by_token.starting.get(k + 1, ()) if m.kind in ("name", "person")), None
            )
            if name is not None:
                return dataclasses.replace(name, kind="media")
    after = tokens[mention.stop].text if mention.stop < len(tokens) else ""
    # "as quoted by the SITA newswire": a name before an outlet's noun is the outlet ("Kremlin website" is not)
    return (
        dataclasses.replace(mention, kind="media")
        if in_class(ctx.lexicons, after, "outlet_head")
        else mention
    )


def _cited_after(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The mention right after "according to", past an article and a country's initials.

    "according to the US Centre for Disease Control (CDC)": the organisation, not nothing (whose speaker was
    "unknown"); after a possessive the organisation it owns ("Russia's Ministry of Defense").
    """
    reach = cue.stop + 2
    if reach < len(ctx.tokens) and in_class(ctx.lexicons, ctx.tokens[cue.stop].norm, "article"):
        initials = ctx.tokens[cue.stop + 1].text
        reach += int(initials.isupper() and len(initials) > 1)  # "the US Centre", "the UN Security Council"
    cited = next(iter(ctx.by_token.starting_in(cue.stop, reach)), None)
    if cited is not None and possessive(ctx, cited):
        # "according to Russia's Ministry of Defense": the organisation the country owns speaks
        owned = (m for m in ctx.by_token.starting.get(cited.stop, ()) if m.kind in ("institution", "media"))
        return next(owned, cited)
    return cited


def _holder_inside(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A cue that holds its source's pronoun: "In his opinion, ...", "in their view": the pronoun is the source.

    Only as a clause of its own: opening a clause or set off after it ("should - in his opinion - be"); "differ
    in their view of the conflict" is a noun phrase, no one's words.
    """
    tokens, text, sentence = ctx.tokens, ctx.text, ctx.sentence
    holder = next((m for m in ctx.by_token.starting_in(cue.first + 1, cue.stop) if m.kind == "pronoun"), None)
    # a clause opens with it: after punctuation or a complementizer ("stated that in his opinion Putin would")
    previous = tokens[cue.first - 1].norm if cue.first else ""
    opens = (
        cue.first == 0
        or tokens[cue.first].clause_break_before
        or previous == "that"
        or ctx.lexicons.speech.function_words.get(previous) == "conjunction"
    )
    closes = cue.stop == len(tokens) or tokens[cue.stop].clause_break_before
    if (
        holder is None
        or not (opens or closes)
        or (cue.stop < len(tokens) and tokens[cue.stop].norm in ("of", "on"))
    ):
        return None
    ctx.used_cues.update(range(cue.first, cue.stop))
    cue_start, cue_end = tokens[cue.first].start, tokens[cue.stop - 1].end
    if cue_start - sentence.start > 2:  # "Documents should - in his opinion - be re-verified": the rest
        content = sentence.start, trim_end(text, sentence.start, cue_start)
    else:  # "In his opinion, the attack could include rocket fire": after the cue and its comma
        after = cue_end + len(text[cue_end : sentence.end]) - len(text[cue_end : sentence.end].lstrip(" ,"))
        content = trim(text, after, sentence.end)
    return Claim(holder, cue, content, "according_to", "according_to")


def _citer(ctx: SentenceContext, cue: Hit, cited: Mention | None) -> Claim | None:
    """A cited thing is no speaker, its citer is: "He cited the program", "X said, citing low growth".

    A ``cite_form`` (word_classes.tsv) whose object is not a speaker (``CITED_SPEAKERS``, not a possessive:
    "citing Trump's appeal") takes its subject as the source, as PARC and PolNeAR mark it (PolNeAR train:
    the source stands before "cited", "citing" or "quoted" in 89 of 95 cues).
    """
    tokens = ctx.tokens
    if cue.stop - cue.first > 1 or not in_class(ctx.lexicons, tokens[cue.first].norm, "cite_form"):
        return None
    # "Truss cited Iran and China as examples": what is cited "as" something is an example, no speaker
    # ("quoted Peskov as saying" is Peskov's: a speech word after "as" reports him)
    cited_as = cited is not None and _cited_as_example(tokens, cited.stop, ctx.lexicons)
    if cited is not None and cited.kind in CITED_SPEAKERS and not possessive(ctx, cited) and not cited_as:
        return None
    near = [m for m in ctx.by_token.starting_in(cue.stop, cue.stop + CITED_REACH) if m.kind in CITED_SPEAKERS]
    near = [] if cited_as else near
    # "cited the example of Libya": a name in a genitive belongs to what is cited, it does not speak
    of = class_words(ctx.lexicons, "postmodifier")
    near = [m for m in near if m.first == cue.stop or tokens[m.first - 1].norm not in of]
    if near and not possessive(ctx, near[0]):
        return None  # "citing the regional governor": the governor speaks
    if not (cited_as or _not_a_speaker(ctx, cue, cited)):
        return None
    source = (
        source_of_previous(ctx, cue)
        or subject(ctx.text, cue, ctx.by_token, tokens, ctx.lexicons)
        or participle_subject(ctx, cue)
    )
    ctx.used_cues.update(range(cue.first, cited.stop if cited is not None else cue.stop))
    content = trim(ctx.text, tokens[cue.first].end, ctx.sentence.end)
    return Claim(source, cue, content, "indirect", "cited")


def _cited_as_example(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether "as" at ``k`` makes what is cited before it an example: "cited Iran and China as examples".

    Not "as saying" (a speech word: "quoted Peskov as saying") nor "as its source" (class ``source_role``:
    "cited the health ministry as the source of the figures"): then what is cited speaks.
    """
    if k + 1 >= len(tokens) or tokens[k].norm != "as" or tokens[k + 1].norm.endswith("ing"):
        return False
    words = lexicons.speech.function_words
    j = k + 1
    while (
        j < len(tokens) - 1
        and j - k <= 2
        and (words.get(tokens[j].norm) == "determiner" or in_class(lexicons, tokens[j].norm, "possessive"))
    ):
        j += 1  # "as its source", "as the source"
    return not in_class(lexicons, tokens[j].norm, "source_role")


def _not_a_speaker(ctx: SentenceContext, cue: Hit, cited: Mention | None) -> bool:
    """Whether what is cited is surely no speaker: a pronoun, a possessive or a bare common noun phrase.

    "cited it", "citing his results", "citing low growth", "citing security concerns".
    A phrase opened by an article or a quotation mark may be a person no list names ("citing an anonymous
    source", "citing “people familiar with the matter”"): it keeps the according-to reading.
    """
    if cue.stop >= len(ctx.tokens):
        return False
    if cited is not None and (cited.kind == "pronoun" or possessive(ctx, cited)):
        return True
    following = ctx.tokens[cue.stop]
    if ctx.text[following.start - 1] in QUOTE_MARKS:
        return False
    if _thing_of(ctx, cue.stop):
        return True  # "cited the example of Libya": an example, whatever country it names
    # "the bureau cited in Trump's tweet": a preposition after it makes a passive participle
    return (
        following.text.isalpha()
        and following.text.islower()
        and (ctx.lexicons.speech.function_words.get(following.norm) is None)
    )


def _thing_of(ctx: SentenceContext, k: int) -> bool:
    """An article, a lowercase noun that names no source, and "of" at ``k``: "the example of Libya"."""
    tokens = ctx.tokens
    if k + 2 >= len(tokens) or not in_class(ctx.lexicons, tokens[k].norm, "article"):
        return False
    noun, of = tokens[k + 1], tokens[k + 2]
    nouns = source_nouns(ctx.lexicons)
    return (
        noun.text.islower()
        and noun.norm not in nouns
        and of.norm in class_words(ctx.lexicons, "postmodifier")
    )


def _agent_after_by(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source of "according to a statement released by his ministry", "an analysis by X": the agent."""
    tokens = ctx.tokens
    for b in range(cue.stop + 1, min(cue.stop + 5, len(tokens) - 1)):
        if tokens[b].clause_break_before:
            return None
        if tokens[b].norm != "by":
            continue
        if any(m.kind not in ("speech_noun", "vague") for m in ctx.by_token.starting_in(cue.stop, b)):
            return None  # "according to X, backed by ...": X is the source
        after = [m for m in ctx.by_token.starting_in(b + 1, b + 3) if m.kind != "pronoun"]
        if after:
            return after[0]
        stop = next((k for k in range(b + 1, len(tokens)) if tokens[k].clause_break_before), len(tokens))
        # "a report by British intelligence": the agent is an unnamed body
        return make_mention(ctx.text, tokens, b + 1, stop, "role") if b + 1 < stop <= b + 4 else None
    return None


def _whole_phrase(ctx: SentenceContext, cue: Hit, mention: Mention | None) -> Mention | None:
    """The source phrase after the cue to the end of its clause, the speaker's name kept.

    "according to an ABC News-Washington Post poll", "according to a count by The Associated Press". A
    phrase without a mention is a speech noun with no possessor ("according to a pool report").
    """
    tokens, text = ctx.tokens, ctx.text
    first = cue.stop
    stop = next((k for k in range(first + 1, len(tokens)) if tokens[k].clause_break_before), len(tokens))
    if first >= len(tokens) or stop - first > MAX_SOURCE_PHRASE:
        return mention
    opener = ctx.lexicons.speech.function_words.get(tokens[first].norm)
    if opener not in (None, "determiner") and not in_class(ctx.lexicons, tokens[first].norm, "possessive"):
        return mention
    # a quote mark between words opens a quotation; one inside a word is an apostrophe ("the state’s website")
    if any(
        mark in text[tokens[k].end : tokens[k + 1].start]
        for k in range(first, stop - 1)
        for mark in QUOTE_MARKS
    ):
        return mention
    if mention is None:  # "according to a new report": a document, a vague source; "a pool report" too
        document = in_class(ctx.lexicons, tokens[stop - 1].norm, "document_noun", "claim_noun")
        return make_mention(text, tokens, first, stop, "vague" if document else "speech_noun")
    if mention.first < first or mention.stop > stop:
        return mention
    whole = make_mention(text, tokens, first, stop, mention.kind)
    return dataclasses.replace(
        mention,
        first=first,
        stop=stop,
        start=whole.start,
        end=whole.end,
        text=whole.text,
        name=mention.name or mention.text,
    )
