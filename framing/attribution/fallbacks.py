"""Rules for sentences without an attribution yet (:data:`FALLBACK_RULES`, tried in this order).

- ``speech_noun``: a possessed speech noun or channel with a cue ("reported on Anokhine's Telegram channel").
- ``speech_noun_that``: a speech noun and its source before "that", with no verb cue ("Koffler's assessment
  is that ...", "Warnings from the US that Russian troops are poised ...").
- ``colon_line``: a sentence opening with a source and a colon ("TAPPER: And obviously, ...", "Insiders: ...",
  "Carrier's message: ...");
- ``in_poll``: a poll's result, "in" and the poll standing as cue and source ("led 2-1 in a CBS poll",
  :mod:`framing.attribution.polls`);
- ``appearance``: what only seems so, with no source ("The economy seemed impervious to shocks");
- ``received_noun``: criticism the subject receives, its source after "from" ("Trump has faced criticism
  from rivals", "came under heavy criticism").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from framing.attribution.base import Mention, class_words, in_class, make_mention
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.phrases import noun_phrase_subject
from framing.attribution.polls import in_poll
from framing.attribution.quotednames import QUOTE_MARKS
from framing.attribution.subjects import subject
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token

SOURCE_KINDS_OF_LINES = ("person", "name", "institution", "media", "title_role", "vague", "speech_noun")
"""Sources that may open a line before its colon: a name, "Insiders: ...", "Carrier's message: ..."."""
LISTED_WORDS = 3
"""Words an item of a line-up after a colon may have ("Jeff Boeyink", "Priscott for Roberts (71)")."""
SPEAKING_KINDS = ("person", "name", "institution", "media", "role", "title_role", "vague")
"""Sources a speech noun may come from ("warnings from the US", "a statement from the ministry")."""


def speech_noun(ctx: SentenceContext) -> Claim | None:
    """A possessed speech noun or channel, "reported on Anokhine's Telegram channel": a possessed speech noun or channel with a free cue."""
    free = [c for c in ctx.cues if c.first not in ctx.used_cues and c.entry.subcategory in ("verb", "phrase")]
    if not free:
        return None
    for mention in ctx.mentions:
        if mention.kind == "speech_noun" and mention.possessor is not None:
            return Claim(mention, free[0], (ctx.sentence.start, ctx.sentence.end), "indirect", "speech_noun")
    return None


def colon_line(ctx: SentenceContext) -> Claim | None:
    """A sentence that opens with a source and a colon, then at least three words: "TAPPER: And obviously, ..."."""
    opener = next((m for m in ctx.mentions if m.first == 0), None)
    first = opener or _transcript_speaker(ctx)
    if first is None or first.kind not in SOURCE_KINDS_OF_LINES:
        return None
    if first.stop <= 2 and in_class(ctx.lexicons, ctx.tokens[first.stop - 1].norm, "line_label"):
        return None  # "Note: ...", "Editor's Note: ...", "VIDEO: ...": a label, no one's line
    if not ctx.text[first.end : ctx.sentence.end].startswith(":"):
        return None
    at = first.end
    after = [t for t in ctx.tokens if t.start > at]
    if len(after) < 3 or _line_up(ctx, after):
        return None
    # a transcript's line runs on to the end of its paragraph or quotation, whichever comes first ("WALLACE:
    # Let's start .... And will she be there?"); narration after the closing mark is the reporter's again
    end = ctx.sentence.end if opener is not None else _line_end(ctx, at)
    return Claim(first, None, trim(ctx.text, at + 1, end), "indirect", "colon_line", None, at)


def _transcript_speaker(ctx: SentenceContext) -> Mention | None:
    """A speaker's name in capitals opening a quoted transcript's paragraph: '"WALLACE: Let's start ...'.

    Inside the quotation no word is a source, so the name is read here: one or two words in capitals, right
    after the opening quote mark and right before the colon.
    """
    tokens, text = ctx.tokens, ctx.text
    opening = text[ctx.sentence.start : tokens[0].start].strip() if tokens else ""
    if not opening or not all(mark in QUOTE_MARKS for mark in opening):
        return None
    stop = next((k for k in (1, 2) if k < len(tokens) and text.startswith(":", tokens[k - 1].end)), None)
    if stop is None or not all(
        t.text.isupper() and t.text.isalpha() and len(t.text) > 1 for t in tokens[:stop]
    ):
        return None
    return make_mention(text, tokens, 0, stop, "name", name=" ".join(t.text for t in tokens[:stop]))


def _line_end(ctx: SentenceContext, at: int) -> int:
    """Where a quoted transcript's line ends: its paragraph's end, or its quotation's closing mark before that."""
    end = ctx.layout.paragraph_end(ctx.sentence)
    closing = [q.content_end for q in ctx.quotes if q.content_start <= at < q.content_end]
    return min([end, *closing])


def _line_up(ctx: SentenceContext, after: Sequence[Token]) -> bool:
    """Names or figures listed after a colon: "Replacements: Smith, Jones, Brown (Wales)", "Att: 45,000".

    A list (a comma or a digit) of short items (names, figures: at most :data:`LISTED_WORDS` words each) with
    no lowercase content word and no verb of being is a line-up or a score, no one's words; a headline in
    capitals ("Issa: Hillary Clinton’s ‘Honesty Is In Question.’", "Paul Ryan: FBI Decision Not to Indict
    Hillary ‘Defies Explanation,’ Needs More Investigation.") stays a line.
    """
    words = ctx.lexicons.speech.function_words
    rest = ctx.text[after[0].start : ctx.sentence.end]
    listed = any(ch == "," or ch.isdigit() for ch in rest)
    # an item of a line-up is a name or a figure ("Fletcher (Giggs 64)"); a longer one is a headline's clause
    items = re.split(r"[,;:]", re.sub(r"\([^)]*\)", " ", rest))
    listed = listed and all(_item_words(item) <= LISTED_WORDS for item in items)
    return listed and not any(
        (t.text.islower() and t.norm not in words) or words.get(t.norm) == "auxiliary" for t in after
    )


def _item_words(item: str) -> int:
    """Words of a listed item, figures left out ("Nadal 6-7 6-2 Roddick": 2, "C Sweeney Newport-Gwent": 3)."""
    return sum(1 for word in item.split() if any(ch.isalpha() for ch in word))


def after_colon_line(ctx: SentenceContext, claim: Claim) -> bool:
    """Whether a stance claim's cue stands after the colon of a line that opens with its source ("X: ...").

    Only a stance ("Russia does not want war"): a speech verb after the colon has its own source, and the
    line's opening is a label ("USA: Pentagon announced the 18th aid package").
    """
    line = colon_line(ctx) if claim.cue is not None and claim.rule == "intent" else None
    return line is not None and line.colon is not None and ctx.tokens[claim.cue.first].start > line.colon


def speech_noun_that(ctx: SentenceContext) -> Claim | None:
    """A speech noun whose content follows "that", its source its possessor or after "from"."""
    tokens = ctx.tokens
    for mention in ctx.mentions:
        if mention.kind == "speech_noun" and mention.possessor is not None:
            that = _that_after(ctx, mention.stop)
            if that is not None:
                return Claim(mention, None, trim(ctx.text, tokens[that].end, ctx.sentence.end), "indirect",
                             "speech_noun_that")  # fmt: skip
    nouns = _nouns(ctx.lexicons)
    for k in range(len(tokens) - 3):
        if tokens[k].norm not in nouns or tokens[k + 1].norm not in ("from", "by"):
            continue
        source = _source_at(ctx, k + 2)
        that = _that_after(ctx, source.stop) if source is not None else None
        if source is not None and that is not None:
            return Claim(source, None, trim(ctx.text, tokens[that].end, ctx.sentence.end), "indirect",
                         "speech_noun_that")  # fmt: skip
    return _supported_noun(ctx, nouns)


def _supported_noun(ctx: SentenceContext, nouns: frozenset[str]) -> Claim | None:
    """A speech noun after a support verb, its source the verb's subject: "Western leaders repeated warnings that".

    The verb (class ``support_verb`` of ``sources/word_classes.tsv``: issued, repeated, voiced) makes the
    noun its subject's own words; "dismissed claims that" is someone else's, so no such verb is listed.
    Between verb and noun stand at most two lowercase words ("issued stark warnings that").
    """
    tokens, supports = ctx.tokens, class_words(ctx.lexicons, "support_verb")
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm not in nouns or tokens[k + 1].norm != "that" or tokens[k + 1].clause_break_before:
            continue
        verb = next((v for v in range(k - 1, max(0, k - 3) - 1, -1) if tokens[v].norm in supports), None)
        between = tokens[verb + 1 : k + 1] if verb is not None else ()
        if verb is None or any(t.clause_break_before or not t.text.islower() for t in between):
            continue
        entry = next(
            e for e in ctx.lexicons.speech.cues if e.subcategory == "noun" and e.pattern == tokens[k].norm
        )
        support = Hit("cue", entry, verb, verb + 1)
        source = subject(ctx.text, support, ctx.by_token, tokens, ctx.lexicons) or noun_phrase_subject(
            ctx.text, support, ctx.by_token, tokens, ctx.lexicons
        )
        if source is not None and source.kind in (*SPEAKING_KINDS, "pronoun"):
            noun = Hit("cue", entry, k, k + 1)
            return Claim(source, noun, trim(ctx.text, tokens[k + 1].end, ctx.sentence.end), "indirect",
                         "speech_noun_that")  # fmt: skip
    return None


def _source_at(ctx: SentenceContext, k: int) -> Mention | None:
    """A source mention starting at token ``k`` or right after its article ("from the US")."""
    for first in (k, k + 1):
        found = next((m for m in ctx.by_token.starting.get(first, ()) if m.kind in SPEAKING_KINDS), None)
        if found is not None:
            return found
    return None


def _that_after(ctx: SentenceContext, stop: int) -> int | None:
    """The token of "that" right after ``stop``, or after a ``copula`` ("is that"), in the same clause."""
    tokens = ctx.tokens
    for k in (stop, stop + 1):
        if k >= len(tokens) or (k > stop and tokens[stop].norm not in class_words(ctx.lexicons, "copula")):
            return None
        if tokens[k].norm == "that" and not tokens[k].clause_break_before:
            return k
    return None


@derived
def _nouns(lexicons: LexiconSet) -> frozenset[str]:
    """One-word speech nouns of ``sources/cues.tsv`` ("warnings", "assessment", "claims")."""
    return frozenset(e.pattern for e in lexicons.speech.cues if e.subcategory == "noun" and len(e.words) == 1)


def appearance(ctx: SentenceContext) -> Claim | None:
    """A claim that only seems so, "The economy seemed impervious": PolNeAR marks it with no source.

    PolNeAR train: 2 in 3 of "seemed to", "appeared to" and "appears to" are attributions, half of
    "seems" and "seemed"; a named subject makes it an intention ("Sanders seemed to mock"). The verbs are
    ``seem_form`` and ``appear_form`` of ``sources/word_classes.tsv``; "appear" only before an
    ``appear_complement`` ("to", "like", "that"; "appeared on Fox News" is no claim).
    """
    tokens = ctx.tokens
    seems, appear_forms = class_words(ctx.lexicons, "seem_form"), class_words(ctx.lexicons, "appear_form")
    for cue in ctx.cues:
        norm = tokens[cue.first].norm
        following = tokens[cue.stop].norm if cue.stop < len(tokens) else ""
        appears = norm in appear_forms and in_class(ctx.lexicons, following, "appear_complement")
        if cue.first not in ctx.used_cues and cue.stop == cue.first + 1 and (norm in seems or appears):
            ctx.used_cues.add(cue.first)
            return Claim(None, cue, trim(ctx.text, tokens[cue.first].end, ctx.sentence.end), "indirect",
                         "appearance")  # fmt: skip
    return None


def received_noun(ctx: SentenceContext) -> Claim | None:
    """Criticism its subject receives: "Trump has faced criticism from rivals", "drew sharp criticism from X".

    A ``receive_verb`` (faced, drew, came under) before a ``received_noun`` (criticism, complaints) makes
    the noun others' words about the subject, at most two lowercase words between ("faced public"): the
    source follows "from" or is not named. PolNeAR train: about 24 of 29 such nouns are gold cues.
    """
    tokens = ctx.tokens
    for cue in ctx.cues:
        if cue.first in ctx.used_cues or not _received(ctx, cue):
            continue
        ctx.used_cues.add(cue.first)
        source = _source_from(ctx, cue.stop)
        after = tokens[source.stop - 1].end if source is not None else tokens[cue.first].end
        return Claim(source, cue, trim(ctx.text, after, ctx.sentence.end), "indirect", "received_noun")
    return None


def _received(ctx: SentenceContext, cue: Hit) -> bool:
    """A one-word ``received_noun`` cue after a ``receive_verb`` and at most two lowercase words."""
    tokens = ctx.tokens
    if cue.stop - cue.first > 1 or not in_class(ctx.lexicons, tokens[cue.first].norm, "received_noun"):
        return False
    receives = class_words(ctx.lexicons, "receive_verb")  # "faced", "drew", and "came under" of two words
    verb = next(
        (
            v
            for v in range(cue.first - 1, max(0, cue.first - 3) - 1, -1)
            if tokens[v].norm in receives or (v > 0 and f"{tokens[v - 1].norm} {tokens[v].norm}" in receives)
        ),
        None,
    )
    between = tokens[verb + 1 : cue.first + 1] if verb is not None else ()
    return verb is not None and not any(t.clause_break_before or not t.text.islower() for t in between)


def _source_from(ctx: SentenceContext, k: int) -> Mention | None:
    """The source after "from" at token ``k`` ("criticism from Berlin"), unless a noun goes on after it.

    "from Silicon Valley executives": the name modifies the noun after it and is no source.
    """
    tokens = ctx.tokens
    if k + 1 >= len(tokens) or tokens[k].norm != "from":
        return None
    source = _source_at(ctx, k + 1)
    if source is None or source.stop >= len(tokens):
        return source
    following = tokens[source.stop]
    goes_on = following.text.islower() and following.norm not in ctx.lexicons.speech.function_words
    return None if goes_on and not following.clause_break_before else source


SentenceRule = Callable[[SentenceContext], Claim | None]
FALLBACK_RULES: tuple[SentenceRule, ...] = (
    speech_noun,
    speech_noun_that,
    colon_line,
    in_poll,
    appearance,
    received_noun,
)
