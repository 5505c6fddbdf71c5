import pytest

from framing import load_lexicons
from framing.names import DIFFERENT, POSSIBLE, SAME, NameKeys, compare_names, group_names, opening

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
        ("Perry", "Parry", POSSIBLE),  # only vowels differ, but a short name: another name
        ("Ian Perry", "Parry", POSSIBLE),
        ("Sven-Goran Eriksson", "Sven Goran Eriksson", SAME),  # a hyphen written or not
        ("Catherine Zeta-Jones", "Jones", DIFFERENT),  # ... but a hyphenated surname is one word
        ("Denis Pushilin", "Denys Pushilin", SAME),  # a vowel variant of a given name (code review)
        ("Andrei Boharev", "Bocharov", SAME),  # a long surname alone: the named person
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


def test_initials_are_never_a_possible_alias():
    # new-user trial: 'Kamala Harris ~ HARMs' (a missile's initials, plural) was suggested as one person
    groups = group_names(["Kamala Harris", "HARMs", "NATO", "Nato", "Gladkov", "Glazkov"], TRANSLIT, {})
    assert groups.possible == (("Gladkov", "Glazkov"),)


def test_alias_file_merges_what_no_rule_can():
    names = ["Vitaliy Klychko", "Vitali Klitschko"]
    assert compare_names(*names, TRANSLIT) != SAME
    groups = group_names(names, TRANSLIT, {"vitaliy klychko": "Vitali Klitschko"})
    assert set(groups.canonical.values()) == {"Vitali Klitschko"}


NAMES = ["Andrei Boharev", "Boharev", "Andrei Bocharov", "Sergei Boharev", "Gladkov", "Glazkov", "Ivanov",
         "Ivanova", "Anna Ivanova", "Olga Ivanova", "Zelenskiy", "Volodymyr Zelensky", "Воharev", "123"]  # fmt: skip


def test_surname_index_finds_what_a_scan_finds():
    from framing.names import NameKeys, SurnameIndex, surname_matches

    index, plain = SurnameIndex(NameKeys(TRANSLIT)), []
    for k, name in enumerate(NAMES):
        for word in ("Boharev", "Bocharov", "Ivanova", "Zelenskyy", "Glazkov", "123"):
            assert index.latest(word) == surname_matches(word, plain, TRANSLIT)
        if k % 3 == 2:  # a person named again more fully takes the first place of the shorter name
            index.replace(plain[0], name)
            plain[0] = name
        else:
            index.append(name)
            plain.append(name)
        assert index.names == plain


def _all_pairs(names, aliases):
    """group_names as a scan of every group and every pair of display names (the reference)."""
    from framing.names import NameKeys, fold_aliases

    aliases, keys = fold_aliases(aliases, TRANSLIT), NameKeys(TRANSLIT)
    unique = list(dict.fromkeys(names))
    groups = []
    for name in unique:
        group = next(
            (g for g in groups if all(compare_names(name, m, TRANSLIT, aliases) == SAME for m in g)), None
        )
        group.append(name) if group is not None else groups.append([name])
    canonical, displays = {}, []
    for group in groups:
        folded = [keys.alias_key(n) for n in group]
        folded += [k.split()[-1] for k in folded if k]
        alias = next((aliases[k] for k in folded if k in aliases), None)
        display = alias or max(group, key=lambda n: (len(n.split()), -unique.index(n)))
        displays.append(display)
        canonical.update(dict.fromkeys(group, display))
    possible = tuple(
        (a, b)
        for i, a in enumerate(displays)
        for b in displays[i + 1 :]
        if compare_names(a, b, TRANSLIT, aliases) == POSSIBLE
    )
    return canonical, possible


@pytest.mark.parametrize(
    "aliases", [{}, {"vitaliy klychko": "Vitali Klitschko", "boharev": "Andrei Boharev"}]
)
def test_group_names_compares_only_candidates_but_decides_as_all_pairs(aliases):
    import random

    rng = random.Random(7)
    for _ in range(200):
        names = rng.choices([*NAMES, "Vitaliy Klychko", "Vitali Klitschko", "Glazkova"], k=rng.randint(1, 12))
        groups = group_names(names, TRANSLIT, aliases)
        assert (dict(groups.canonical), groups.possible) == _all_pairs(names, aliases)


def test_the_alias_file_merges_the_leaders_polish_and_belarusian_spellings_and_no_one_else():
    speech = load_lexicons().speech
    names = ["Alexander Lukashenko", "Aleksander Łukaszenko", "Alaxandr Łukaszenka", "Alaxandr Lukashenko",
             "Volodymyr Zelenskyy", "Wołodymyr Zełenski", "Zelenskiy", "Olena Zelenska", "Wołodymyr Zelanski"]  # fmt: skip
    groups = group_names(names, speech.transliteration, speech.aliases)
    assert {groups.canonical[n] for n in names[:4]} == {"Alexander Lukashenko"}
    assert {groups.canonical[n] for n in names[4:7] + names[8:]} == {"Volodymyr Zelensky"}
    assert groups.canonical["Olena Zelenska"] == "Olena Zelenska"


def test_name_keys_are_shared_by_the_articles_of_a_lexicon_set_and_bounded(monkeypatch):
    """The keys of name words are computed once per lexicon set, not per article, and kept within a bound."""
    import framing.names
    from framing.attribution.base import name_keys
    from framing.attribution.resolver import Discourse

    lexicons = load_lexicons()
    assert Discourse(lexicons).persons.keys is Discourse(lexicons).persons.keys is name_keys(lexicons)
    keys = framing.names.NameKeys(lexicons.speech.transliteration)
    expected = {w: keys.word(w) for w in ("Boharev", "Bocharov", "Воharev")}
    monkeypatch.setattr(framing.names, "MAX_SPELLINGS", 2)
    bounded = framing.names.NameKeys(lexicons.speech.transliteration)
    assert {w: bounded.word(w) for w in expected} == expected
    assert len(bounded._words) <= 2 and len(bounded._folded) <= 2


def test_polish_spellings_of_russian_names_are_one_person():
    # speaker audit 7: 'Sergei Lavrov' and 'Sergei Ławrow' were two speakers of one article
    keys = NameKeys(load_lexicons().speech.transliteration)
    for polish, english in [("Ławrow", "Lavrov"), ("Prigożin", "Prigozhin"), ("Łukaszenka", "Lukashenka")]:
        assert keys.compare_words(polish, english) == SAME, (polish, english)
    assert keys.compare_words("Ławrow", "Ławrynowicz") != SAME


def test_surname_index_tells_when_two_people_share_a_surname():
    from framing.names import NameKeys, SurnameIndex

    index = SurnameIndex(NameKeys(TRANSLIT))
    index.append("Joe Biden")
    assert not index.shared("Biden")
    index.append("Biden")  # the surname alone names no one else
    assert not index.shared("Biden")
    index.append("Jill Biden")
    assert index.shared("Biden") and not index.shared("Putin")


def test_opening_finds_the_one_full_name_a_word_opens() -> None:
    assert opening("Xi", ["Vladimir Putin", "Xi Jinping"]) == "Xi Jinping"
    assert opening("xi", ["Xi Jinping"]) == "Xi Jinping"


def test_opening_refuses_two_candidates_a_lowercase_word_and_a_full_name() -> None:
    assert opening("Kim", ["Kim Collins", "Kim Clijsters"]) is None
    assert opening("Musharraf", ["Musharraf of Pakistan"]) is None  # no person's name has "of"
    assert opening("Xi Jinping", ["Xi Jinping Thought"]) is None
    assert opening("Jinping", ["Xi Jinping"]) is None
