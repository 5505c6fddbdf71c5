"""Verb cues: a participle's source, passives, questions asked and sourceless verbs."""

from __future__ import annotations

import dataclasses
import re

from framing.attribution.base import DASHES, Mention, class_words, in_class, rstrip_end
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.attribution.inverted import inverted_subject
from framing.attribution.subjects import subject
from framing.match import Hit

AMOUNT = re.compile(r"\s+(?:(?:almost|about|nearly|over|some|another|up to|more than)\s+)?[£$€¥]?\d")
"""An amount right after a cue: what is pledged or offered is money or arms, not words."""


def unsourced(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A speech verb with no source in its sentence and its object right after it ("criticising Russia").

    An attribution without a source: the object is not the speaker.
    """
    tokens = ctx.tokens
    if cue.stop < len(tokens) and tokens[cue.stop].norm.endswith(("self", "selves")):
        return None  # "found itself": a reflexive object marks no speech
    if cue.first > 0 and ctx.lexicons.speech.function_words.get(tokens[cue.first - 1].norm) == "determiner":
        return None  # "a claim that ...": a noun, not a verb
    if _naming(ctx, cue):
        return None
    if (
        cue.first > 0
        and tokens[cue.first - 1].norm == "to"
        and in_class(ctx.lexicons, tokens[cue.first].norm, "sight_verb")
    ):
        return None  # "lining up to see Kasich", "has to show that he is ready": a sight or a proof to come
    finite = _finite_speech(ctx, cue)
    if not finite and not any(m.kind != "speech_noun" for m in ctx.by_token.starting.get(cue.stop, ())):
        return None
    ctx.used_cues.add(cue.first)
    content = trim(ctx.text, ctx.tokens[cue.stop - 1].end, ctx.sentence.end)
    return Claim(None, cue, content, "indirect", "verb_no_source")


NAMING_REACH = 4
"""The indefinite article of a named noun stands at most this many words before the participle."""


def _naming(ctx: SentenceContext, cue: Hit) -> bool:
    """A participle that names the noun before it: "a group called Black Votes Matter", "a firm dubbed X".

    A reduced relative after an indefinite noun phrase ("a company called", "a new super PAC called") gives
    a thing its name; no one speaks (news corpus: 26 such sentences, all names of things; PolNeAR train
    agrees: most sourceless "called" are no gold cue).
    """
    tokens = ctx.tokens
    first = tokens[cue.first]
    if cue.stop - cue.first > 1 or cue.first < 2 or first.clause_break_before:
        return False
    before = tokens[cue.first - 1]
    if not in_class(ctx.lexicons, first.norm, "naming_participle") or not before.text.islower():
        return False
    if ctx.lexicons.speech.function_words.get(before.norm) is not None or cue.first in ctx.by_token.ends:
        return False  # "who called", "a critic called Trump a liar": a subject, not the named noun
    for k in range(cue.first - 2, max(-1, cue.first - 1 - NAMING_REACH), -1):
        if in_class(ctx.lexicons, tokens[k].norm, "indefinite_article"):
            return _name_only(ctx, cue.stop)
        if tokens[k + 1].clause_break_before:
            break
    return False


def _name_only(ctx: SentenceContext, k: int) -> bool:
    """A capitalized name from token ``k`` with no second complement after it ("a critic called Trump a liar")."""
    tokens = ctx.tokens
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    while k < len(tokens) and (
        tokens[k].text[:1].isupper() or in_class(ctx.lexicons, tokens[k].norm, "postmodifier")
    ):
        k += 1
    if k == len(tokens):
        return True
    after = tokens[k]
    if any(ch in "“‘\"'" for ch in ctx.text[tokens[k - 1].end : after.start]):
        return False  # "called Trump “a psychopath”": what he is called, in someone's words
    return after.clause_break_before or not in_class(ctx.lexicons, after.norm, "article", "possessive")


def _finite_speech(ctx: SentenceContext, cue: Hit) -> bool:
    """A reporting verb in a finite form, "says" or "said", with no source found ("those surveyed say").

    Someone's words are reported even when the source is a phrase no rule reads; an infinitive, a
    participle, a noun ("the show") or a verb after an auxiliary ("can argue") may be no report at all.
    """
    tokens = ctx.tokens
    norm = tokens[cue.first].norm
    if (
        cue.entry.subcategory != "verb"
        or cue.stop - cue.first > 1
        or norm not in class_words(ctx.lexicons, "say_form")
    ):
        return False
    opens = cue.first == 0 or tokens[cue.first].clause_break_before
    if opens and tokens[cue.first].text[:1].isupper():
        return False  # "Said another way, ...", "Says who?", "Said argued that ...": no report
    # "close the door, say: no": an imperative; after a closing dash the aside before it ends and the
    # subject is further back ("Democrats — and some Republicans — say"), not after a paragraph's opening one
    before_cue = rstrip_end(ctx.text, tokens[cue.first].start)
    closing = before_cue > 0 and ctx.text[before_cue - 1] in DASHES
    if (
        norm == "say"
        and opens
        and not _after_aside(ctx, cue)
        and (not closing or before_cue - 1 <= ctx.layout.paragraph_start(ctx.sentence))
    ):
        return False
    before = tokens[cue.first - 1].norm if cue.first > 0 else ""
    return (
        not norm.endswith("ing") and before != "to" and ctx.lexicons.speech.function_words.get(before) is None
    )


def _after_aside(ctx: SentenceContext, cue: Hit) -> bool:
    """A "say" after the comma that closes an aside, its clause after it: "The hawks, like Rubio, say the troops ...".

    Two commas before it in the sentence (the aside's), and a clause after it: not "Well, say what you like",
    "If you earn, say £500 a week", "Go home, say nothing", "than, say, heroin" or "say: no".
    """
    tokens = ctx.tokens
    if cue.stop >= len(tokens) or tokens[cue.stop].clause_break_before:
        return False
    after = tokens[cue.stop]
    if in_class(ctx.lexicons, after.norm, "indefinite", "question_word") or not after.text[:1].isalpha():
        return False
    return ctx.text.count(",", ctx.sentence.start, tokens[cue.first].start) >= 2


QUESTION_REACH = 5
"""The question word may follow "asked" after an adjunct of at most this many words minus one."""


def _phrase_end(ctx: SentenceContext, k: int) -> int:
    """The end of a short noun phrase from ``k`` ("reporters", "a journalist"): up to a ``question_word``."""
    tokens = ctx.tokens
    questions = class_words(ctx.lexicons, "question_word")
    stop = k
    while stop < len(tokens) and stop - k < 4 and tokens[stop].norm not in questions:
        stop += 1
    return stop


def _question_follows(ctx: SentenceContext, k: int) -> bool:
    """A question word at ``k`` or after a short adjunct in the same clause ("Asked on Fox News who ...")."""
    tokens = ctx.tokens
    for i in range(k, min(len(tokens), k + QUESTION_REACH)):
        if i > k and tokens[i].clause_break_before:
            return False
        if tokens[i].norm in class_words(ctx.lexicons, "question_word"):
            return True
    return False


def asked(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A question put to someone, "Asked whether ...", "When asked about ...", "X was asked by Y".

    "asked" with no subject before it (at the sentence or clause start, after a ``question_opener`` such as
    "when" or a ``be_form``) reports the asker's words: the asker is the agent after "by", else unnamed (no
    source). The one asked answers in a claim of its own; the question opens with a ``question_word``.
    """
    tokens = ctx.tokens
    if tokens[cue.first].norm != "asked" or cue.first in ctx.used_cues:
        return None
    k = cue.first - 1
    be_forms = class_words(ctx.lexicons, "be_form")
    while k >= 0 and tokens[k].norm in be_forms and not tokens[k + 1].clause_break_before:
        k -= 1
    openers = class_words(ctx.lexicons, "question_opener")
    if not (k < 0 or tokens[k + 1].clause_break_before or tokens[k].norm in openers or k < cue.first - 1):
        return None
    if cue.stop < len(tokens) and tokens[cue.stop].norm == "to":
        return None  # "was asked to resign": a request, not a question
    agent, after = None, cue.stop
    if cue.stop + 1 < len(tokens) and tokens[cue.stop].norm == "by":
        agent = next(iter(ctx.by_token.starting_in(cue.stop + 1, cue.stop + 3)), None)
        after = agent.stop if agent is not None else _phrase_end(ctx, cue.stop + 1)
    questions = class_words(ctx.lexicons, "question_word")
    about = cue.stop - cue.first > 1 and tokens[cue.stop - 1].norm in questions  # "was asked about"
    if after < len(tokens) and not about and not _question_follows(ctx, after):
        return None  # "Why is the war going on, asked Putin.": an inverted cue whose source follows
    ctx.used_cues.add(cue.first)
    end = tokens[after - 1].end
    clause = next((t.start for t in tokens[cue.stop :] if t.clause_break_before), ctx.sentence.end)
    content = trim(ctx.text, end, clause if clause > end + 1 else ctx.sentence.end)
    return Claim(agent, cue, content, "indirect", "asked")


def after_time(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source after an inverted cue and a time: "..., said on Friday Foreign Minister Sergei Lavrov"."""
    tokens, k = ctx.tokens, cue.stop
    k += k < len(tokens) and ctx.lexicons.speech.function_words.get(tokens[k].norm) == "preposition"
    stop = k
    if stop < len(tokens) and in_class(ctx.lexicons, tokens[stop].norm, "time_word"):
        stop += 1  # a weekday or a month, never a source itself
    if stop == k:
        return None
    found = inverted_subject(
        ctx.text, dataclasses.replace(cue, stop=stop), ctx.by_token, tokens, ctx.lexicons
    )
    if found is None and k < stop:
        # the date may open the name's capitalized run ("on Friday Foreign Minister Sergei Lavrov"): the
        # source is the run without it, so that its span and name hold no weekday ("Friday Russia")
        found = inverted_subject(
            ctx.text, dataclasses.replace(cue, stop=k), ctx.by_token, tokens, ctx.lexicons
        )
        if found is None or found.stop <= stop:
            return None
        start = tokens[stop].start
        name = found.name.split(maxsplit=1)[-1] if found.name.startswith(tokens[k].text) else found.name
        found = dataclasses.replace(
            found, first=stop, start=start, text=ctx.text[start : found.end], name=name
        )
    return found


def raising(ctx: SentenceContext, cue: Hit) -> bool:
    """A *seem* or *appear* cue: its subject is its topic, no source ("Carson appears to be slipping").

    PolNeAR train: 188 of 235 such cues have no source; the claim is the author's.
    """
    forms = class_words(ctx.lexicons, "seem_form") | class_words(ctx.lexicons, "appear_form")
    return any(token.norm in forms for token in ctx.tokens[cue.first : cue.stop])


def subject_before_channel(ctx: SentenceContext, cue: Hit) -> Mention | None:
    """The source before a channel that stands between it and the cue: "The ministry in a statement said".

    The channel ("in a joint statement", "in a briefing") and a preposition and article before it are an
    adjunct, as a time adjunct is ("Biden on Thursday said"); so is a medium after it ("Hakeem Jeffries in
    an interview with CBS said").
    """
    tokens, function_words = ctx.tokens, ctx.lexicons.speech.function_words
    stop = cue.first
    medium = ctx.by_token.ends.get(stop)  # "in an interview with CBS said": the medium ends the adjunct
    if medium is not None and stop not in ctx.channel_ends:
        k = medium.first - 1
        k -= int(k > 0 and function_words.get(tokens[k].norm) == "determiner")
        stop = k if k > 0 and in_class(ctx.lexicons, tokens[k].norm, "medium_preposition") else stop
    first = ctx.channel_ends.get(stop)
    if first is None:
        return None
    while first > 1 and function_words.get(tokens[first - 1].norm) in ("determiner", "possessive"):
        first -= 1
    if function_words.get(tokens[first].norm) != "preposition":  # the channel may hold it: "in an interview"
        first -= 1
    if first < 1 or function_words.get(tokens[first].norm) != "preposition":
        return None  # "a traditional Amnesty letter writing campaign": no adjunct
    return subject(ctx.text, dataclasses.replace(cue, first=first), ctx.by_token, ctx.tokens, ctx.lexicons)
