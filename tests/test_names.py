import pytest

from framing import load_lexicons
from framing.names import DIFFERENT, POSSIBLE, SAME, compare_names, group_names

TRANSLIT = load_lexicons().speech.transliteration


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Bocharov", "Boharev", SAME),
        ("Anokhin", "Anokhine", SAME),
        ("Zelensky", "Zelenskiy", SAME),
        ("Zelensky", "Zelenskyy", SAME),
        ("O’Neill", "O'Neill", SAME),
        ("Кириshi", "Kirishi", SAME),  # mostly Cyrillic: transliterated
        ("Воharev", "Boharev", SAME),  # Cyrillic look-alikes inside a Latin name
        ("Andrei Boharev", "Andrei Bocharov", SAME),
        ("Vasily Anokhine", "Vasiliy Anokhin", SAME),
        ("Andrei Boharev", "Boharev", SAME),
        ("Ivanov", "Ivanova", DIFFERENT),  # gendered ending: never merged
        ("Peskov", "Peskova", DIFFERENT),
        ("Gladkov", "Glazkov", POSSIBLE),  # close, different people: reported only
        ("Putin", "Pushkin", DIFFERENT),
        ("Andrei Boharev", "Sergei Boharev", DIFFERENT),  # same surname, other given name
    ],
)
def test_compare_names(a, b, expected):
    assert compare_names(a, b, TRANSLIT) == expected
    assert compare_names(b, a, TRANSLIT) == expected


def test_group_names_merges_and_reports_possible_aliases():
    groups = group_names(["Andrei Boharev", "Boharev", "Andrei Bocharov", "Gladkov", "Glazkov", "Ivanov", "Ivanova"],
                         TRANSLIT, {})  # fmt: skip
    assert groups.canonical["Boharev"] == groups.canonical["Andrei Bocharov"] == "Andrei Boharev"
    assert groups.canonical["Gladkov"] != groups.canonical["Glazkov"]
    assert groups.canonical["Ivanov"] != groups.canonical["Ivanova"]
    assert ("Gladkov", "Glazkov") in groups.possible


def test_alias_file_merges_what_no_rule_can():
    names = ["Vitaliy Klychko", "Vitali Klitschko"]
    assert compare_names(*names, TRANSLIT) != SAME
    groups = group_names(names, TRANSLIT, {"vitaliy klychko": "Vitali Klitschko"})
    assert set(groups.canonical.values()) == {"Vitali Klitschko"}
