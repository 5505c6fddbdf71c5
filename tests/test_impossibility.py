"""Post-posed impossibility (framing/impossibility.py, kind ``impossible`` in modifiers/negators.tsv)."""

from framing import analyze
from framing.impossibility import SUBJECT_WITHIN


def _flipped(text):
    return [m for m in analyze(text).matches if any("ruled out by" in x for x in m.modifiers)]


def test_the_subject_is_ruled_out_with_its_span_and_the_predicate_named():
    text = "Peace talks with the Kremlin are completely out of the question."
    [match] = _flipped(text)
    assert text[match.start : match.end] == match.text == "Peace talks"
    assert match.dimension == "threat"
    assert match.modifiers[0].startswith("ruled out by 'out of the question' (after the copula)")


def test_a_subject_too_far_before_the_copula_is_left_alone():
    far = " ".join(["very"] * SUBJECT_WITHIN)
    assert _flipped(f"Peace talks {far} long are impossible.") == []
    assert _flipped("Peace talks are impossible.") != []


def test_a_denied_impossibility_rules_out_nothing():
    assert _flipped("Peace talks are not impossible.") == []
