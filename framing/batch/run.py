"""The batch run: articles in chunks, scored here, on local processes or on a Dask cluster, parts out."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.batch.parts import (
    FORMATS,
    MANIFEST,
    append_manifest,
    fingerprint,
    need_pyarrow,
    resume,
    resume_key,
    settings,
    write_part,
)
from framing.batch.rows import LEVELS, check, score_tables
from framing.errors import InputError
from framing.files import write_atomic
from framing.folders import BATCH_PARTS, REJECTED, SUCCESS, is_batch_output, scan
from framing.inputs import Document, ReadOptions, iter_documents
from framing.lexicon import load_lexicons

CHUNK = 64
"""Articles per part: small enough to lose little on a kill, large enough for few files."""


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch run did.

    Attributes:
        output: The output folder.
        documents: Articles scored in this run.
        skipped: Articles of these inputs already scored by an earlier run (resumed); the folder may hold
            more, of other inputs.
        sentences: Sentence rows written in this run.
        parts: Parts written in this run.
        repeated_ids: Articles whose id an earlier article of the inputs already had; their rows are
            told apart by ``source`` and ``position``.
        first_repeat: The first such article in words, ``SOURCE:POSITION repeats the id 'ID' of
            SOURCE:POSITION`` (where the id was first met); empty when none.
        rejected: Records and files left out by ``skip_bad`` (listed in ``OUT/rejected.txt``).
        first_rejected: The first one's error; empty when none.
    """

    output: str
    documents: int
    skipped: int
    sentences: int
    parts: int
    repeated_ids: int = 0
    first_repeat: str = ""
    rejected: int = 0
    first_rejected: str = ""


@dataclass(slots=True)
class _Tally:
    """What this run met in its inputs: where each id was first seen, repeats, articles already scored."""

    first_seen: dict[str, str]
    repeated: int = 0
    first_repeat: str = ""
    resumed: int = 0

    def meet(self, document: Document) -> None:
        """Note the article's id: where it was first met, or that it repeats one."""
        where = f"{document.source}:{document.position}"
        first = self.first_seen.setdefault(document.doc, where)
        if first != where:
            self.repeated += 1
            self.first_repeat = self.first_repeat or f"{where} repeats the id {document.doc!r} of {first}"


def run_batch(
    sources: Sequence[str],
    output: str | os.PathLike[str],
    *,
    level: str = "both",
    format: str = "jsonl",
    jobs: int = 1,
    options: ReadOptions | None = None,
    lexicons: str | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int, int], None] | None = None,
    scheduler: str | None = None,
    skip_bad: bool = False,
) -> BatchSummary:
    """Score every article of ``sources`` into the folder ``output`` (see the module docstring).

    Args:
        sources: Files, folders or ``-``.
        output: The output folder (made if missing); an earlier run's folder is resumed.
        level: ``sentence``, ``document``, ``both`` (sentence and document rows), ``evidence`` (one row
            per match: offsets, weight, modifiers) or ``all`` (the three).
        format: ``jsonl``, ``csv`` or ``parquet``.
        jobs: Processes to score on (1: this process).
        options: Field names and the format of standard input.
        lexicons: A user lexicon folder, or ``None`` for the built-in lexicons.
        chunk: Articles per part.
        progress: Called with (articles done, characters done) after each part.
        scheduler: The address of a Dask scheduler to score on instead of local processes.
        skip_bad: Leave out records and files that cannot be read and go on, listing each in
            ``OUT/rejected.txt`` (written whole at the end; an earlier run's list is replaced).

    Returns:
        What was done.
    """
    _check_arguments(level, format, jobs, chunk)
    folder = Path(output)
    load_lexicons(lexicons)  # a broken lexicon stops the run before anything is written
    scored_with = settings(format, level, lexicons)
    _check_folder(folder)
    done, next_part = resume(folder, scored_with) if folder.is_dir() else ({}, 0)
    tally = _Tally({})
    # A folder of articles may hold this run's output folder (or an earlier batch's): never read as articles.
    files = scan(sources, exclude=[folder]).files
    rejected: list[str] = []  # explicit state: this run's list, filled by the reader
    if skip_bad:
        options = dataclasses.replace(options or ReadOptions(), on_bad=lambda e: rejected.append(str(e)))
    stop: list[InputError] = []
    documents = _todo(_reading(iter_documents(files, options=options), stop), done, folder, tally)
    # The first article is read before the folder is made, so an unreadable input leaves nothing behind.
    first = next(documents, None)
    _check_any_read(first is not None or bool(tally.resumed), rejected)
    _open_folder(folder)
    pending = _chunks(itertools.chain([first] if first is not None else [], documents), chunk, next_part)
    scored, sentences, parts = _score_parts(
        pending, folder, jobs, scheduler, lexicons, level, format, scored_with, progress
    )
    if stop:
        raise InputError(f"{stop[0]}{_kept(folder)}")
    return _finish(folder, format, len(done), tally, rejected, (scored, sentences, parts))


def _check_any_read(read: bool, rejected: Sequence[str]) -> None:
    """Refuse a run that left out every input: a wrong option or file, not a few bad records (exit 2)."""
    if not read and rejected:
        raise InputError(
            f"no article could be read: all {len(rejected)} record(s) or file(s) were left out, the first: "
            f"{rejected[0]}; check the input and --text-field/--id-field"
        )


def _finish(
    folder: Path,
    format: str,
    before: int,
    tally: _Tally,
    rejected: Sequence[str],
    counts: tuple[int, int, int],
) -> BatchSummary:
    """List the rejected inputs, mark the folder finished (``_SUCCESS``) and say what the run did."""
    scored, sentences, parts = counts
    _list_rejected(folder, rejected)
    finished = {"documents": before + scored, "format": format, "rejected": len(rejected)}
    write_atomic(folder / SUCCESS, json.dumps(finished) + "\n")
    return BatchSummary(
        str(folder), scored, tally.resumed, sentences, parts, tally.repeated, tally.first_repeat,
        len(rejected), rejected[0] if rejected else "",
    )  # fmt: skip


def _list_rejected(folder: Path, rejected: Sequence[str]) -> None:
    """Write this run's rejected records and files, one error per line; none: no (stale) list is left."""
    if rejected:
        write_atomic(folder / REJECTED, "".join(f"{line}\n" for line in rejected))
    else:
        (folder / REJECTED).unlink(missing_ok=True)


def _reading(documents: Iterator[Document], stop: list[InputError]) -> Iterator[Document]:
    """``documents`` up to a bad input, whose error is put in ``stop`` (raised at once if it is the first).

    The articles before it are scored and their parts finished, on one process or many alike, so that a
    re-run after the input is fixed resumes from there.
    """
    met = False
    try:
        for document in documents:
            met = True
            yield document
    except InputError as error:
        if not met:
            raise
        stop.append(error)


def _kept(folder: Path) -> str:
    """What a run stopped by a bad input leaves in ``folder``, and how to go on (empty when nothing)."""
    manifest = folder / MANIFEST
    finished = 0
    for line in manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else ():
        with contextlib.suppress(json.JSONDecodeError, AttributeError, TypeError):
            finished += len(json.loads(line).get("keys", []))
    if not finished:
        return ""
    return f"; {finished} finished article(s) are kept in {folder}/: fix the input and re-run to resume"


def _check_arguments(level: str, format: str, jobs: int, chunk: int) -> None:
    """Refuse a bad level, format, job count or chunk size, and parquet without pyarrow, before any work."""
    check(level, LEVELS, "level")
    check(format, FORMATS, "format")
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}")
    if chunk < 1:
        raise InputError(f"chunk (articles per part) must be at least 1, got {chunk}")
    if format == "parquet":
        need_pyarrow()


def _check_folder(folder: Path) -> None:
    """Refuse an output folder that holds other files than a batch's: the parts would mix with them."""
    if not folder.is_dir() or is_batch_output(folder):
        return
    # A first run killed before its manifest leaves only part folders: that is a batch folder too.
    others = sorted(
        p.name for p in folder.iterdir() if not p.name.startswith(".") and p.name not in BATCH_PARTS
    )
    if others:
        raise InputError(
            f"{folder} is not empty and is not a batch output folder (it holds {others[0]}"
            f"{', ...' if len(others) > 1 else ''}); pick an empty or new -o folder"
        )


def _open_folder(folder: Path) -> None:
    """Make the output folder, and take away an earlier run's success mark until this run ends."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot make the output folder {folder} ({error.strerror})") from None
    with contextlib.suppress(FileNotFoundError):
        (folder / SUCCESS).unlink()


def _score_parts(
    pending: Iterator[Task],
    folder: Path,
    jobs: int,
    scheduler: str | None,
    lexicons: str | None,
    level: str,
    format: str,
    scored_with: dict[str, str],
    progress: Callable[[int, int], None] | None,
) -> tuple[int, int, int]:
    """Score the chunks, write their parts and manifest lines; return (articles, sentences, parts)."""
    scored = sentences = parts = 0
    # Local workers write their own parts (no rows pickled back, no serialising in this process); a
    # cluster's workers may not share this folder, so their rows come back and are written here.
    writes_here = scheduler is not None
    target = None if writes_here else str(folder)
    with _executor(jobs, scheduler) as submit_all:
        for part in submit_all(pending, lexicons, level, target, format):
            if part.rows is not None:
                write_part(folder, part.number, format, part.rows)
            append_manifest(folder, part.number, part.keys, part.fingerprints, scored_with)
            parts += 1
            scored += len(part.keys)
            sentences += part.sentences
            if progress is not None:
                progress(len(part.keys), part.characters)
    return scored, sentences, parts


def _todo(
    documents: Iterator[Document], done: Mapping[str, str], folder: Path, tally: _Tally
) -> Iterator[tuple[str, Document]]:
    """The articles not scored yet, each with its resume key; every article is met in ``tally``.

    A scored article whose text changed stops the run: its rows in ``folder`` would no longer be its own.
    """
    real: dict[str, str] = {}
    for document in documents:
        tally.meet(document)
        key = resume_key(document, real)
        if key not in done:
            yield key, document
            continue
        if done[key] and done[key] != fingerprint(document.text):
            raise InputError(
                f"{document.source}:{document.position} ({document.doc}) is not the text scored into {folder} "
                "by the earlier run; the input changed: score it into a new -o folder"
            )
        tally.resumed += 1


Task = tuple[int, list[Document], list[str]]
"""A chunk: its part number, its articles and their resume keys."""


def _chunks(documents: Iterator[tuple[str, Document]], size: int, first: int) -> Iterator[Task]:
    """Numbered chunks of ``size`` articles; numbers start at ``first`` and name the parts."""
    number, batch, keys = first, [], []
    for key, document in documents:
        batch.append(document)
        keys.append(key)
        if len(batch) == size:
            yield number, batch, keys
            number, batch, keys = number + 1, [], []
    if batch:
        yield number, batch, keys


@dataclass(frozen=True, slots=True)
class Part:
    """A scored chunk: its number, its articles' keys, sizes, and its rows unless a worker wrote them."""

    number: int
    keys: list[str]
    fingerprints: list[str]
    characters: int
    sentences: int
    rows: dict[str, list[dict[str, Any]]] | None


def score_part(task: Task, lexicons: str | None, level: str, folder: str | None, format: str) -> Part:
    """Score one chunk (in this process, a worker process or on a Dask worker).

    With ``folder``, the worker writes the part files itself and returns no rows; without, the rows come
    back to be written by the caller.
    """
    number, documents, keys = task
    tables = score_tables(documents, load_lexicons(lexicons), level)
    if folder is not None:
        write_part(Path(folder), number, format, tables)
    return Part(
        number=number,
        keys=list(keys),
        fingerprints=[fingerprint(d.text) for d in documents],
        characters=sum(len(d.text) for d in documents),
        sentences=len(tables.get("sentences", ())),
        rows=None if folder is not None else tables,
    )


@contextlib.contextmanager
def _executor(jobs: int, scheduler: str | None) -> Iterator[Callable[..., Iterator[Any]]]:
    """A function that scores chunks and yields results as they finish, with few chunks in flight."""
    if scheduler is not None:
        from framing.dask import client_submitter

        with client_submitter(scheduler) as submit_all:
            yield submit_all
        return
    if jobs == 1:
        yield lambda tasks, *args: (score_part(t, *args) for t in tasks)
        return
    import concurrent.futures as futures
    import multiprocessing

    # Spawned workers import framing afresh: no state inherited from the caller by fork.
    context = multiprocessing.get_context("spawn")
    with futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        try:
            yield lambda tasks, *args: bounded(
                tasks, lambda t: pool.submit(score_part, t, *args), 2 * jobs, _first_done
            )
        except BaseException:
            # Interrupted or failed: the chunks not started are dropped, not scored before exiting.
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """In a worker process: exit as soon as the process that started it is gone.

    A parent killed outright (SIGKILL, the OOM killer) cannot stop its workers, which would wait on their
    task pipe forever; a daemon thread checks every ``interval`` seconds whether the worker's parent
    changed (it is re-parented when the parent dies) and ends the worker.
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="framing-watch-parent", daemon=True).start()


def bounded(
    chunks: Iterator[Any],
    submit: Callable[[Any], Any],
    limit: int,
    wait_first: Callable[[set[Any]], tuple[set[Any], set[Any]]],
) -> Iterator[Any]:
    """Submit ``chunks`` with at most ``limit`` in flight; yield each result as it finishes.

    Memory stays bounded by ``limit`` chunks however large the corpus is.
    """
    running: set[Any] = set()
    for item in chunks:
        running.add(submit(item))
        if len(running) >= limit:
            finished, running = wait_first(running)
            for future in finished:
                yield future.result()
    while running:
        finished, running = wait_first(running)
        for future in finished:
            yield future.result()


def _first_done(running: set[Any]) -> tuple[set[Any], set[Any]]:
    import concurrent.futures as futures

    done, pending = futures.wait(running, return_when=futures.FIRST_COMPLETED)
    return set(done), set(pending)
