"""framing.negation: the note a reader sees for what a modifier did to a match, and where the match goes."""

from __future__ import annotations

import pytest

import framing
from framing import load_lexicons


def _reassurance(text: str) -> tuple[float, tuple[str, ...]]:
    matches = [
        m for m in framing.analyze(text, lexicons=load_lexicons()).matches if m.lexicon == "reassurance"
    ]
    assert matches, text
    return matches[0].weight, matches[0].modifiers


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Allies should send military aid to Ukraine.",
            "called for by 'should' (asked for, not given: dropped)",
        ),
        (
            "Congress voted to block military aid to Ukraine.",
            "refused by 'to block' (withheld, not given: dropped)",
        ),
    ],
)
def test_a_withheld_match_is_dropped_with_its_note(text, note):
    assert _reassurance(text) == (0.0, (note,))


def test_a_refusal_a_negation_cancelled_still_ends_the_negation_but_not_the_appeal():
    """'did not delay aid' gives the aid; 'should not delay aid' asks for it (code review of e94a328)."""
    assert _reassurance("Allies did not delay military aid to Ukraine.") == (1.0, ())
    weight, notes = _reassurance("Allies should not delay military aid to Ukraine.")
    assert weight == 0.0 and notes[0].startswith("called for by 'should'")


@pytest.mark.parametrize(
    "text",
    [
        "The EU agreed to use frozen Russian assets to fund military aid for Ukraine.",
        "A missile hit a block of flats as air defences shot down ten drones.",
    ],
)
def test_nouns_and_adjectives_of_stopping_withhold_nothing(text):
    weight, notes = _reassurance(text)
    assert weight > 0 and not notes
