"""Where a capitalized run stops being a person's name: an event's name, post-nominal letters, a weekday.

"World War II" names no one; "Kate Hoey MP" is Kate Hoey; "a letter to Biden Thursday" ends at Biden.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from framing.attribution.base import Mention, in_class, strip_possessive
from framing.attribution.runs import inner_word
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def event_name(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """A name ending in an ``event_head``, a numeral after it or not: no one speaks as it, as no place does."""
    run = tokens[first:stop]
    if not all(t.text[:1].isupper() for t in run):
        return False  # "the Institute for the Study of War": an organisation named after its subject
    if stop + 1 < len(tokens) and tokens[stop].text.islower() and tokens[stop + 1].text[:1].isupper():
        return False  # "Final Wars producer Shogo Tomiyama": it premodifies an office and a name
    last = run[-1].text
    numeral = len(run) > 1 and (last.isdigit() or (last.isupper() and set(last) <= set("IVX")))
    head = run[-2] if numeral else run[-1]
    return in_class(lexicons, strip_possessive(head.text).lower(), "event_head")


def ends_name(
    tokens: Sequence[Token], first: int, k: int, not_source: frozenset[str], lexicons: LexiconSet
) -> bool:
    """Whether token ``k`` ends the name run from ``first`` before it, and is no part of it.

    A ``not_source`` word that no capitalized word joins after ("a letter to Biden Thursday"), or a
    ``post_nominal`` after two words of a name that opens with a given name ("Kate Hoey MP", "Tom McCabe
    MSP": the person is named).
    """
    word = tokens[k]
    if word.norm in not_source and not inner_word(tokens, k, lexicons):
        return True
    # after a given name only: "A UK Independence Party MEP suggested" is the party's member
    given = tokens[first].norm in lexicons.speech.given_names
    return k - first >= 2 and given and not word.clause_break_before and _post_nominal(word, lexicons)


def named_before_post_nominal(tokens: Sequence[Token], j: int, ahead: int, lexicons: LexiconSet) -> bool:
    """Whether the words from ``j`` are a person's name before a ``post_nominal`` that ends the run.

    "Kate Hoey MP said", "Tom McCabe MSP said": two words opening with a given name, the letters in
    capitals and no name after them; "Ealing North MP Stephen Pound", "Labour MP said" keep their title.
    """
    k = j + ahead
    return (
        ahead == 2
        and k < len(tokens)
        and _post_nominal(tokens[k], lexicons)
        and (k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper())
        and tokens[j].norm in lexicons.speech.given_names
    )


def with_post_nominal(text: str, tokens: Sequence[Token], mention: Mention, lexicons: LexiconSet) -> Mention:
    """A person's name with the post-nominal letters after it in its span ("Kate Hoey MP"), its name unchanged.

    The letters are then no title of a mention of their own, which a cue after them would take.
    """
    k = mention.stop
    if mention.kind not in ("person", "name") or k >= len(tokens) or not _post_nominal(tokens[k], lexicons):
        return mention
    if tokens[k].clause_break_before:  # "David Cameron, MP for Witney,": an aside that describes him
        return mention
    end = tokens[k].end
    return dataclasses.replace(mention, stop=k + 1, end=end, text=text[mention.start : end])


def _post_nominal(token: Token, lexicons: LexiconSet) -> bool:
    """Letters after a name for an office or honour, in capitals ("MP", "QC"); the norm may be the initials."""
    return token.text.isupper() and in_class(lexicons, token.text.lower(), "post_nominal")


def company_name(tokens: Sequence[Token], first: int, stop: int, lexicons: LexiconSet) -> bool:
    """Whether a run of two words or more ending in a ``company_head`` is a company's name, not a person's.

    "British Airways", "UK Coal", "SK Telecom", like "Continental Research" (``vague_tail``); not "Helen
    Steel", whose first word is a given name.
    """
    return (
        stop - first > 1
        and in_class(lexicons, tokens[stop - 1].norm, "company_head")
        and tokens[first].norm not in lexicons.speech.given_names
    )
