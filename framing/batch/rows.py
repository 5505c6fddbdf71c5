"""Rows of scored articles: the one code path from articles to sentence and document rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from framing.analyze import analyze
from framing.errors import InputError, UnknownNameError
from framing.inputs import Document
from framing.lexicon import LexiconSet, load_lexicons
from framing.outputs.cells import with_metadata

if TYPE_CHECKING:
    import pandas as pd

LEVELS = ("sentence", "document", "both", "evidence", "all")
TABLES = {
    "sentence": ("sentences",),
    "document": ("documents",),
    "both": ("sentences", "documents"),
    "evidence": ("evidence",),
    "all": ("sentences", "documents", "evidence"),
}
"""The tables (part folders) each level writes: ``evidence`` has one row per match, with its offsets,
weight and modifiers (``ArticleResult.to_frame(level="evidence")``)."""


def score_documents(
    documents: Iterable[Document], lexicons: LexiconSet, level: str = "both"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sentence rows and document rows of ``documents``, metadata riding along in every row.

    Returns:
        ``(sentence_rows, document_rows)``; the one not asked for by ``level`` is empty (see
        :func:`score_tables` for the evidence rows).
    """
    tables = score_tables(documents, lexicons, level)
    return tables.get("sentences", []), tables.get("documents", [])


def score_tables(
    documents: Iterable[Document], lexicons: LexiconSet, level: str = "both"
) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table ``level`` asks for (:data:`TABLES`), metadata riding along in every row.

    Returns:
        Table name (``sentences``, ``documents``, ``evidence``) -> its rows, for the tables of ``level``.
    """
    check(level, LEVELS, "level")
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES[level]}
    for document in documents:
        result = analyze(document.text, lexicons=lexicons, doc=document.doc)
        own = {"source": document.source, "position": document.position}
        # A metadata field named like a column of the row ("speaker", "threat", "text") becomes
        # ``input_NAME``, as in `framing score`: it never overwrites what framing computed.
        if "sentences" in tables:
            tables["sentences"].extend(
                with_metadata({**row, **own}, document.metadata) for row in result.sentence_rows()
            )
        if "documents" in tables:
            tables["documents"].append(with_metadata({**_document_row(result), **own}, document.metadata))
        if "evidence" in tables:
            tables["evidence"].extend(
                with_metadata({**row, **own}, document.metadata) for row in result.match_rows()
            )
    return tables


def score_partition(
    frame: pd.DataFrame,
    *,
    text_field: str = "text",
    id_field: str = "id",
    level: str = "sentence",
    lexicons: LexiconSet | str | None = None,
    partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """Score the articles of a pandas DataFrame partition: one output row per sentence (or per article).

    The same code path as ``framing batch``, for engines that hand out pandas partitions: Dask's
    ``map_partitions`` (see :mod:`framing.dask`) or Spark's ``mapInPandas``. Every other column rides along.

    Args:
        frame: One article per row, with ``text_field`` and optionally ``id_field``.
        text_field: The column with the article text.
        id_field: The column with the identifier (the row's index when missing).
        level: ``sentence``, ``document`` or ``evidence`` (one row per match).
        lexicons: A lexicon set, a user lexicon folder, or ``None`` for the built-in lexicons.
        partition_info: Given by Dask's ``map_partitions`` (``{"number": i, ...}``): rows get the source
            ``partition i`` and their row in it from 1 as position, so source and position tell apart
            articles that repeat an id.

    Returns:
        The rows; for an empty partition, an empty frame with the same columns and column types.
    """
    import pandas as pd

    check(level, ("sentence", "document", "evidence"), "level")
    if text_field not in frame.columns:
        raise InputError(
            f"the partition has no '{text_field}' column (columns: {', '.join(map(str, frame.columns))}); "
            "pass text_field="
        )
    lexicon_set = lexicons if isinstance(lexicons, LexiconSet) else load_lexicons(lexicons)
    source = "partition" if partition_info is None else f"partition {partition_info['number']}"
    documents = [
        Document(
            doc=str(record.get(id_field, index)),
            text=str(record[text_field]),
            metadata={k: v for k, v in record.items() if k not in (text_field, id_field)},
            source=source,
            position=position,
        )
        for position, (index, record) in enumerate(
            zip(frame.index, frame.to_dict("records"), strict=True), start=1
        )
    ]
    [rows] = score_tables(documents, lexicon_set, level).values()
    if rows:
        return pd.DataFrame(rows)
    return _empty_rows(frame, text_field, id_field, lexicon_set, level)


def _document_row(result: Any) -> dict[str, Any]:
    # Readability (syllable counts) costs more than scoring; `framing score --level document` has it.
    return dict(result.summary(readability=False).row())


def _empty_rows(
    frame: pd.DataFrame, text_field: str, id_field: str, lexicons: LexiconSet, level: str
) -> pd.DataFrame:
    """No rows, with the columns and column types a non-empty partition gives (Dask's ``meta``)."""
    import pandas as pd

    # A sample with a match, so that an evidence table has its columns and their types too.
    sample = Document(doc="", text="The attack was reportedly repelled.", source="partition", position=1)
    [rows] = score_tables([sample], lexicons, level).values()
    types = dict(pd.DataFrame(rows).dtypes)
    columns = set(types)  # the row's own columns: a field named like one is ``input_NAME`` (score_tables)
    for column in frame.columns:
        if column not in (text_field, id_field):
            types[f"input_{column}" if column in columns else column] = frame[column].dtype
    return pd.DataFrame({column: pd.Series(dtype=kind) for column, kind in types.items()})


def check(value: str, valid: Sequence[str], what: str) -> None:
    """Raise an error that lists the valid choices when ``value`` is not one of them."""
    if value not in valid:
        raise UnknownNameError(what, value, valid)
