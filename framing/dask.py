"""Score on Dask: DataFrames and bags of articles, and ``framing batch --scheduler ADDRESS``.

Dask is optional (``pip install framing[dask]``). Every function here runs the same code as ``framing
batch`` (:func:`framing.batch.score_partition`, :func:`framing.batch.score_part`), so a cluster gives the
same rows as one process.

>>> import dask.dataframe as dd
>>> articles = dd.from_pandas(frame, npartitions=8)          # columns: id, text, any metadata
>>> sentences = framing.dask.score_dataframe(articles)         # one row per sentence, lazily
>>> sentences.groupby("country").threat.mean().compute()
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from framing.batch import bounded, score_part, score_partition
from framing.errors import InputError

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd


def score_dataframe(
    articles: dd.DataFrame,
    *,
    text_field: str = "text",
    id_field: str = "id",
    level: str = "sentence",
    lexicons: str | None = None,
) -> dd.DataFrame:
    """Score a Dask DataFrame of articles, partition by partition (lazily, like any Dask operation).

    Args:
        articles: One article per row, with ``text_field`` and optionally ``id_field``.
        text_field: The column with the article text.
        id_field: The column with the identifier.
        level: ``sentence`` (one row per sentence) or ``document`` (one row per article).
        lexicons: A user lexicon folder (readable by every worker), or ``None`` for the built-in lexicons.

    Returns:
        The rows as a Dask DataFrame; every other column of ``articles`` rides along.
    """
    from dask.dataframe.utils import make_meta

    kwargs = {"text_field": text_field, "id_field": id_field, "level": level, "lexicons": lexicons}
    # Dask needs the output's columns and their types up front: an empty partition of the same columns
    # and types gives them (numbers stay numbers: groupby and means work on the result).
    meta = score_partition(make_meta(articles), **kwargs)
    return articles.map_partitions(score_partition, meta=meta, **kwargs)


def score_bag(
    articles: db.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    level: str = "sentence",
    lexicons: str | None = None,
) -> db.Bag:
    """Score a Dask bag of article dicts; the result is a bag of row dicts."""
    import pandas as pd

    def rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        frame = score_partition(
            pd.DataFrame(list(records)),
            text_field=text_field,
            id_field=id_field,
            level=level,
            lexicons=lexicons,
        )
        return frame.to_dict("records")

    return articles.map_partitions(rows)


@contextlib.contextmanager
def client_submitter(address: str) -> Iterator[Callable[..., Iterator[Any]]]:
    """For ``framing batch --scheduler``: score chunks on the cluster at ``address``, a few in flight."""
    try:
        from distributed import Client, wait
    except ImportError:
        raise InputError("--scheduler needs Dask; install it with: pip install 'framing[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except OSError as error:
        raise InputError(
            f"cannot reach the Dask scheduler at {address} ({error}); check the address"
        ) from None

    def first_done(running: set[Any]) -> tuple[set[Any], set[Any]]:
        done, pending = wait(list(running), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    limit = 2 * max(1, sum(client.nthreads().values()))
    try:
        yield lambda tasks, *args: bounded(
            tasks, lambda t: client.submit(score_part, t, *args, pure=False), limit, first_done
        )
    finally:
        client.close()
