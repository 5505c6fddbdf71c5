import time

import pytest

from framing import load_lexicons
from framing.attribution.context import quote_tags
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
        # a closing mark before a word at a line's start or after a space opens (sloppy web text, Swedish)
        ("Photo.\n”Mr. Trump is a bully.”", [("Mr. Trump is a bully.", 0)]),
        ("Han sa ”vi är redo” i dag.", [("vi är redo", 0)]),
        # ... but not before punctuation: it closes there (a guard: the mark stands after a space)
        ("“We are ready” he said ”. Then”", [("We are ready", 0)]),
        # a sentence end that lost its space: the straight mark opens a quotation when none is open ...
        (
            'He said a hospital was hit."The S-300 hit it. A woman was wounded," he said.',
            [("The S-300 hit it. A woman was wounded,", 0)],
        ),
        # ... and closes the one that is
        ('He said "we are ready."The minister left.', [("we are ready.", 0)]),
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


def test_a_plural_possessive_does_not_break_a_joined_quote():
    text = 'He said: "We tried. Our rivals had 70 days\' time together. "They had more. "We had 16."'
    [quote] = find_quotes(text, paragraphs(text, load_lexicons()))
    assert text[quote.content_start : quote.content_end].endswith("We had 16.")
    assert quote.paragraphs == 3


def test_a_tag_before_a_single_lost_break_shows_a_missing_closer():
    # a missing closer, then the author's sentences: no quotation over them (code review)
    text = '"The situation is serious, the minister said. Officials said the talks failed. "We need help."'
    spans = paragraphs(text, load_lexicons())

    def tagged(text, start, end):
        return ", the minister said" in text[start:end]

    quotes = find_quotes(text, spans, tagged)
    assert [text[q.content_start : q.content_end] for q in quotes] == ["We need help."]
    assert len(find_quotes(text, spans)) == 1 and find_quotes(text, spans)[0].paragraphs == 2  # untested


def test_quote_continued_over_joined_paragraphs():
    # paragraphs joined by a space (the BBC corpus): each paragraph of the quote opens with a mark, only
    # the last one closes
    text = (
        'He added: "They will know. We showed strength. "In the second half we tried. "It is done." He left.'
    )
    [quote] = find_quotes(text, paragraphs(text, load_lexicons()))
    assert text[quote.content_start : quote.content_end] == (
        'They will know. We showed strength. "In the second half we tried. "It is done.'
    )
    assert quote.paragraphs == 3


@pytest.mark.parametrize(
    "text",
    [
        'Jones said: "We are ready. Smith replied: "We are not."',  # a colon opens a quotation of its own
        'Jones said: "We are \'ready\'. "We are not."',  # another mark between: a closer may be lost
        'Jones said: "We are ready, Smith said "We are not."',  # no sentence end before the next opener
    ],
)
def test_joined_quote_continues_only_after_a_plain_sentence_end(text):
    quotes = find_quotes(text, paragraphs(text, load_lexicons()))
    assert [text[q.content_start : q.content_end] for q in quotes if q.family == "double"] == ["We are not."]


def test_deeply_nested_quotes_pair_without_recursion():
    text = "“" * 3000 + "a" + "”" * 3000
    quotes = find_quotes(text, [(0, len(text))])
    assert len(quotes) == 3000
    assert quotes[0].start == 0 and quotes[0].end == len(text) and quotes[0].depth == 0
    assert {q.depth for q in quotes[1:]} == {1}


@pytest.mark.parametrize("unit", ["“a” ", "“‘«“ a ", '"a" ', "‘a’s ’"])
def test_pairing_cost_is_linear_in_marks(unit):
    """Counted in work, not seconds: pairing as many marks again doubles the quotes found, at most."""
    small, large = (unit * n for n in (2000, 4000))
    found = [len(find_quotes(t, [(0, len(t))])) for t in (small, large)]
    assert found[1] <= 2 * found[0] + 1


def test_a_paragraph_of_unclosed_openers_is_walked_once():
    """Every opener of a long chain that never closes starts no walk of its own (quadratic otherwise)."""

    def seconds(text):
        start = time.perf_counter()
        find_quotes(text, [(0, len(text))])
        return time.perf_counter() - start

    small, large = ('"We are ready. ' * n for n in (2000, 8000))
    # Quadratic would be 16 times slower; allow generous noise for a busy machine.
    assert seconds(large) < 8 * seconds(small) + 0.5


def test_nesting_matches_the_pairwise_definition():
    """A quote is kept unless it crosses a kept one; depth 1 when a kept quote holds it."""
    text = "“a ‘b “c” d’ e” and ‘f “g’ h” i’ and «j» “k ‘l’”"
    quotes = find_quotes(text, [(0, len(text))])
    for q in quotes:
        holders = [k for k in quotes if k.start < q.start and q.end <= k.end]
        assert q.depth == (1 if holders else 0)
        assert not [k for k in quotes if k.start < q.start < k.end < q.end]


def test_a_joined_quote_whose_last_part_has_its_tag_is_one_quote():
    # blind audit 50 (bbc-1661): '... slump. "We have to make sure ... them. "England have not ...
    # occasion," he said.' left the first part no one's; a last part ending in a comma before its tag
    # runs on from the first when no tag stands between them
    text = (
        'Kirwan says his side is ready. "We have to make it tough for them. "England are slumping," he said.'
    )
    quotes = find_quotes(text, paragraphs(text, load_lexicons()), quote_tags(load_lexicons()))
    assert [text[q.content_start : q.content_end] for q in quotes] == [
        'We have to make it tough for them. "England are slumping,'
    ]


def test_a_joined_quote_with_a_tag_between_stays_apart():
    text = '"It is bad. "The situation is serious, the minister said. "We need help," he added.'
    quotes = find_quotes(text, paragraphs(text, load_lexicons()), quote_tags(load_lexicons()))
    assert [text[q.content_start : q.content_end] for q in quotes] == ["We need help,"]
