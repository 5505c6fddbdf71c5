"""Overlapping matches of one dimension count once (framing/overlaps.py)."""

from framing import analyze
from framing.overlaps import count_overlaps_once
from framing.results import Match


def _match(dimension: str, start: int, end: int, weight: float) -> Match:
    text = "x" * (end - start)
    return Match(dimension, f"{dimension}/cue", text, start, end, text, weight, (), dimension, 0)


def test_a_chain_of_overlaps_is_one_cue_weighed_as_its_strongest():
    # "It is not clear" / "clear whether" / "whether": the first and the last meet only through the middle one
    evidence = (_match("hedging", 0, 15, 1.3), _match("hedging", 11, 24, 1.0), _match("hedging", 17, 24, 1.0))
    out = count_overlaps_once(evidence)
    assert [m.weight for m in out] == [1.3, 0.0, 0.0]
    assert all(m.modifiers[-1] == "overlaps 'xxxxxxxxxxxxxxx' (hedging): counts once" for m in out[1:])
    assert [(m.start, m.end) for m in out] == [(m.start, m.end) for m in evidence]  # evidence kept


def test_apart_or_other_dimensions_or_weightless_matches_all_count():
    evidence = (
        _match("hedging", 0, 3, 1.0),
        _match("hedging", 5, 9, 1.0),  # apart from the first
        _match("threat", 5, 9, 1.0),  # the same words, another dimension
        _match("hedging", 7, 12, 0.0),  # a trap takes nothing away
    )
    assert count_overlaps_once(evidence) == evidence


def test_one_hedge_over_several_lexicons_counts_once():
    # New-user trial: 'It is not clear' (hedging) + 'clear whether' (certainty, negated) + 'whether' gave 3.3.
    sentence = analyze("It is not clear whether anyone was hurt.").sentences[0]
    hedges = [m for m in sentence.evidence if m.dimension == "hedging"]
    assert len(hedges) == 3  # every match stays visible
    assert sentence.scores["hedging"] == max(m.weight for m in hedges) == sum(m.weight for m in hedges)
    assert sentence.present["hedging"]
