"""Writers, round trips, `framing lexicon import / export / check`."""

import json
from pathlib import Path

import pytest
from conftest import SEEDS

from framing import LexiconError, load_lexicons
from framing.cli import main
from framing.lexicon import check_lexicons, export_lexicons, import_dictionary, read_lexicons

SMOLENSK = str(SEEDS / "smolensk_anokhine.txt")
DIC = "%\n1\tDanger\n2\tCalm\n%\ndrone*\t1\nattack*\t1 2\nair defense\t2\ncalm\t2\n"


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit:  # argparse's usage errors
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def essentials(lexicon, *, weights=True, subcategories=True):
    return [
        (e.pattern, e.words, e.subcategory if subcategories else "", e.weight if weights else 1.0)
        for e in lexicon.entries
        if e.weight > 0
    ]


def test_builtin_lexicon_round_trips_through_tsv_losslessly(tmp_path):
    threat = load_lexicons()["threat"]
    (tmp_path / "threat.tsv").write_text(export_lexicons([threat], "tsv"), encoding="utf-8")
    again = load_lexicons(tmp_path)["threat"]
    fields = ("pattern", "words", "subcategory", "weight", "source", "note", "label", "negated")
    assert any(e.negated for e in threat.entries)  # the row-level negation column is written too
    assert [tuple(getattr(e, f) for f in fields) for e in again.entries] == [
        tuple(getattr(e, f) for f in fields) for e in threat.entries
    ]
    assert (again.description, again.license, again.negated, dict(again.sources), again.threshold) == (
        threat.description,
        threat.license,
        threat.negated,
        dict(threat.sources),
        threat.threshold,
    )


@pytest.mark.parametrize("name", ["threat", "reassurance", "hedging"])
def test_builtin_lexicons_round_trip_through_dicx_and_yaml_where_the_format_allows(tmp_path, name):
    lexicon = load_lexicons()[name]
    dicx = tmp_path / f"{name}.dicx"
    dicx.write_text(export_lexicons([lexicon], "dicx"), encoding="utf-8")
    assert essentials(read_lexicons(dicx)[name], subcategories=False) == essentials(
        lexicon, subcategories=False
    )
    yaml = tmp_path / f"{name}.yaml"
    yaml.write_text(export_lexicons([lexicon], "yaml"), encoding="utf-8")
    # YAML groups the entries by subcategory: the order changes, which longest-match-first never reads.
    assert sorted(essentials(read_lexicons(yaml)[name], weights=False)) == sorted(
        essentials(lexicon, weights=False)
    )


def test_imported_dictionary_round_trips_through_every_writer(tmp_path):
    source = tmp_path / "mfd.dic"
    source.write_text(DIC, encoding="utf-8")
    original = read_lexicons(source)
    for format in ("dicx", "yaml"):
        out = tmp_path / f"again.{format}"
        out.write_text(export_lexicons(list(original.values()), format), encoding="utf-8")
        again = read_lexicons(out)
        assert {n: sorted(essentials(lx)) for n, lx in again.items()} == {
            n: sorted(essentials(lx)) for n, lx in original.items()
        }
    written = import_dictionary(source, tmp_path / "lex")
    assert [p.name for p in written] == ["danger.tsv", "calm.tsv"]
    loaded = load_lexicons(tmp_path / "lex")
    for name, lexicon in original.items():
        assert essentials(loaded[name]) == essentials(lexicon)
        assert dict(loaded[name].sources) == {"import": "mfd.dic"}


def test_import_refuses_to_overwrite(tmp_path):
    source = tmp_path / "mfd.dic"
    source.write_text(DIC, encoding="utf-8")
    import_dictionary(source, tmp_path / "lex")
    with pytest.raises(Exception, match=r"danger\.tsv exists; remove it"):
        import_dictionary(source, tmp_path / "lex")


def test_cli_import_export_and_score(capsys, tmp_path):
    source = tmp_path / "mfd.dic"
    source.write_text(DIC, encoding="utf-8")
    code, out, err = run(capsys, "lexicon", "import", source, "-o", tmp_path / "lex")
    assert code == 0 and out == ""
    assert err.splitlines() == [
        f"wrote {tmp_path / 'lex' / 'danger.tsv'}",
        f"wrote {tmp_path / 'lex' / 'calm.tsv'}",
    ]
    code, out, err = run(capsys, "lexicon", "export", "danger", "--lexicons", source, "--format", "yaml")
    assert code == 0 and "danger:\n- drone*\n- attack*\n" in out
    assert "yaml keeps no weights, sense traps or negation targets" in err  # read back, it scores otherwise
    code, out, err = run(capsys, "lexicon", "export", "threat", "--format", "tsv")
    assert code == 0 and out.startswith("# dimension: threat\n") and "note" not in err
    code, out, _ = run(capsys, "score", "--format", "jsonl", "--lexicons", source, SMOLENSK)
    record = json.loads(out.splitlines()[0])
    assert code == 0 and record["scores"]["danger"] > 0 and "calm" in record["scores"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["lexicon", "export", "threat", "--format", "dic"], "argument --format: invalid choice: 'dic'"),
        (
            ["lexicon", "import", "x.dic", "--format", "liwc", "-o", "d"],
            "invalid choice: 'liwc' (choose from 'tsv'",
        ),
        (
            ["lexicon", "export", "threats", "--format", "tsv"],
            "unknown lexicon 'threats'; valid lexicons are:",
        ),
        (["lexicon", "import", "no/such.dic", "-o", "d"], "no/such.dic: file not found"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1


def test_check_lists_every_problem_at_once(tmp_path):
    path = tmp_path / "bad.dic"
    path.write_text(
        "%\n1\tDanger\n2\tCalm\n3\tEmpty\n%\n:)\t1\nhm*\t1\ndrone*\t1 2\ncalm\t2\n'em\t1\nboom\t9\nbang\n",
        encoding="utf-8",
    )
    report = check_lexicons(path)
    assert not report.ok
    text = "\n".join(report.problems)
    assert f"{path}:4: category 'Empty' has no terms" in text
    assert f"{path}:6: term ':)' can never match a word" in text
    assert f"{path}:7: term 'hm*': wildcard 'hm*' is too broad" in text
    assert f'{path}:10: pattern "\'em" can never match: the tokenizer never produces "\'em"' in text
    assert f"{path}:11: category id 9 is not declared in the header (declared: 1, 2, 3)" in text
    assert f"{path}:12: term 'bang' has no category ids" in text
    assert report.shared() == {"drone*": ["danger", "calm"]}
    with pytest.raises(LexiconError, match=r"bad\.dic:6: term ':\)' can never match a word"):  # terms first
        load_lexicons(path)


def test_check_matches_a_sample_and_exits_1_on_problems(capsys, tmp_path):
    good = tmp_path / "mfd.dic"
    good.write_text(DIC, encoding="utf-8")
    code, out, _ = run(capsys, "lexicon", "check", good, "--sample", SMOLENSK)
    assert code == 0
    assert "problems: none" in out and "sample: 1 text, 24 sentences" in out
    assert "danger: 2 of 2 entries matched: drone* (" in out
    assert "'attack*': danger, calm" in out
    code, out, _ = run(capsys, "lexicon", "check", good)
    assert code == 0 and "give --sample FILE" in out
    bad = tmp_path / "bad.dic"
    bad.write_text("%\n1\tDanger\n%\n:)\t1\n", encoding="utf-8")
    code, out, _ = run(capsys, "lexicon", "check", bad)
    assert code == 1 and f"{bad}:4: term ':)' can never match" in out
    # a sample given to a dictionary that loads no dimension is named as given, not asked for
    code, out, _ = run(capsys, "lexicon", "check", bad, "--sample", SMOLENSK)
    assert code == 1 and "sample: not matched, no dimension loaded" in out and "give --sample" not in out


def test_check_a_folder_names_files_that_are_not_lexicons(tmp_path):
    (tmp_path / "mfd.dic").write_text(DIC, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    report = check_lexicons(tmp_path)
    assert [p for p in report.problems if "notes.md: not a lexicon file" in p]
    assert set(report.lexicons) == {"danger", "calm"}


def test_check_a_project_tsv_file(tmp_path):
    path = Path(tmp_path / "economy.tsv")
    path.write_text(
        "# dimension: economy\n# description: x\n# license: x\n# source: own = x\n"
        "pattern\tsubcategory\tweight\tsource\ninflation\tprices\t1\town\n'em\tprices\t1\town\n",
        encoding="utf-8",
    )
    report = check_lexicons(path)
    assert report.problems == [
        f'{path}:7: pattern "\'em" can never match: the tokenizer never produces "\'em" '
        "(a word is letters or digits, with apostrophes only inside)"
    ]


HEADER = "# dimension: economy\n# description: x\n# license: x\n# source: own = x\npattern\tsubcategory\tweight\tsource\n"


def test_check_lists_every_bad_row_of_a_project_tsv_and_the_sub_folders(tmp_path):
    (tmp_path / "economy.tsv").write_text(
        HEADER + "inflation\tprices\tx\town\nrates\tprices\t1\tnobody\nwages\tprices\t1\town\n",
        encoding="utf-8",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "cues.tsv").write_text("garbage\n", encoding="utf-8")
    report = check_lexicons(tmp_path)
    assert [p.split(": ", 1)[0] for p in report.problems] == [
        f"{tmp_path / 'economy.tsv'}:6",
        f"{tmp_path / 'economy.tsv'}:7",
        f"{tmp_path / 'sources' / 'cues.tsv'}:1",
    ]
    assert [e.pattern for e in report.lexicons["economy"].entries] == ["wages"]  # the good row is kept
    # A rule naming the folder's own dimension is no problem, even while that dimension has bad rows.
    (tmp_path / "sources" / "cues.tsv").unlink()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "emphasis.tsv").write_text(
        "# match: economy/stressed 1\n# source: own = x\npattern\tkind\tsource\ndoes\tauxiliary\town\n",
        encoding="utf-8",
    )
    assert not [p for p in check_lexicons(tmp_path).problems if "emphasis.tsv" in p]


def test_check_notes_a_replaced_dimension_the_responsibility_rule_reads(tmp_path):
    (tmp_path / "threat.tsv").write_text(
        HEADER.replace("economy", "threat") + "meteor\tdanger\t1\town\n", encoding="utf-8"
    )
    report = check_lexicons(tmp_path)
    assert report.ok
    assert any("'# harm:' names threat/attack" in note for note in report.notes)
    (tmp_path / "threat.tsv").write_text(HEADER.replace("economy", "dread") + "meteor\tdanger\t1\town\n")
    (tmp_path / "threat.tsv").rename(tmp_path / "dread.tsv")
    assert not check_lexicons(tmp_path).notes  # an added dimension takes nothing from the rules


@pytest.mark.parametrize("name", ["hedging", "threat", "reassurance"])
def test_check_passes_the_built_in_lexicon_files_traps_included(name):
    import framing

    path = Path(framing.__file__).resolve().parent / "lexicons" / f"{name}.tsv"  # the package's own files
    assert any("\ttrap\t0\t" in line for line in path.read_text(encoding="utf-8").splitlines())
    report = check_lexicons(path)
    assert report.problems == []
