"""Word tests of the discourse resolver: role heads, titles, plural roles, vague nouns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from framing.attribution.base import Mention, class_words, in_class, nation_of, strip_possessive
from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.tokenize import Token


def role_head(role: str, lexicons: LexiconSet) -> str:
    """The head word of a role: its last word, or the last before "of" ("head of British diplomacy" -> "head").

    An office of the form "X of Y" listed whole among the leaders' titles ("head of state" in
    ``sources/word_classes.tsv``) stays whole: "the head of the German government" -> "head of government".
    """
    if "of" not in (words := role.split())[1:]:
        return words[-1] if words else ""
    k = words.index("of", 1)
    whole = f"{' '.join(words[:k])} of {words[-1]}"
    if any(whole in class_words(lexicons, name) for name in (*LEADER_CLASSES, "diplomacy_head")):
        return whole
    return words[k - 1]


@derived
def titles(lexicons: LexiconSet) -> frozenset[str]:
    """One-word titles and offices of ``sources/sources.tsv`` ("minister", "spokesman", "head")."""
    return frozenset(
        e.pattern for e in lexicons.speech.sources if e.subcategory == "title" and len(e.words) == 1
    )


def plural(mention: Mention, written: str, lexicons: LexiconSet) -> bool:
    """A role written in the plural ("officials"): it names a group, not one person named before."""
    head = role_head(written.lower(), lexicons)  # "the minister of foreign affairs" is one person
    return mention.kind == "role" and head.endswith("s") and not head.endswith("ss")


@derived
def vague_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """The words of vague sources ("analysts", "reports", "sources"), no preposition or article ("close to")."""
    function_words = lexicons.speech.function_words
    return frozenset(
        w
        for e in lexicons.speech.sources
        if e.subcategory == "vague"
        for w in e.words
        if function_words.get(w) != "preposition"
        and not in_class(lexicons, w, "article", "complement_adjective")
    )


def group_noun(mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """A noun phrase headed by a listed group noun ("critics of the regime", "opponents"), not a quantifier.

    "Some 95% of claims", "many firms offer": quantifiers are vague sources only before a speech verb.
    """
    if mention.kind != "vague":
        return False
    words = [t.norm for t in tokens[mention.first : mention.stop]]
    function_words = lexicons.speech.function_words
    cut = next((k for k, w in enumerate(words) if k and function_words.get(w) == "preposition"), len(words))
    head = words[cut - 1]  # "critics of the regime": the word before the preposition
    return head in vague_nouns(lexicons) and head not in class_words(lexicons, "quantifier")


def previous_sentence(spoken: tuple[int, str, str] | None) -> int | None:
    """The sentence of a remembered speaker, if any."""
    return spoken[0] if spoken is not None else None


def short_name(name: str, function_words: Mapping[str, str], genitive: frozenset[str], most: int) -> str:
    """A source's name cut to its noun phrase when it runs over ``most`` words.

    The phrase ends before a preposition that opens an adjunct ("german chancellor on platform x");
    a ``genitive`` preposition ("of", "for": the ``postmodifier`` class) is kept once ("chairman of the
    joint chiefs of staff" -> "chairman of the joint chiefs").
    """
    words = name.split()
    if len(words) <= most:
        return name
    genitives = [k for k, w in enumerate(words) if k and w.lower() in genitive]
    for k, word in enumerate(words[1:], start=1):
        if function_words.get(word.lower()) != "preposition":
            continue
        if word.lower() not in genitive or k > genitives[0]:
            return short_name(" ".join(words[:k]), function_words, genitive, most)
    # One genitive in a long name: the head before it ("General Staff of the Ukrainian Armed Forces").
    return " ".join(words[: genitives[0]] if genitives else words[:most])


def holds(head: str, roles: set[str], lexicons: LexiconSet) -> bool:
    """Whether a person with ``roles`` holds the role ``head``.

    A generic word ("the leader", "the head of state") fits any leader's office; a specific one ("the
    president") only that office: a chancellor is no president.
    """
    return head in roles or any(
        in_class(lexicons, head, generic) and any(in_class(lexicons, r, *offices) for r in roles)
        for generic, offices in GENERIC_TITLES
    )


def foreign_organisation(written: str, roles: set[str], institutions: set[str], lexicons: LexiconSet) -> bool:
    """Whether a role names an organisation a person is not known with: "the Naftogaz CEO" is not Putin.

    The organisation is a capitalized word before the role's head that ends the name of an institution
    the article named (``institutions``, lowercase: "Ukrainian energy giant Naftogaz") or its initials ("UN
    chief"); the person's roles (the words of their titles) must include it. Adjectives of institutions'
    names ("Austrian") and a country's initials ("US President") are none.
    """
    words = written.split()
    head = role_head(written.lower(), lexicons)
    before = (
        words[: [w.lower() for w in words].index(head)] if head in written.lower().split() else words[:-1]
    )
    named = {name.split()[-1] for name in institutions if name.split()}
    named |= {w.lower() for w in before if len(w) > 1 and w.isupper() and not nation_of(w.lower(), lexicons)}
    return any(w[:1].isupper() and w.lower() in named and w.lower() not in roles for w in before)


def vague_name(written: str, lexicons: LexiconSet) -> str | None:
    """A vague source's name from its words, or None when no vague noun is among them.

    "Western analysts" -> "western analysts"; "sources said" -> "sources"; "there were reports" ->
    "reports". A cue with no source noun ("it is believed", "reportedly") names no one.
    """
    words = written.lower().split()
    nouns = [k for k, w in enumerate(words) if w in vague_nouns(lexicons)]
    if not nouns:
        return None
    words = words[: nouns[-1] + 1]
    function_words = lexicons.speech.function_words
    # "some analysts" -> "analysts", "2,000 people surveyed" -> "people surveyed"; "those polled" stays: a
    # participle alone names no one
    while len(words) > 1 and (words[0] in function_words or words[0].replace(",", "").isdigit()):
        if len(words) == 2 and words[1].endswith("ed"):
            break
        words = words[1:]
    # "sources close to", "people familiar with": the noun before the adjective
    cut = next(
        (k for k in range(1, len(words)) if in_class(lexicons, words[k], "complement_adjective")), None
    )
    return " ".join(words[:cut])


LEADER_CLASSES = frozenset({"leader", "leader_generic"})
"""Word classes of leaders' titles in ``sources/word_classes.tsv``."""
GENERIC_TITLES = (
    ("leader_generic", LEADER_CLASSES),
    ("diplomat_generic", frozenset({"diplomat", "diplomat_generic"})),
    ("politician_generic", LEADER_CLASSES | {"public_office", "diplomat", "diplomat_generic"}),
    ("diplomacy_head", frozenset({"foreign_office"})),  # "the head of diplomacy": a foreign minister
    ("journalist_generic", frozenset({"press_role"})),  # "the journalist": a correspondent named before
)
"""A generic word's class and the classes of the offices it fits ("the diplomat" for an ambassador)."""
MAX_NAME_WORDS = 6
"""A source's display name longer than this is cut to its noun phrase (:func:`shorten`)."""


def shorten(lexicons: LexiconSet, name: str) -> str:
    """A source's name cut to its noun phrase when it runs over :data:`MAX_NAME_WORDS` words."""
    speech = lexicons.speech
    return short_name(name, speech.function_words, speech.classes["postmodifier"], MAX_NAME_WORDS)


def strip_article(lexicons: LexiconSet, text: str) -> str:
    """A name without its article: "the ministry" -> "ministry" (a class of ``sources/word_classes.tsv``)."""
    first, _, rest = text.partition(" ")
    return rest if rest and in_class(lexicons, first.lower(), "article") else text


def is_definite(lexicons: LexiconSet, text: str, title: str) -> bool:
    """A role that refers back ("the minister", "President said"), not one that introduces someone ("A spokesman").

    A role whose first word is a ``new_referent`` ("a", "some") introduces someone.
    """
    lowered = text.lower()
    if lowered.startswith(("the ", title or "\0")):
        return True
    return text[:1].isupper() and not lowered.startswith(_new_referent_openings(lexicons))


@derived
def _new_referent_openings(lexicons: LexiconSet) -> tuple[str, ...]:
    """The ``new_referent`` words, each with the space after it ("a ", "some ")."""
    return tuple(sorted(f"{w} " for w in class_words(lexicons, "new_referent")))


def aside_roles(written: str, lexicons: LexiconSet) -> list[str]:
    """Roles an apposition gives a source: "Vladimir Putin, the Russian president, said" -> president.

    "former" is kept with them ("Dmitry Medvedev, the former Russian president"), and so are the other
    ``rank_modifier`` words ("Oliver Letwin, the shadow chancellor": no chancellor).
    """
    aside = written.partition(",")[2].lower().replace("-", " ").split()
    roles = [w for w in aside if w in titles(lexicons) or in_class(lexicons, w, *LEADER_CLASSES)]
    ranks = rank_words(lexicons)
    former = ["former"] if class_words(lexicons, "former") & set(aside) else []
    return roles + ([w for w in aside if w in ranks] + former if roles else [])


def office_words(title: str, lexicons: LexiconSet) -> list[str]:
    """The words of a title that name an office: "Mr" and other honorifics name none; "Sen." names "senator" too."""
    words = [w for w in title.split() if not in_class(lexicons, w, "honorific")]
    full = lexicons.speech.title_abbreviations
    return words + [title for w in words for title in full.get(w.lower().rstrip("."), ())]


def vague_speaker(mention: Mention, lexicons: LexiconSet) -> str | None:
    """A vague source's name: "Western analysts" -> "western analysts" (see :func:`vague_name`), or None."""
    name = vague_name(strip_article(lexicons, (mention.name or mention.text).split(",")[0]), lexicons)
    return None if name is None else shorten(lexicons, name)


def nations_in(words: Iterable[str], lexicons: LexiconSet) -> frozenset[str]:
    """The countries words of a role name: "Ukraine's leader" -> Ukraine (``sources/nations.tsv``).

    Two words in a row are looked up as well ("united states"), so ``words`` should be in their order.
    """
    words = [strip_possessive(w) for w in words]
    found = (nation_of(w, lexicons) for w in (*words, *(f"{a} {b}" for a, b in pairwise(words))))
    return frozenset(n for n in found if n)


def offices(roles: set[str], lexicons: LexiconSet) -> set[str]:
    """A person's role words that name an office: not "former", not a country."""
    return {r for r in roles if r != "former" and not r.startswith(HOST) and nation_of(r, lexicons) is None}


def other_nation(role: str, roles: set[str], lexicons: LexiconSet) -> bool:
    """Whether a role names a country and the person's roles name only others.

    "Ukraine's leader" is not a person the article called "the US president".
    """
    named, theirs = nations_in(role.split(), lexicons), nations_in(sorted(roles), lexicons)
    # "the US ambassador" is no ambassador to the US
    hosts = nations_in([r.removeprefix(HOST) for r in roles if r.startswith(HOST)], lexicons)
    return bool(named and ((theirs and not named & theirs) or named & hosts))


def nation_words(mention: Mention, lexicons: LexiconSet) -> list[str]:
    """The words outside a person's name that name a country: "US President Joe Biden" -> ["us"].

    The name's own words are left out ("Sofia Petrova" names no Bulgarian); two words in a row are
    kept together when together they name one ("United States President ..." -> "united states"). A
    country after a preposition other than "of"/"for" (an article may stand between) is where the person
    serves, not theirs: "ambassador to the US Anatoly Antonov" -> ["host:us"] (:data:`HOST`).
    """
    text, name = mention.text, mention.name
    at = text.find(name) if name else -1
    outside = f"{text[:at]} {text[at + len(name) :]}" if at >= 0 else text
    words = [strip_possessive(w.strip(",;:")).lower() for w in outside.split()]
    function_words, genitive = lexicons.speech.function_words, class_words(lexicons, "postmodifier")
    at = [k - (k > 1 and function_words.get(words[k - 1]) == "determiner") for k in range(len(words))]
    hosted = {k for k, j in enumerate(at) if k and function_words.get(words[j - 1]) == "preposition"}
    hosted -= {k for k in hosted if words[at[k] - 1] in genitive}
    words = [HOST + w if k in hosted else w for k, w in enumerate(words)]
    pairs = (f"{a} {b}" for a, b in pairwise(words) if not b.startswith(HOST))  # "host:united states"
    return [w for w in (*words, *pairs) if nation_of(w.removeprefix(HOST), lexicons)]


HOST = "host:"
"""Marks a role word that names the country where a person serves ("ambassador to Poland"), not theirs."""


def role_name(mention: Mention, written: str, lexicons: LexiconSet) -> str:
    """A role's display name with the phrase that says whose role it is: "spokesman for the ministry".

    ``written`` is the role itself ("spokesman"); the mention's text keeps a postmodifier after it
    ("of the White House", "for the ministry"), so one ministry's spokesman is not every spokesman.
    """
    text = strip_article(lexicons, mention.text.split(",")[0].strip()).lower()
    words, role = text.split(), written.lower().split()
    k = len(role)
    if words[:k] == role and len(words) > k and in_class(lexicons, words[k], "postmodifier"):
        return text
    return written.lower()


def title_words(mention: Mention, lexicons: LexiconSet) -> list[str]:
    """The country (:func:`nation_words`) and ``rank_modifier`` words of a person's title as written.

    "US President X" -> ["us"]; "Shadow home secretary David Davis" -> ["shadow"]: no home secretary.
    """
    ranks = rank_words(lexicons)
    return [
        *nation_words(mention, lexicons),
        *(w for w in mention.text.lower().replace("-", " ").split() if w in ranks),
    ]


@derived
def rank_words(lexicons: LexiconSet) -> frozenset[str]:
    """``rank_modifier`` words but "former", kept as a role word of its own; once per set, read per mention."""
    return class_words(lexicons, "rank_modifier") - class_words(lexicons, "former")
