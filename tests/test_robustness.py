"""Bounded cost and stable results on hostile or unusual text (issue: any input, bounded cost)."""

import time

import pytest

from framing import analyze, load_lexicons
from framing.errors import LexiconError
from framing.segment import MAX_BLOCK, segment


def _seconds(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def test_a_catastrophic_pattern_in_a_user_boilerplate_file_stays_linear(tmp_path):
    (tmp_path / "segment").mkdir()
    (tmp_path / "segment" / "boilerplate.tsv").write_text(
        "# description: x\n# license: x\n# source: own = test\npattern\n(a+)+b\n", encoding="utf-8"
    )
    lexicons = load_lexicons(tmp_path)
    # Python's re needs about 2**30 steps for this line; RE2 answers at once.
    assert _seconds(segment, "a" * 30 + "c", lexicons) < 1.0


def test_backreferences_in_boilerplate_are_refused_with_the_line(tmp_path):
    (tmp_path / "segment").mkdir()
    (tmp_path / "segment" / "boilerplate.tsv").write_text(
        "# description: x\n# license: x\n# source: own = test\npattern\n(a)\\1\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"boilerplate\.tsv:5: .*not supported"):
        load_lexicons(tmp_path)


def test_a_boilerplate_pattern_too_large_to_compile_stops_loading_with_its_line(tmp_path):
    (tmp_path / "segment").mkdir()
    (tmp_path / "segment" / "boilerplate.tsv").write_text(
        "# description: x\n# license: x\n# source: own = test\npattern\nadvert\n" + "\\w{1000}" * 5 + "\n",
        encoding="utf-8",
    )
    # RE2 parses it (the cheap check at load) but cannot compile it within its memory budget.
    with pytest.raises(LexiconError, match=r"boilerplate\.tsv:6: boilerplate pattern .* cannot be compiled"):
        load_lexicons(tmp_path)


def test_a_bad_boilerplate_pattern_is_one_line_on_stderr(tmp_path):
    import subprocess
    import sys

    (tmp_path / "lexicons" / "segment").mkdir(parents=True)
    (tmp_path / "lexicons" / "segment" / "boilerplate.tsv").write_text(
        "# description: x\n# license: x\n# source: own = test\npattern\nadvert(\n", encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text("Drones attacked the city.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "framing", "score", "--lexicons", str(tmp_path / "lexicons"), str(article)],
        capture_output=True,
        text=True,
    )
    # RE2 logs its own parse errors on stderr unless told not to; the user must see one line.
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "boilerplate.tsv:5: pattern 'advert(' is not a valid regular expression (missing )" in done.stderr


@pytest.mark.parametrize("space", ["\u3000", "\u2003", "\u00a0", "\u2028", "\u200b", "\ufeff", "\u0085"])
def test_unicode_white_space_padding_changes_nothing(space):
    text = "Drones attacked the city. No one was injured, officials said.\n\nJOIN US ON TELEGRAM"
    plain = analyze(text)
    padded_text = "\n".join(f"{space}{line}{space}" for line in text.split("\n"))
    padded = analyze(padded_text)
    assert [s.text for s in padded.sentences] == [s.text for s in plain.sentences]
    assert [s.scores for s in padded.sentences] == [s.scores for s in plain.sentences]
    assert padded.sentences[-1].boilerplate


def test_scores_are_floats_even_for_an_empty_analysis():
    result = analyze("Advertisement")
    assert all(isinstance(v, float) for s in result.sentences for v in s.scores.values())
    assert all(isinstance(v, float) for v in result.summary(readability=False).scores.values())


def test_a_long_line_without_punctuation_is_segmented_in_bounded_pieces():
    text = "word " * (3 * MAX_BLOCK // 5)
    sentences = segment(text, load_lexicons())
    assert sentences and max(len(s.text) for s in sentences) <= MAX_BLOCK
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_run_on_repair_is_linear_in_a_long_word():
    lexicons = load_lexicons()
    small, large = "a" * 20_000 + ".The end.", "a" * 80_000 + ".The end."
    # Quadratic would be 16 times slower; allow generous noise for a busy machine.
    assert _seconds(segment, large, lexicons) < 8 * _seconds(segment, small, lexicons) + 0.5
