"""What each subcommand does: read the inputs, call the public API, return what to write."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from framing.cli.writing import announce

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.folders import Inputs
    from framing.lexicon import LexiconSet
    from framing.results import ArticleResult


def _documents(args: argparse.Namespace) -> list[Any]:
    """The articles of the command's inputs, read with its field options."""
    from framing.inputs import read_documents, scan

    # One walk over the folders; the note comes after reading, so a bad input stays one line.
    inputs = scan(args.files)
    documents = read_documents(inputs.files, options=_read_options(args))
    _note_left_out(inputs)
    return documents


def _formats() -> str:
    from framing.folders import SUFFIXES

    return ", ".join(SUFFIXES) + " (each also gzipped)"


def _note_left_out(inputs: Inputs) -> None:
    """Name on stderr the files and folders of input folders that are not read, so none is lost without a word."""
    skipped = inputs.left_out
    if inputs.outputs:
        sys.stderr.write(
            f"framing: note: left out {len(inputs.outputs)} folder(s) of scores inside the input folders, "
            f"e.g. {inputs.outputs[0]}: batch output is not read as articles\n"
        )
    if skipped:
        kinds = sorted({os.path.splitext(p)[1].lower() or "no extension" for p in skipped})
        sys.stderr.write(
            f"framing: note: left out {len(skipped)} file(s) of the input folders that are not articles "
            f"({', '.join(kinds)}), e.g. {skipped[0]}; articles are read from {_formats()} files\n"
        )


def _read_options(args: argparse.Namespace) -> Any:
    from framing.inputs import MAX_CHARS, ReadOptions

    return ReadOptions(text_field=args.text_field, id_field=args.id_field, stdin_format=args.stdin_format,
                       max_chars=args.max_chars or MAX_CHARS)  # fmt: skip


def _unique_ids(documents: Sequence[Any]) -> None:
    """Commands that key articles by id or add them up (groups, charts, reports, speakers) refuse an id used twice."""
    from framing.errors import InputError

    seen: dict[str, str] = {}
    for d in documents:
        where = f"{d.source}:{d.position}" if d.position else d.source
        if d.doc in seen:
            raise InputError(
                f"id {d.doc!r} is used twice ({seen[d.doc]} and {where}); make the ids unique or use framing score"
            )
        seen[d.doc] = where


def _score(args: argparse.Namespace) -> str | bytes:
    from framing.outputs import render

    if args.evidence and args.level == "document":
        from framing.errors import InputError

        # The other formats carry each sentence's evidence anyway; a document row has none to list.
        raise InputError("--evidence lists the matches under each sentence, and --level document has no "
                         "sentences; drop --evidence, or use --level sentence")  # fmt: skip
    lexicons = _lexicons(args.lexicons)
    documents = _documents(args)
    results = _analyse_all(documents, lexicons)
    return render(results, format=args.format, level=args.level, evidence=args.evidence,
                  metadata=[d.metadata for d in documents])  # fmt: skip


def _quotes(args: argparse.Namespace) -> str | bytes:
    from framing.outputs import render_quotes

    lexicons = _lexicons(args.lexicons)
    documents = _documents(args)
    results = _analyse_all(documents, lexicons)
    return render_quotes(results, format=args.format, metadata=[d.metadata for d in documents])


def _speakers(args: argparse.Namespace) -> str | bytes:
    from framing import speaker_profiles
    from framing.outputs import render_speakers

    lexicons = _lexicons(args.lexicons)
    documents = _documents(args)
    _unique_ids(documents)  # an article read twice would count its speakers' sentences twice
    results = _analyse_all(documents, lexicons)
    every = speaker_profiles(results, lexicons)  # all speakers, to say the most sentences when none is kept
    table = every.with_min_sentences(args.min_sentences)
    if not table.speakers and args.min_sentences:
        most = max((p.n_sentences for p in every.speakers), default=0)
        sys.stderr.write(
            f"framing: note: no speaker fills {args.min_sentences} sentences or more (the most: {most}); "
            "lower --min-sentences\n"
        )
    rendered = render_speakers(table, format=args.format)
    merged = table.merged() if args.format == "table" else ""
    return f"{rendered}\nmerged into each speaker:\n{merged}\n" if merged else rendered


def _lexicons(path: str | None) -> LexiconSet:
    """The lexicon set of ``--lexicons``, saying on stderr which built-in lexicons a user file replaced.

    A file named like a built-in lexicon (an exported ``threat.yaml`` read back) replaces it whole,
    which changes every score of that dimension: the user should know it was not added alongside.
    """
    from framing import load_lexicons

    lexicons = load_lexicons(path)
    for name, file in lexicons.replaced.items():
        sys.stderr.write(f"framing: note: {file} replaces the built-in {name} lexicon\n")
    return lexicons


def _analyse_all(documents: Sequence[Any], lexicons: LexiconSet) -> list[ArticleResult]:
    """Analyse the articles in order, with a progress bar on a terminal (a corpus can take minutes)."""
    from framing import analyze

    results = []
    with _progress(total=len(documents)) as advance:
        for d in documents:
            results.append(analyze(d.text, lexicons=lexicons, doc=d.doc))
            if advance is not None:
                advance(1, len(d.text))
    return results


def _analysed(
    args: argparse.Namespace, check: Callable[[int], None] | None = None
) -> tuple[list[ArticleResult], dict[str, dict[str, Any]], LexiconSet]:
    """The articles analysed; ``check`` sees their number first (a refusal costs no analysis)."""
    lexicons = _lexicons(args.lexicons)
    for dimension in getattr(args, "dimension", None) or ():  # refused before the analysis
        if dimension not in lexicons.dimensions:
            from framing.errors import UnknownNameError

            raise UnknownNameError("dimension", dimension, lexicons.dimensions)
    documents = _documents(args)
    _unique_ids(documents)
    if check is not None:
        check(len(documents))
    results = _analyse_all(documents, lexicons)
    return results, {d.doc: dict(d.metadata) for d in documents}, lexicons


def _comparison(
    args: argparse.Namespace,
    results: list[ArticleResult],
    metadata: dict[str, dict[str, Any]],
    lexicons: LexiconSet,
) -> Comparison:
    from framing.compare import compare

    if sys.stderr.isatty() and not os.environ.get("CI"):
        sys.stderr.write(
            f"framing: comparing by {args.by}: {args.resamples} bootstrap resamples and {args.permutations} "
            "permutations per difference ...\n"
        )
    return compare(
        results,
        by=args.by,
        metadata=metadata,
        n_resamples=args.resamples,
        n_permutations=args.permutations,
        seed=args.seed,
        min_g2=args.min_g2,
        max_groups=args.max_groups,
        groups=args.group,
        lexicons=lexicons,  # the aliases by which --by speaker merges one person's spellings
    )


def _compare(args: argparse.Namespace) -> str:
    from framing.outputs import render_comparison

    results, metadata, lexicons = _analysed(args)
    comparison = _comparison(args, results, metadata, lexicons)
    text = render_comparison(comparison, format=args.format)
    if args.chart:
        from framing import charts

        figure, [ax] = charts.new_figure()
        charts.profile(comparison, ax=ax)
        # Written with the table, all or none (see framing.cli.writing.write).
        args.extra_files = [(args.chart, charts.render(figure, os.path.splitext(args.chart)[1]))]
    return text


def _report(args: argparse.Namespace) -> str:
    from framing import html_report
    from framing.errors import TooFewGroupsError

    results, metadata, lexicons = _analysed(args)
    comparison, reason = None, ""
    if len(results) > 1:
        try:
            comparison = _comparison(args, results, metadata, lexicons)
        except TooFewGroupsError as error:  # the articles are still worth a report (see html_report)
            reason = str(error)
            sys.stderr.write(f"framing: note: the report has no comparison: {reason}\n")
    if args.max_articles is not None and len(results) > args.max_articles:
        whole = comparison is not None and not (comparison.left_out or comparison.too_small)
        compared = "; all are compared" if whole else ""
        sys.stderr.write(
            f"framing: note: the report shows the first {args.max_articles} of {len(results)} articles in detail "
            f"and lists the others with their scores{compared} (--max-articles N or all to change)\n"
        )
    if comparison is not None and comparison.left_out:
        sys.stderr.write(f"framing: note: {_groups_cut(comparison, metadata)}\n")
    elif comparison is not None and comparison.too_small:  # as the page says, above its comparison
        small = comparison.too_small
        more = f" and {len(small) - 5} more" if len(small) > 5 else ""
        sys.stderr.write(
            f"framing: note: the comparison leaves out {len(small)} group(s) with too few sentences for a "
            f"mean that says anything: {', '.join(small[:5])}{more}\n"
        )
    return html_report(results, comparison=comparison, metadata=metadata, lexicons=lexicons, title=args.title,
                       shared_y=args.shared_y, no_comparison=reason, max_articles=args.max_articles)  # fmt: skip


def _groups_cut(comparison: Comparison, metadata: dict[str, dict[str, Any]]) -> str:
    """Say that only the largest (or the --group named) groups were compared, and, by article, how to group.

    By article, a corpus of hundreds gives hundreds of groups, and ``--max-groups`` keeps the few longest
    articles: rarely what a reader of the page wants, who more likely meant to compare outlets or countries.
    """
    compared = len(comparison.profiles)
    total = compared + len(comparison.left_out)
    noun = "articles" if comparison.by == "article" else f"groups by {comparison.by}"
    if comparison.chosen:
        return f"the comparison covers the {compared} {noun} named with --group, of {total}"
    short = f"; {len(comparison.too_small)} more too short to compare" if comparison.too_small else ""
    note = (
        f"the comparison covers the {compared} largest of {total} {noun} (by sentences{short}), not all "
        "(--max-groups N to change)"
    )
    fields = sorted({field for fields in metadata.values() for field in fields})
    if comparison.by == "article" and fields:
        shown = ", ".join(fields[:5]) + (", ..." if len(fields) > 5 else "")
        note += f"; to compare groups of articles, pass --by FIELD (fields: {shown})"
    elif comparison.by == "article":
        note += "; to compare kinds of source instead, pass --by source_type"
    return note


def _chart(args: argparse.Namespace) -> str:
    from framing import charts, speaker_profiles
    from framing.errors import InputError

    chosen = args.dimension or []
    if chosen and args.kind not in ("keyness", "arc"):
        raise InputError(
            f"--dimension chooses what a keyness or arc chart draws, not a {args.kind} chart; drop it"
        )
    if args.kind == "keyness" and len(chosen) > 1:
        raise InputError("a keyness chart draws one dimension: give --dimension once")
    results, metadata, lexicons = _analysed(args, charts.check_arc_count if args.kind == "arc" else None)
    if args.kind == "arc":
        figure = charts.arcs(results, shared_y=args.shared_y, dimensions=chosen or None)
    elif args.kind == "speakers":
        figure, [ax] = charts.new_figure((9, 5))
        charts.speakers(speaker_profiles(results, lexicons), ax=ax)
    else:
        comparison = _comparison(args, results, metadata, lexicons)
        figure, [ax] = charts.new_figure()
        if args.kind == "profile":
            charts.profile(comparison, ax=ax)
        else:
            charts.keyness(comparison, dimension=chosen[0] if chosen else None, ax=ax)
    announce(charts.save(figure, args.output))
    return ""


def _batch(args: argparse.Namespace) -> str:
    from framing.batch import run_batch
    from framing.inputs import scan
    from framing.outputs import counted

    options = _read_options(args)
    if args.lexicons is not None:  # the workers load their own; this says what the folder replaces
        _lexicons(args.lexicons)
    inputs = scan(args.files, exclude=[args.output])
    with _progress() as advance:
        summary = run_batch(inputs.files, args.output, level=args.level, format=args.format, jobs=args.jobs,
                            options=options, lexicons=args.lexicons, progress=advance,
                            scheduler=args.scheduler, skip_bad=args.skip_bad)  # fmt: skip
    _note_left_out(inputs)  # after the run, so that a refused one stays one line
    # Resumed, the counts of this run alone read as the total: say which are new and how many in all.
    new = "new " if summary.skipped else ""
    resumed = (
        f"; {summary.skipped} already done by an earlier run, "
        f"{counted(summary.documents + summary.skipped, 'article')} in all"
        if summary.skipped
        else ""
    )
    # An evidence or document run writes no sentence rows: "0 sentence rows" would read as a failure.
    rows = (
        f", {counted(summary.sentences, 'sentence row')}" if args.level in ("sentence", "both", "all") else ""
    )
    sys.stderr.write(
        f"wrote {summary.output}: {counted(summary.documents, new + 'article')}{rows} in "
        f"{counted(summary.parts, 'part')}{resumed}\n"
    )
    if summary.rejected:
        sys.stderr.write(
            f"left out {summary.rejected} bad record(s) or file(s), listed in "
            f"{summary.output}/rejected.txt; the first: {summary.first_rejected}\n"
        )
    if summary.repeated_ids:
        sys.stderr.write(
            f"note: {summary.repeated_ids} article(s) repeat an earlier article's id ({summary.first_repeat}"
            f"{', ...' if summary.repeated_ids > 1 else ''}); their rows are told apart by the source and "
            "position columns\n"
        )
    return ""


def _progress(total: int | None = None) -> Any:
    """A progress bar on a terminal (articles, MB/s; of ``total`` when known); nothing in pipes, files and CI."""
    import contextlib

    quiet = not sys.stderr.isatty() or bool(os.environ.get("CI"))
    if quiet:
        return contextlib.nullcontext(None)
    from tqdm import tqdm

    @contextlib.contextmanager
    def bar() -> Any:
        with tqdm(total=total, unit=" articles", file=sys.stderr, **_bar_width()) as progress:
            characters = [0]

            def advance(articles: int, size: int) -> None:
                characters[0] += size
                rate = characters[0] / 1e6 / max(progress.format_dict["elapsed"], 1e-9)
                progress.set_postfix_str(f"{rate:.2f} MB/s", refresh=False)
                progress.update(articles)

            yield advance

    return bar()


def _bar_width() -> dict[str, Any]:
    """The size keywords of tqdm: the terminal's, or 80 x 24 where the terminal reports 0.

    A pseudo-terminal opened without a size (``script``, a test harness, some container shells) reports
    0 columns or 0 rows, and tqdm then draws an empty bar or hides it: nothing would show on a terminal.
    """
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError and a ValueError
        return {"ncols": 80, "nrows": 24}
    if size.columns and size.lines:
        return {"dynamic_ncols": True}
    return {"ncols": size.columns or 80, "nrows": size.lines or 24}


def _evaluate(args: argparse.Namespace) -> str:
    from framing.evaluation import evaluate, missing_peers
    from framing.outputs import render_evaluation

    if args.lexicons is not None:
        _lexicons(args.lexicons)  # said before the evaluation, which loads them again
    report = evaluate(args.dataset, args.path, split=args.split, part=args.part, lexicons=args.lexicons,
                      peers=not args.no_peers)  # fmt: skip
    missing = [] if args.no_peers else missing_peers()
    if missing:
        sys.stderr.write(
            f"framing: note: {' and '.join(missing)} not installed, so not compared; "
            "pip install 'framing[peers]' (make evaluate does)\n"
        )
    return render_evaluation(report, format=args.format)


def _lexicon(args: argparse.Namespace) -> str:
    from framing.outputs import render_lexicon, render_lexicon_list

    if args.lexicon_command in ("import", "check"):
        return _lexicon_file(args)
    lexicons = _lexicons(args.lexicons)
    if args.lexicon_command == "export":
        from framing.lexicon import export_lexicons

        lost = {"dicx": "subcategories", "yaml": "weights"}.get(args.format)
        if lost is not None:
            # the other formats leave out what only framing reads: read back, the list scores otherwise
            sys.stderr.write(
                f"framing: note: {args.format} keeps no {lost}, sense traps or negation targets: read back, "
                "it scores differently; export tsv for a faithful copy\n"
            )
        return export_lexicons([lexicons[args.name]], args.format)
    if args.lexicon_command == "list":
        return render_lexicon_list(lexicons, format=args.format)
    return render_lexicon(lexicons[args.name], format=args.format)


def _lexicon_file(args: argparse.Namespace) -> str:
    from framing.lexicon import check_lexicons, import_dictionary

    if args.lexicon_command == "import":
        for path in import_dictionary(args.file, args.directory, format=args.format):
            announce(path)
        return ""
    from framing.inputs import read_documents

    sample = [(d.doc, d.text) for d in read_documents(args.sample)] if args.sample else []
    report = check_lexicons(args.path, format=args.format, sample=sample)
    args.exit_status = 0 if report.ok else 1
    return report.render()


COMMANDS = {"score": _score, "quotes": _quotes, "speakers": _speakers, "compare": _compare,
            "chart": _chart, "report": _report, "evaluate": _evaluate, "batch": _batch}  # fmt: skip
"""Subcommand name -> its function; ``lexicon`` subcommands go to :func:`lexicon_command`."""
lexicon_command = _lexicon
