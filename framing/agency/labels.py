"""Whether an actor right before a harm word is its agent or a label: "Russia attacked" vs "the Ukraine invasion".

A state or name right before a harm noun mostly labels it by place or topic; it acts when the word is its
verb (an -ed form, or an -s form before an object) or when the harm's target follows the noun ("the U.S.
attack on Iran"). Also the word shapes that make an actor or a harm word no tie at all: an actor that is a
preposition's object ("contacts with Russia"), a harm word that modifies the noun after it ("a crime
group"). Read by :mod:`framing.agency.ties`.
"""

from __future__ import annotations

from framing.agency.index import Agent, Clauses
from framing.tokenize import Token


def present_verb(clauses: Clauses, agent: Agent, first: int, stop: int) -> bool:
    """An -s harm word right after a bare actor and before its object is the actor's verb.

    "If Russia attacks Ukraine", "China attacks Taiwan", "Israel strikes the port", "Russia poses a threat"
    (the object inside the match): an object follows (an
    actor, a determiner or a pronoun); or the clause ends after it and opens with a subordinator ("if
    Russia attacks, ..."). A label has neither, and mostly an article before it: "the Leningrad attacks
    killed", "Kremlin attacks on the press".
    """
    tokens = clauses.tokens
    if not tokens[first].norm.endswith("s"):
        return False
    if stop - first > 1:
        # "Russia poses a threat": an article inside the match makes its first word a verb with its object;
        # its subject is no preposition's object ("A war with Russia poses a threat": the war does)
        before = clauses.function_words.get(tokens[agent.first - 1].norm) if agent.first > 0 else None
        return clauses.function_words.get(tokens[first + 1].norm) == "determiner" and before != "preposition"
    before = agent.first - 1
    if before >= 0 and clauses.function_words.get(tokens[before].norm) == "determiner":
        return False
    if stop >= len(tokens) or tokens[stop].clause_break_before:
        # No object, but a subordinator opens the clause: "If Russia attacks, we will unite the world".
        return (
            before >= 0
            and clauses.stops.get(before) == "boundary"
            and clauses.function_words.get(tokens[before].norm) == "conjunction"
        )
    return object_follows(clauses, stop)


def verb_with_object(clauses: Clauses, first: int, stop: int) -> bool:
    """A one-word -s harm word with an object after it is a verb, whatever stands before it: "the military attacks the village"."""
    return stop - first == 1 and clauses.tokens[first].norm.endswith("s") and object_follows(clauses, stop)


def object_follows(clauses: Clauses, stop: int) -> bool:
    """An object right after a harm word: an actor, a determiner or a pronoun ("attacks the village")."""
    tokens = clauses.tokens
    if stop >= len(tokens) or tokens[stop].clause_break_before:
        return False
    following = tokens[stop].norm
    return stop in clauses.agents or (
        # a relative word opens a clause, no object: "the Leningrad attacks that ..." (word class ``relative``)
        clauses.function_words.get(following) in ("determiner", "pronoun")
        and following not in clauses.classes["relative"]
    )


def targeted(clauses: Clauses, stop: int) -> bool:
    """A ``target_preposition`` right after the harm noun, and no number after it: the harm's target follows.

    "the U.S. attack on Iran", "Russia invasion of Ukraine", "NATO aggression against Russia": with its
    target named after it, the state before the harm noun is the attacker, not the place the noun is
    labelled by ("the Ukraine invasion"); a date after the preposition keeps the label: a number ("the
    Ukraine invasion of 2022"), a ``time_word`` ("the Syria attack on Monday", "on February 24"), a
    ``time_noun`` after determiners ("on this day") or after a ``time_opener`` ("of last year").
    """
    tokens = clauses.tokens
    if stop >= len(tokens) or tokens[stop].clause_break_before:
        return False
    if tokens[stop].norm not in clauses.classes["target_preposition"]:
        return False
    after = stop + 1
    while after < len(tokens) and clauses.function_words.get(tokens[after].norm) == "determiner":
        after += 1
    if after >= len(tokens) or tokens[after].clause_break_before:
        return False
    return not _date(clauses, after)


def _date(clauses: Clauses, k: int) -> bool:
    """Whether the words from token ``k`` name a date or a time: 2022, Monday, February 24, last year."""
    tokens, classes = clauses.tokens, clauses.classes
    norm = tokens[k].norm
    if norm[:1].isdigit() or norm in classes["time_word"] or norm in classes["time_noun"]:
        return True
    return (
        norm in classes["time_opener"]
        and k + 1 < len(tokens)
        and not tokens[k + 1].clause_break_before
        and tokens[k + 1].norm in classes["time_noun"]
    )


def verb_like(norm: str, clauses: Clauses) -> bool:
    """Whether a harm word reads as the verb of the actor right before it (an -ed form, or a ``harm_verb_s``)."""
    # Without a tagger: an -ed form reads as the verb of the actor before it ("Russia attacked"); an -s
    # form is as often a plural noun ("the Leningrad attacks") as a verb, so it counts only when it is
    # no noun ("the West destroys peace": sources/word_classes.tsv, harm_verb_s).
    return norm.endswith("ed") or norm in clauses.classes["harm_verb_s"]


def modifies_noun(clauses: Clauses, stop: int) -> bool:
    """Whether a lowercase content word follows in the same clause: the harm word is its modifier."""
    if stop >= len(clauses.tokens) or clauses.tokens[stop].clause_break_before:
        return False
    following = clauses.tokens[stop]
    return _content_word(clauses, following) and not verb_like(
        following.norm, clauses
    )  # not "crimes shocked"


def object_of_preposition(clauses: Clauses, agent: Agent) -> bool:
    """The actor is the object of a preposition (an article may stand between).

    After an ``absolute_preposition`` ("with") a verb in -ing makes it the subject of an absolute clause
    ("with Russia launching missiles", "With Putin now increasingly looking to weaponize gas"), not an
    object ("contacts with Russia and refuses to join the sanctions").
    """
    tokens = clauses.tokens
    before = agent.first - 1
    if before >= 0 and tokens[before].norm in clauses.classes["article"]:
        before -= 1
    if before < 0 or tokens[before].norm not in clauses.classes["object_preposition"]:
        return False
    if tokens[before].norm not in clauses.classes["absolute_preposition"]:
        return True
    k = agent.stop
    while k < len(tokens) and (
        clauses.function_words.get(tokens[k].norm) == "adverb" or tokens[k].norm.endswith("ly")
    ):
        k += 1
    # "Trade with China following the bombing": an -ing preposition is no verb of an absolute clause
    gerund = k < len(tokens) and tokens[k].norm.endswith("ing") and not tokens[k].clause_break_before
    return not (gerund and tokens[k].norm not in clauses.classes["ing_preposition"])


def harmed_noun(clauses: Clauses, agent_stop: int, first: int, stop: int) -> bool:
    """Whether the words between a possessor and a participle or -ly harm word name what was harmed.

    "saw their homes destroyed", "their mothers brutally murdered", "Ukraine's temporarily occupied
    territories": the possessor owns the harmed noun. A noun between with an object after the verb is
    its subject and acts: "North Korea's leader threatened a nuclear strike", "Iran's government brutally
    suppressed the protests".
    """
    tokens = clauses.tokens
    last = tokens[stop - 1].norm
    if first == agent_stop or not last.endswith(("ed", "ly")):
        return False
    verb_end = stop
    if last.endswith("ly"):
        if stop >= len(tokens) or not tokens[stop].norm.endswith("ed"):
            return True  # "its border fell dangerously close": no harm verb after the adverb
        verb_end = stop + 1
    between = tokens[agent_stop:first]
    subject = any(
        clauses.function_words.get(t.norm) != "adverb" and not t.norm.endswith("ly") for t in between
    )
    return not (subject and _object_at(clauses, verb_end))


def _object_at(clauses: Clauses, k: int) -> bool:
    """An object at token ``k``: a determiner, pronoun or actor, or a lowercase content word."""
    tokens = clauses.tokens
    if k >= len(tokens) or tokens[k].clause_break_before:
        return False
    return object_follows(clauses, k) or _content_word(clauses, tokens[k])


def _content_word(clauses: Clauses, token: Token) -> bool:
    """A lowercase word that is no function word ("retaliation", "group")."""
    return token.text.isalpha() and token.text.islower() and token.norm not in clauses.function_words
