"""The command line's options: each kept value given once, values checked, help per subcommand."""

import io
import os
import sys

import pytest
from conftest import SEEDS

from framing.cli import main
from framing.cli.parser import build_parser

SEED = str(SEEDS / "smolensk_anokhine.txt")
# An output path that can never be made (below a file), so a test that fails writes nothing.
UNWRITABLE = os.path.join(os.devnull, "out")


def usage_error(capsys, *argv: str) -> str:
    """The one line a usage error writes (exit status 2, nothing on stdout)."""
    with pytest.raises(SystemExit) as raised:
        main(list(argv))
    out, err = capsys.readouterr()
    assert raised.value.code == 2 and out == "" and len(err.strip().splitlines()) == 1
    return err


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["score", "--lexicons", "a", "--lexicons", "b", SEED], "--lexicons"),
        (["score", "-o", "a.csv", "--output", "b.csv", SEED], "-o/--output"),
        (["compare", "--by", "speaker", "--by", "article", SEED], "--by"),
        (["chart", "arc", "--shared-y", "--no-shared-y", "-o", "a.png", SEED], "--shared-y/--no-shared-y"),
        (["lexicon", "show", "threat", "--format", "json", "--format", "table"], "--format"),
    ],
)
def test_an_option_that_keeps_one_value_is_refused_twice(capsys, argv, name):
    err = usage_error(capsys, *argv)
    assert f"error: {name} is given twice" in err


def test_options_given_once_and_repeatable_ones_still_parse():
    args = build_parser().parse_args(
        ["lexicon", "check", "x.dic", "--sample", "a.txt", "--sample", "b.txt", "--debug"]
    )
    assert args.sample == ["a.txt", "b.txt"] and args.debug
    args = build_parser().parse_args(["--debug", "score", "--debug", "--lexicons", "a", SEED])
    assert args.lexicons == "a" and "_options_given" not in vars(args)


def test_evidence_at_document_level_is_refused_and_the_other_formats_carry_it(capsys):
    assert main(["score", "--evidence", "--level", "document", SEED]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("framing: error: --evidence lists the matches under each sentence")
    assert main(["score", "--evidence", "--format", "csv", SEED]) == 0
    header, first = capsys.readouterr().out.splitlines()[:2]
    assert "evidence" in header.split(",") and "threat/attack:Drone Attack" in first


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["score", "--max-chars", "-5", SEED], "argument --max-chars: must be at least 1, got -5"),
        (["score", "--max-chars", "0", SEED], "argument --max-chars: must be at least 1, got 0"),
        (["speakers", "--min-sentences", "-1", SEED], "argument --min-sentences: must be at least 0, got -1"),
        (["compare", "--max-groups", "0", SEED], "argument --max-groups: must be at least 2, got 0"),
        (["compare", "--seed", "-1", SEED], "argument --seed: must be at least 0, got -1"),
        (["batch", "--jobs", "0", "-o", "out", SEED], "argument --jobs: must be at least 1, got 0"),
        (["batch", "--jobs", "two", "-o", "out", SEED], "argument --jobs: must be a whole number, got 'two'"),
        (["compare", "--min-g2", "nan", SEED], "argument --min-g2: must be a finite number, got 'nan'"),
        (
            ["chart", "keyness", "--min-g2", "NaN", "-o", UNWRITABLE + ".png", SEED],
            "--min-g2: must be a finite number",
        ),
        (
            ["report", "--min-g2", "inf", "-o", UNWRITABLE + ".html", SEED],
            "argument --min-g2: must be a finite number",
        ),
        (["compare", "--min-g2=-inf", SEED], "argument --min-g2: must be a finite number, got '-inf'"),
        (["compare", "--min-g2", "1e400", SEED], "argument --min-g2: must be a finite number, got '1e400'"),
        (["compare", "--min-g2", "-1", SEED], "argument --min-g2: must be at least 0, got -1"),
        (["compare", "--min-g2", "high", SEED], "argument --min-g2: must be a number, got 'high'"),
    ],
)
def test_numbers_out_of_range_name_their_option(capsys, argv, message):
    err = usage_error(capsys, *argv)
    assert message in err and "chunk" not in err


@pytest.mark.parametrize(
    ("argv", "prog"),
    [
        (["score", "-x", SEED], "framing score"),
        (["lexicon", "export", "threat", "-x"], "framing lexicon export"),
    ],
)
def test_an_unknown_option_points_to_its_subcommands_help(capsys, argv, prog):
    err = usage_error(capsys, *argv)
    assert err.startswith(f"{prog}: error: unrecognized arguments: -x") and f"(see '{prog} --help')" in err


def test_chart_dimension_is_checked_before_the_analysis(capsys, monkeypatch, tmp_path):
    import framing.cli.commands as commands

    monkeypatch.setattr(commands, "_documents", lambda args: pytest.fail("the inputs were read"))
    assert main(["chart", "keyness", "--dimension", "threatt", "-o", str(tmp_path / "k.png"), SEED]) == 2
    err = capsys.readouterr().err
    assert "unknown dimension 'threatt'; valid dimensions are: " in err and err.endswith(", threat\n")
    assert main(["chart", "arc", "--dimension", "threatt", "-o", str(tmp_path / "a.png"), SEED]) == 2
    assert "unknown dimension 'threatt'" in capsys.readouterr().err
    assert main(["chart", "profile", "--dimension", "threat", "-o", str(tmp_path / "p.png"), SEED]) == 2
    assert (
        "--dimension chooses what a keyness or arc chart draws, not a profile chart"
        in capsys.readouterr().err
    )
    args = [
        "chart",
        "keyness",
        "--dimension",
        "threat",
        "--dimension",
        "hedging",
        "-o",
        str(tmp_path / "k.png"),
    ]
    assert main([*args, SEED]) == 2
    assert "a keyness chart draws one dimension" in capsys.readouterr().err


def test_chart_arc_draws_the_dimensions_asked_for(tmp_path):
    out = tmp_path / "arc.svg"
    assert (
        main(
            [
                "chart",
                "arc",
                "--dimension",
                "certainty",
                "--dimension",
                "responsibility",
                "-o",
                str(out),
                SEED,
            ]
        )
        == 0
    )
    svg = out.read_text(encoding="utf-8")
    assert "certainty" in svg and "responsibility" in svg and "reassurance" not in svg


@pytest.mark.parametrize("command", ["score", "compare", "batch", "lexicon import", "lexicon export"])
def test_a_subcommands_help_shows_only_its_own_examples(capsys, command):
    with pytest.raises(SystemExit):
        main([*command.split(), "--help"])
    examples = capsys.readouterr().out.split("examples:\n", 1)[1].splitlines()
    assert examples and all(f"framing {command} " in f"{line} " for line in examples)


def test_counts_of_one_are_singular(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"One sentence only.\n")))
    assert main(["score", "-"]) == 0
    assert capsys.readouterr().out.startswith("== <stdin> (1 sentence)\n")
    article = tmp_path / "one.txt"
    article.write_text("One sentence only.", encoding="utf-8")
    assert main(["batch", str(article), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.startswith(
        f"wrote {tmp_path / 'out'}: 1 article, 1 sentence row in 1 part\n"
    )


def test_too_few_resamples_are_refused_before_any_analysis(capsys):
    from framing.cli import main

    try:
        code = main(["compare", "missing_a.txt", "missing_b.txt", "--permutations", "50"])
    except SystemExit as exit:
        code = exit.code
    err = capsys.readouterr().err
    # The parser answers first: the missing files are not even looked at.
    assert code == 2 and "--permutations: must be at least 100, got 50" in err and "missing_a" not in err


def test_a_finite_threshold_still_parses():
    for text, value in (("0", 0.0), ("3.84", 3.84), ("1e1", 10.0)):
        assert build_parser().parse_args(["compare", "--min-g2", text, SEED]).min_g2 == value


def test_the_score_description_names_every_input_format_its_argument_takes(capsys):
    from framing.folders import SUFFIXES

    with pytest.raises(SystemExit):
        main(["score", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    description = help_text.split("positional arguments:")[0].split("Score articles.")[1]
    for named in [*SUFFIXES, ".gz", "--stdin-format", "folder"]:
        assert named in description, named
