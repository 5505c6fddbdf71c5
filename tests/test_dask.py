import json

import pandas as pd
import pytest

from framing.batch import read_rows, run_batch, score_partition

dd = pytest.importorskip("dask.dataframe", reason="dask is an optional extra: pip install 'framing[dask]'")
distributed = pytest.importorskip("distributed", reason="dask.distributed is an optional extra")

TEXTS = [
    "Drones attacked the city overnight, the governor said. No one was injured.",
    "Analysts suggest the strike could be retaliation. The weather was mild.",
    "Russian forces shelled the port. Officials believe the attack was planned.",
    "The minister promised more air defence systems. Residents remain calm.",
]


@pytest.fixture(scope="module")
def cluster():
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with local, distributed.Client(local) as client:
        yield local, client


def _frame():
    return pd.DataFrame({"id": [f"a{i}" for i in range(8)], "country": ["GB", "PL"] * 4, "text": TEXTS * 2})


def test_dask_dataframe_gives_the_rows_of_one_process(cluster):
    from framing.dask import score_dataframe

    frame = _frame()
    rows = score_dataframe(dd.from_pandas(frame, npartitions=3), level="sentence").compute()
    expected = score_partition(frame, level="sentence")
    key = ["doc", "index"]
    pd.testing.assert_frame_equal(
        rows.drop(columns=["source", "position"]).sort_values(key).reset_index(drop=True),
        expected.drop(columns=["source", "position"]).sort_values(key).reset_index(drop=True),
        check_dtype=False,
    )


def test_dask_bag_gives_row_dicts(cluster):
    import dask.bag as db

    from framing.dask import score_bag

    records = _frame().to_dict("records")
    rows = score_bag(db.from_sequence(records, npartitions=2), level="document").compute()
    assert sorted(r["doc"] for r in rows) == sorted(r["id"] for r in records)


def test_batch_on_a_scheduler_gives_the_same_rows_as_batch(cluster, tmp_path):
    local, _ = cluster
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _frame().to_dict("records")), encoding="utf-8")
    run_batch([str(corpus)], tmp_path / "local", chunk=3)
    run_batch([str(corpus)], tmp_path / "cluster", chunk=3, scheduler=local.scheduler_address)
    key = ["source", "position", "index"]
    one = read_rows(tmp_path / "local", "sentences").sort_values(key).reset_index(drop=True)
    two = read_rows(tmp_path / "cluster", "sentences").sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(one, two)


def test_dask_rows_have_typed_columns_and_their_provenance(cluster):
    from framing.dask import score_dataframe

    # A 'source' column (as in the shared corpora) rides along as input_source.
    frame = _frame().assign(source="wire", year=[2022, 2023] * 4)
    sentences = score_dataframe(dd.from_pandas(frame, npartitions=3))
    assert sentences.dtypes["threat"].kind == "f" and sentences.dtypes["threat_present"].kind == "b"
    means = sentences.groupby("country").threat.mean().compute()  # the README's example
    assert set(means.index) == {"GB", "PL"} and (means > 0).all()
    rows = sentences.compute()
    assert set(rows["input_source"]) == {"wire"} and set(rows["year"]) == {2022, 2023}
    # Every article keeps its own (source, position): partition number and row in it, from 1.
    assert rows.groupby(["source", "position"])["doc"].nunique().max() == 1
    assert rows[["source", "position"]].drop_duplicates().shape[0] == 8 and rows["position"].min() == 1


def test_an_empty_partition_has_the_columns_and_types_of_a_full_one():
    full = score_partition(_frame().assign(source="wire"))
    empty = score_partition(_frame().assign(source="wire").iloc[:0])
    assert list(empty.columns) == list(full.columns)
    assert dict(empty.dtypes) == dict(full.dtypes)
