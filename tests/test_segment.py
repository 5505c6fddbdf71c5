import pytest

from framing import load_lexicons
from framing.segment import segment


def sentences(text: str) -> list[str]:
    found = segment(text, load_lexicons())
    for s in found:
        assert text[s.start : s.end] == s.text
    return [s.text for s in found]


def test_headline_without_period_is_its_own_sentence():
    text = "Governor Anokhine: ‘Our Systems Are Ready’ as Ukraine Launches Drone Attack\n\nIn the quiet hours, drones came."
    assert sentences(text) == [
        "Governor Anokhine: ‘Our Systems Are Ready’ as Ukraine Launches Drone Attack",
        "In the quiet hours, drones came.",
    ]


def test_each_line_is_a_paragraph():
    text = "The attack left debris.\nBoharev emphasized the response.\nMeanwhile, Leningrad braced."
    assert len(sentences(text)) == 3


def test_abbreviations_do_not_end_sentences():
    text = "Gov. Anokhine met Mr. Smith in St. Petersburg on Dec. 8 with U.S. officials. It rained."
    assert sentences(text) == [
        "Gov. Anokhine met Mr. Smith in St. Petersburg on Dec. 8 with U.S. officials.",
        "It rained.",
    ]


def test_curly_quotes_and_apostrophes():
    text = "‘Dear Smolensk residents, we neutralized one UAV,’ he wrote. Russia’s governor’s post was brief."
    assert sentences(text) == [
        "‘Dear Smolensk residents, we neutralized one UAV,’ he wrote.",
        "Russia’s governor’s post was brief.",
    ]


def test_quotation_spanning_two_sentences_keeps_marks_with_their_sentences():
    text = "“We are ready. We will respond,” the governor said. Then he left."
    assert sentences(text) == [
        "“We are ready.",
        "We will respond,” the governor said.",
        "Then he left.",
    ]


def test_run_on_scraped_text_is_split():
    assert sentences("Drones attacked Kiev.This is the third attack.") == [
        "Drones attacked Kiev.",
        "This is the third attack.",
    ]


def test_run_on_split_respects_abbreviations_and_acronyms():
    assert len(sentences("They met Gov.Anokhine today.")) == 1
    assert len(sentences("The U.S.Army responded.")) == 1


@pytest.mark.parametrize("line", ["Advertisement", "JOIN US ON TELEGRAM!", "Source: tvn24"])
def test_boilerplate_lines_are_marked(line):
    text = f"Drones attacked the city.\n{line}\nThe governor spoke."
    found = segment(text, load_lexicons())
    assert [s.boilerplate for s in found] == [False, True, False]
    assert found[1].text == line


def test_windows_line_endings_and_bom():
    text = "\ufeffHeadline here\r\n\r\nFirst sentence. Second sentence.\r\nThird line."
    assert sentences(text) == [
        "Headline here",
        "First sentence.",
        "Second sentence.",
        "Third line.",
    ]


def test_hard_wrapped_text_is_joined_back():
    text = (
        "The central bank said on Tuesday that it would\n"
        "raise interest rates by half a point, citing\n"
        "inflation that has run above its target for\n"
        "most of the year. Analysts had expected the move.\n"
    )
    assert sentences(text) == [
        "The central bank said on Tuesday that it would\nraise interest rates by half a point, citing\n"
        "inflation that has run above its target for\nmost of the year.",
        "Analysts had expected the move.",
    ]


def test_empty_and_whitespace_give_no_sentences():
    assert sentences("") == []
    assert sentences(" \n\t\ufeff ") == []


def test_paragraphs_are_the_spans_of_their_sentences():
    from framing.segment import paragraphs

    text = "Headline here\n\n“We are ready. Fully,” he said.\nAdvertisement\nThe end.  It rained.\r\n"
    found = segment(text, load_lexicons())
    by_paragraph = {}
    for s in found:
        if not s.boilerplate:
            start, end = by_paragraph.get(s.paragraph, (s.start, s.end))
            by_paragraph[s.paragraph] = (min(start, s.start), max(end, s.end))
    assert list(by_paragraph.values()) == list(paragraphs(text, load_lexicons()))
