"""Post-posed impossibility: "a peaceful solution ... is completely impossible" negates the solution.

A predicate of impossibility after a copula denies its subject ("negotiations with the Kremlin were
impossible", "a Russian invasion is out of the question"), which no forward negator can reach: the
subject stands before the words that negate it. Forward, the same words negate nothing ("it is
impossible to stop the attack" does not make the attack reassurance), so ``modifiers/negators.tsv``
gives them their own kind, ``impossible``, read only here; ``pseudo`` rows such as "impossible to"
(the subject is the infinitive's object: "figures are impossible to calculate") and "not impossible"
consume them first, by length.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from framing.match import Hit
from framing.tokenize import Token

SUBJECT_WITHIN = 8
"""Words at most between the subject's match and the copula ("evacuation during the armed conflict in Ukraine would be")."""
_BETWEEN = 1
"""Words at most between the copula and the predicate ("is completely impossible", "remains firmly off the table")."""


def impossibility_negations(
    content: Sequence[Hit],
    predicates: Sequence[Hit],
    copulas: Collection[int],
    breaks: Collection[int],
    tokens: Sequence[Token],
    function_words: Mapping[str, str],
    flipping: Collection[str],
    classes: Mapping[str, frozenset[str]],
) -> dict[Hit, Hit]:
    """The subjects that a predicate of impossibility after their copula negates.

    The subject is the first reassurance or threat match of the copula's clause, at most
    :data:`SUBJECT_WITHIN` words before the copula and before any preposition: a match in a
    prepositional phrase modifies the subject ("assessment of damage is impossible" does not rule out
    the damage). Dismissals are predicates of the kind too ("those fears are unfounded", "exaggerated"),
    and a claim's content clause is its subject (:func:`_subject`); a ``clause_demonstrative`` alone after
    a comma stands for the clause before it ("reasons for concern regarding a possible escalation of the
    conflict, these are unfounded").

    Args:
        content: The sentence's lexicon hits (no sense traps), in text order.
        predicates: The ``impossible`` modifier hits.
        copulas: Token indexes of copulas.
        breaks: Token indexes of scope-break words ("said", "which"): the clause starts after the last one.
        tokens: The sentence's tokens.
        function_words: Word -> its class (``sources/function_words.tsv``), for prepositions.
        flipping: The lexicons whose negation counts elsewhere.
        classes: Word classes (``sources/word_classes.tsv``), for ``claim_noun`` and ``clause_demonstrative``.

    Returns:
        Negated hit -> the predicate that negates it.
    """
    starting: dict[int, Hit] = {}
    for hit in content:
        if hit.group in flipping:
            starting.setdefault(hit.first, hit)
    negated: dict[Hit, Hit] = {}
    for predicate in predicates:
        copula = _copula_before(predicate.first, copulas, tokens)
        if copula is None or any(
            function_words.get(t.norm) == "negation" for t in tokens[copula : predicate.first]
        ):
            continue  # "A ceasefire was never impossible": the impossibility is itself denied
        start = _clause_start(tokens, breaks, copula)
        if (
            copula - start == 1
            and start > 0
            and tokens[start].clause_break_before
            and tokens[start].norm in classes["clause_demonstrative"]
        ):
            # "..., these are unfounded": the demonstrative stands for the clause before it
            before = _clause_start(tokens, breaks, start - 1)
            subject = [hit for k, hit in starting.items() if before <= k and hit.stop <= start]
        else:
            subject = _subject(starting, start, copula, tokens, function_words, classes["claim_noun"])
        for hit in subject:
            negated.setdefault(hit, predicate)
    return negated


def _subject(
    starting: Mapping[int, Hit],
    start: int,
    copula: int,
    tokens: Sequence[Token],
    function_words: Mapping[str, str],
    claim_nouns: Collection[str],
) -> list[Hit]:
    """The matches of the copula's subject, from the clause's ``start``.

    The first match, before any preposition: the subject's head ("evacuation during the armed conflict").
    After a ``claim_noun`` and "that", the whole content clause up to the copula ("reports that Iran
    intends to threaten shipping in the Gulf were baseless").
    """
    for k in range(start, copula):
        if tokens[k].norm == "that" and k > start and tokens[k - 1].norm in claim_nouns:
            return [hit for j, hit in starting.items() if k < j and hit.stop <= copula]
        hit = starting.get(k)
        if hit is not None and hit.stop >= copula - SUBJECT_WITHIN and hit.stop <= copula:
            return [hit]  # the subject's head comes first ("evacuation during the armed conflict")
        if function_words.get(tokens[k].norm) == "preposition":
            break
    return []


def _copula_before(first: int, copulas: Collection[int], tokens: Sequence[Token]) -> int | None:
    """The copula right before the predicate, or one word before it, in one clause (its first token)."""
    for k in range(first - 1, max(-1, first - 2 - _BETWEEN), -1):
        if tokens[k + 1].clause_break_before:
            return None
        if k in copulas:
            while k - 1 in copulas:
                k -= 1
            return k
    return None


def _clause_start(tokens: Sequence[Token], breaks: Collection[int], copula: int) -> int:
    """The first token of the copula's clause: after clause punctuation or a scope-break word."""
    k = copula
    while k > 0 and not tokens[k].clause_break_before and k - 1 not in breaks:
        k -= 1
    return k
