"""The ``framing`` command: a thin shell over the library.

Every error a user can cause ends in one line on stderr and exit status 2; ``--debug`` adds the
traceback. Output is rendered whole before it is written, so a failure never leaves half of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.lexicon import LexiconSet
    from framing.results import ArticleResult

EXIT_USAGE = 2

EPILOG = """\
examples:
  framing score seeds/smolensk_anokhine.txt             per-sentence table
  framing score --evidence article.txt                  ... with every match under its sentence
  framing score --format jsonl articles.jsonl > out.jsonl
  framing score --level document --format csv *.txt     one row per article
  cat article.txt | framing score -                     read standard input
  framing score --lexicons my_lexicons/ article.txt     add or override dimensions
  framing quotes seeds/*.txt                            who said what: every attribution
  framing speakers seeds/*.txt                          one framing profile per speaker
  framing compare seeds/*.txt --chart out/profile.png  differences with 95% CIs and p-values
  framing compare --by country news.jsonl               group by a JSONL field
  framing chart arc seeds/smolensk_anokhine.txt -o out/arc.png
  framing evaluate polnear ../shared/data/polnear --split dev
  framing lexicon list
  framing lexicon show threat
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _add_lexicons(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lexicons", metavar="DIR", help="folder of NAME.tsv files that add or replace lexicons"
    )


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (whole, or not at all) instead of stdout"
    )


def _parser() -> argparse.ArgumentParser:
    from framing import __version__
    from framing.charts import CHARTS
    from framing.outputs import FORMATS, LEVELS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    parser = _Parser(
        prog="framing",
        description="Explainable framing analysis of news: reassurance, threat, hedging, attribution, "
        "certainty and responsibility per sentence, every score with its evidence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    score = commands.add_parser(
        "score",
        help="score articles per sentence or per document",
        description="Score articles. FILE is .txt, .md (plain text) or .jsonl (one article per line, "
        "text in 'text', id in 'id'); '-' reads plain text from standard input.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    score.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for standard input")
    score.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    score.add_argument(
        "--level",
        choices=LEVELS,
        default="sentence",
        help="a record per sentence or per document (default: sentence)",
    )
    _add_lexicons(score)
    score.add_argument(
        "--evidence", action="store_true", help="table format: list the matches under each sentence"
    )
    _add_output(score)

    inputs_help = "article files (.txt, .md, .jsonl), or - for standard input"
    quotes = commands.add_parser(
        "quotes",
        help="every attribution: speaker, source type, cue, stance, channel, content",
        description="List every quotation and attributed claim with its speaker, source type, cue, "
        "cue stance, channel, content and the rule that found it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    speakers = commands.add_parser(
        "speakers",
        help="one row per speaker across all files, with a framing profile",
        description="One row per speaker across all files: source type, sentences, quotes and the mean "
        "score per sentence of each dimension. Spelling variants of a person's name are merged; close "
        "names that may be one person are listed as possible aliases, not merged.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    for sub in (quotes, speakers):
        sub.add_argument("files", nargs="+", metavar="FILE", help=inputs_help)
        sub.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        _add_lexicons(sub)
        _add_output(sub)

    compare = commands.add_parser(
        "compare",
        help="compare framing between articles, speakers, source types or a JSONL field",
        description="Compare the mean score per sentence between groups: differences with 95%% bootstrap "
        "confidence intervals, permutation p-values (Holm-adjusted) and the key terms behind them "
        "(log-likelihood G2, log2 ratio). Reproducible with --seed.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    chart = commands.add_parser(
        "chart",
        help="draw a chart (arc, profile, speakers, keyness) as PNG or SVG",
        description="arc: framing through each article; profile: group means with CIs; speakers: speaker x "
        "dimension heatmap; keyness: the terms that drive a difference.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    chart.add_argument("kind", choices=CHARTS, metavar="KIND", help="arc, profile, speakers or keyness")
    chart.add_argument("-o", "--output", metavar="OUT", required=True, help="the chart file: .png or .svg")
    for sub in (compare, chart):
        sub.add_argument("files", nargs="+", metavar="FILE", help=inputs_help)
        sub.add_argument(
            "--by",
            default="article",
            metavar="GROUPING",
            help="article, speaker, source_type or a field of the JSONL records (default: article)",
        )
        sub.add_argument("--seed", type=int, default=0, help="random seed of the resampling (default: 0)")
        sub.add_argument("--resamples", type=int, default=2000, help="bootstrap resamples (default: 2000)")
        sub.add_argument("--permutations", type=int, default=5000, help="permutations (default: 5000)")
        _add_lexicons(sub)
    compare.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    compare.add_argument("--chart", metavar="OUT", help="also draw the profile chart to OUT (.png or .svg)")
    _add_output(compare)
    chart.add_argument("--dimension", help="keyness: only this dimension")

    evaluate = commands.add_parser(
        "evaluate",
        help="measure framing against a human-annotated dataset",
        description="Score framing against a gold standard in its published layout, e.g. PolNeAR for "
        "attribution. The data is read from PATH, never copied.",
        epilog=EPILOG,
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
    evaluate.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    _add_lexicons(evaluate)
    _add_output(evaluate)

    lexicon = commands.add_parser(
        "lexicon",
        help="list the lexicons or show one",
        description="List the lexicons or show the entries of one, with provenance.",
        parents=[common],
    )
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    listing = lexicon_commands.add_parser("list", help="one line per lexicon", parents=[common])
    show = lexicon_commands.add_parser("show", help="every entry of one lexicon", parents=[common])
    show.add_argument("name", metavar="NAME", help="a lexicon name, e.g. threat")
    show.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    for sub in (listing, show):
        _add_lexicons(sub)
    return parser


def _score(args: argparse.Namespace) -> str:
    from framing import analyze, load_lexicons
    from framing.inputs import read_documents
    from framing.outputs import render

    lexicons = load_lexicons(args.lexicons)
    documents = read_documents(args.files)
    results = [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in documents]
    return render(results, format=args.format, level=args.level, evidence=args.evidence)


def _quotes(args: argparse.Namespace) -> str:
    from framing import analyze, load_lexicons
    from framing.inputs import read_documents
    from framing.outputs import render_quotes

    lexicons = load_lexicons(args.lexicons)
    documents = read_documents(args.files)
    return render_quotes(
        [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in documents], format=args.format
    )


def _speakers(args: argparse.Namespace) -> str:
    from framing import analyze, load_lexicons, speaker_profiles
    from framing.inputs import read_documents
    from framing.outputs import render_speakers

    lexicons = load_lexicons(args.lexicons)
    documents = read_documents(args.files)
    results = [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in documents]
    return render_speakers(speaker_profiles(results, lexicons), format=args.format)


def _analysed(args: argparse.Namespace) -> tuple[list[ArticleResult], dict[str, dict[str, Any]], LexiconSet]:
    from framing import analyze, load_lexicons
    from framing.inputs import read_documents

    lexicons = load_lexicons(args.lexicons)
    documents = read_documents(args.files)
    results = [analyze(d.text, lexicons=lexicons, doc=d.doc) for d in documents]
    return results, {d.doc: dict(d.metadata) for d in documents}, lexicons


def _comparison(
    args: argparse.Namespace, results: list[ArticleResult], metadata: dict[str, dict[str, Any]]
) -> Comparison:
    from framing.compare import compare

    if args.resamples < 100 or args.permutations < 100:
        from framing.errors import FramingError

        raise FramingError(
            "--resamples and --permutations need at least 100 to give usable intervals and p-values"
        )
    return compare(
        results,
        by=args.by,
        metadata=metadata,
        n_resamples=args.resamples,
        n_permutations=args.permutations,
        seed=args.seed,
    )


def _compare(args: argparse.Namespace) -> str:
    from framing.outputs import render_comparison

    results, metadata, _ = _analysed(args)
    comparison = _comparison(args, results, metadata)
    text = render_comparison(comparison, format=args.format)
    if args.chart:
        from framing import charts

        figure, [ax] = charts.new_figure()
        charts.profile(comparison, ax=ax)
        charts.save(figure, args.chart)
    return text


def _chart(args: argparse.Namespace) -> str:
    from framing import charts, speaker_profiles

    results, metadata, lexicons = _analysed(args)
    if args.kind == "arc":
        figure, axes = charts.new_figure(rows=len(results))
        for result, ax in zip(results, axes, strict=True):
            charts.arc(result, ax=ax)
    elif args.kind == "speakers":
        figure, [ax] = charts.new_figure((9, 5))
        charts.speakers(speaker_profiles(results, lexicons), ax=ax)
    else:
        comparison = _comparison(args, results, metadata)
        figure, [ax] = charts.new_figure()
        if args.kind == "profile":
            charts.profile(comparison, ax=ax)
        else:
            charts.keyness(comparison, dimension=args.dimension, ax=ax)
    path = charts.save(figure, args.output)
    sys.stderr.write(f"wrote {path}\n")
    return ""


def _evaluate(args: argparse.Namespace) -> str:
    from framing.evaluation import evaluate
    from framing.outputs import render_evaluation

    report = evaluate(args.dataset, args.path, split=args.split, part=args.part, lexicons=args.lexicons,
                      peers=not args.no_peers)  # fmt: skip
    return render_evaluation(report, format=args.format)


def _lexicon(args: argparse.Namespace) -> str:
    from framing import load_lexicons
    from framing.outputs import render_lexicon, render_lexicon_list

    lexicons = load_lexicons(args.lexicons)
    if args.lexicon_command == "list":
        return render_lexicon_list(lexicons)
    return render_lexicon(lexicons[args.name], format=args.format)


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from framing.errors import InputError

    temporary = f"{output}.part"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, output)
    except OSError as error:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise InputError(
            f"cannot write {output} ({error.strerror}); check the folder exists and is writable"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input or usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from framing.errors import FramingError

    try:
        command = {"score": _score, "quotes": _quotes, "speakers": _speakers, "compare": _compare,
                   "chart": _chart, "evaluate": _evaluate}  # fmt: skip
        text = command.get(args.command, _lexicon)(args)
        if args.command != "chart":
            _write(text, getattr(args, "output", None))
    except FramingError as error:
        if debug:
            raise
        print(f"framing: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours, not the user's: say so, keep the trace behind --debug
        if debug:
            raise
        print(
            f"framing: internal error: {type(error).__name__}: {error}; rerun with --debug and "
            "report the traceback",
            file=sys.stderr,
        )
        return 1
    return 0
