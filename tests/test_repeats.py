"""framing.repeats: a weak row said again in one sentence is no second cue."""

import pytest

from framing import analyze, load_lexicons
from framing.errors import LexiconError
from framing.lexicon.writers import to_tsv

HEADER = "# dimension: economy\n# description: test\n# license: CC0\n# source: own = test\n"
COLUMNS = "pattern\tsubcategory\tweight\tsource\tnote\ninflation\tprices\t0.3\town\n"


def _reassurance(text):
    result = analyze(text)
    return result.sentences[0].scores["reassurance"], [
        m for m in result.matches if m.dimension == "reassurance"
    ]


def _economy(tmp_path, header):
    (tmp_path / "economy.tsv").write_text(header + COLUMNS, encoding="utf-8")
    return load_lexicons(tmp_path)


def test_a_weak_row_twice_counts_once():
    # 'security' weighs 0.3: twice it used to reach the 0.5 threshold on one weak word repeated.
    score, matches = _reassurance("The security of the port and the security of the city were discussed.")
    assert score < 0.5
    assert [m.weight for m in matches] == [0.3, 0.0]
    assert "weak row 'security' again: counts once" in matches[1].modifiers


def test_two_different_weak_rows_still_add_up():
    # A second cue is another word: 'restore' (0.4) and 'stability' (0.3) are two.
    score, _ = _reassurance("The central bank is determined to restore stability.")
    assert score == pytest.approx(0.7)


def test_a_row_at_the_threshold_counts_every_time():
    score, matches = _reassurance("The town is safe and the roads are safe.")
    assert [m.weight for m in matches] == [1.0, 1.0]
    assert score == pytest.approx(2.0)


def test_a_file_without_the_header_counts_every_repeat(tmp_path):
    lexicons = _economy(tmp_path, HEADER)
    assert lexicons["economy"].weak_repeats == "each"
    result = analyze("Inflation, inflation and more inflation.", lexicons=lexicons)
    assert result.sentences[0].scores["economy"] == pytest.approx(0.9)


def test_the_header_is_read_and_checked(tmp_path):
    lexicons = _economy(tmp_path, HEADER + "# weak_repeats: once (why)\n")
    assert lexicons["economy"].weak_repeats == "once"
    result = analyze("Inflation, inflation and more inflation.", lexicons=lexicons)
    assert result.sentences[0].scores["economy"] == pytest.approx(0.3)
    assert "# weak_repeats: once\n" in to_tsv([lexicons["economy"]])
    with pytest.raises(LexiconError, match="weak_repeats 'twice' must be one of: each, once"):
        _economy(tmp_path, HEADER + "# weak_repeats: twice\n")


def test_a_diminished_strong_row_still_counts_every_time():
    # 'safe' is a 1.0 row: diminished to 0.4 it is still a cue of its own, not a weak row repeated.
    score, matches = _reassurance("Kyiv is only slightly safe and Lviv is only slightly safe.")
    assert [m.weight for m in matches] == [0.4, 0.4]
    assert score == pytest.approx(0.8)
