import pytest

from framing import load_lexicons
from framing.quotes import find_quotes
from framing.segment import paragraphs


def contents(text):
    return [
        (text[q.content_start : q.content_end], q.depth)
        for q in find_quotes(text, paragraphs(text, load_lexicons()))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘Dear residents, we are safe,’ he wrote.", [("Dear residents, we are safe,", 0)]),
        ("‘The leaders’ decision was final,’ he said.", [("The leaders’ decision was final,", 0)]),
        ("Russia’s and O’Neill’s views; the ministers’ view.", []),
        ("“We are ready,” he said. “But not yet.”", [("We are ready,", 0), ("But not yet.", 0)]),
        (
            "“He said ‘we are ready’ today,” she said.",
            [("He said ‘we are ready’ today,", 0), ("we are ready", 1)],
        ),
        ('He said "we will win" and left.', [("we will win", 0)]),
        ("Putin: 'We will respond' to strikes", [("We will respond", 0)]),
        ("In the '90s it was quiet.", []),
    ],
)
def test_quotes(text, expected):
    assert contents(text) == expected


def test_unbalanced_opener_stays_in_its_paragraph():
    text = "He said “we are ready.\nThe next paragraph is “fine” here."
    assert contents(text) == [("fine", 0)]


def test_multi_paragraph_quote():
    text = "He said:\n“The night was calm.\n“No drones came,” he added."
    [quote] = find_quotes(text, paragraphs(text, load_lexicons()))
    assert text[quote.content_start : quote.content_end] == "The night was calm.\n“No drones came,"
    assert quote.paragraphs == 2
