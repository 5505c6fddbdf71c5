"""Dash quotations, the convention of translated outlets: "- We are ready - the minister said".

The rule runs before the cue rules (:data:`framing.attribution.rules.DASH_RULES`), whose source it takes.
"""

from __future__ import annotations

import re

from framing.attribution.base import DASHES, NAME_KINDS, Mention, rstrip_end
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.heads import speech_verbs
from framing.attribution.inverted import inverted_source, source_after
from framing.attribution.phrases import noun_phrase_after
from framing.attribution.subjects import subject
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit

_SENTENCE_DASH = re.compile(r"(?<=[.!?…\"”])[^\S\r\n]*([-–—])[^\S\r\n]+(?=[A-Z])")
"""A dash that opens a sentence inside a paragraph: "... the crisis. - These people ..." (any space but a
line break around it: news text has non-breaking ones)."""
_CLOSING_DASH = re.compile(r"[^\S\r\n]([-–—])[^\S\r\n]+([\w’'.-]+)(?:[^\S\r\n]+([\w’'-]+))?")
"""A dash after a space and the next two words: a cue or a source and a cue there mark a dash that closed a quotation."""
CLOSING_TAIL = 4
"""Words that may follow a source and cue after a sentence-opening dash that closes a quotation."""
BLOCK_ADJUNCT = 4
"""Words that may stand between a cue (or its source) and the colon that opens a block quotation."""
_SPACED_DASH = re.compile(r"[-–—][^\S\r\n]")
"""A dash before a space: it may close a quotation ("- said X"); a hyphen ("Russia-Ukraine") may not."""
DASH_QUOTE_REACH = 2_000
"""Characters looked back for the dash that opens a quotation in mid-paragraph."""
_COLON_DASH = re.compile(r"[ \t]*:[ \t]*[-–—][ \t]")
"""A colon and an opening dash right after a cue: "Kabajewa replied: - You see, ..."."""


def dash_quote(ctx: SentenceContext) -> Claim | None:
    """A dash quotation, "- We are ready - the minister said": a dash closes the quote, a cue and its source follow."""
    text, tokens = ctx.text, ctx.tokens
    openings = _opening_dashes(ctx)
    if not openings:
        return None  # most paragraphs: no source needs finding
    for cue in ctx.cues:
        kind = cue.entry.subcategory
        right_after_dash = text[
            rstrip_end(text, tokens[cue.first].start) - 1 : tokens[cue.first].start
        ].strip()
        if cue.first in ctx.used_cues or not (
            kind in ("verb", "phrase")
            or (kind == "attitude" and (right_after_dash in DASHES or _after_dash(ctx, cue)))
        ):
            continue  # "- ... - notes Marek Biernacki", "- ... - Sergei Lavrov regretted": a stance verb speaks too
        first = cue.first
        # the source right after the cue, or after its platform ("- ... - said on TVN24 Dr. Adam Eberhardt")
        mention = source_after(ctx.text, cue, ctx.by_token, tokens, ctx.lexicons)
        if mention is None:
            mention = noun_phrase_after(text, cue, ctx.by_token, tokens, ctx.lexicons)
            # not another cue ("- ... - he said, pointing out that"): its phrase is no source
            after = mention is not None and mention.first == cue.stop
            mention = mention if after and not any(c.first == cue.stop for c in ctx.cues) else None
        if mention is None:
            mention = _name_ending(ctx, cue)
        if mention is None:
            mention = subject(text, cue, ctx.by_token, tokens, ctx.lexicons)
            first = mention.first if mention is not None else first
        if mention is None or (mention.kind == "pronoun" and mention.referent in ("first", "second")):
            continue
        if mention.first >= cue.stop:  # "- ... - said the director of the institution Maryna Hanicka"
            mention = inverted_source(ctx, mention, cue)
        dash = rstrip_end(text, tokens[first].start)  # the text before the source, without spaces
        # the closing dash, and the last dash before it that opens a sentence ("- A - said X. - B - said Y")
        # after any quotation that closed in between ("- A - said X. The ministry said nothing. B - said Y")
        closed = _last_closing(ctx, openings[0], dash - 1) if dash else -1
        opening = max((o for o in openings if closed < o < dash - 1), default=None)
        # a dash that opens a sentence opens the next quotation, unless it closes the one before
        closes = dash - 1 not in openings or _closes_before(ctx, cue, mention)
        if not dash or text[dash - 1] not in DASHES or opening is None or not closes:
            continue
        ctx.used_cues.add(cue.first)
        start, end = trim(text, opening + 1, dash - 1)
        # a cue inside the quotation is the speaker's wording, as inside quote marks ("- We believe ... -")
        ctx.used_cues.update(c.first for c in ctx.cues if start <= tokens[c.first].start < end)
        return Claim(mention, cue, (start, end), "direct", "dash_quote", None, dash - 1)
    return None


def _closes_before(ctx: SentenceContext, cue: Hit, mention: Mention) -> bool:
    """Whether the source and cue after a dash that opens a sentence close the quotation before it.

    They do when only an adjunct or a clause of their own follows them: "- I appeal to President Putin.-
    Steinmeier said.", "... surrender. - Zelensky said on Monday.", "... fight! - Lukashenko said, adding
    that ..."; not a participle's phrase that goes on ("- Calling artificial phobias and looking for an
    enemy ... - adds Dariusz Klimczak"): that dash opens the next quotation.
    """
    tokens = ctx.tokens
    end = max(cue.stop, mention.stop)
    if end == len(tokens) or tokens[end].clause_break_before:
        return True
    return ctx.lexicons.speech.function_words.get(tokens[end].norm) == "preposition"


def _last_closing(ctx: SentenceContext, start: int, end: int) -> int:
    """The last dash in ``text[start:end]`` with a cue, or a source and a cue, right after it, or ``start - 1``.

    Such a dash closed a quotation ("- We are ready - said Zelensky.", "- ... - he added"): no quotation
    this sentence closes opens before it. A dash inside a quotation ("- At this stage - and it will last
    for some time - we will ...") has none.
    """
    words, pronouns = speech_verbs(ctx.lexicons), _pronoun_words(ctx.lexicons)
    found = start - 1  # before every opening ("-1" for the virtual one before a paragraph at offset 0)
    for match in _CLOSING_DASH.finditer(ctx.text, max(start, 0), end):
        first, second = match.group(2), (match.group(3) or "").lower()
        # "- said X", "- Zelensky said", "- he added"; not "- which threatens us -", an aside in the quotation
        if first.lower() in words or (second in words and (first[:1].isupper() or first.lower() in pronouns)):
            # a dash opening a sentence with a source and a cue opens a quotation ("- I think Russia is
            # losing - said Duda") unless they end the sentence ("... surrender. - Zelensky said on Monday.")
            opens = _SENTENCE_DASH.match(ctx.text, match.start()) is not None or match.start() == start
            found = match.start(1) if not opens or _short_sentence(ctx.text, match.end()) else found
    return found


def _short_sentence(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` ends within :data:`CLOSING_TAIL` words ("... said on Monday.")."""
    end = next((i for i in range(at, min(len(text), at + 80)) if text[i] in ".!?\n"), None)
    return end is not None and len(text[at:end].split()) <= CLOSING_TAIL


@derived
def _pronoun_words(lexicons: LexiconSet) -> frozenset[str]:
    """The pronouns that may stand for a source ("he", "she", "they")."""
    return frozenset(e.pattern for e in lexicons.speech.pronouns if len(e.words) == 1)


def _after_dash(ctx: SentenceContext, cue: Hit) -> bool:
    """A named source right after a dash and right before the cue: "- ... - Sergei Lavrov regretted".

    Not a pronoun ("- ... - he continued"): its referent may be someone the quotation speaks of.
    """
    mention = subject(ctx.text, cue, ctx.by_token, ctx.tokens, ctx.lexicons)
    if mention is None or mention.stop != cue.first or mention.kind == "pronoun":
        return False
    before = rstrip_end(ctx.text, mention.start)
    return before > 0 and ctx.text[before - 1] in DASHES


def _opening_dashes(ctx: SentenceContext) -> list[int]:
    """The dashes that may open a quotation this sentence closes: the paragraph's, and later sentences'.

    "He referred to the crisis. - These people hunted. They shot. Hundreds died - said Lukashenko": a
    sentence inside the paragraph opens with a dash. Looked for in a bounded window before the sentence end.
    A paragraph that is only a dash, a cue and its source closes the dash quotation of the paragraph before.
    """
    start = ctx.layout.paragraph_start(ctx.sentence)
    found = [start] if _dash_opened(ctx.text, start) else []
    previous = ctx.layout.previous_paragraph(ctx.sentence)
    if found and previous is not None and _tag_line(ctx, start):
        # "- You must avoid the crisis. The world needs peace." then a line "- said Xi Jinping."; the
        # paragraph before may open without its dash ("You can't die" then "- said the Ukrainian leader.")
        # an opening is the offset right before the quotation: its dash, or the one before an undashed paragraph
        found.insert(0, previous[0] if _dash_opened(ctx.text, previous[0]) else previous[0] - 1)
    if _SPACED_DASH.search(ctx.sentence.text) is None:
        # no closing dash (one before a space: "- said X", not the hyphen of "Russia-Ukraine") in this
        # sentence: only the paragraph's may be closed, and the look-back below is not needed
        return found
    window = max(start, ctx.sentence.start - DASH_QUOTE_REACH)
    return found + [m.start(1) for m in _SENTENCE_DASH.finditer(ctx.text, window, ctx.sentence.end)]


def _dash_opened(text: str, at: int) -> bool:
    """Whether a dash and a space open the text at ``at``."""
    return text[at : at + 1] in DASHES and text[at + 1 : at + 2].isspace()


def _tag_line(ctx: SentenceContext, start: int) -> bool:
    """A paragraph of one short sentence, a dash, a cue and its source: "- said Xi Jinping.", "- Duda said"."""
    sentence = ctx.sentence
    if sentence.start != start or ctx.layout.paragraph_end(sentence) != sentence.end:
        return False
    words = [w.strip(".,").lower() for w in sentence.text[1:].split()]
    if not 2 <= len(words) <= CLOSING_TAIL + 2:
        return False
    verbs = speech_verbs(ctx.lexicons)
    return words[0] in verbs or (words[1] in verbs and sentence.text[1:].split()[0][:1].isupper())


def _name_ending(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """A name that ends the cue's clause after an adjunct, the cue right after a dash.

    "- ... - said after the meeting in Sochaczew PiS vice-marshal Radosław Fogiel", "- ... - said in June
    the spokesman of the Kremlin Dmitry Pieskov, indicating that ...": no clause break and no other cue
    may stand between the cue and the name.
    """
    tokens, text = ctx.tokens, ctx.text
    before = text[rstrip_end(text, tokens[cue.first].start) - 1 : tokens[cue.first].start].strip()
    end = next((k for k in range(cue.stop + 1, len(tokens)) if tokens[k].clause_break_before), len(tokens))
    name = next((m for m in ctx.by_token.stopping.get(end, ()) if m.kind in NAME_KINDS), None)
    if not before or before not in DASHES or name is None or name.first <= cue.stop + 1:
        return None  # right after the cue, the rules above read it
    between = range(cue.stop, name.first + 1)
    if any(tokens[k].clause_break_before for k in between) or any(c.first in between for c in ctx.cues):
        return None
    return name


def colon_dash(ctx: SentenceContext, cue: Hit) -> tuple[int, int] | None:
    """The quotation a dash opens after a cue and a colon, to the end of its paragraph, if there is one.

    "When asked why she chose the topic, Kabajewa replied: - You see, this story does not belong to the
    past. He stays with us. ...": no dash closes it; the paragraph does, as a quote mark's run does.
    """
    found = _COLON_DASH.match(ctx.text, ctx.tokens[cue.stop - 1].end)
    end = ctx.layout.paragraph_end(ctx.sentence)
    if found is None or found.end() >= end:
        return None  # "he replied: - " and nothing after it: no quotation
    start, stop = trim(ctx.text, found.end(), end)
    return (start, stop) if start < stop else None


def colon_block(ctx: SentenceContext, cue: Hit, mention: Mention) -> tuple[int, int] | None:
    r"""The paragraph after one that ends with a cue, its source and a colon: the source's words.

    "The governor added:\n\nIt’s typical of Hillary Clinton. She knows nothing, ...", "McCrummen
    reports:\n\n...": a block quotation, often without quote marks. At most :data:`BLOCK_ADJUNCT` words may
    stand between the cue (or its source) and the colon ("Sanders said on Monday:").
    """
    tokens, sentence = ctx.tokens, ctx.sentence
    last = max(cue.stop, mention.stop)
    if last > len(tokens) or len(tokens) - last > BLOCK_ADJUNCT:
        return None
    if last < len(tokens) and ctx.lexicons.speech.function_words.get(tokens[last].norm) != "preposition":
        return None  # "Putin said that Russia will respond:": content of its own, no block to come
    end = rstrip_end(ctx.text, sentence.end)
    if end == 0 or ctx.text[end - 1] != ":" or ctx.layout.paragraph_end(sentence) > sentence.end:
        return None
    following = ctx.layout.next_paragraph(sentence)
    return trim(ctx.text, *following) if following is not None else None
