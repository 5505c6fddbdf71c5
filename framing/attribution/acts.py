"""Cues that do something rather than report words: a call, a declared act, an aside, a request for anonymity.

"Mr. Obama called Naghmeh Abedini", "Her school called the police"; "Moldova declared independence"; "A
senior official, speaking on condition of anonymity, said ..." (the aside before the verb that reports);
"a US official, who asked not to be named, said ...". The verb rule asks :func:`no_words` through
:func:`framing.attribution.readings.nothing_reported` before it looks for a source.
"""

from __future__ import annotations

from framing.attribution.base import in_class
from framing.attribution.context import SentenceContext
from framing.match import Hit
from framing.quotes import DOUBLE_OPEN, SINGLE_OPEN

ASIDE_TAIL = 3
"""Words after a participle aside's cue before its closing comma ("speaking to reporters in Kyiv,")."""
QUOTE_OPENERS = (*DOUBLE_OPEN, *SINGLE_OPEN, '"')
"""Marks that open a quotation after a called service: its complement in someone's words."""
DECLARED_ACT_REACH = 5
"""Words from a declaring verb to the act it declares ("declared a national state of emergency")."""


def no_words(ctx: SentenceContext, cue: Hit) -> bool:
    """Whether the cue is a call, a declared act, an aside before the reporting verb or a request for anonymity."""
    return _phone_call(ctx, cue) or _aside(ctx, cue) or _anonymity(ctx, cue) or _declared_act(ctx, cue)


def _declared_act(ctx: SentenceContext, cue: Hit) -> bool:
    """A verb of class ``declaring`` whose object is an act (class ``declared_act``): no words reported.

    "Moldova declared independence from the USSR", "declared a state of emergency", "declared a quarterly
    dividend": the subject acts; "declared that ..." and "declared the vote a fraud" report words.
    """
    tokens, words = ctx.tokens, ctx.lexicons.speech.function_words
    if not in_class(ctx.lexicons, tokens[cue.stop - 1].norm, "declaring"):
        return False
    noun = False  # a content word seen: "of" may go on its phrase ("a state of emergency")
    for token in tokens[cue.stop : cue.stop + DECLARED_ACT_REACH]:
        if in_class(ctx.lexicons, token.norm, "declared_act"):
            return True
        kind = words.get(token.norm)
        opens_clause = in_class(ctx.lexicons, token.norm, "relative")  # "declared that the war was over"
        of_phrase = noun and in_class(ctx.lexicons, token.norm, "postmodifier")
        if (token.clause_break_before and token is not tokens[cue.stop]) or opens_clause:
            return False
        if kind not in (None, "determiner") and not of_phrase:
            return False  # "announced on Tuesday that ...": no direct object
        noun = noun or kind is None
    return False


def _aside(ctx: SentenceContext, cue: Hit) -> bool:
    """A participle cue set off by commas right before the verb cue that carries the words.

    "A senior official, speaking on condition of anonymity, said the strikes would go on": one claim, said's;
    the aside would report ", said the strikes ..." as its own content.
    """
    tokens = ctx.tokens
    if not tokens[cue.first].norm.endswith("ing") or not tokens[cue.first].clause_break_before:
        return False
    end = next((k for k in range(cue.stop, len(tokens)) if tokens[k].clause_break_before), None)
    return (
        end is not None
        and end - cue.stop <= ASIDE_TAIL
        and any(c.first == end and c.entry.subcategory == "verb" for c in ctx.cues)
    )


def _anonymity(ctx: SentenceContext, cue: Hit) -> bool:
    """A request not to be named ("a US official, who asked not to be named, said"): no words reported."""
    rest = ctx.tokens[cue.stop : cue.stop + 4]  # negation, "to", a form of "be", the participle
    words = ctx.lexicons.speech.function_words
    return (
        len(rest) == 4
        and words.get(rest[0].norm) == "negation"
        and words.get(rest[1].norm) == "preposition"
        and in_class(ctx.lexicons, rest[2].norm, "be_form")
        and in_class(ctx.lexicons, rest[3].norm, "anonymity_word")
    )


def _phone_call(ctx: SentenceContext, cue: Hit) -> bool:
    """A ``phone_verb`` with a person as its only object: a call, no words.

    "Mr. Obama called Naghmeh Abedini.", "she called Sanders to congratulate him", "Eric Trump called.",
    "called into the show". "called Trump a liar", "called him “a psychopath”" name him in someone's
    words: a complement follows the object.
    """
    tokens = ctx.tokens
    if cue.stop - cue.first != 1 or not in_class(ctx.lexicons, tokens[cue.first].norm, "phone_verb"):
        return False
    if cue.first > 0 and tokens[cue.first - 1].text.endswith(("'s", "’s")):
        return False  # "the union's call", "backed TCI's call": its demand, not a phone call
    k = cue.stop
    if k < len(tokens) and not tokens[k].clause_break_before:
        if tokens[k].norm == "into":
            return True
        service = k + int(in_class(ctx.lexicons, tokens[k].norm, "article") and k + 1 < len(tokens))
        kinds = ("person", "name", "pronoun")
        person = next((m for m in ctx.by_token.starting.get(k, ()) if m.kind in kinds), None)
        if in_class(ctx.lexicons, tokens[service].norm, "emergency_service"):
            # "Her school called the police, who ...", "called an ambulance": a call for help, unless a
            # complement names the service in someone's words ("called the police a disgrace")
            k = service + 1
            quoted = k < len(tokens) and any(
                m in ctx.text[tokens[k - 1].end : tokens[k].end] for m in QUOTE_OPENERS
            )
            if k == len(tokens) or (tokens[k].clause_break_before and not quoted):
                return (
                    True  # not "called the police “incompetent”": a quotation names them in someone's words
                )
        elif person is None:
            return False
        else:
            k = person.stop
    if k == len(tokens):
        return True  # "Eric Trump called."
    if tokens[k].clause_break_before:
        return False  # "called him “unhinged”", "called Cruz, who was in Iowa, a liar"
    after = tokens[k].norm
    infinitive = after == "to" and k + 1 < len(tokens) and tokens[k + 1].text.islower()
    # "called Sanders shortly after", "called him and asked"; not "called Cruz and Rubio liars"
    ending = (
        in_class(ctx.lexicons, after, "call_ending") and k + 1 < len(tokens) and tokens[k + 1].text.islower()
    )
    return infinitive or ending
