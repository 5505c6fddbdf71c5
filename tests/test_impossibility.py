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


def test_a_dismissed_concern_in_the_clause_before_a_demonstrative_is_reassurance():
    # New-user trial on the war news: the concern and the escalation it is about are dismissed.
    text = (
        "While he understands Scholz's reasons for concern regarding a possible escalation of the "
        "conflict, these are unfounded, Wallace said."
    )
    flipped = _flipped(text)
    assert {m.text for m in flipped} >= {"concern", "escalation"}
    assert all(m.dimension == "reassurance" for m in flipped)
    assert all(text[m.start : m.end] == m.text for m in flipped)


def test_a_demonstrative_that_is_not_alone_takes_no_clause_before():
    flipped = _flipped("Despite the escalation, these peace talks are impossible.")
    assert [m.text for m in flipped] == ["peace talks"]


def test_a_dismissed_report_negates_its_content_clause_only_after_a_claim_noun():
    text = (
        "An Iranian spokesman said reports that Iran intends to threaten shipping in the Gulf were baseless."
    )
    assert [m.text for m in _flipped(text)] == ["threaten"]
    # After a verb 'that' opens no claim's content: the conflict is not ruled out.
    assert _flipped("Biden said, adding that news of the attack was exaggerated.") == []


def test_a_dismissal_before_a_noun_negates_nothing():
    assert _flipped("Russia's baseless attack on Kyiv went on.") == []
