"""Dictionaries in other formats: each is written here, small, by hand (never copied from a published list)."""

from pathlib import Path

import pytest
from conftest import SEEDS

from framing import LexiconError, analyze, load_lexicons
from framing.cli import main
from framing.lexicon import read_dictionary, read_lexicons

SMOLENSK = SEEDS / "smolensk_anokhine.txt"

# Each dictionary: two categories, Danger (drone*, attack*) and Calm (air defense, calm), in its format.
GOOD = {
    "mfd.dic": "%\n1\tDanger\n2\tCalm (calm words)\n%\ndrone*\t1\nattack*\t1\nair defense\t2\ncalm\t2\n",
    "spaced.dic": "%\n01 Danger\n02 Calm\n%\ndrone* 01\nattack* 01\nair defense 02\ncalm 02\n",
    "liwc22.dicx": "DicTerm,Danger,Calm\ndrone*,X,\nattack*,X,\nair defense,,X\ncalm,,X\n",
    "lexicoder.lc3": "+DANGER\nDRONE*\nATTACK*\n+CALM\nAIR DEFENSE\nCALM\n",
    "wordstat.cat": "DANGER\n\tWEAPONS\n\t\tDRONE* (1)\n\tATTACK* (1)\nCALM\n\tAIR DEFENSE (1)\n\tCALM (1)\n",
    "yoshikoder.ykd": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<dictionary name="test">\n'
        '  <cnode name="Danger">\n    <cnode name="Weapons"><pnode name="drone*"/></cnode>\n'
        '    <pnode name="attack*"/>\n  </cnode>\n'
        '  <cnode name="Calm"><pnode name="air defense"/><pnode name="calm"/></cnode>\n</dictionary>\n'
    ),
    "quanteda.yaml": "Danger:\n  weapons: [drone*]\n  danger:\n    - attack*\nCalm:\n  - air defense\n  - calm\n",
    "empath.tsv": "danger\tdrone*\tattack*\ncalm\tair defense\tcalm\n",
}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(GOOD))
def test_each_format_loads_and_scores_a_seed_with_evidence(tmp_path, name):
    lexicons = load_lexicons(write(tmp_path, name, GOOD[name]))
    assert lexicons.dimensions[-2:] == ("calm", "danger")
    assert "threat" in lexicons.dimensions
    assert lexicons["danger"].sources == {"import": name}
    result = analyze(SMOLENSK.read_text(encoding="utf-8"), lexicons=lexicons)
    evidence = {(m.dimension, m.text.lower()) for m in result.matches}
    assert ("danger", "drone attack") not in evidence  # two one-word entries, not a phrase
    assert ("danger", "drones") in evidence and ("calm", "air defense") in evidence
    assert result.document.scores["danger"] > 0
    assert all(m.pattern in {e.pattern for e in lexicons[m.lexicon].entries} for m in result.matches)


def test_plain_word_list_is_one_category_named_by_the_file(tmp_path):
    lexicons = load_lexicons(write(tmp_path, "menace.txt", "# my threat words\ndrone*\n\nattack*\n"))
    assert [(e.pattern, e.line) for e in lexicons["menace"].entries] == [("drone*", 2), ("attack*", 4)]


def test_nested_categories_become_subcategories(tmp_path):
    for name in ("wordstat.cat", "yoshikoder.ykd", "quanteda.yaml"):
        danger = read_lexicons(write(tmp_path, name, GOOD[name]))["danger"]
        assert {e.pattern: e.subcategory for e in danger.entries} == {
            "drone*": "weapons",
            "attack*": "danger",
        }


def test_weights_of_dicx_and_wordstat_are_kept(tmp_path):
    dicx = write(tmp_path, "w.dicx", "DicTerm,Danger\ndrone*,1.5\nattack*,X\nsafe,0\n")
    assert [(e.pattern, e.weight) for e in read_lexicons(dicx)["danger"].entries] == [
        ("drone*", 1.5),
        ("attack*", 1),
    ]
    cat = write(tmp_path, "w.cat", "DANGER\n\tDRONE* (2)\n")
    assert read_lexicons(cat)["danger"].entries[0].weight == 2


def test_old_liwc_conditional_codes_read_as_their_default(tmp_path):
    text = "%\n1\tfunct\n2\tverb\n3\taffect\n%\nkind\t(02 134)3/1 (02)2\nlike\t<of>2/3\n"
    dictionary = read_dictionary(write(tmp_path, "old.dic", text))
    assert [(t.text, t.category) for t in dictionary.terms] == [("kind", "funct"), ("like", "affect")]
    assert "conditional" in dictionary.notes[0]


def test_a_folder_mixes_formats_and_tsv_files(tmp_path):
    write(tmp_path, "mfd.dic", GOOD["mfd.dic"])
    write(tmp_path, "menace.txt", "drone*\n")
    write(
        tmp_path,
        "economy.tsv",
        "# dimension: economy\n# description: x\n# license: x\n# source: own = x\n"
        "pattern\tsubcategory\tweight\tsource\ninflation\tprices\t1\town\n",
    )
    assert load_lexicons(tmp_path).dimensions[-4:] == ("calm", "danger", "economy", "menace")


def test_a_category_named_like_a_builtin_replaces_it(tmp_path):
    lexicons = load_lexicons(write(tmp_path, "threat.txt", "meteor*\n"))
    assert [e.pattern for e in lexicons["threat"].entries] == ["meteor*"]


def test_the_set_names_the_builtin_lexicons_a_user_file_replaced(tmp_path, capsys):
    path = write(tmp_path, "threat.txt", "meteor*\n")
    write(tmp_path, "menace.txt", "drone*\n")  # a new dimension replaces nothing
    lexicons = load_lexicons(tmp_path)
    assert dict(lexicons.replaced) == {"threat": str(path)}
    assert dict(load_lexicons().replaced) == {}
    assert capsys.readouterr().err == ""  # the Python API stays quiet; the CLI says it


def test_the_cli_says_which_builtin_lexicon_a_user_file_replaces(tmp_path, capsys):
    path = write(tmp_path, "threat.txt", "meteor*\n")
    write(tmp_path, "menace.txt", "drone*\n")
    assert main(["score", "--lexicons", str(tmp_path), str(SEEDS / "smolensk_anokhine.txt")]) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [f"framing: note: {path} replaces the built-in threat lexicon"]
    assert main(["score", "--lexicons", str(path), str(SEEDS / "smolensk_anokhine.txt")]) == 0
    assert f"{path} replaces the built-in threat lexicon" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("no.pdf", "x", "no.pdf: not a lexicon file (framing reads .tsv, .dic"),
        ("README.md", "# my lexicons", "README.md: not a lexicon file"),
    ],
)
def test_a_file_in_the_folder_that_is_not_a_lexicon_is_an_error(tmp_path, name, text, expected):
    write(tmp_path, "mfd.dic", GOOD["mfd.dic"])
    write(tmp_path, name, text)
    with pytest.raises(LexiconError, match=expected.replace(".", r"\.").replace("(", r"\(")):
        load_lexicons(tmp_path)


def test_unknown_folders_and_files_in_subfolders_are_errors(tmp_path):
    (tmp_path / "sources").mkdir()
    write(tmp_path / "sources", "cue.tsv", "x")
    with pytest.raises(
        LexiconError, match=r"cue\.tsv: not a file framing reads; sources/ may hold aliases\.tsv"
    ):
        load_lexicons(tmp_path)
    (tmp_path / "sources" / "cue.tsv").unlink()
    (tmp_path / "old").mkdir()
    with pytest.raises(LexiconError, match="old: not a folder framing reads"):
        load_lexicons(tmp_path)


def test_two_files_defining_one_dimension(tmp_path):
    write(tmp_path, "danger.txt", "drone*\n")
    write(tmp_path, "mfd.dic", GOOD["mfd.dic"])
    with pytest.raises(LexiconError, match=r"mfd\.dic: dimension 'danger' is also defined by .*danger\.txt"):
        load_lexicons(tmp_path)


BROKEN = [
    ("a.dic", "1\tDanger\n%\ndrone\t1\n", "a.dic:1: a LIWC .dic file starts with a line '%'"),
    ("a.dic", "%\n1\tDanger\ndrone\t1\n", "a.dic:1: the category header opened here is never closed"),
    (
        "a.dic",
        "%\n1\tDanger\n%\ndrone\t7\n",
        "a.dic:4: category id 7 is not declared in the header (declared: 1)",
    ),
    ("a.dic", "%\n1\tDanger\n%\ndrone\n", "a.dic:4: term 'drone' has no category ids"),
    ("a.dic", "%\n1\tDanger\n1\tCalm\n%\n", "a.dic:3: category id 1 is declared twice"),
    ("a.dic", "%\n1\tDanger\n%\n:)\t1\n", "a.dic:4: term ':)' can never match a word"),
    ("a.dic", "%\n1\tDanger\n%\nhm*\t1\n", "a.dic:4: term 'hm*': wildcard 'hm*' is too broad"),
    ("a.dic", "%\n1\tDanger\n2\tCalm\n%\ndrone\t1\n", "a.dic:3: category 'Calm' has no terms"),
    (
        "a.dicx",
        "DicTerm,Danger\ndrone,high\n",
        "a.dicx:2: cell 'high' under 'Danger' is neither X nor a number",
    ),
    ("a.dicx", "DicTerm,Danger\ndrone,X,X\n", "a.dicx:2: 3 cells but 2 columns in the first row"),
    ("a.dicx", "DicTerm,Danger\ndrone,-2\n", "a.dicx:2: weight -2 of term 'drone' is out of range"),
    ("a.dicx", "DicTerm,Danger,danger\ndrone,X,\n", "a.dicx:1: categories 'Danger' and 'danger' would both"),
    ("a.lc3", "DRONE\n+DANGER\n", "a.lc3:1: term 'DRONE' comes before the first '+CATEGORY' line"),
    (
        "a.lc3",
        "+DANGER\nDRONE\n+DANGER\nATTACK\n",
        "a.lc3:3: category 'DANGER' is declared again (first on line 1)",
    ),
    ("a.cat", "DRONE (1)\n", "a.cat:1: term 'DRONE' stands outside any category"),
    (
        "a.cat",
        "DANGER\n\t\tDRONE (1)\n",
        "a.cat:2: term 'DRONE (1)' is indented deeper than the category above it",
    ),
    (
        "a.cat",
        "DANGER\n\tDRONE (1)\n\tDRONE (2)\n",
        "a.cat:3: term 'DRONE' repeats line 2 of category 'DANGER'",
    ),
    (
        "a.ykd",
        "<dictionary>\n<cnode name='x'>\n<pnode name='drone'>\n</cnode>",
        "a.ykd:4: not well-formed XML",
    ),
    (
        "a.ykd",
        "<dictionary>\n<pnode name='drone'/>\n</dictionary>",
        "a.ykd:2: pattern 'drone' stands outside any <cnode>",
    ),
    ("a.ykd", "<dictionary>\n<cnode>\n</cnode></dictionary>", "a.ykd:2: <cnode> has no name attribute"),
    ("a.ykd", "<words/>", "a.ykd:1: the root element is <words>; a Yoshikoder file has <dictionary>"),
    ("a.yaml", "danger: [drone\ncalm: x\n", "a.yaml:2: not valid YAML"),
    ("a.yaml", "- drone\n- attack\n", "a.yaml:1: expected a mapping of categories to lists of terms"),
    ("a.yaml", "danger:\n  - [drone]\n", "a.yaml:2: a list of terms holds only plain terms"),
    ("a.yaml", "danger: !!python/object:os.system ls\n", "a.yaml:1: tag 'tag:yaml.org,2002:python/object"),
    (
        "a.tsv",
        "danger drone attack\n",
        "a.tsv:1: expected 'category<TAB>term<TAB>term...', found no terms; are the cells",
    ),
    ("a.txt", "drone\nU.S.\n", "a.txt:2: term 'U.S.' can never match a word"),
]


@pytest.mark.parametrize(("name", "text", "expected"), BROKEN, ids=[f"{b[0]}:{b[2][:40]}" for b in BROKEN])
def test_broken_files_name_file_line_and_problem(tmp_path, capsys, name, text, expected):
    path = write(tmp_path, name, text)
    with pytest.raises(LexiconError) as raised:
        load_lexicons(path)
    message = str(raised.value)
    assert message.startswith(str(tmp_path / expected.split(":")[0]))
    assert expected in message and "\n" not in message
    assert main(["score", "--lexicons", str(path), str(SMOLENSK)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and expected in err


def test_a_yoshikoder_file_may_not_declare_entities(tmp_path):
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n'
        '<dictionary><cnode name="x"><pnode name="&b;"/></cnode></dictionary>\n'
    )
    with pytest.raises(LexiconError, match=r"a\.ykd:2: a DOCTYPE or entity declaration is not allowed"):
        load_lexicons(write(tmp_path, "a.ykd", bomb))


def test_non_utf8_dictionary(tmp_path):
    (tmp_path / "a.dic").write_bytes(b"%\n1\tDanger\n%\ncaf\xe9\t1\n")
    with pytest.raises(LexiconError, match=r"a\.dic: not UTF-8 text \(byte 0xe9"):
        load_lexicons(tmp_path / "a.dic")


def test_unsupported_single_file(tmp_path):
    with pytest.raises(LexiconError, match=r"lexicon file .*a\.pdf' is not a supported dictionary"):
        load_lexicons(write(tmp_path, "a.pdf", "x"))


def test_an_identical_repeat_is_harmless_but_a_conflicting_one_is_not(tmp_path):
    same = write(tmp_path, "same.lc3", "+DANGER\nDRONE\nDRONE\n")
    assert [e.pattern for e in read_lexicons(same)["danger"].entries] == ["drone"]
    conflict = write(tmp_path, "conflict.dicx", "DicTerm,Danger\ndrone,1\ndrone,2\n")
    with pytest.raises(LexiconError, match=r"conflict\.dicx:3: term 'drone' repeats line 2"):
        read_lexicons(conflict)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("# my list\npattern\tsubcategory\tweight\tsource\n", "tsv"),
        ("# dimension: x\n", "tsv"),
        ("# comment\ndanger\tdrone\n", "empath"),
        ("danger\tdrone\tattack\n", "empath"),
    ],
)
def test_a_tsv_is_the_projects_own_format_or_empath(tmp_path, text, kind):
    from framing.lexicon.imports import format_of

    path = write(tmp_path, "x.tsv", text)
    assert format_of(path, text) == kind


@pytest.mark.parametrize("text", ["word\tweight\nrivalry\t1\nfeud\t1\n", "calm\t0.5\n"])
def test_a_weighted_word_list_is_refused_not_read_as_empath_categories(tmp_path, text):
    # new-user trial: 'rivalry<TAB>1' read as Empath made dimensions 'word', 'rivalry' and 'feud', exit 0
    path = write(tmp_path, "sport.tsv", text)
    with pytest.raises(LexiconError, match="a number: this reads as an Empath category"):
        read_dictionary(path)


def test_a_weighted_word_list_in_a_lexicon_folder_stops_the_run(tmp_path, capsys):
    folder = tmp_path / "mylex"
    folder.mkdir()
    write(folder, "sport.tsv", "word\tweight\nrivalry\t1\n")
    article = write(tmp_path, "a.txt", "The rivalry grew.")
    assert main(["score", "--lexicons", str(folder), str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sport.tsv:2:" in err


def test_an_empath_category_may_hold_a_number_among_its_terms(tmp_path):
    # code review: 'war<TAB>1914<TAB>somme' is a category with a year among its terms, read as before
    path = write(tmp_path, "history.tsv", "war\t1914\tsomme\n")
    assert [t.text for t in read_dictionary(path).terms] == ["1914", "somme"]
