from pathlib import Path

import pytest

from framing import LexiconError, UnknownNameError, analyze, load_lexicons
from framing.lexicon import DIMENSION_COLUMNS

MAIN = ("reassurance", "threat", "hedging", "attribution")
HEADER = (
    "# dimension: {name}\n# description: test\n# license: CC0\n# source: own = test\n"
    "pattern\tsubcategory\tweight\tsource\tnote\n"
)


def write(folder: Path, name: str, body: str, header: str | None = None) -> Path:
    path = folder / f"{name}.tsv"
    path.write_text((header if header is not None else HEADER.format(name=name)) + body, encoding="utf-8")
    return path


def test_builtin_dimensions_in_order():
    assert load_lexicons().dimensions[:6] == (*MAIN, "certainty", "responsibility")


@pytest.mark.parametrize("name", MAIN)
def test_main_lexicons_have_at_least_150_patterns_with_provenance(name):
    lexicon = load_lexicons()[name]
    assert len([e for e in lexicon.entries if e.subcategory != "trap"]) >= 150
    assert all(e.source in lexicon.sources for e in lexicon.entries)
    assert all(citation for citation in lexicon.sources.values())


@pytest.mark.parametrize("name", ["certainty", "responsibility"])
def test_secondary_lexicons_exist_with_provenance(name):
    lexicon = load_lexicons()[name]
    assert len(lexicon.entries) >= 40
    assert all(e.source in lexicon.sources for e in lexicon.entries)


def test_issue_subcategories_are_present():
    lexicons = load_lexicons()
    expected = {
        "threat": {"attack", "escalation", "vulnerability"},
        "hedging": {"modal", "evidential", "uncertainty"},
        "attribution": {"reporting_verb", "according_to", "channel"},
        "reassurance": {"capability", "safety_outcome", "protective_measure"},
    }
    for name, subcategories in expected.items():
        assert subcategories <= set(lexicons[name].subcategories), name


def test_modifier_and_segment_lists_load():
    lexicons = load_lexicons()
    kinds = {e.subcategory for e in lexicons.negators}
    assert {"negator", "preventive", "pseudo", "scope_break"} <= kinds
    assert all(e.weight > 1 for e in lexicons.intensifiers)
    assert all(0 < e.weight < 1 for e in lexicons.diminishers)
    assert {"gov", "dec", "u.s", "st", "mr"} <= lexicons.abbreviations
    assert lexicons.boilerplate


def test_unknown_lexicon_lists_the_valid_ones():
    with pytest.raises(UnknownNameError) as raised:
        load_lexicons()["threats"]
    message = str(raised.value)
    assert "unknown lexicon 'threats'" in message
    for name in MAIN:
        assert name in message


def test_user_directory_adds_a_dimension(tmp_path):
    write(tmp_path, "economy", "inflation\tprices\t1.0\town\n")
    lexicons = load_lexicons(tmp_path)
    assert lexicons.dimensions[-1] == "economy"
    assert "threat" in lexicons.dimensions


def test_user_directory_overrides_a_dimension(tmp_path):
    write(tmp_path, "threat", "meteor\tdanger\t2.0\town\n")
    lexicons = load_lexicons(tmp_path)
    assert [e.pattern for e in lexicons["threat"].entries] == ["meteor"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("attack\tattack\thigh\town\n", "threat.tsv:6: weight 'high' is not a number"),
        ("attack\tattack\t9\town\n", "threat.tsv:6: weight 9 is out of range"),
        ("attack attack 1.0 own\n", "threat.tsv:6: expected 4 to 6 tab-separated columns"),
        ("attack\tattack\t1.0\tlit\n", "threat.tsv:6: source 'lit' is not declared"),
        ("Attack\tattack\t1.0\town\n", "threat.tsv:6: pattern 'Attack' is not lowercase"),
        ("at*\tattack\t1.0\town\n", "threat.tsv:6: wildcard 'at*' is too broad"),
        ("attack\tAttack\t1.0\town\n", "threat.tsv:6: subcategory 'Attack'"),
        ("guard\ttrap\t1\town\n", "threat.tsv:6: a trap has weight 0"),
        (
            "attack\tattack\t1\town\nattack\tattack\t1\town\n",
            "threat.tsv:7: pattern 'attack' repeats line 6",
        ),
        ("", "threat.tsv: no entries"),
    ],
)
def test_broken_lexicons_name_file_line_and_problem(tmp_path, body, expected):
    write(tmp_path, "threat", body)
    with pytest.raises(LexiconError) as raised:
        load_lexicons(tmp_path)
    assert expected in str(raised.value)
    assert "\n" not in str(raised.value)


def test_header_problems(tmp_path):
    write(
        tmp_path,
        "threat",
        "attack\tattack\t1\town\n",
        header="# dimension: danger\n# description: x\n"
        "# license: x\n# source: own = x\npattern\tsubcategory\tweight\tsource\n",
    )
    with pytest.raises(LexiconError, match=r"header says 'dimension: danger' but the file is threat\.tsv"):
        load_lexicons(tmp_path)
    write(
        tmp_path,
        "threat",
        "attack\tattack\t1\town\n",
        header="# dimension: threat\n# description: x\n# license: x\npattern\tsubcategory\tweight\tsource\n",
    )
    with pytest.raises(LexiconError, match="the header lacks '# source: KEY = citation'"):
        load_lexicons(tmp_path)


def test_negation_target_must_exist(tmp_path):
    header = HEADER.format(name="economy").replace("# license", "# negated: optimism\n# license")
    write(tmp_path, "economy", "inflation\tprices\t1\town\n", header=header)
    with pytest.raises(LexiconError, match="'negated: optimism' names no loaded dimension"):
        load_lexicons(tmp_path)


ROW_NEGATION = HEADER.format(name="threat").replace("# license", "# negated: reassurance\n# license")


def test_a_row_may_declare_its_own_negation_target(tmp_path):
    body = (
        "attack\tattack\t1\town\n"
        "sanctions\tescalation\t0.5\town\tnot imposing them is no reassurance\tdrop\n"
        "weapons\tweapon\t1\town\t\tnegator=drop\n"
    )
    write(tmp_path, "threat", body, header=ROW_NEGATION)
    entries = {e.pattern: e for e in load_lexicons(tmp_path)["threat"].entries}
    assert entries["attack"].negated == ()
    assert entries["sanctions"].negation_target("preventive", "reassurance") == "drop"
    assert entries["weapons"].negation_target("negator", "reassurance") == "drop"
    assert entries["weapons"].negation_target("denial", "reassurance") == "reassurance"


def test_row_negation_drops_only_for_the_kind_it_names(tmp_path):
    body = "sanctions\tescalation\t0.5\town\t\tdrop\nweapons\tweapon\t1\town\t\tnegator=drop\n"
    write(tmp_path, "threat", body, header=ROW_NEGATION)
    lexicons = load_lexicons(tmp_path)

    def counted(text):
        return [(m.text, m.dimension, m.weight) for m in analyze(text, lexicons=lexicons).matches]

    assert counted("Serbia did not impose sanctions.") == [("sanctions", "threat", 0.0)]
    assert counted("They prevented sanctions.") == [("sanctions", "threat", 0.0)]
    assert counted("The army lacks weapons.") == [("weapons", "threat", 0.0)]
    assert counted("They prevented weapons from reaching the city.") == [("weapons", "reassurance", 1.0)]
    assert ("weapons", "reassurance", 1.0) in counted("I don't believe they have weapons.")


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("negater=drop", "kind 'negater' is unknown; use one of: negator, preventive"),
        ("drop, keep", "names every kind twice"),
        ("Drop", "name keep, drop or a dimension"),
    ],
)
def test_bad_row_negation_cell_is_refused_with_its_line(tmp_path, cell, message):
    write(tmp_path, "threat", f"attack\tattack\t1\town\t\t{cell}\n", header=ROW_NEGATION)
    with pytest.raises(LexiconError, match=f"threat.tsv:7: negated .*{message}"):
        load_lexicons(tmp_path)


def test_row_negation_target_must_exist(tmp_path):
    write(tmp_path, "threat", "attack\tattack\t1\town\t\tnegator=optimism\n", header=ROW_NEGATION)
    with pytest.raises(LexiconError, match=r"threat\.tsv:7: negated .optimism. names no loaded dimension"):
        load_lexicons(tmp_path)


def test_non_utf8_lexicon(tmp_path):
    (tmp_path / "threat.tsv").write_bytes(HEADER.format(name="threat").encode() + b"caf\xe9\tx\t1\town\n")
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_lexicons(tmp_path)


def test_missing_or_empty_directory(tmp_path):
    with pytest.raises(LexiconError, match="does not exist"):
        load_lexicons(tmp_path / "nope")
    with pytest.raises(LexiconError, match=r"has no \.tsv files"):
        load_lexicons(tmp_path)


def test_column_row_constant_matches_the_readme():
    readme = (Path(__file__).parent.parent / "framing" / "lexicons" / "README.md").read_text(encoding="utf-8")
    assert "\t".join(DIMENSION_COLUMNS) in readme.replace("`", "").replace(", ", "\t")


def test_every_word_class_is_named_in_the_readme():
    # the README's list of word classes had fallen behind the file (code review): a new class names itself there
    readme = (Path(__file__).parent.parent / "framing" / "lexicons" / "README.md").read_text(encoding="utf-8")
    listing = readme[readme.index("Word classes (`word_classes.tsv`") : readme.index("## Rules")]
    classes = load_lexicons().speech.classes
    assert len(classes) > 50  # the classes are there to check
    assert [name for name in classes if f"`{name}`" not in listing] == []


def test_threshold_header(tmp_path):
    header = HEADER.format(name="economy").replace(
        "# license", "# threshold: 2.5 (chosen by hand)\n# license"
    )
    write(tmp_path, "economy", "inflation\tprices\t1\town\n", header=header)
    assert load_lexicons(tmp_path)["economy"].threshold == 2.5
    write(tmp_path, "economy", "inflation\tprices\t1\town\n", header=header.replace("2.5", "high"))
    with pytest.raises(LexiconError, match="threshold 'high' is not a number"):
        load_lexicons(tmp_path)


def test_derived_structures_are_built_once_per_set(tmp_path):
    calls = []

    def build(lexicons):
        calls.append(lexicons)
        return len(lexicons)

    builtin = load_lexicons()
    write(tmp_path, "economy", "inflation\tprices\t1.0\town\n")
    user = load_lexicons(tmp_path)
    assert builtin.derived(build) == builtin.derived(build) == len(builtin)
    assert user.derived(build) == len(builtin) + 1
    # Once per set: the second call on each set reads what the first stored.
    assert calls == [builtin, user]


def test_grammar_rule_words_by_kind():
    rules = load_lexicons()
    responses = rules.deterrence.of_kind("response")
    assert responses and all(rules.deterrence.words[w] == "response" for w in responses)
    assert rules.protection.of_kind("verb") == {w for w, k in rules.protection.words.items() if k == "verb"}
    assert rules.protection.of_kind("no such kind") == frozenset()


def test_a_lexicon_set_prints_as_a_short_summary():
    # new-user trial 35: print(load_lexicons(...)) printed every entry and word class (1.8 million characters)
    text = repr(load_lexicons())
    assert len(text) < 300 and text.startswith("LexiconSet(origin='built-in'") and "threat: " in text
