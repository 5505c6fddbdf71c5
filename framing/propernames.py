"""Lexicon words inside an organisation's name count for nothing ("National Crime Agency").

ANNOTATION.md scores a proper name 0 ("the Great Patriotic War"). Sense traps list the well-known names one
by one; this rule catches the rest by their shape: the matched words are capitalized, and they sit inside a
run of capitalized words (joined by the lowercase ``name_connector`` words and "the") that holds the head
noun of an organisation (``org_head``, ``media_head`` in ``sources/word_classes.tsv``: agency, committee,
ministry, service) right after the match or linked before it by a connector ("National Crime Agency",
"Institute for the Study of War", "Committee to Protect Journalists"). A head the match follows directly
names an event ("Beslan School Siege"), and a head after a connector is the match's object ("Attacks on the
Government quarter"). A disaster's name ("Hurricane Katrina") has no such head and keeps its weight.
Headline-style sentences, with no lowercase word but function words, are left alone: there the capitals
say nothing about names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from framing.lexicon import LexiconSet
from framing.lexicon.model import derived
from framing.match import Hit
from framing.tokenize import Token

CUE_LEXICONS = frozenset({"attribution"})
"""Lexicons of cues, not framing: "Speaking to the Atlantic Council" is a cue before a name."""


def organisation_names(hits: Sequence[Hit], tokens: Sequence[Token], lexicons: LexiconSet) -> dict[Hit, str]:
    """The hits inside an organisation's name, each with the name as written.

    Args:
        hits: The sentence's content hits (sense traps excluded).
        tokens: The sentence's tokens.
        lexicons: For the word classes of the organisation's head nouns and the connectors.

    Returns:
        Hit -> the words of the name, from its first to its last token ("National Crime Agency").
    """
    function_words = lexicons.speech.function_words
    capitalized = [
        h
        for h in hits
        if h.group not in CUE_LEXICONS
        and all(_titled(tokens[k]) and tokens[k].norm not in function_words for k in range(h.first, h.stop))
    ]
    if not capitalized or _headline(tokens, function_words):
        return {}
    heads, connectors = _words(lexicons)
    found = {}
    for hit in capitalized:
        first, stop = _run(tokens, hit, connectors)
        joined = [k for k in range(first, stop) if tokens[k].norm in connectors]
        # A head right after the words ("National Crime Agency", "Peace Research Institute") or one a
        # connector links before them ("Institute for the Study of War"); not a head the words follow
        # directly ("Beslan School Siege", "Russian Army Attack"): the event is the name's head, and not
        # one after a connector ("Attacks on the Government quarter"): the words are its subject.
        if any(
            tokens[k].norm in heads
            and ((k >= hit.stop and not any(hit.stop <= c < k for c in joined)) or (k < hit.first and any(k < c < hit.first for c in joined)))
            for k in range(first, stop)
        ):  # fmt: skip
            found[hit] = " ".join(tokens[k].text for k in range(first, stop))
    return found


def _titled(token: Token) -> bool:
    # "Crime", "Protect": a capital and a lowercase letter; an acronym ("HIMARS") is no sign of a name.
    return token.text[:1].isupper() and any(c.islower() for c in token.text)


def _headline(tokens: Sequence[Token], function_words: Mapping[str, str]) -> bool:
    # Title case capitalizes every word but the function words: no lowercase content word is left.
    return not any(t.text[:1].islower() and t.norm not in function_words for t in tokens)


def _run(tokens: Sequence[Token], hit: Hit, connectors: frozenset[str]) -> tuple[int, int]:
    """The capitalized run around the hit, through connectors that have a capitalized word past them."""
    first = hit.first
    while first > 0 and not tokens[first].clause_break_before:
        k = first - 1
        while k > 0 and tokens[k].norm in connectors and not tokens[k].clause_break_before:
            k -= 1  # "Institute for the Study": past the connectors to the word before them
        if not _titled(tokens[k]) or tokens[k].norm in connectors:
            break
        first = k
    stop = hit.stop
    while stop < len(tokens) and not tokens[stop].clause_break_before:
        k = stop
        while k < len(tokens) - 1 and tokens[k].norm in connectors and not tokens[k + 1].clause_break_before:
            k += 1
        if not _titled(tokens[k]) or tokens[k].norm in connectors:
            break
        stop = k + 1
    return first, stop


@derived
def _words(lexicons: LexiconSet) -> tuple[frozenset[str], frozenset[str]]:
    classes: Mapping[str, frozenset[str]] = lexicons.speech.classes
    heads = classes.get("org_head", frozenset()) | classes.get("media_head", frozenset())
    connectors = classes.get("name_connector", frozenset()) | classes.get("definite_article", frozenset())
    return heads, connectors
