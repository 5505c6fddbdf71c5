"""Who holds a role the article names: the latest person named with it, or the person just quoted.

"the minister" -> the last person named with a minister's role, within :data:`ROLE_REACH` sentences; a
title no one was named with may describe the person who last spoke ("..., said Medvedev. ... the former
Russian president added"), unless their roles or someone named since say otherwise. Both read the
article's :class:`~framing.attribution.resolver.Discourse`, they do not change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.attribution.base import nation_of
from framing.attribution.pronouns import AGE
from framing.attribution.roles import foreign_organisation, holds, offices, other_nation, rank_words

if TYPE_CHECKING:
    from framing.attribution.resolver import Discourse

ROLE_REACH = 12
"""A role noun ("the minister") refers back to a person named at most this many sentences before ..."""
ROLE_SCAN = 64
"""... and among the latest this many names (a run-on text naming many people in one sentence stays linear)."""


def may_hold(discourse: Discourse, head: str, person: tuple[int, str, str], written: str) -> bool:
    """Whether the person who last spoke, ``person``, may hold an unassigned title ``head`` (as ``written``)."""
    when, speaker, _ = person
    lexicons = discourse.lexicons
    roles = discourse.roles.get(discourse.canonical(speaker), set())
    held = offices(roles, lexicons)  # not "former", not a country ("US President Joe Biden")
    # an office or an epithet must fit the person's offices; an age or a nationality need not ("Arsenal
    # manager X ... the 55-year-old Frenchman"), a "youngster" is no coach
    description = AGE.fullmatch(head) is not None or nation_of(head, lexicons) is not None
    if held and not description and not holds(head, held, lexicons):
        return False
    if _other_rank(roles, written, discourse):
        return False
    if foreign_organisation(written, held, discourse.institutions.written, lexicons) or other_nation(
        written, roles, lexicons
    ):
        return False
    named = discourse.last_name
    return named is None or named[0] <= when or discourse.known(named[1]) == discourse.canonical(speaker)


def latest_holder(discourse: Discourse, head: str, sentence: int, former: bool, written: str) -> str | None:
    """The latest person named with this role, of no other country; "the former ..." held it before."""
    for when, person in reversed(discourse.named_at[-ROLE_SCAN:]):  # a bounded look back: linear time
        if sentence - when > ROLE_REACH:
            return None
        roles = discourse.roles.get(discourse.canonical(person), set())
        if former != ("former" in roles) or other_nation(written, roles, discourse.lexicons):
            continue
        if holds(head, roles, discourse.lexicons) and not _other_rank(roles, written, discourse):
            return discourse.canonical(person)
    return None


def _other_rank(roles: set[str], written: str, discourse: Discourse) -> bool:
    """Whether the person holds the office at another rank than written (class ``rank_modifier``).

    "The mayor" is not Nicky Gavron, the deputy mayor; "the prime minister" is not John Prescott, the deputy
    prime minister; "the Ukrainian Deputy Prime Minister" may be Iryna Vereshchuk.
    """
    return bool((roles & rank_words(discourse.lexicons)) - set(written.lower().replace("-", " ").split()))
