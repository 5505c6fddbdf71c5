"""A subject shared by coordinated verbs: "Russia exerted pressure, applied gas blackmail, and obstructed ...".

Without a parser, a coordination is read from word forms (-ed, -ing, -s and a few irregular pasts). A harm
word belongs to a later conjunct when a verb opens its phrase right after a ``verb_coordinator`` ("and",
"or"; classes are those of ``sources/word_classes.tsv``) or a comma: the harm
verb itself ("..., destroyed the balance", "... and killed") or a verb at most :data:`HEAD_GAP` words before
a harm noun, with no preposition, actor or clause word between ("..., applied gas blackmail"). A
participle after a comma ("..., killing five") counts only when it is itself a physical harm
(:data:`PARTICIPLE_HARM`): participles of other verbs mostly name a consequence of the whole clause
("..., heightening tension"). A past form after a comma that a preposition follows ("Hassan, kidnapped in
Iraq") is a reduced passive, not a conjunct.

Its agent is the subject of the first verb of the chain: the nearest actor, going back, at the start of
its clause (not after a preposition or a verb: "the city of Harbin killed", "struck southwest Japan"), not
a possessive (an ``agent_possessive`` such as "his" or a name in 's), and followed by a verb of the same form ("Russia exerted", "he opened"). No new subject may
intervene: every comma crossed must open a verb too, and a past verb whose subject is not such an actor
("the city burned") ends the search, as do a boundary word ("said", "that", "which"), other clause
punctuation, and a passive subject ("Kyiv was attacked and ...": the target; a ``be_form`` or a
``passive_get`` before a past form).
"""

from __future__ import annotations

from framing.agency.index import (
    BOUNDARIES,
    CHAIN_ENDS,
    SHARED_WINDOW,
    Agent,
    Clauses,
    ending_at,
    written_possessive,
)

HEAD_GAP = 2
"""Words that may stand between the verb that opens a conjunct and its harm noun ("applied gas blackmail")."""
PARTICIPLE_HARM = frozenset({"attack", "violence", "damage", "harm"})
"""Harm that a participle after a comma may be ("..., killing five", "..., destroying equipment")."""
OBJECT_HARM_EXCLUDED = frozenset({"warning", "conflict"})
"""Harm nouns that a coordinated verb does not do to them ("looked threatening", "visiting conflict areas")."""
_SKIPPABLE = ("auxiliary", "adverb", "negation")
_CLAUSE_OPENERS = ("conjunction", "adverb", "auxiliary")


def conjunct_head(clauses: Clauses, first: int, subcategory: str) -> tuple[int, str, bool] | None:
    """The verb that opens the conjunct of the harm word at ``first``: (index, form, after a comma)."""
    tokens = clauses.tokens
    kind = subcategory.rsplit("/", 1)[-1]
    for v in range(first, max(-1, first - HEAD_GAP - 2), -1):
        if v < first and (kind in OBJECT_HARM_EXCLUDED or not _inside_phrase(clauses, v + 1)):
            return None
        form = _form(tokens[v].norm, clauses)
        if form is None or v in clauses.stops or clauses.function_words.get(tokens[v].norm):
            continue
        if tokens[v].norm in clauses.speech or _next_is(clauses, v, ("preposition",)):
            return None  # "..., warning that": speech; "..., backed by", "kidnapped in": a participle
        if tokens[v].clause_break_before:
            participle = form == "ing" and (v < first or kind not in PARTICIPLE_HARM)
            return None if participle or not _comma(clauses, v) else (v, form, True)
        before = v - 1
        if before > 0 and clauses.function_words.get(tokens[before].norm) == "adverb":
            before -= 1  # "and then seized"
        if before > 0 and tokens[before].norm in clauses.classes["verb_coordinator"]:
            return v, form, False
    return None


def shared_subject(clauses: Clauses, head: tuple[int, str, bool]) -> tuple[Agent | None, str]:
    """The subject of the first verb of the chain that ``head`` continues, if it is an actor."""
    tokens = clauses.tokens
    v, form, after_comma = head
    start = v
    if not after_comma:
        start = v - 1 if tokens[v - 1].norm in clauses.classes["verb_coordinator"] else v - 2  # "and then"
    for j in range(start - 1, max(-1, start - 1 - SHARED_WINDOW), -1):
        crossed = j + 1
        if tokens[crossed].clause_break_before and not (
            _comma(clauses, crossed) and _opens_conjunct(clauses, crossed)
        ):
            return None, ""
        if clauses.stops.get(j) in CHAIN_ENDS:
            return None, ""  # not a verb_boundary ("recalled"): the chain's first verb, its subject shared
        agent = ending_at(clauses.agents, j)
        if agent is not None:
            verb = _subject_verb(clauses, agent)
            if verb == "passive" or (verb is not None and not _parallel(form, after_comma, verb)):
                return None, ""
            if verb is not None:
                return agent, "rule: subject shared by coordinated verbs"
            continue
        if _other_subject(clauses, j):
            return None, ""
    return None, ""


def _inside_phrase(clauses: Clauses, i: int) -> bool:
    """Token ``i`` may stand between a conjunct's verb and its harm word ("gas" in "applied gas blackmail")."""
    token = clauses.tokens[i]
    return not (
        token.clause_break_before
        or i in clauses.stops
        or clauses.function_words.get(token.norm) in ("preposition", "conjunction")
        or i in clauses.covered
    )


def _next_is(clauses: Clauses, i: int, classes: tuple[str, ...]) -> bool:
    nxt = i + 1
    return (
        nxt < len(clauses.tokens)
        and not clauses.tokens[nxt].clause_break_before
        and clauses.function_words.get(clauses.tokens[nxt].norm) in classes
    )


def _comma(clauses: Clauses, i: int) -> bool:
    return clauses.gaps[i].strip() == ","


def _opens_conjunct(clauses: Clauses, i: int) -> bool:
    """Token ``i`` (after a comma) opens a verb conjunct: "..., applied", "..., and obstructed"."""
    tokens = clauses.tokens
    if tokens[i].norm in clauses.classes["verb_coordinator"] and i + 1 < len(tokens):
        i += 1
    norm = tokens[i].norm
    return (
        _form(norm, clauses) is not None
        and not clauses.function_words.get(norm)
        and norm not in clauses.speech
    )


def _form(norm: str, clauses: Clauses) -> str | None:
    """The verb form a word may have, from its ending: past, ing or present (-s); None otherwise."""
    irregular = norm in clauses.classes["irregular_past"]  # "struck", "took"
    if irregular or (norm.endswith("ed") and len(norm) > 4 and not norm.endswith("eed")):
        return "past"
    if norm.endswith("ing") and len(norm) > 5:
        return "ing"
    if norm.endswith("s") and len(norm) > 3 and not norm.endswith(("ss", "us", "is", "'s")):
        return "present"
    return None


def _subject_verb(clauses: Clauses, agent: Agent) -> str | None:
    """The form of the verb right after ``agent`` (over auxiliaries and adverbs), if it is its subject."""
    tokens = clauses.tokens
    if (
        agent.kind == "demonym"
        or tokens[agent.first].norm in clauses.classes["agent_possessive"]
        or written_possessive(tokens, agent)
        or not _subject_position(clauses, agent)
    ):
        return None
    aux: list[str] = []
    k = agent.stop
    while k < len(tokens) and len(aux) < 3 and clauses.function_words.get(tokens[k].norm) in _SKIPPABLE:
        if tokens[k].clause_break_before:
            return None
        aux.append(tokens[k].norm)
        k += 1
    if (
        k >= len(tokens)
        or tokens[k].clause_break_before
        or k in clauses.agents
        or clauses.stops.get(k)
        not in (None, "verb_boundary")  # "Russia said": a speaker; "Moscow recalled" acts
    ):
        return None  # "Army soldiers": a second actor, not a verb; "Russia said": a speaker
    form = _form(tokens[k].norm, clauses)
    classes = clauses.classes
    if (classes["be_form"] | classes["passive_get"]) & set(aux) and form in ("past", "ing"):
        return "passive" if form == "past" else "progressive"
    return form


def _subject_position(clauses: Clauses, agent: Agent) -> bool:
    """Whether ``agent`` opens its clause: not the object of a preposition or a verb ("city of Harbin")."""
    tokens = clauses.tokens
    k = agent.first - 1
    for _ in range(4):
        if k < 0 or tokens[k + 1].clause_break_before or clauses.stops.get(k) in BOUNDARIES:
            return True
        word_class = clauses.function_words.get(tokens[k].norm)
        if word_class == "preposition":
            return False
        coordinator = tokens[k].norm in clauses.classes["verb_coordinator"]
        if word_class in _CLAUSE_OPENERS or coordinator or tokens[k].text[:1].isdigit():
            return True
        if (
            word_class is None
            and ending_at(clauses.agents, k) is None
            and _form(tokens[k].norm, clauses) is not None
        ):
            return False  # a verb before it: "struck southwest Japan"
        k -= 1
    return True


def _parallel(form: str, after_comma: bool, subject_form: str) -> bool:
    """Whether the conjunct's verb continues the subject's: same form, or a participle after a comma."""
    if form == "ing" and after_comma:
        return subject_form in ("past", "present", "progressive")
    if form == "ing":
        return subject_form in ("ing", "progressive")
    return form == subject_form


def _other_subject(clauses: Clauses, j: int) -> bool:
    """A past verb at ``j`` whose subject is not an actor that opens its clause ("the city burned")."""
    tokens = clauses.tokens
    if _form(tokens[j].norm, clauses) != "past" or j == 0 or tokens[j].clause_break_before:
        return False
    k = j - 1
    while k > 0 and clauses.function_words.get(tokens[k].norm) in _SKIPPABLE:
        k -= 1
    agent = ending_at(clauses.agents, k)
    if agent is not None:
        return _subject_verb(clauses, agent) is None
    coordinator = tokens[k].norm in clauses.classes["verb_coordinator"]
    return not coordinator and not clauses.function_words.get(tokens[k].norm)
