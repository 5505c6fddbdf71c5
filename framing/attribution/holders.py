"""Who holds a role the article names: the latest person named with it, or the person just quoted.

"the minister" -> the last person named with a minister's role, within :data:`ROLE_REACH` sentences; a
title no one was named with may describe the person who last spoke ("..., said Medvedev. ... the former
Russian president added"), or the person who opened the sentence before ("David McLetchie has resigned
... The Scottish Conservative leader had insisted"), unless their roles or someone named since say
otherwise. These read the article's :class:`~framing.attribution.resolver.Discourse`, they do not change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.attribution.base import Mention, class_words, in_class, nation_of
from framing.attribution.pronouns import AGE, PRONOUN_REACH, person_noun
from framing.attribution.roles import (
    foreign_organisation,
    holds,
    is_definite,
    nations_in,
    offices,
    other_nation,
    plural,
    rank_words,
    role_head,
    role_name,
    shorten,
    strip_article,
)
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived

if TYPE_CHECKING:
    from framing.attribution.resolver import Discourse

OFFICES = ("public_office", "leader", "leader_generic", "diplomat", "diplomat_generic")
"""Word classes of offices: bare ("the president"), no variation on the name of a person just named."""
ROLE_REACH = 12
"""A role noun ("the minister") refers back to a person named at most this many sentences before ..."""
ROLE_SCAN = 64
"""... and among the latest this many names (a run-on text naming many people in one sentence stays linear)."""


def role_source(discourse: Discourse, mention: Mention, sentence: int) -> tuple[str, str]:
    """A role: "the minister", "the Belarusian foreign minister", "the Moldovan leader" -> the person named earlier."""
    lexicons = discourse.lexicons
    written = strip_article(lexicons, (mention.name or mention.text).split(",")[0].strip())
    definite = is_definite(lexicons, mention.text, mention.title)
    # the whole phrase says whose office it is: "The President of Ukraine" (its name is "President"),
    # and may be one office: "head of state", "the head of the German government"
    qualified = strip_article(lexicons, mention.text.split(",")[0].strip())
    whole = role_head(qualified.lower(), lexicons)
    head = whole if " of " in whole else role_head(mention.title or written.lower(), lexicons)
    former = bool(class_words(lexicons, "former") & set(written.lower().replace("-", " ").split()))
    if definite and not plural(mention, written, lexicons):
        holder = latest_holder(discourse, head, sentence, former, qualified)
        if holder is not None:
            return holder, "named_person"
        last = discourse.last_person
        person = last if last is not None and sentence - last[0] <= PRONOUN_REACH else None
        person = person or _opened_before(discourse, mention, head, qualified, sentence)
        # "the head of diplomacy": an office of a title word ("head") is a title too
        titled = (
            mention.kind == "title_role"
            or person_noun(head, lexicons)
            or person_noun(head.split()[0], lexicons)
        )
        if titled and person is not None and may_hold(discourse, head, person, qualified):
            # "..., said Medvedev. ... the former Russian president added": a title no one named
            # holds describes the person just quoted (a reporter's variation on the name), unless
            # their roles say otherwise or someone else was named since ("Biden met Zelensky").
            return person[1], person[2]
    found = discourse.institutions.referent(written, sentence) if definite else None
    return found or (shorten(lexicons, role_name(mention, written, lexicons)), "role_only")


def _opened_before(
    discourse: Discourse, mention: Mention, head: str, written: str, sentence: int
) -> tuple[int, str, str] | None:
    """The person who opened the sentence before, for "the <title>" opening no one else's role.

    "Jason Gardener won in Birmingham ... The world indoor champion said", "the Dutchman", "the 34-year-old":
    the reporter's variation on the name (a definite role, as for the person just quoted). Not a role that
    speaks for or judges someone else (class ``proxy_role``: "the spokesman", "the judge"); not a bare
    office of state or government (:data:`OFFICES`), which names its holder, often someone other than the
    person just named ("Mr Hamza was arrested. The Home Secretary said"); a qualified one may be them
    ("David McLetchie has resigned ... The Scottish Conservative leader had insisted").
    """
    opener = discourse.opener
    if opener is None or sentence - opener[0] != 1:
        return None
    lexicons = discourse.lexicons
    if any(in_class(lexicons, word, "proxy_role") for word in head.split()):
        return None
    # bare: only words of titles, portfolios and ranks ("the prime minister", "the Home Secretary")
    words = written.lower().replace("-", " ").split()
    bare = all(
        w in _title_vocabulary(lexicons) or in_class(lexicons, w, "portfolio", "rank_modifier") for w in words
    )
    if bare and any(in_class(lexicons, word, *OFFICES) for word in head.split()):
        return None
    return opener[0], opener[1], "named_person"


@derived
def _title_vocabulary(lexicons: LexiconSet) -> frozenset[str]:
    """The words of the titles in ``sources/sources.tsv`` ("prime", "minister", "home", "secretary")."""
    return frozenset(w for e in lexicons.speech.sources if e.subcategory == "title" for w in e.words)


def may_hold(discourse: Discourse, head: str, person: tuple[int, str, str], written: str) -> bool:
    """Whether the person who last spoke, ``person``, may hold an unassigned title ``head`` (as ``written``)."""
    when, speaker, _ = person
    lexicons = discourse.lexicons
    roles = discourse.roles.get(discourse.canonical(speaker), set())
    held = offices(roles, lexicons)  # not "former", not a country ("US President Joe Biden")
    # an office or an epithet must fit the person's offices; an age, a nationality or a ``described_role``
    # need not ("Arsenal manager X ... the 55-year-old Frenchman", "Dr X, director of the Eastern Studies
    # Center ... The analyst emphasized"), a "youngster" is no coach
    # an office of state is no analyst's: "said the analyst" after quoting President Erdogan is someone else
    state_office = any(in_class(lexicons, word, *OFFICES) for role in held for word in role.split())
    description = (
        AGE.fullmatch(head) is not None
        or nation_of(head, lexicons) is not None
        or (in_class(lexicons, head, "described_role") and not state_office)
    )
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
    """The latest person named with this role, of no other country; "the former ..." held it before.

    A role that names its country ("the French president") is first the latest holder named with that
    country, then one named with none: "President of the European Commission Ursula von der Leyen", named
    after "French President Emmanuel Macron", is not "the French president".
    """
    lexicons = discourse.lexicons
    country = bool(nations_in(written.lower().split(), lexicons))
    fallback = None
    for when, person in reversed(discourse.named_at[-ROLE_SCAN:]):  # a bounded look back: linear time
        if sentence - when > ROLE_REACH:
            break
        roles = discourse.roles.get(discourse.canonical(person), set())
        if former != ("former" in roles) or other_nation(written, roles, lexicons):
            continue
        if holds(head, roles, lexicons) and not _other_rank(roles, written, discourse):
            if not country or nations_in(sorted(roles), lexicons):
                return discourse.canonical(person)
            fallback = fallback or discourse.canonical(person)
    return fallback


def _other_rank(roles: set[str], written: str, discourse: Discourse) -> bool:
    """Whether the person holds the office at another rank (``rank_modifier``) or portfolio than written.

    "The mayor" is not Nicky Gavron, the deputy mayor; "the prime minister" is not John Prescott, the deputy
    prime minister; "the Ukrainian Deputy Prime Minister" may be Iryna Vereshchuk.
    """
    words = written.lower().replace("-", " ").split()
    generic = any(
        in_class(discourse.lexicons, w, "politician_generic") for w in words
    )  # any rank, any office
    if not generic and (roles & rank_words(discourse.lexicons)) - set(words):
        return True
    return _other_portfolio(roles, words, discourse.lexicons)


def _other_portfolio(roles: set[str], words: list[str], lexicons: LexiconSet) -> bool:
    """Whether a portfolio before the head ("the defence minister") is not the person's, who has another.

    Another: a portfolio of their own ("Foreign Minister Kuleba") or a leader's office of several words
    ("Prime Minister Denys Shmyhal"); a person known only as "the minister" or "Mr Umerov" may hold it.
    """
    # the words before its complement ("Minister of Defence": "minister"), a postmodifier opens it
    before = words[
        : next((i for i, w in enumerate(words) if in_class(lexicons, w, "postmodifier")), len(words))
    ]
    asked = {w for w in before[:-1] if in_class(lexicons, w, "portfolio")}
    if not asked or asked & roles:
        return False
    leader = any(" " in t and set(t.split()) <= roles for t in class_words(lexicons, "leader"))
    return leader or any(in_class(lexicons, r, "portfolio") for r in roles)
