import subprocess
import sys

from framing.readability import MEASURES, readability


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


def test_text_without_words():
    assert readability("... !!!") == dict.fromkeys(MEASURES, 0.0)


def test_readability_never_downloads():
    """In a fresh interpreter with nltk.download and sockets disabled, readability still works."""
    code = (
        "import socket, nltk\n"
        "def refuse(*a, **k): raise SystemExit('network or download attempted')\n"
        "nltk.download = refuse\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from framing.readability import readability\n"
        "print(readability('Syllables are counted offline here. This sentence helps.'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "flesch_reading_ease" in done.stdout


def test_first_pronunciations_parse_the_cmudict_format():
    from framing.readability import _first_pronunciations

    parsed = _first_pronunciations("a AH0\na(2) EY1\nhello HH AH0 L OW1 # comment\n")
    assert parsed == {"a": [["AH0"]], "hello": [["HH", "AH0", "L", "OW1"]]}
