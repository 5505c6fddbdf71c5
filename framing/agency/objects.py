"""Acts a verb makes of its object: a weapon launched, armed forces gathered.

Weapons and armed forces are things, and "launched" or "gathered" mostly do no harm in news; what makes
the act is the pair. A ``weapon_verb`` before a weapon ("Russia launched 40 missiles") is an attack
(:func:`launched`). A ``deploy_verb`` (gather, mass, amass, concentrate) before armed forces or a weapon,
a quantity between ("Russia gathered over one hundred thousand soldiers near the borders", "Russia has
concentrated over 100,000 soldiers"), is a build-up of force (:func:`object_acts`). The verb's subject is
then the agent, found as for any harm word.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter

from framing.agency.index import DIMENSION, LAUNCH_GAP
from framing.lexicon import LexiconSet
from framing.results import Match
from framing.tokenize import Token

_NORM = attrgetter("norm")

OBJECT_GAP = 5
"""Words that may stand between a gathering verb and its object: a quantity ("gathered over one hundred
thousand soldiers", "massed a first batch of tanks")."""
FORCE_BUILDUP = f"{DIMENSION}/force_buildup"


def launched(
    text: str, tokens: Sequence[Token], first: int, verbs: Collection[str], function_words: Mapping[str, str]
) -> int | None:
    """The ``weapon_verb`` that has the weapon at ``first`` as its object ("Russia launched 40 missiles").

    At most :data:`LAUNCH_GAP` words stand between, none of them a clause break or a function word but a
    determiner or "of" ("fired dozens of rockets", "launched a barrage of drones"); "launched from",
    "fired at" name a place, and the weapon after them no act.
    """
    for k in range(first - 1, max(-1, first - 2 - LAUNCH_GAP), -1):
        if tokens[k + 1].clause_break_before:
            return None
        if tokens[k].norm in verbs:
            return None if _not_verb(text, tokens, k, function_words) else k
        if function_words.get(tokens[k].norm) not in (None, "determiner") and tokens[k].norm != "of":
            return None
    return None


def _not_verb(text: str, tokens: Sequence[Token], k: int, function_words: Mapping[str, str]) -> bool:
    """The verb at ``k`` is a noun or a compound adjective, no act of anyone.

    "submarine-launched missile" (a hyphen before it), "the use of cluster bombs", "gaining use of Iran's
    drones" (a determiner before it or "of" after it), "the Multiple Launch Rocket System" (capitalized:
    part of a name).
    """
    if tokens[k].text[:1].isupper():
        return True
    if k > 0 and (
        text[tokens[k - 1].end : tokens[k].start] == "-"
        or function_words.get(tokens[k - 1].norm) == "determiner"
    ):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].norm == "of"


def object_acts(
    text: str,
    tokens: Sequence[Token],
    weapons: Mapping[int, int],
    forces: Collection[str],
    lexicons: LexiconSet,
    taken: Collection[int],
) -> list[tuple[Match, int, int, str]]:
    """Build-ups a gathering verb makes of its object, as harm words spanning verb and object.

    Args:
        text: The document.
        tokens: The sentence's tokens.
        weapons: First token -> stop of each weapon match (``threat/weapon``).
        forces: One-word armed forces (``forces`` in agents.tsv): "troops", "soldiers".
        lexicons: For the word classes and function words.
        taken: Tokens of harm words found already: a verb or object among them is read there.

    Returns:
        (match, verb's token, object's stop, subcategory) for each act, as
        :func:`~framing.agency.actors.harm_words` gives its harm words.
    """
    classes, function_words = lexicons.speech.classes, lexicons.speech.function_words
    acts: list[tuple[Match, int, int, str]] = []
    deploy = classes["deploy_verb"]
    # This runs on every sentence and most have no such verb: isdisjoint over map(attrgetter) tests all
    # their words without a step of Python per word.
    if deploy.isdisjoint(map(_NORM, tokens)):
        return acts
    for k, token in enumerate(tokens):
        if token.norm not in deploy or k in taken:
            continue
        if _not_verb(text, tokens, k, function_words) or _participle(tokens, k, lexicons):
            continue
        stop = _object_stop(text, tokens, k, (weapons, forces), lexicons)
        if stop is None or not set(range(k, stop)).isdisjoint(taken) or _weapon_use(tokens, stop, classes):
            continue
        start, end = tokens[k].start, tokens[stop - 1].end
        # A carrier for the harm's span and words; the match the rule makes is the tie.
        match = Match(DIMENSION, FORCE_BUILDUP, f"{token.norm} + <forces>", start, end, text[start:end],
                      0.0, (), "rules/agents.tsv", -1)  # fmt: skip
        acts.append((match, k, stop, FORCE_BUILDUP))
    return acts


def _object_stop(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    objects: tuple[Mapping[int, int], Collection[str]],
    lexicons: LexiconSet,
) -> int | None:
    """The stop of the verb's object, armed forces or a weapon, if a quantity alone stands between.

    The quantity may hold numbers (digits, ``number_word``), determiners and ``quantity_word`` rows
    ("over", "more than", "a first batch of"); any other word, or a clause break, ends the search:
    "gathered near the troops". ``objects`` is (the weapons' spans, the armed forces), as
    :func:`object_acts` has them.
    """
    weapons, forces = objects
    classes, function_words = lexicons.speech.classes, lexicons.speech.function_words
    for j in range(verb + 1, min(len(tokens), verb + 2 + OBJECT_GAP)):
        norm = tokens[j].norm
        if tokens[j].clause_break_before and not _digit_group(text, tokens, j):
            return None
        if j in weapons or norm in forces:
            return weapons.get(j, j + 1)
        if not (
            any(c.isdigit() for c in norm)
            or norm in classes["number_word"]
            or norm in classes["quantity_word"]
            or function_words.get(norm) == "determiner"
        ):
            return None
    return None


def _digit_group(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A comma that only groups digits ("4,000"), which the tokenizer reads as a clause break."""
    before = tokens[j - 1]
    return before.norm.isdigit() and tokens[j].norm.isdigit() and text[before.end : tokens[j].start] == ","


def _participle(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """The -ed gathering verb at ``k`` follows another verb, so it is a participle adjective, no act.

    "Ukraine faced concentrated artillery fire": the verb before it (an -ed or ``irregular_past`` form, not
    an auxiliary: "has concentrated" stays a verb) has the phrase as its object.
    """
    if k == 0 or not tokens[k].norm.endswith("ed") or tokens[k].clause_break_before:
        return False
    before = tokens[k - 1].norm
    if lexicons.speech.function_words.get(before) is not None:
        return False
    return before.endswith("ed") or before in lexicons.speech.classes["irregular_past"]


def _weapon_use(tokens: Sequence[Token], stop: int, classes: Mapping[str, frozenset[str]]) -> bool:
    """The object ends in, or is followed by, a ``weapon_use_noun``: "artillery fire", "missile strikes".

    The phrase then names the weapon's use, an act, not a weapon that can be gathered.
    """
    nouns = classes["weapon_use_noun"]
    if tokens[stop - 1].norm in nouns:
        return True
    return stop < len(tokens) and not tokens[stop].clause_break_before and tokens[stop].norm in nouns
