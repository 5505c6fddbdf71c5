"""The source of a cue: before it (X said), after it (said X), after "according to", or before a colon."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from framing.attribution.appositions import apposed_subject
from framing.attribution.asides import MAX_FILLERS, before_aside
from framing.attribution.base import (
    FILLER_CLASSES,
    NAME_KINDS,
    Mention,
    MentionIndex,
    after_auxiliary,
    chain_start,
    in_class,
    make_mention,
    manner_adverb,
    nation_of,
)
from framing.attribution.coordinated import coordinated_subject
from framing.attribution.groups import conjoined, with_partitive
from framing.attribution.heads import published, speech_nouns
from framing.attribution.openers import unclosed_office
from framing.attribution.premodifiers import with_premodifiers
from framing.attribution.regions import region_start
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token


def subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
            lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The source before a cue: next to it, after auxiliaries, adverbs or a time adjunct, or before an aside.

    An aside between source and cue belongs to the source ("Senator John Cornyn of Texas, the No. 2
    Republican in the Senate, said"), so the returned span runs to its end; an aside that is itself a
    name names the source ("his top aide, Tad Devine, told").
    """
    ends = mentions.ends  # "His comments hinted": the speech noun wins over its possessor
    j = _skip_fillers(tokens, chain_start(tokens, cue.first, lexicons), ends, lexicons)  # "X sought to say"
    # "in Loudoun County, Virginia, thinks": the source is found as if the cue followed the place; the place
    # is next to it unless an aside holds it ("X, a supervisor in Loudoun County, Virginia, thinks")
    region = region_start(text, j, ends, tokens, lexicons)
    j = j if region is None else region
    placed = region is not None and before_aside(text, j, ends, mentions, tokens, lexicons) is None
    # a mention may take the clause mark in: "The Institute for the Study of War (ISW) said"
    if j in ends and (
        placed or not tokens[j].clause_break_before or not text[ends[j].end : tokens[j].start].strip()
    ):
        if _addressed(ends[j], tokens, lexicons):
            return None  # "The letter to Biden ... says", "sent a letter to Biden demanding": Biden hears it
        found = with_premodifiers(text, _phrase_head(text, ends[j], ends, tokens, lexicons), tokens, lexicons)
        return (
            unclosed_office(text, tokens, found, mentions, lexicons)
            or apposed_subject(text, tokens, found, mentions, lexicons)
            or conjoined(text, with_partitive(text, found, tokens, lexicons), ends, tokens, lexicons)
        )
    if (first := coordinated_subject(text, j, mentions, tokens, lexicons)) is not None:
        return first
    if tokens[j].clause_break_before:
        found = before_aside(text, j, ends, mentions, tokens, lexicons)
        if found is not None and _addressed(found, tokens, lexicons):
            return None
        # "Ashok Vishwanathan of Operation Black Vote, which aims to ..., said": the head before "of" speaks
        relative = found is not None and _relative_after_of(tokens, found, lexicons)
        return _phrase_head(text, found, ends, tokens, lexicons) if relative else found
    return None


def _addressed(mention: Mention, tokens: Sequence[Token], lexicons: LexiconSet) -> bool:
    """Whether the mention is who a speech noun is addressed to: "a letter to Biden", "an appeal to the West"."""
    k = mention.first
    k -= int(k > 1 and in_class(lexicons, tokens[k - 1].norm, "article"))
    if not (
        k > 1
        and in_class(lexicons, tokens[k - 1].norm, "addressee_preposition")
        and tokens[k - 2].norm in speech_nouns(lexicons)
    ):
        return False
    # not a fronted phrase's noun: "In a speech to the Foreign Policy Centre Mr Straw said" is Straw's
    opener = k - 3 - int(k > 3 and lexicons.speech.function_words.get(tokens[k - 3].norm) == "determiner")
    return opener < 0 or lexicons.speech.function_words.get(tokens[opener].norm) != "preposition"


def _phrase_head(text: str, mention: Mention, ends: Mapping[int, Mention], tokens: Sequence[Token],
                 lexicons: LexiconSet) -> Mention:  # fmt: skip
    """The head of "Critics of the government", "The Institute for the Study of War in Washington"."""
    k = mention.first
    if k > 0 and lexicons.speech.function_words.get(tokens[k - 1].norm) == "determiner":
        k -= 1  # "of the government"
    if k < 2 or mention.kind in ("pronoun", "speech_noun") or tokens[k].clause_break_before:
        return mention
    country = (nation_of(tokens[k].norm, lexicons) or "").lower() == tokens[k].norm
    if mention.kind == "person" and mention.title and country and not _acts_for(tokens, k, lexicons):
        return mention  # "The commander of the armed forces of Ukraine General Oleksandr Syrski": the holder
    if lexicons.speech.function_words.get(tokens[k - 1].norm) != "preposition" or tokens[k - 1].norm == "by":
        return mention
    if tokens[k - 1].norm == "from" and published(ends.get(k - 1), lexicons) and mention.kind != "vague":
        return mention  # "Figures from the Mobile Data Association show": the publisher speaks, as after "by"
    opener = in_class(lexicons, tokens[k - 1].norm, "subordinator", "absolute_opener")
    if opener and tokens[k - 1].clause_break_before:
        return mention  # "..., as Hodges suggests", "..., with Putin saying": a clause of their own
    clause = in_class(lexicons, tokens[k - 1].norm, "subordinator") and tokens[k - 1].norm != "like"
    if clause and mention.kind in (*NAME_KINDS, "institution"):
        return mention  # "apologised to MPs after the Home Office announced": the name opens a clause
    head = _head_before(text, tokens, k, ends, lexicons)
    if head is None or head.kind in ("pronoun", "speech_noun"):
        return mention
    if tokens[k - 1].norm == "of" and in_class(lexicons, head.text.lower(), "quantifier"):
        head = dataclasses.replace(
            mention, first=head.first, start=head.start, name=mention.name or mention.text
        )  # "Many of those polled": a quantifier names no one, the group after "of" does
    holder = (
        mention.kind == "person"
        and bool(mention.name)
        and mention.text != mention.name
        and not _own_title(mention, lexicons)
    )
    if holder and head.kind in ("title_role", "role"):
        # "the President of the European Commission Ursula von der Leyen": the office, then its holder's
        # name ("the Advisor of the President of Ukraine Mychajło Podolak" too); "a spokesman for Joe Biden"
        # (the name alone after the preposition) and "a spokesman for President Zelensky" (a person with
        # a title of their own right before the name) keep their head: the spokesman speaks.
        return dataclasses.replace(
            mention, first=head.first, start=head.start, text=text[head.start : mention.end]
        )
    # the head names the source, the span shows the whole phrase; a head after a preposition climbs on
    # ("The UN's Special Representative on Sexual Violence in Conflict said")
    whole = dataclasses.replace(head, stop=mention.stop, end=mention.end, text=text[head.start : mention.end])
    climbed = _phrase_head(
        text, dataclasses.replace(whole, name=head.name or head.text), ends, tokens, lexicons
    )
    if holder and climbed.kind in ("title_role", "role"):
        # "The leader of the Democratic Party in the House of Representatives Hakeem Jeffries": the office
        # climbs over an institution to its role, and the name at the end still holds it
        return dataclasses.replace(
            mention, first=climbed.first, start=climbed.start, text=text[climbed.start : mention.end]
        )
    return climbed


def _head_before(text: str, tokens: Sequence[Token], k: int, ends: Mapping[int, Mention],
                 lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The noun phrase whose preposition stands right before token ``k``, or None."""
    head = ends.get(k - 1)
    if head is None and k in ends and ends[k].first < k - 1:
        head = ends[k]  # "Sources close to the ministry": the lists' phrase holds its preposition
    if head is None and k > 2 and _complement_adjective(tokens[k - 2], lexicons):
        head = ends.get(k - 2)  # "Sources close to the ministry", "people familiar with the plan": sources
    if head is None and k > 2 and tokens[k - 2].text.islower() and tokens[k - 2].norm.endswith(("ing", "ed")):
        head = ends.get(k - 2) or _clause_phrase(
            text, tokens, k - 2, lexicons
        )  # "EU leaders meeting in Brussels vowed"
    if head is None and tokens[k - 1].norm == "of":  # "The wife of Russian President Vladimir Putin"
        head = _person_before_of(text, tokens, k - 1, lexicons)
    return head


def _acts_for(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether the clause before token ``k`` names someone acting for another: "A spokesman for the armed forces".

    Then a titled person after it is the principal, not the speaker ("A spokesman for the armed forces of
    Ukraine General Valery Zaluzhny said").
    """
    j = k - 1
    while j > 0 and not tokens[j].clause_break_before:
        if in_class(lexicons, tokens[j].norm, "agency_preposition"):
            return True
        j -= 1
    return False


def _person_before_of(text: str, tokens: Sequence[Token], of: int, lexicons: LexiconSet) -> Mention | None:
    """The noun phrase before "of" as the source, when its head is someone's tie: "The wife of President Putin said".

    Class ``relational_person`` (wife, interlocutor, members); any other head is a part or a quantity whose
    people after "of" speak ("two-thirds of Americans say", :func:`with_partitive`).
    """
    if not in_class(lexicons, tokens[of - 1].norm, "relational_person"):
        return None
    return _clause_phrase(text, tokens, of, lexicons)


def _own_title(mention: Mention, lexicons: LexiconSet) -> bool:
    """Whether a person's mention is just a title and the name ("President Zelensky", "Mr Blair").

    After "a spokesman for" such a person is the principal, not the speaker; "President of Ukraine
    Mychajło Podolak" or "Rings director Peter Jackson" end an office phrase with its holder. A country's
    adjective may open it ("a spokesman for Russian President Vladimir Putin").
    """
    written = mention.text.lower()
    first, _, rest = written.partition(" ")
    if rest and nation_of(first, lexicons):
        # the adjective, then only the title and the name ("Belarus President Administration Vladimir
        # Pertsov" is an office's words before its holder)
        return rest == f"{mention.title} {mention.name.lower()}"
    return bool(mention.title) and written.startswith(f"{mention.title} ") and " of " not in written


def _complement_adjective(token: Token, lexicons: LexiconSet) -> bool:
    """An adjective that takes the preposition after it ("close to", "familiar with": ``complement_adjective``)."""
    return token.text.islower() and in_class(lexicons, token.norm, "complement_adjective")


def _clause_phrase(text: str, tokens: Sequence[Token], stop: int, lexicons: LexiconSet) -> Mention | None:
    """The words from the start of their clause to ``stop``, as a role ("EU leaders" of "EU leaders meeting in")."""
    first = stop - 1
    while first > 0 and not tokens[first].clause_break_before and stop - first < MAX_FILLERS:
        first -= 1
    if (not tokens[first].clause_break_before and first > 0) or first >= stop:
        return None
    classes = [lexicons.speech.function_words.get(t.norm) for t in tokens[first:stop]]
    if any(c not in (None, "determiner") for c in classes) or classes[-1] is not None:
        return None  # "While warning of ...": a clause, not a noun phrase
    return make_mention(text, tokens, first, stop, "role")


def _skip_fillers(tokens: Sequence[Token], j: int, ends: Mapping[int, Mention], lexicons: LexiconSet) -> int:
    """Step back over "has also", "did not", a time adjunct ("on Wednesday") and a channel ("on Sky News")."""
    function_words = lexicons.speech.function_words
    fillers = 0
    while j > 0 and not tokens[j].clause_break_before and fillers < MAX_FILLERS:
        if j in ends:
            medium = ends[
                j
            ]  # "the head of British diplomacy on Sky News pointed out": the medium is the channel
            if (
                medium.kind != "media"
                or medium.first == 0
                or not in_class(lexicons, tokens[medium.first - 1].norm, "channel_preposition")
            ):
                break
            j, fillers = medium.first - 1, fillers + 1
            continue
        previous = tokens[j - 1].norm
        relative = previous == "who" and j - 1 in ends  # "candidate Nikki Haley who tweeted"
        # "A critic once said": a word read elsewhere as a conjunction, here an adverb after the source
        relative = relative or (j - 1 in ends and in_class(lexicons, previous, "filler_adverb"))
        # "Rakeyia Scott can be heard yelling that ...": the one heard speaks
        heard = (
            j > 1
            and in_class(lexicons, previous, "perception_participle")
            and in_class(lexicons, tokens[j - 2].norm, "be_form")
        )
        if (
            heard
            or function_words.get(previous) in FILLER_CLASSES
            or manner_adverb(tokens[j - 1], lexicons)
            # "and most recently announced": the degree word is the adverb's, no source
            or (in_class(lexicons, previous, "degree_adverb") and manner_adverb(tokens[j], lexicons))
            or after_auxiliary(tokens, j - 1, lexicons)
            or relative
        ):
            j -= 1
            fillers += 1
            continue
        k = j
        while k > 0 and in_class(lexicons, tokens[k - 1].norm, "not_source") and j - k < 2:
            k -= 1
        if k < j and k > 1 and _time_opened(tokens, k, lexicons):
            k -= 1  # "The RNC this week announced": 'this' is a determiner, the phrase a time adjunct
        if k < j and k > 0:
            # "Podolyak on Wednesday called", "Biden Thursday said": a time adjunct between source and cue
            j = k - 1 if function_words.get(tokens[k - 1].norm) == "preposition" else k
            fillers += 1
            continue
        break
    return j


def _time_opened(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> bool:
    """Whether the time noun at ``k`` follows a time opener that no source word holds ("this week")."""
    return in_class(lexicons, tokens[k].norm, "time_noun") and in_class(
        lexicons, tokens[k - 1].norm, "time_opener"
    )


def addressee_verb(tokens: Sequence[Token], cue: Hit, lexicons: LexiconSet) -> bool:
    """Whether the cue is a verb whose object is the hearer, not the speaker ("told", "warned", "urged").

    After a clause break the verb may be inverted ("..., warned the minister"): then it is not.
    """
    first = tokens[cue.first]
    uninverted = not first.clause_break_before and in_class(lexicons, first.norm, "addressee_uninverted")
    return uninverted or in_class(lexicons, first.norm, "addressee")


def _relative_after_of(tokens: Sequence[Token], mention: Mention, lexicons: LexiconSet) -> bool:
    """Whether a mention after "of" or "for" holds a relative aside (", which ...", ", who ...")."""
    k = mention.first - 1
    k -= int(k > 0 and in_class(lexicons, tokens[k].norm, "article"))  # "for the British Casino Association"
    if k < 0 or not in_class(lexicons, tokens[k].norm, "postmodifier"):
        return False
    inner = tokens[mention.first + 1 : mention.stop]
    return any(t.clause_break_before and in_class(lexicons, t.norm, "relative") for t in inner)
