"""Score whole archives: rows out in parts, resumable, on several processes or a Dask cluster.

:func:`score_documents` is the one code path from articles to rows: :func:`run_batch` (``framing
batch``), :func:`score_partition` (a pandas partition, for Dask's ``map_partitions`` or Spark's
``mapInPandas``) and :mod:`framing.dask` all use it, so they give the same rows.

``framing batch INPUT... -o OUT`` writes a folder::

    OUT/sentences/part-000000.jsonl   one row per sentence (--level sentence or both)
    OUT/documents/part-000000.jsonl   one row per article   (--level document or both)
    OUT/manifest.jsonl                one line per finished part: its number and its articles' keys
    OUT/_SUCCESS                      written last, with the totals

Each part is written atomically (:func:`framing.files.write_atomic`), and it counts as finished only once
its line is in the manifest. A re-run with the same ``-o`` reads the manifest, deletes parts it does not
list (a kill between a part and its manifest line), and skips the articles already scored: a kill at any
moment loses nothing and duplicates nothing. Articles are keyed by file and position, so two records
with the same id are both scored.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.analyze import analyze
from framing.errors import InputError, UnknownNameError
from framing.files import write_atomic
from framing.inputs import Document, ReadOptions, iter_documents
from framing.lexicon import LexiconSet, load_lexicons

if TYPE_CHECKING:
    import pandas as pd

LEVELS = ("sentence", "document", "both")
FORMATS = ("jsonl", "csv", "parquet")
CHUNK = 64
"""Articles per part: small enough to lose little on a kill, large enough for few files."""
MANIFEST = "manifest.jsonl"
SUCCESS = "_SUCCESS"
_RESERVED = ("doc", "source", "position")


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch run did.

    Attributes:
        output: The output folder.
        documents: Articles scored in this run.
        skipped: Articles already scored by an earlier run (resumed).
        sentences: Sentence rows written in this run.
        parts: Parts written in this run.
    """

    output: str
    documents: int
    skipped: int
    sentences: int
    parts: int


# --- rows ------------------------------------------------------------------------------------------------


def score_documents(
    documents: Iterable[Document], lexicons: LexiconSet, level: str = "both"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sentence rows and document rows of ``documents``, metadata riding along in every row.

    Returns:
        ``(sentence_rows, document_rows)``; the one not asked for by ``level`` is empty.
    """
    _check(level, LEVELS, "level")
    sentences: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for document in documents:
        result = analyze(document.text, lexicons=lexicons, doc=document.doc)
        extra = _metadata(document)
        if level in ("sentence", "both"):
            sentences.extend({**row, **extra} for row in result.sentence_rows())
        if level in ("document", "both"):
            articles.append({**_document_row(result), **extra})
    return sentences, articles


def score_partition(
    frame: pd.DataFrame,
    *,
    text_field: str = "text",
    id_field: str = "id",
    level: str = "sentence",
    lexicons: LexiconSet | str | None = None,
) -> pd.DataFrame:
    """Score the articles of a pandas DataFrame partition: one output row per sentence (or per article).

    The same code path as ``framing batch``, for engines that hand out pandas partitions: Dask's
    ``map_partitions`` (see :mod:`framing.dask`) or Spark's ``mapInPandas``. Every other column rides along.

    Args:
        frame: One article per row, with ``text_field`` and optionally ``id_field``.
        text_field: The column with the article text.
        id_field: The column with the identifier (the row's index when missing).
        level: ``sentence`` or ``document``.
        lexicons: A lexicon set, a user lexicon folder, or ``None`` for the built-in lexicons.

    Returns:
        The rows; for an empty partition, an empty frame with the same columns.
    """
    import pandas as pd

    _check(level, ("sentence", "document"), "level")
    if text_field not in frame.columns:
        raise InputError(
            f"the partition has no '{text_field}' column (columns: {', '.join(map(str, frame.columns))}); "
            "pass text_field="
        )
    lexicon_set = lexicons if isinstance(lexicons, LexiconSet) else load_lexicons(lexicons)
    documents = [
        Document(
            doc=str(record.get(id_field, index)),
            text=str(record[text_field]),
            metadata={k: v for k, v in record.items() if k not in (text_field, id_field)},
            source="partition",
            position=position,
        )
        for position, (index, record) in enumerate(zip(frame.index, frame.to_dict("records"), strict=True))
    ]
    sentences, articles = score_documents(documents, lexicon_set, level)
    rows = sentences if level == "sentence" else articles
    if rows:
        return pd.DataFrame(rows)
    columns = list(_empty_columns(lexicon_set, level)) + [
        c for c in frame.columns if c not in (text_field, id_field)
    ]
    return pd.DataFrame(columns=columns)


def _document_row(result: Any) -> dict[str, Any]:
    # Readability (syllable counts) costs more than scoring; `framing score --level document` has it.
    return dict(result.summary(readability=False).row())


def _metadata(document: Document) -> dict[str, Any]:
    extra: dict[str, Any] = {"source": document.source, "position": document.position}
    for key, value in document.metadata.items():
        extra[f"input_{key}" if key in _RESERVED else key] = value
    return extra


def _empty_columns(lexicons: LexiconSet, level: str) -> list[str]:
    sample = analyze("A sentence.", lexicons=lexicons, doc="")
    row = sample.sentence_rows()[0] if level == "sentence" else _document_row(sample)
    return [*row, "source", "position"]


# --- the batch run ---------------------------------------------------------------------------------------


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
) -> BatchSummary:
    """Score every article of ``sources`` into the folder ``output`` (see the module docstring).

    Args:
        sources: Files, folders or ``-``.
        output: The output folder (made if missing); an earlier run's folder is resumed.
        level: ``sentence``, ``document`` or ``both``.
        format: ``jsonl``, ``csv`` or ``parquet``.
        jobs: Processes to score on (1: this process).
        options: Field names and the format of standard input.
        lexicons: A user lexicon folder, or ``None`` for the built-in lexicons.
        chunk: Articles per part.
        progress: Called with (articles done, characters done) after each part.
        scheduler: The address of a Dask scheduler to score on instead of local processes.

    Returns:
        What was done.
    """
    _check(level, LEVELS, "level")
    _check(format, FORMATS, "format")
    if jobs < 1 or chunk < 1:
        raise InputError("--jobs and the chunk size must be at least 1")
    if format == "parquet":
        _need_pyarrow()
    folder = Path(output)
    load_lexicons(lexicons)  # a broken lexicon stops the run before anything is written
    done, next_part = _resume(folder, format) if folder.is_dir() else (set(), 0)
    documents = (d for d in iter_documents(sources, options=options) if d.key not in done)
    # The first article is read before the folder is made, so an unreadable input leaves nothing behind.
    first = next(documents, None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot make the output folder {folder} ({error.strerror})") from None
    with contextlib.suppress(FileNotFoundError):
        (folder / SUCCESS).unlink()
    pending = _chunks(itertools.chain([first] if first is not None else [], documents), chunk, next_part)
    scored = sentences = parts = 0
    # Local workers write their own parts (no rows pickled back, no serialising in this process); a
    # cluster's workers may not share this folder, so their rows come back and are written here.
    writes_here = scheduler is not None
    target = None if writes_here else str(folder)
    with _executor(jobs, scheduler) as submit_all:
        for part in submit_all(pending, lexicons, level, target, format):
            if part.rows is not None:
                _write_part(folder, part.number, format, level, *part.rows)
            _append_manifest(folder, part.number, part.keys, format)
            parts += 1
            scored += len(part.keys)
            sentences += part.sentences
            if progress is not None:
                progress(len(part.keys), part.characters)
    summary = BatchSummary(str(folder), scored, len(done), sentences, parts)
    write_atomic(folder / SUCCESS, json.dumps({"documents": len(done) + scored, "format": format}) + "\n")
    return summary


def _chunks(documents: Iterator[Document], size: int, first: int) -> Iterator[tuple[int, list[Document]]]:
    """Numbered chunks of ``size`` articles; numbers start at ``first`` and name the parts."""
    number, batch = first, []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield number, batch
            number, batch = number + 1, []
    if batch:
        yield number, batch


@dataclass(frozen=True, slots=True)
class Part:
    """A scored chunk: its number, its articles' keys, sizes, and its rows unless a worker wrote them."""

    number: int
    keys: list[str]
    characters: int
    sentences: int
    rows: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None


def score_part(
    task: tuple[int, list[Document]], lexicons: str | None, level: str, folder: str | None, format: str
) -> Part:
    """Score one chunk (in this process, a worker process or on a Dask worker).

    With ``folder``, the worker writes the part files itself and returns no rows; without, the rows come
    back to be written by the caller.
    """
    number, documents = task
    sentence_rows, document_rows = score_documents(documents, load_lexicons(lexicons), level)
    if folder is not None:
        _write_part(Path(folder), number, format, level, sentence_rows, document_rows)
    return Part(
        number=number,
        keys=[d.key for d in documents],
        characters=sum(len(d.text) for d in documents),
        sentences=len(sentence_rows),
        rows=None if folder is not None else (sentence_rows, document_rows),
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
    with futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield lambda tasks, *args: bounded(
            tasks, lambda t: pool.submit(score_part, t, *args), 2 * jobs, _first_done
        )


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


# --- parts and the manifest ------------------------------------------------------------------------------


def _write_part(
    folder: Path,
    number: int,
    format: str,
    level: str,
    sentence_rows: list[dict[str, Any]],
    document_rows: list[dict[str, Any]],
) -> None:
    for name, rows, wanted in (
        ("sentences", sentence_rows, level in ("sentence", "both")),
        ("documents", document_rows, level in ("document", "both")),
    ):
        if not wanted:
            continue
        (folder / name).mkdir(exist_ok=True)
        write_atomic(folder / name / f"part-{number:06d}.{format}", _serializer(format, rows))


def _serializer(format: str, rows: list[dict[str, Any]]) -> Callable[[Any], None]:
    def jsonl(handle: Any) -> None:
        for row in rows:
            handle.write((json.dumps(row, ensure_ascii=False, default=str) + "\n").encode("utf-8"))

    def table(handle: Any) -> None:
        import pandas as pd

        frame = pd.DataFrame(rows)
        if format == "csv":
            handle.write(frame.to_csv(index=False).encode("utf-8"))
        else:
            frame.to_parquet(handle, index=False)

    return jsonl if format == "jsonl" else table


def _resume(folder: Path, format: str) -> tuple[set[str], int]:
    """Keys already scored and the next part number; parts the manifest does not list are removed."""
    manifest = folder / MANIFEST
    entries: list[dict[str, Any]] = []
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by a kill: its part is not finished
            if isinstance(entry, dict) and isinstance(entry.get("part"), int):
                entries.append(entry)
        # Rewritten without the broken line, so that later appends start on a fresh line.
        write_atomic(manifest, "".join(json.dumps(e) + "\n" for e in entries))
    listed = {e["part"] for e in entries}
    formats = {e.get("format", format) for e in entries}
    if formats - {format}:
        raise InputError(
            f"{folder} holds a {', '.join(sorted(formats))} batch; resume it with that --format or use another -o"
        )
    for name in ("sentences", "documents"):
        for path in (folder / name).glob("*") if (folder / name).is_dir() else ():
            if path.name.startswith(".") or _part_number(path.name) not in listed:
                path.unlink()  # an unfinished temporary file or a part without its manifest line
    done = {key for e in entries for key in e.get("keys", [])}
    return done, max(listed, default=-1) + 1


def _append_manifest(folder: Path, number: int, keys: Sequence[str], format: str) -> None:
    line = json.dumps({"part": number, "format": format, "keys": list(keys)}) + "\n"
    with open(folder / MANIFEST, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def _part_number(name: str) -> int | None:
    stem = name.split(".", 1)[0]
    if stem.startswith("part-") and stem[5:].isdigit():
        return int(stem[5:])
    return None


def _check(value: str, valid: Sequence[str], what: str) -> None:
    if value not in valid:
        raise UnknownNameError(what, value, valid)


def _need_pyarrow() -> None:
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise InputError("--format parquet needs pyarrow; install it with: pip install pyarrow")


def read_rows(output: str | os.PathLike[str], name: str = "sentences") -> pd.DataFrame:
    """All rows of a batch folder's ``sentences`` or ``documents`` parts as one DataFrame."""
    import pandas as pd

    parts = sorted((Path(output) / name).glob("part-*"))
    frames = []
    for part in parts:
        if part.suffix == ".jsonl":
            frames.append(pd.read_json(part, lines=True, dtype=False))
        elif part.suffix == ".csv":
            frames.append(pd.read_csv(part))
        else:
            frames.append(pd.read_parquet(part))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
