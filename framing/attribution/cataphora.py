"""Roles that no one named held when they were read, resolved once the whole article is read (issue 9, class 1).

A BelTA report opens "“Destabilizing wars create thousands of refugees,” the president said." and names
Aleksandr Lukashenko sentences later; a report names "President Vladimir Putin" at its start and, twenty
sentences on, says "the Russian president said", beyond the reach a reader keeps a title in mind while
reading (:data:`framing.attribution.holders.ROLE_REACH`). Read as a whole, such an article has one
person who holds the office: when exactly one person of the article holds the role's office, of no other
country or organisation, a definite role ("the president", "the Belarusian head of state") is that person,
in every attribution that carries it. With two such people the role stays a role.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import class_words, nation_of, strip_possessive
from framing.attribution.resolver import Discourse
from framing.attribution.roles import (
    foreign_organisation,
    holds,
    is_definite,
    nations_in,
    role_head,
    strip_article,
)
from framing.results import Attribution


def resolve_roles(attributions: Sequence[Attribution], discourse: Discourse) -> list[Attribution]:
    """The attributions with each definite role that one person of the article holds given to that person."""
    lexicons = discourse.lexicons
    people = {person: roles for person, roles in discourse.roles.items() if roles}
    held: dict[str, str | None] = {}
    for a in attributions:
        if a.source_type != "role_only" or not a.source_text or a.speaker in held:
            continue
        written = strip_article(lexicons, a.source_text.split(",")[0].strip())
        head = role_head(written.lower(), lexicons)
        if not is_definite(lexicons, a.source_text, "") or (head.endswith("s") and not head.endswith("ss")):
            held[a.speaker] = None  # "a spokesman" introduces someone; "officials" are a group
            continue
        if head in class_words(lexicons, "politician_generic"):
            held[a.speaker] = None  # "the politician" is whoever spoke last: anyone named later may be one
            continue
        holders = [person for person, roles in people.items() if _holds_all(written, head, roles, discourse)]
        held[a.speaker] = holders[0] if len(holders) == 1 else None
    return [
        dataclasses.replace(a, speaker=person, source_type="named_person")
        if a.source_type == "role_only" and (person := held.get(a.speaker)) is not None
        else a
        for a in attributions
    ]


def _holds_all(written: str, head: str, roles: set[str], discourse: Discourse) -> bool:
    """Whether a person with ``roles`` holds the role as written, every word of it.

    Read across the whole article a head word alone is not enough ("the Russian foreign minister" is not
    the defence minister Shoigu, "the Tory leader" not a Liberal Democrat leader): the role's country must
    be one the person was named with, and its other words ("foreign", "health", "home") among their roles.
    """
    lexicons = discourse.lexicons
    if not holds(head, roles, lexicons):
        return False
    words = [strip_possessive(w).lower() for w in written.replace("-", " ").split()]
    named = nations_in(words, lexicons)
    if named and not named <= nations_in(sorted(roles), lexicons):
        return False
    if (roles & class_words(lexicons, "rank_modifier")) - set(words):
        return False  # "the home secretary" is not the shadow home secretary, "the prime minister" not his deputy
    function_words = lexicons.speech.function_words
    # the words of an office of several words ("head of state") are its head, no qualifier
    qualifiers = [
        w for w in words if w not in head.split() and w not in function_words and not nation_of(w, lexicons)
    ]
    return all(w in roles for w in qualifiers) and not foreign_organisation(
        written, roles, discourse.institutions.written, lexicons
    )
