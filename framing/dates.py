"""Dates, not words: a capitalized month name ("in March, May and July") is no modal "may".

Matching is case-blind, so the hedging row ``may`` also finds the month and the surname. Written with a
capital in running text, "May" is neither epistemic (a modal opens a sentence only as a question or a
wish: "May I ask", "May he rest in peace") nor the hedge of a headline, which Reuters writes in capitals
and the BBC in sentence case. On the news corpus (dev articles left out) 1,320 sentences had a hedging
match on a capitalized "May": of the 111 where it opens the sentence, one was a modal (a fragment, "May
result in protectionist measures"); the others and nearly all of the rest were the month ("Soybean May
20.0", "payable May 15", "April and May"), a company ("May Department Stores") or a surname. This stage
drops such a one-word lexicon hit on a word of the ``time_word`` class of ``sources/word_classes.tsv``
(months and weekdays) written with a capital and lowercase after it, unless the words on both sides of
it are capitalized too, the next being no number or date word: a title-case headline ("Oil Prices May
Rise") keeps its modal, "Pay May Eight" and "between January and May Ecuador sold" do not. Written in
lowercase after "on" and a day in figures, it is a date too ("told the media in Moscow on 6 may", blind
audit 73); after other words a number is a count, and "up to 30 may have been killed" keeps its modal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from framing.lexicon import LexiconSet
from framing.match import Hit
from framing.tokenize import Token

_DATE_CLASSES = ("time_word", "number_word")
"""Word classes that may follow a month name in a title-case run and still make it a date ("May Eight")."""


def drop_date_names(tokens: Sequence[Token], hits: Sequence[Hit], lexicons: LexiconSet) -> list[Hit]:
    """The hits without those that only spell a capitalized month or weekday name ("in March, May and July").

    Args:
        tokens: The sentence's tokens.
        hits: The sentence's lexicon hits (every group).
        lexicons: For the ``time_word`` and ``number_word`` classes of ``sources/word_classes.tsv``.

    Returns:
        ``hits`` in their order, less the one-word hits on a date name.
    """
    classes = lexicons.speech.classes
    names = classes["time_word"]
    if not any(h.stop - h.first == 1 and tokens[h.first].norm in names for h in hits):
        return list(hits)  # most sentences: no lexicon word is a month or weekday
    return [h for h in hits if not (h.stop - h.first == 1 and _is_date_name(tokens, h.first, names, classes))]


def _day_number(word: str) -> bool:
    """A day of the month written in figures ("6", "31")."""
    return word.isdigit() and 1 <= int(word) <= 31


def _is_date_name(
    tokens: Sequence[Token], i: int, names: frozenset[str], classes: Mapping[str, frozenset[str]]
) -> bool:
    """Whether token ``i`` is a month or weekday name written as one ("May"), outside a title-case run."""
    token = tokens[i]
    word = token.text
    if token.norm not in names:
        return False
    if word.islower():  # the modal, but for a day's date written in lowercase: "told the media on 6 may"
        return i > 1 and _day_number(tokens[i - 1].text) and tokens[i - 2].norm == "on"
    if not (word[:1].isupper() and word[1:].islower()):
        return False  # "MAY" is a headline in capitals
    if i == 0 or i + 1 == len(tokens):
        return True
    after = tokens[i + 1]
    if not (tokens[i - 1].text[:1].isupper() and after.text[:1].isupper()):
        return True
    # Capitalized on both sides: a title-case headline ("Prices May Rise") unless a date word follows.
    return any(after.norm in classes[name] for name in _DATE_CLASSES)
