"""Plain noun phrases as sources: "the social media company said", "said a friend", "Kyiv and its allies say".

A phrase is a source when it can name one: not a verb group, a participle, a cue word or a channel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.appositions import named_instead
from framing.attribution.base import (
    MAX_FILLERS,
    NAME_KINDS,
    Mention,
    MentionIndex,
    class_words,
    in_class,
    is_filler,
    make_mention,
)
from framing.attribution.groups import with_partitive
from framing.attribution.heads import (
    as_document,
    can_name,
    complement_at,
    document_head,
    head_before_preposition,
    not_a_subject,
    noun_like,
    owns_what_follows,
    partitive_of,
)
from framing.attribution.initials import initials_at
from framing.attribution.reduced import participle_topic
from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

MAX_NOUN_PHRASE = 8


def noun_phrase_subject(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                        lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """A plain noun phrase right before a speech verb: "the social media company said", "the group says".

    The phrase goes back to a ``relative`` ("the arguments that Trump made") over its ``postmodifier``
    prepositions ("75 percent of voters"); an ``indefinite`` pronoun is no source ("No one can think").
    """
    if (
        cue.first == 0
        or tokens[cue.first].clause_break_before
        or participle_topic(tokens, cue, mentions, lexicons)
    ):
        return None
    function_words = lexicons.speech.function_words
    end = _phrase_end(tokens, cue, mentions, lexicons)
    first = None
    k = end - 1
    relatives, postmodifiers = class_words(lexicons, "relative"), class_words(lexicons, "postmodifier")
    while k >= 0 and end - k <= MAX_NOUN_PHRASE and tokens[k].norm not in relatives:
        # "the head of the US delegation": "US" is no pronoun
        word_class_ = _word_class(tokens, k, lexicons)
        if in_class(lexicons, tokens[k].norm, "possessive") and k < end - 1:
            word_class_ = "determiner"  # "His team said", "many of his endorsers": the possessive opens it
        complement = complement_at(tokens, k, lexicons)  # "sources familiar with the plan": the sources
        if word_class_ not in (None, "determiner") and tokens[k].norm not in postmodifiers and not complement:
            break
        first = k
        opens = word_class_ == "determiner" and not (
            partitive_of(tokens, k, postmodifiers) or (k > 0 and complement_at(tokens, k - 1, lexicons))
        )
        if opens or tokens[k].clause_break_before:
            break
        k -= 1
    if (
        first is None
        or function_words.get(tokens[end - 1].norm) is not None
        or function_words.get(tokens[first].norm) == "preposition"  # "of Michigan barometer of US ..."
        or tokens[end].clause_break_before
    ):
        return None
    head = head_before_preposition(tokens, first, lexicons)
    if not_a_subject(tokens, first, end, cue.first, head, lexicons):
        return None
    first = head[0] if head is not None else first
    phrase = tokens[first:end]
    # "Officials familiar with the plan": the head before the adjective must be a noun, not "plan"
    linked = next((k - 1 for k in range(first + 2, end) if complement_at(tokens, k, lexicons)), end)
    if not can_name(phrase, linked - first, lexicons):
        return None
    mention = phrase_mention(text, tokens, first, end, mentions, lexicons)
    if (named := named_instead(text, tokens, first, end, mention, mentions, lexicons)) is not None:
        return named  # "ECFR's survey showed": the publisher; "X, 32, a Kyiv-based entrepreneur told": X
    mention = as_document(mention, lexicons) if document_head(phrase, lexicons) else mention
    # "The security guard at the firm's headquarters", "officials familiar with": the head speaks, the phrase is the span
    named = head[1] if head is not None and mention.kind in ("role", "vague") else linked
    if named < end and mention.kind in ("role", "vague"):
        mention = dataclasses.replace(mention, name=text[tokens[first].start : tokens[named - 1].end])
    return with_partitive(text, mention, tokens, lexicons)


def _phrase_end(tokens: Sequence[Token], cue: Hit, mentions: MentionIndex, lexicons: LexiconSet) -> int:
    """Where a noun phrase before a cue ends: before fillers and a channel.

    "The Ukrainian truth also emphasized"; "the head of British diplomacy on Sky News pointed out" (a
    ``channel_preposition`` and a medium).
    """
    end = cue.first
    while (
        end > 1
        and cue.first - end < MAX_FILLERS
        and not tokens[end].clause_break_before
        and is_filler(tokens, end - 1, lexicons)
    ):
        end -= 1
    date = tokens[end - 1] if end > 2 else None
    if date and date.text[:1].isupper() and in_class(lexicons, date.norm, "time_word"):
        # "US intelligence findings in December estimated": a date between the phrase and its cue
        end -= 2 if tokens[end - 2].norm in ("in", "on") else 0
    medium = mentions.ends.get(end)
    channel = medium and medium.kind == "media" and medium.first > 1
    if channel and in_class(lexicons, tokens[medium.first - 1].norm, "channel_preposition"):
        return medium.first - 1
    return end


def _word_class(tokens: Sequence[Token], k: int, lexicons: LexiconSet) -> str | None:
    """A function word's class; initials amid lowercase words are a name ("the US Treasury": no "us")."""
    return None if initials_at(tokens, k) else lexicons.speech.function_words.get(tokens[k].norm)


def follows_in_clause(tokens: Sequence[Token], cue: Hit) -> bool:
    """Whether a word follows the cue in its clause ("said a friend", not "said." or "said, adding")."""
    return cue.stop < len(tokens) and not tokens[cue.stop].clause_break_before


def noun_phrase_after(text: str, cue: Hit, mentions: MentionIndex, tokens: Sequence[Token],
                      lexicons: LexiconSet, ends: frozenset[int] = frozenset()) -> Mention | None:  # fmt: skip
    """The source after a cue: up to the end of its clause ("according to a new poll, ...") or ``ends``.

    A phrase that opens with a preposition, conjunction or adverb ("said on Sunday", "said at") is no source;
    ``ends`` are tokens no source runs into (where a channel starts: "wrote the chancellor on X").
    """
    opener = tokens[cue.stop].norm if cue.stop < len(tokens) else ""
    opener_class = lexicons.speech.function_words.get(opener)
    if opener_class not in (None, "determiner") and not in_class(lexicons, opener, "possessive"):
        return None
    amount = opener[:1].isdigit() and cue.stop + 1 < len(tokens) and tokens[cue.stop + 1].text[:1].isdigit()
    if opener == "that" or amount:
        return None  # "..., adding that ...", "suggested 1,500 ...": the content opens there, not a source
    gerund = opener.endswith("ing") and tokens[cue.stop].text.islower() and cue.stop + 1 < len(tokens)
    if gerund and _word_class(tokens, cue.stop + 1, lexicons) in ("determiner", "pronoun"):
        return None  # "referred to stopping the bombardment"; not "said leading economist X"
    stop = cue.stop
    while (
        stop < len(tokens)
        and stop - cue.stop < MAX_NOUN_PHRASE
        and not (stop > cue.stop and (tokens[stop].clause_break_before or stop in ends))
    ):
        if stop > cue.stop and _word_class(tokens, stop, lexicons) in ("conjunction", "pronoun"):
            break  # "said von der Leyen when asked ...": the clause after the source is not the source
        if lexicons.speech.function_words.get(tokens[stop].norm) == "auxiliary":
            return None  # "..., said the plan would work": a verb group makes it a clause, the content
        stop += 1
    if stop == cue.stop or not noun_like(tokens[cue.stop : stop], lexicons):
        return None
    if stop < len(tokens) and owns_what_follows(tokens[stop - 1]):
        return None  # "warning that Putin’s “aggressive tactics ...”": Putin owns the quote, he does not warn
    if all(t.norm in lexicons.speech.function_words for t in tokens[cue.stop : stop]):
        return None  # "according to the WHO" read as "the": function words name no one
    return phrase_mention(text, tokens, cue.stop, stop, mentions, lexicons)


def role_from(tokens: Sequence[Token], first: int, head: Mention, mentions: MentionIndex,
               lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """A person before "from" or "in" and a name of unknown kind: "an imprisoned activist from Crimea".

    The name is where the person comes from (a place, class ``origin_preposition``), not who speaks; an
    institution or medium there ("a statement from the Kremlin") is left to speak. The person is a title
    or role of the lists ("according to a doctor in Gaza": ``a doctor`` is a role row); a plain noun may
    name a text ("a tally from Oryx": Oryx speaks).
    """
    k = head.first - 1
    if k > first and in_class(lexicons, tokens[k].norm, "article"):
        k -= 1
    if k <= first or not in_class(lexicons, tokens[k].norm, "origin_preposition"):
        return None
    return next(
        (m for m in mentions.stopping.get(k, ()) if m.first >= first and m.kind in ("title_role", "role")),
        None,
    )


def phrase_mention(text: str, tokens: Sequence[Token], first: int, stop: int, mentions: MentionIndex,
                   lexicons: LexiconSet) -> Mention:  # fmt: skip
    """A noun phrase as a source: its head decides the kind ("a spokesman for the ministry" is a role)."""
    by = next((k for k in range(first + 1, stop - 1) if tokens[k].norm == "by"), None)
    after_by = (
        [*mentions.starting.get(by + 1, ()), *mentions.starting.get(by + 2, ())] if by is not None else []
    )
    agent = next(iter(after_by), None)
    if agent is not None and agent.kind not in ("speech_noun", "pronoun"):
        return agent  # "a report released by British intelligence": the agent is the source
    # "said retail analyst Nick Bubb of Evolution Securities": lowercase modifiers before a titled person
    lead = next((k for k in range(first, stop) if not tokens[k].text.islower()), stop)
    people = (
        m for k in range(first + 1, lead + 1) for m in mentions.starting.get(k, ()) if m.kind == "person"
    )
    opening = next(people, None)
    opening = opening or next((m for m in mentions.starting.get(first, ()) if m.kind in NAME_KINDS), None)
    if (
        opening is not None
        and any(  # "Many of his endorsers": "of" makes a partitive, no place
            lexicons.speech.function_words.get(t.norm) == "preposition"
            and (t.norm != "of" or opening.kind == "person")
            for t in tokens[opening.stop : stop]
        )
    ):
        return opening  # "assured Scholz in Berlin", "Nick Bubb of Evolution Securities": the person
    head = next((m for m in mentions.stopping.get(stop, ()) if m.first >= first), None)
    if (
        head is not None
        and head.kind == "name"
        and (role := role_from(tokens, first, head, mentions, lexicons))
    ):
        return make_mention(text, tokens, first, stop, role.kind, role.name, role.title)
    if head is not None and head.kind not in ("speech_noun", "pronoun"):
        # the head's end, not the last token's: "warning that Putin’s" is "Putin", its possessive left out
        start = tokens[first].start
        return dataclasses.replace(head, first=first, start=start, text=text[start : head.end])
    inner = mentions.between(first, stop)
    named = [m for m in inner if m.kind in NAME_KINDS and m.stop == stop]
    if named:
        return named[-1]
    kind = "vague" if any(m.kind == "vague" for m in inner) else "role"
    return make_mention(text, tokens, first, stop, kind)


def finite_clause(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """Whether tokens ``first:stop`` open with a subject and its verb group: a clause, not an aside.

    "Since the war in Ukraine, Serbia has accepted refugees, condemned ...": the words between the commas
    are a clause whose subject is the cue's, not an aside to "Ukraine". The subject is a capitalized run or
    a pronoun, the verb group an auxiliary and a lowercase word; an apposition never opens so ("The book,
    being serialised in the Guardian, says", "X, elected president after Y was toppled, has urged").
    """
    function_words = lexicons.speech.function_words
    k = first
    if k + 1 < stop and in_class(lexicons, tokens[k].norm, "article") and tokens[k + 1].text[:1].isupper():
        k += 1  # "Should there be any escalation regarding Ukraine, the EU is ready to ..., stressed X"
    while k < stop and k - first < 4 and tokens[k].text[:1].isupper():
        k += 1
    pronoun = first < stop and function_words.get(tokens[first].norm) == "pronoun"
    if k == first and pronoun and not in_class(lexicons, tokens[first].norm, "relative"):
        k += 1  # "he has", not "who has": a relative clause is an aside ("Obama, who has called ..., said")
    # "Mr Smith, I am told, said", "Mr Putin, it was reported, said": a three-word comment clause is an aside
    return (
        first < k < stop - 1
        and stop - first > 3
        and function_words.get(tokens[k].norm) == "auxiliary"
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )
