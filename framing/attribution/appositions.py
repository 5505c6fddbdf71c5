"""A name that a role or an organisation is set off after, with the closing comma missing.

"Oleksii Vlasenko, 32, a Kyiv-based business travel entrepreneur told CNN", "Colin Asplin, Blackpool Hotel
Association said": the name speaks.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from framing.attribution.base import Mention, MentionIndex, in_class
from framing.attribution.heads import MAX_HEAD, document_publisher
from framing.lexicon import LexiconSet
from framing.tokenize import Token


def unclosed_apposition(text: str, tokens: Sequence[Token], first: int, mention: Mention, mentions: MentionIndex,
                        lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The name a role phrase or an organisation's name is set off after, when the closing comma is missing.

    "Oleksii Vlasenko, 32, a Kyiv-based business travel entrepreneur told CNN": an indefinite role after a
    comma, and before it a name (and maybe an age) opening the clause: the name is the subject ("After
    meeting Zelensky, a senior official said" is no apposition: the name does not open the clause). An
    organisation's name without its article is set off only after a full name that opens with a given name
    ("Colin Asplin, Blackpool Hotel Association said"; not "Greenpeace, Friends of the Earth said").
    """
    if mention.kind not in ("role", "vague", "title_role", "institution") or first == 0:
        return None  # "Colin Asplin, Blackpool Hotel Association said": a person's organisation too
    stop = mention.stop  # the cue's first word
    if (
        mention.kind == "institution"
        and stop + 1 < len(tokens)
        and "," in text[tokens[stop].end : tokens[stop + 1].start]
    ):
        return None  # "Joe Biden, White House said, would sign the bill": a reporting clause set off
    if not tokens[first].clause_break_before and in_class(lexicons, tokens[first - 1].norm, "coordinator"):
        # "Fumio Ohta, a retired admiral in ... and a former head of ... told": the first of two roles
        first = next(
            (k for k in range(first - 1, max(0, first - MAX_HEAD * 3), -1) if tokens[k].clause_break_before),
            0,
        )
    if not tokens[first].clause_break_before:
        return None
    indefinite = in_class(lexicons, tokens[first].norm, "indefinite_article")
    if not indefinite and not _bare_title(tokens, first, mention):
        return None
    age = tokens[first - 1].text.isdigit() and tokens[first - 1].clause_break_before
    named = mentions.last_ends.get(first - 1 if age else first)
    if not indefinite and named is not None and named.stop - named.first < 2:
        # "Firstly, the prime minister", "Overall, December sales": a bare title needs a full name before it
        return None
    # the name opens the sentence, follows a quotation ("“...,” Michael Lamberty, a spokesman told") or, with
    # an age or two words, a fronted phrase ("In Kyiv, Olena Petrenko, 34, a teacher told"); not a place
    # after a place ("died in Malibu, California, a spokesman said", "In Malibu, California, a spokesman")
    opens = named is not None and (
        named.first == 0
        or (tokens[named.first].clause_break_before and _after_quotation(text, tokens[named.first].start))
        or ((age or named.stop - named.first > 1) and _after_fronted_phrase(tokens, named.first, lexicons))
    )
    given = lexicons.speech.given_names  # an organisation's name is set off after a person's full name only
    person = named is not None and (mention.kind != "institution" or named.text.split()[0].lower() in given)
    return named if opens and person and named is not None and named.kind in ("person", "name") else None


def _bare_title(tokens: Sequence[Token], first: int, mention: Mention) -> bool:
    """A title with no article, capitalized words at most before it: "X, OFHEO director said", "X, chief of".

    News drops the article of an apposed title ("Armando Falcon, OFHEO director said", "Andrew Burke, chief
    of BT's new unit told"); a plural ("officials") is a group, and the name before it must open the clause.
    """
    # the head: the word before the title's first preposition ("chief of BT's unit"), else its last word
    words = tokens[mention.first : mention.stop]
    head = next((w for w, after in itertools.pairwise(words) if after.text == "of"), words[-1]).norm
    singular = not head.endswith("s") or head.endswith("ss")  # "Kyiv, officials said": a group, no apposition
    return (
        mention.kind in ("title_role", "role", "institution")
        and (mention.kind != "institution" or mention.text[:1].isupper())  # not "X, the Kremlin said"
        and singular
        and all(t.text[:1].isupper() for t in tokens[first : mention.first])
    )


def _after_fronted_phrase(tokens: Sequence[Token], first: int, lexicons: LexiconSet) -> bool:
    """Whether token ``first`` starts the clause after a fronted phrase opened by a preposition ("In Kyiv,")."""
    if lexicons.speech.function_words.get(tokens[0].norm) != "preposition" or first > MAX_HEAD * 2:
        return False
    return tokens[first].clause_break_before and not any(t.clause_break_before for t in tokens[1:first])


def _after_quotation(text: str, start: int) -> bool:
    """Whether a quotation closes right before ``start`` (a comma may stand between)."""
    end = start
    while end > max(0, start - 8) and text[end - 1] in " ,\n":  # bounded, no copy: this runs per subject
        end -= 1
    return end > 0 and text[end - 1] in '"”’»'


def apposed_subject(text: str, tokens: Sequence[Token], found: Mention, mentions: MentionIndex,
                    lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """The name of an unclosed apposition a role subject belongs to, spanning both: "X, a former head of Y told"."""
    named = unclosed_apposition(text, tokens, found.first, found, mentions, lexicons)
    if named is None:
        return None
    return dataclasses.replace(named, stop=found.stop, end=found.end, text=text[named.start : found.end])


def named_instead(text: str, tokens: Sequence[Token], first: int, end: int, mention: Mention,
                  mentions: MentionIndex, lexicons: LexiconSet) -> Mention | None:  # fmt: skip
    """Who speaks for a noun-phrase subject ``first:end`` read as ``mention``, if not the phrase itself.

    Its document's publisher or the name of an unclosed apposition (:func:`document_publisher`,
    :func:`unclosed_apposition`).
    """
    return document_publisher(tokens, first, end, mentions, lexicons) or unclosed_apposition(
        text, tokens, first, mention, mentions, lexicons
    )
