"""A capitalized match inside an organisation's name weighs nothing, and says which name."""

from framing import analyze


def _matches(text, dimension):
    return [m for s in analyze(text).sentences for m in s.evidence if m.dimension == dimension]


def test_the_match_names_the_organisation_it_is_inside():
    [crime] = _matches("The National Crime Agency said it had made arrests.", "threat")
    assert crime.weight == 0
    assert crime.modifiers == ("inside the name 'National Crime Agency'",)


def test_names_joined_by_connectors_are_read_whole():
    [peace] = _matches(
        "The Stockholm International Peace Research Institute published the figures.", "reassurance"
    )
    assert peace.weight == 0
    assert "Stockholm International Peace Research Institute" in peace.modifiers[0]


def test_a_lowercase_use_of_the_same_word_still_counts():
    [crime] = _matches("Organised crime has grown in the port, the agency said.", "threat")
    assert crime.weight > 0 and crime.modifiers == ()
