"""The command line's arguments: one parser, each subcommand with its help and examples."""

from __future__ import annotations

import argparse
from typing import Any

from framing.cli.actions import (
    EXIT_USAGE,
    BooleanOnce,
    Parser,
    Version,
    at_least,
    count_or_all,
    finite_at_least,
)
from framing.cli.options import add_format, add_lexicons, add_output, add_read_options

__all__ = ["EXIT_TERMINATED", "EXIT_USAGE", "build_parser"]

EXIT_TERMINATED = 143

INPUTS_HELP = (
    "articles: files or folders (.txt, .md, .jsonl, .csv, .tsv, each optionally .gz), or - for standard input"
)
EPILOG = """\
examples:
  framing score seeds/smolensk_anokhine.txt             per-sentence table
  framing score --evidence article.txt                  ... with every match under its sentence
  framing score --format jsonl articles.jsonl > out.jsonl
  framing score --level document --format csv *.txt     one row per article
  framing score -o scores.csv article.txt               CSV: the format follows the file name
  cat article.txt | framing score -                     read standard input
  framing score --lexicons my_lexicons/ article.txt     add or override dimensions
  framing quotes seeds/*.txt                            who said what: every attribution
  framing speakers seeds/*.txt                          one framing profile per speaker
  framing compare seeds/*.txt --chart out/profile.png   differences with 95% CIs and p-values
  framing compare --by country news.jsonl               group by a JSONL field
  framing chart arc seeds/smolensk_anokhine.txt -o out/arc.png
  framing batch archive/ -o scores/ --format parquet --jobs 2   a whole archive, resumable
  framing report seeds/*.txt -o out/report.html         highlighted articles, speakers, comparison
  framing report --by country news.jsonl -o r.html      a corpus: compare by a field, not by article
  framing evaluate polnear ../shared/data/polnear --split dev
  framing lexicon list
  framing lexicon show threat -o threat.json            every entry as JSON (the format from the name)
  framing score --lexicons mfd.dic article.txt          score with a LIWC, WordStat, YAML... dictionary
  framing lexicon import mfd.dic -o my_lexicons/        a dictionary as NAME.tsv files
  framing lexicon export threat -o threat.yaml          one lexicon as YAML (the format from the name)
  framing lexicon check mfd.dic --sample article.txt    every problem, and what matches
"""


def _examples(command: str) -> str:
    """The lines of :data:`EPILOG` for one subcommand (``score``, ``lexicon import``): its --help shows only them."""
    lines = [line for line in EPILOG.splitlines()[1:] if f"framing {command} " in f"{line} "]
    return "examples:\n" + "\n".join(lines) + "\n" if lines else ""


def _examples_of(command: str) -> dict[str, Any]:
    """The ``add_parser`` keywords that end a subcommand's --help with its examples, as written."""
    return {"epilog": _examples(command), "formatter_class": argparse.RawDescriptionHelpFormatter}


def build_parser() -> argparse.ArgumentParser:
    """The ``framing`` parser with every subcommand (heavy modules are imported only for their names)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    parser = Parser(
        prog="framing",
        description="Explainable framing analysis of news: reassurance, threat, hedging, attribution, "
        "certainty and responsibility per sentence, every score with its evidence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action=Version, help="show program's version number and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    readers = [
        _add_score(commands, common),
        *_add_listings(commands, common),
        *_add_comparisons(commands, common),
    ]
    for sub in readers:
        add_read_options(sub)
    _add_batch(commands, common)
    _add_evaluate(commands, common)
    _add_lexicon(commands, common)
    return parser


def _add_score(commands: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    from framing.outputs import LEVELS, TABLE_FORMATS

    score = commands.add_parser(
        "score",
        help="score articles per sentence or per document",
        description="Score articles. FILE is .txt, .md (plain text), .jsonl (one article per line, text in "
        "'text', id in 'id'), .csv or .tsv (one article per row under a header), each optionally .gz, or a "
        "folder of them; '-' reads standard input: plain text, or what --stdin-format says (jsonl, csv, tsv).",
        epilog=_examples("score"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    score.add_argument("files", nargs="+", metavar="FILE", help=INPUTS_HELP)
    add_format(score, TABLE_FORMATS)
    score.add_argument(
        "--level",
        choices=LEVELS,
        default="sentence",
        help="a record per sentence, per document, or per match with its offsets, weight and modifiers "
        "(evidence) (default: sentence)",
    )
    add_lexicons(score)
    score.add_argument(
        "--evidence",
        action="store_true",
        help="table format: list the matches under each sentence (csv, json, jsonl and parquet always "
        "carry each sentence's evidence; --level document has none, so the two are refused together)",
    )
    add_output(score)

    return score


def _add_listings(commands: Any, common: argparse.ArgumentParser) -> tuple[argparse.ArgumentParser, ...]:
    """``quotes`` and ``speakers``."""
    from framing.outputs import TABLE_FORMATS

    quotes = commands.add_parser(
        "quotes",
        help="every attribution: speaker, source type, cue, stance, channel, content",
        description="List every quotation and attributed claim with its speaker, source type, cue, "
        "cue stance, channel, content and the rule that found it.",
        epilog=_examples("quotes"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    speakers = commands.add_parser(
        "speakers",
        help="one row per speaker across all files, with a framing profile",
        description="One row per speaker across all files: source type, sentences, quotes and the mean "
        "score per sentence of each dimension. Spelling variants of a person's name are merged; close "
        "names that may be one person are listed as possible aliases, not merged.",
        epilog=_examples("speakers"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    speakers.add_argument(
        "--min-sentences",
        type=at_least(0),
        default=0,
        metavar="N",
        help="only speakers whose words fill at least N sentences (default: all)",
    )
    for sub in (quotes, speakers):
        sub.add_argument("files", nargs="+", metavar="FILE", help=INPUTS_HELP)
        add_format(sub, TABLE_FORMATS)
        add_lexicons(sub)
        add_output(sub)

    return quotes, speakers


def _add_comparisons(commands: Any, common: argparse.ArgumentParser) -> tuple[argparse.ArgumentParser, ...]:
    """``compare``, ``chart`` and ``report``: the commands that group articles."""
    from framing.charts import CHARTS
    from framing.outputs import TABLE_FORMATS

    compare = commands.add_parser(
        "compare",
        help="compare framing between articles, speakers, source types or a JSONL field",
        description="Compare the mean score per sentence between groups. The output begins with a groups x "
        "dimensions table and one sentence per dimension stating the result; then the differences with 95% "
        "bootstrap confidence intervals, permutation p-values (Holm-adjusted) and the key terms behind them "
        "(log-likelihood G2 >= --min-g2, log2 ratio). Reproducible with --seed.",
        epilog=_examples("compare"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    chart = commands.add_parser(
        "chart",
        help="draw a chart (arc, profile, speakers, keyness) as PNG or SVG",
        description="arc: framing through each article; profile: group means with CIs; speakers: speaker x "
        "dimension heatmap; keyness: the terms that drive the difference of two groups.",
        epilog=_examples("chart"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    chart.add_argument("kind", choices=CHARTS, metavar="KIND", help="arc, profile, speakers or keyness")
    chart.add_argument("-o", "--output", metavar="OUT", required=True, help="the chart file: .png or .svg")
    report = commands.add_parser(
        "report",
        help="one self-contained HTML page: highlighted evidence, speakers, arcs, comparison",
        description="Write one self-contained HTML file (no network, no script): each article's text with "
        "its evidence highlighted by dimension and a tooltip per span, quotations marked with their "
        "speakers, an arc chart and a speaker table; for several articles, the comparison on top.",
        epilog=_examples("report"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    report.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="the report file, e.g. report.html"
    )
    _add_report_options(report)
    for sub in (chart, report):
        sub.add_argument(
            "--shared-y",
            action=BooleanOnce,
            default=None,
            help="arcs: one y scale for every article (default: on for several articles)",
        )
    for sub in (compare, chart, report):
        _add_grouping(sub)
    add_format(compare, TABLE_FORMATS)
    compare.add_argument("--chart", metavar="OUT", help="also draw the profile chart to OUT (.png or .svg)")
    add_output(compare)
    chart.add_argument(
        "--dimension",
        action="append",
        help="keyness: only this dimension; arc: draw this dimension (repeat for several; default: "
        "reassurance, threat, hedging, attribution)",
    )

    return compare, chart, report


def _add_report_options(report: argparse.ArgumentParser) -> None:
    from framing._report_index import MAX_ARTICLES

    report.add_argument("--title", default="Framing report", help="the page title (default: Framing report)")
    report.add_argument(
        "--max-articles",
        type=count_or_all,
        default=MAX_ARTICLES,
        metavar="N",
        help=f"show the first N articles in detail (text, arc, speakers; default: {MAX_ARTICLES}, or 'all'); "
        "the others are listed with their scores (the comparison on top follows --by and --max-groups)",
    )


def _add_grouping(sub: argparse.ArgumentParser) -> None:
    """The inputs, grouping and resampling options that compare, chart and report share."""
    sub.add_argument("files", nargs="+", metavar="FILE", help=INPUTS_HELP)
    sub.add_argument(
        "--by",
        default="article",
        metavar="GROUPING",
        help="article, speaker, source_type or a field of the JSONL records (default: article)",
    )
    sub.add_argument("--seed", type=at_least(0), default=0, help="random seed of the resampling (default: 0)")
    hundred = at_least(100)  # fewer give no usable interval or p-value: refused before any analysis
    sub.add_argument("--resamples", type=hundred, default=2000, help="bootstrap resamples (default: 2000)")
    refined = "tests with p < 0.05 get up to 100,000 if Holm over all tests needs them"
    sub.add_argument(
        "--permutations", type=hundred, default=5000, help=f"per test (default: 5000; {refined})"
    )
    sub.add_argument(
        "--min-g2",
        type=finite_at_least(0),  # G² is never negative; nan or inf would silently list no term
        default=3.84,
        metavar="G2",
        help="list key terms from this log-likelihood G² on (default: 3.84, p < 0.05; 0 lists all)",
    )
    sub.add_argument(
        "--max-groups",
        type=at_least(2),
        default=8,
        metavar="N",
        help="compare the N largest groups by sentences; the others are listed as left out (default: 8). "
        "By article, a corpus of more articles compares only its N longest: group it with --by FIELD",
    )
    sub.add_argument(
        "--group",
        action="append",
        metavar="NAME",
        help="compare exactly these groups, named as the output writes them (repeat: --by speaker --group "
        "'Vladimir Putin' --group 'Volodymyr Zelensky'); instead of the largest",
    )
    add_lexicons(sub)


def _add_batch(commands: Any, common: argparse.ArgumentParser) -> None:
    batch = commands.add_parser(
        "batch",
        help="score an archive into a folder of parts: resumable, several processes or a Dask cluster",
        description="Score every article of files and folders (.txt, .md, .jsonl, .csv, .tsv, each optionally "
        ".gz) into the folder OUT: sentences/ and documents/ parts in JSONL, CSV or Parquet, every input "
        "field riding along. Rerunning with the same -o resumes: finished articles are skipped, and a "
        "kill at any moment loses and duplicates nothing; a rerun with another --format, --level or lexicons "
        "is refused.",
        epilog=_examples("batch"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    batch.add_argument("files", nargs="+", metavar="INPUT", help="files, folders, or - for standard input")
    batch.add_argument("-o", "--output", metavar="OUT", required=True,
                       help="the output folder: new, empty, or an earlier batch's to resume")  # fmt: skip
    batch.add_argument("--level", choices=("sentence", "document", "both", "evidence", "all"), default="both",
                       help="rows per sentence, per article or both (default: both); evidence: a row per match "
                       "with its offsets, weight and modifiers (OUT/evidence/); all: the three")  # fmt: skip
    batch.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                       help="the parts' format (default: jsonl)")  # fmt: skip
    batch.add_argument(
        "--jobs", type=at_least(1), default=1, metavar="N", help="processes to score on (default: 1)"
    )
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help="score on the Dask cluster at ADDRESS (e.g. tcp://10.0.0.5:8786) instead")  # fmt: skip
    batch.add_argument("--skip-bad", action="store_true",
                       help="leave out records and files that cannot be read (bad JSON, no text, not UTF-8, "
                       "...) and go on; each is listed in OUT/rejected.txt and counted at the end "
                       "(default: the first one stops the run)")  # fmt: skip
    add_read_options(batch)
    add_lexicons(batch)


def _add_evaluate(commands: Any, common: argparse.ArgumentParser) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="measure framing against a human-annotated dataset",
        description="Score framing against a gold standard in its published layout, e.g. PolNeAR for "
        "attribution. The data is read from PATH, never copied.",
        epilog=_examples("evaluate"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    evaluate.add_argument("dataset", metavar="DATASET",
                          help="polnear, szeged, semeval2023, ptc2020, crisislex or gold")  # fmt: skip
    evaluate.add_argument(
        "path", metavar="PATH", help="the dataset's folder or file, in its published layout"
    )
    evaluate.add_argument("--split", help="published split to read (default: the dataset's usual one)")
    evaluate.add_argument(
        "--part",
        choices=("all", "tune", "heldout"),
        default="all",
        help="a fixed document-hash part of the split: heldout is 20%% of documents (default: all)",
    )
    evaluate.add_argument("--no-peers", action="store_true", help="do not score the peer tools")
    add_format(evaluate, ("table", "json"))
    add_lexicons(evaluate)
    add_output(evaluate)


def _add_lexicon(commands: Any, common: argparse.ArgumentParser) -> None:
    lexicon = commands.add_parser(
        "lexicon",
        help="list, show, import, export or check lexicons",
        description="List the lexicons or show the entries of one, with provenance; import a dictionary "
        "(LIWC, LIWC-22, Lexicoder, WordStat, Yoshikoder, YAML, Empath, word list) as NAME.tsv files, export "
        "a lexicon, or check a dictionary.",
        **_examples_of("lexicon"),
        parents=[common],
    )
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    listing = lexicon_commands.add_parser("list", help="one line per lexicon", **_examples_of("lexicon list"),
                                          parents=[common])  # fmt: skip
    show = lexicon_commands.add_parser("show", help="every entry of one lexicon", **_examples_of("lexicon show"),
                                       parents=[common])  # fmt: skip
    show.add_argument("name", metavar="NAME", help="a lexicon name, e.g. threat")
    _add_lexicon_io(lexicon_commands, common)
    for sub in (listing, show):
        add_format(sub, ("table", "json"))
        add_lexicons(sub)
        add_output(sub)


def _add_lexicon_io(commands: Any, common: argparse.ArgumentParser) -> None:
    from framing.lexicon.model import EXPORT_FORMATS, IMPORT_FORMATS

    formats = f"one of {', '.join(IMPORT_FORMATS)} (default: from the file name)"
    imports = commands.add_parser("import", help="a dictionary file as NAME.tsv files",
                                  **_examples_of("lexicon import"), parents=[common])  # fmt: skip
    imports.add_argument("file", metavar="FILE", help="the dictionary file")
    imports.add_argument("--format", choices=IMPORT_FORMATS, metavar="F", help=formats)
    imports.add_argument(
        "-o", "--output", dest="directory", metavar="DIR", required=True, help="folder to write"
    )
    export = commands.add_parser("export", help="one lexicon as TSV, .dicx or YAML",
                                 **_examples_of("lexicon export"), parents=[common])  # fmt: skip
    export.add_argument("name", metavar="NAME", help="a lexicon name, e.g. threat")
    add_format(export, EXPORT_FORMATS, default=None)
    add_lexicons(export)
    add_output(export)
    check = commands.add_parser(
        "check",
        help="every problem of a dictionary, and which entries match a sample (exit 1 on problems)",
        description="List every problem of a dictionary file or lexicon folder, and which entries match "
        "a sample. Exit status: 0 when there is no problem, 1 when problems are listed, 2 when the "
        "command cannot run (a missing path, a bad option).",
        **_examples_of("lexicon check"),
        parents=[common],
    )
    check.add_argument("path", metavar="FILE|DIR", help="a dictionary file or a lexicon folder")
    check.add_argument("--format", choices=IMPORT_FORMATS, metavar="F", help=formats)
    check.add_argument(
        "--sample", action="append", metavar="FILE", help="texts (.txt, .md, .jsonl) to match on"
    )
