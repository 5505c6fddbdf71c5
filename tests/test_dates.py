"""A capitalized month name is a date, not the modal it spells (framing/dates.py)."""

import pytest

from framing import analyze


def hedges(text: str) -> list[str]:
    return [m.text for m in analyze(text).matches if m.dimension == "hedging" and m.weight > 0]


@pytest.mark.parametrize(
    "text",
    [
        "Shipments are due in March, May and July.",
        "Soybean May 20.0, total 20.0 (nil)",
        "The dividend is payable May 15 to holders of record.",
        "Between January and May Ecuador sold 16 mln barrels.",
        "Pay May Eight",
        "May crude closed 17 cts higher to 18.84 dlrs.",
        "May he rest in peace.",
    ],
)
def test_a_capitalized_may_is_no_hedge(text):
    assert hedges(text) == []


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Prices may rise in May.", "may"),
        ("Oil Prices May Rise Sharply", "May"),  # a title-case headline keeps its modal
        ("OPEC MAY HAVE TO MEET TO FIRM PRICES", "MAY"),
    ],
)
def test_the_modal_stays_a_hedge(text, hedge):
    assert hedges(text) == [hedge]


def test_a_date_name_keeps_the_other_words_of_its_sentence():
    assert hedges("Talks may resume in late April or May, officials said.") == ["may"]


def test_a_lowercase_month_after_a_preposition_and_a_day_is_a_date():
    assert hedges("Ambassador Dmitry Krutoi told the media in Moscow on 6 may, BelTA has learned.") == []
    assert hedges("Only 3 may survive the winter.") == ["may"]  # no preposition before the number
    assert hedges("On 6 May talks may resume.") == ["may"]


def test_a_number_after_another_preposition_is_a_count_and_may_stays_a_hedge():
    # reviewer's cases: 'to', 'under', 'around' before the number make it a count, not a day
    assert hedges("Up to 30 may have been killed in the strike, officials said.")[-1:] == ["may"]
    assert hedges("Children under 5 may be at greater risk, doctors warned.") == ["may"]
