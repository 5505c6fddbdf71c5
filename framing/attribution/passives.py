"""Cues in the passive: their subject is the topic, and an agent after "by" may be the speaker.

"Kerry's remarks were later widely condemned by ...", "Residents were told by officials that ...",
"Trump has been criticized by some of his rivals for ..." (:func:`framing.attribution.rules.verb`).
"""

from __future__ import annotations

import dataclasses
import re

from framing.attribution.base import Mention, class_words, in_class, make_mention
from framing.attribution.content import trim
from framing.attribution.context import Claim, SentenceContext
from framing.match import Hit

RELATIVE_REACH = 8
"""How far before a cue a relative pronoun may be its fronted object ("which the US Secretary of State described as")."""


def passive(ctx: SentenceContext, cue: Hit) -> bool:
    """A cue in the passive ("Kerry's remarks were later widely condemned by ..."): its subject is the topic.

    A ``be_form`` ("were condemned") makes a participle cue passive; so does a ``judged_preposition`` right
    after a ``judging_verb`` participle, which takes its object first when active ("Hungary accused Russia of"):
    "more than a dozen Chinese entities accused of helping Moscow", "a minister criticised for ...".
    """
    norm = ctx.tokens[cue.first].norm
    # "Residents were not told to evacuate": the subject of a passive "told" is the hearer, not a source.
    told = in_class(ctx.lexicons, norm, "addressee") and not norm.endswith(("s", "ing"))
    return _reduced(ctx, cue) or ((norm.endswith("ed") or told) and _be_before(ctx, cue))


def _reduced(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``judging_verb`` participle right before a preposition: a reduced passive ("accused of")."""
    norm = ctx.tokens[cue.first].norm
    return (
        norm.endswith("ed") and in_class(ctx.lexicons, norm, "judging_verb") and _preposition_next(ctx, cue)
    )


def _be_before(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``be_form`` before the cue, adverbs and a negation between ("were later widely condemned")."""
    tokens = ctx.tokens
    k = cue.first - 1
    function_words = ctx.lexicons.speech.function_words
    while k >= 0 and (
        tokens[k].norm.endswith("ly") or function_words.get(tokens[k].norm) in ("adverb", "negation")
    ):
        k -= 1
    return (
        k >= 0
        and tokens[k].norm in class_words(ctx.lexicons, "be_form")
        and not tokens[k + 1].clause_break_before
    )


def reduced_passive(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A judging participle in a reduced relative without an agent: a claim whose source is not given.

    "A Turkish movement accused of illegally financing travel may have ...", "FDIC Accused Of Covering Up
    China Hacking": someone's accusation is reported, but the subject is its target, never its source.
    """
    tokens = ctx.tokens
    if not _reduced(ctx, cue) or _be_before(ctx, cue):
        return None  # a passive with "be" and no agent stays no claim ("his remarks were condemned")
    ctx.used_cues.add(cue.first)
    return Claim(
        None, cue, trim(ctx.text, tokens[cue.stop - 1].end, ctx.sentence.end), "indirect", "verb_no_source"
    )


def _preposition_next(ctx: SentenceContext, cue: Hit) -> bool:
    """The word right after the cue, in its clause, is a ``judged_preposition`` ("accused of", "praised for").

    Not when a relative pronoun in the cue's clause is its object: "which Mr Bez described as", "whom
    he described as", "what Blinken described as" are active.
    """
    tokens = ctx.tokens
    after = tokens[cue.stop] if cue.stop < len(tokens) else None
    if (
        after is None
        or after.clause_break_before
        or not in_class(ctx.lexicons, after.norm, "judged_preposition")
    ):
        return False
    k = cue.first
    while k > 0 and not tokens[k].clause_break_before and cue.first - k < RELATIVE_REACH:
        k -= 1
        if in_class(ctx.lexicons, tokens[k].norm, "relative"):
            return False
    return True


def judged_by(ctx: SentenceContext, cue: Hit) -> bool:
    """A passive judging cue with "by" in reach: 'was dubbed “a disaster” by critics' is the critics' judgement.

    The quotation next to it is the judgement's words, not a quotation the cue introduces.
    """
    judging = in_class(ctx.lexicons, ctx.tokens[cue.first].norm, "judging_verb")
    return judging and passive(ctx, cue) and _by_after(ctx, cue) is not None


def passive_agent(ctx: SentenceContext, cue: Hit) -> Claim | None:
    """A passive speech verb with its agent: "Residents were told by officials that the water was safe".

    An ``addressee`` verb or a ``judging_verb`` ("Trump has been criticized by his rivals for ..."): the
    agent after "by" is the source and what follows it the content; without an agent, no claim. Not
    after a claim with a source in the sentence: "“He was condemned by the UN,” he added", "He said he
    had been told by a head of state that ...", "condemned by Republicans including Haley, who tweeted
    “...”" report what the speaker says others said; so may a passive before a speech verb in a later
    clause ("... was condemned by the UN General Assembly," he added).
    """
    tokens = ctx.tokens
    speaking = ("addressee", "addressee_uninverted", "judging_verb")
    if not in_class(ctx.lexicons, tokens[cue.first].norm, *speaking) or cue.stop + 1 >= len(tokens):
        return None
    if ctx.last_source is not None or _later_speech(ctx, cue):
        return None
    by = _by_after(ctx, cue)
    if by is None:
        return None
    agent = _agent(ctx, by + 1)
    if agent is None or agent.kind in ("pronoun", "place"):
        return None
    ctx.used_cues.add(cue.first)
    return Claim(agent, cue, trim(ctx.text, agent.end, ctx.sentence.end), "indirect", "passive_agent")


COMPLEMENT_REACH = 4
"""At most this many words of a complement between a judging verb and "by" ("branded “deeply irresponsible” by")."""


def _by_after(ctx: SentenceContext, cue: Hit) -> int | None:
    """Where "by" stands after a passive cue: right after it, or after a short complement in its clause.

    "was branded “deeply irresponsible” by the Liberal Democrats", "was branded a liar by X".
    """
    tokens = ctx.tokens
    for k in range(cue.stop, min(len(tokens) - 1, cue.stop + COMPLEMENT_REACH + 1)):
        if k > cue.stop and _CLAUSE_BREAK.search(ctx.text, tokens[k - 1].end, tokens[k].start):
            return None  # quote marks do not end the clause: they hold the complement
        if tokens[k].norm == "by":
            return k
    return None


# Token.clause_break_before (framing.tokenize) without its quote marks: here a quotation is the complement
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]\u2013\u2014]|\s-\s|--")


AGENT_REACH = 4
"""The agent's head starts at most this many words after "by" ("by a female Breitbart reporter")."""


def _agent(ctx: SentenceContext, k: int) -> Mention | None:
    """The agent from token ``k``, in its clause: "officials", "some of his rivals", "many Wall Street players".

    A ``quantifier`` alone ("some", "many") widens over the mention after it, which names the agent.
    """
    tokens = ctx.tokens
    found = [
        m
        for m in ctx.by_token.starting_in(k, k + AGENT_REACH)
        if not any(t.clause_break_before for t in tokens[k : m.first + 1])
    ]
    if not found:
        return None
    agent = found[0]
    words = ctx.lexicons.speech.function_words
    # "Scotland coach Matt Williams", "Russia's Vladimir Putin": the name at the phrase's end speaks
    head = next((m for m in found[1:] if m.kind in ("person", "name") and m.first - agent.stop <= 1), None)
    if head is not None and all(words.get(t.norm) is None for t in tokens[agent.stop : head.first]):
        return dataclasses.replace(
            head, first=agent.first, start=agent.start, text=ctx.text[agent.start : head.end]
        )
    if agent.stop - agent.first > 1 or not in_class(ctx.lexicons, tokens[agent.first].norm, "quantifier"):
        return agent
    head = next((m for m in found if m.first >= agent.stop and m.kind not in ("pronoun", "place")), None)
    if head is not None:  # "some of the senators": the senators speak, the span holds the whole phrase
        return dataclasses.replace(
            head, first=agent.first, start=agent.start, text=ctx.text[agent.start : head.end]
        )
    # "some of his rivals", "many Wall Street players": the phrase up to a word of another class
    stop = agent.stop
    while stop < len(tokens) and stop - agent.first <= AGENT_REACH and not tokens[stop].clause_break_before:
        if tokens[stop].norm != "of" and words.get(tokens[stop].norm) not in (None, "determiner", "pronoun"):
            break
        stop += 1
    head_first = next((j for j in range(agent.stop, stop) if words.get(tokens[j].norm) is None), stop)
    if head_first >= stop or tokens[head_first].norm == "of":
        return agent
    name = ctx.text[tokens[head_first].start : tokens[stop - 1].end]  # the speaker: "rivals", not "some"
    return make_mention(ctx.text, tokens, agent.first, stop, "role", name=name)


def _later_speech(ctx: SentenceContext, cue: Hit) -> bool:
    """A speech verb that opens a later clause, or follows its opening subject: '..., he added'."""
    tokens = ctx.tokens
    return any(
        other.first > cue.stop
        and other.entry.subcategory == "verb"
        and (tokens[other.first].clause_break_before or tokens[other.first - 1].clause_break_before)
        for other in ctx.cues
    )
