"""The command line's options: each kept value given once, values checked, help per subcommand."""

import pytest
from conftest import SEEDS

from framing.cli import main
from framing.cli.parser import build_parser

SEED = str(SEEDS / "smolensk_anokhine.txt")


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
