import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from framing import analyze, load_lexicons
from framing.batch import read_rows, run_batch, score_documents, score_partition
from framing.errors import InputError, UnknownNameError
from framing.inputs import Document, read_documents
from framing.records import ReadOptions

SENTENCES = [
    "Drones attacked the city overnight, the governor said.",
    "No one was injured, and the situation is under control.",
    "Analysts suggest the strike could be retaliation.",
    "The weather was mild.",
]


def _corpus(path: Path, n: int, repeat: int = 1) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % 4] for k in range(4)) * repeat
            handle.write(
                json.dumps({"id": f"a{i % (n // 2)}", "country": ["GB", "PL"][i % 2], "text": text}) + "\n"
            )
    return path


def _keys(folder: Path) -> list[str]:
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [key for line in lines for key in json.loads(line)["keys"]]


def test_rows_carry_metadata_and_duplicate_ids_stay_apart(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 6)
    summary = run_batch([str(corpus)], tmp_path / "out", chunk=4)
    assert (summary.documents, summary.parts) == (6, 2)
    # ids a0 a1 a2 a0 a1 a2: three articles repeat an id, the first on line 4
    assert (summary.repeated_ids, summary.first_repeat) == (
        3,
        f"{corpus}:4 repeats the id 'a0' of {corpus}:1",
    )
    documents = read_rows(tmp_path / "out", "documents")
    assert len(documents) == 6 and documents["doc"].duplicated().any()  # ids repeat, rows do not
    assert set(documents["country"]) == {"GB", "PL"}
    sentences = read_rows(tmp_path / "out", "sentences")
    assert {"threat", "threat_present", "speaker", "country", "source", "position"} <= set(sentences.columns)
    assert (tmp_path / "out" / "_SUCCESS").exists()


def test_an_input_field_named_like_a_column_never_overwrites_it(tmp_path):
    # "speaker", "threat", "index" and (with --text-field body) "text" are framing's columns too
    record = {"id": "a1", "speaker": "ME", "threat": "high", "index": 99, "text": "HEADLINE"}
    record["body"] = "Russia attacked Kyiv. Officials said two died."
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run_batch([str(corpus)], tmp_path / "out", level="all", options=ReadOptions(text_field="body"))
    sentences = read_rows(tmp_path / "out", "sentences")
    assert sentences["index"].tolist() == [0, 1] and sentences["speaker"].tolist() == ["AUTHOR", "officials"]
    assert sentences["text"].tolist() == ["Russia attacked Kyiv.", "Officials said two died."]
    assert set(sentences["input_speaker"]) == {"ME"} and set(sentences["input_threat"]) == {"high"}
    assert set(sentences["input_text"]) == {"HEADLINE"} and set(sentences["input_index"]) == {99}
    evidence = read_rows(tmp_path / "out", "evidence")
    assert "attacked" in evidence["text"].tolist() and set(evidence["input_text"]) == {"HEADLINE"}
    documents = read_rows(tmp_path / "out", "documents")
    assert documents["threat"].tolist() != ["high"] and documents["input_threat"].tolist() == ["high"]


def test_rows_equal_the_library_analysis(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    run_batch([str(corpus)], tmp_path / "out", level="sentence")
    rows = read_rows(tmp_path / "out", "sentences")
    expected, _ = score_documents(read_documents([str(corpus)]), load_lexicons(), "sentence")
    assert rows["threat"].tolist() == [r["threat"] for r in expected]
    assert rows["evidence"].tolist() == [r["evidence"] for r in expected]


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_table_formats(tmp_path, format):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    run_batch([str(corpus)], tmp_path / "out", format=format, level="document")
    rows = read_rows(tmp_path / "out", "documents")
    assert len(rows) == 4 and not (tmp_path / "out" / "sentences").exists()


def test_resuming_with_another_format_is_refused(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    run_batch([str(corpus)], tmp_path / "out")
    with pytest.raises(InputError, match="holds a jsonl batch; resume it with that --format"):
        run_batch([str(corpus)], tmp_path / "out", format="csv")


def test_resuming_with_another_level_or_other_lexicons_is_refused(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    run_batch([str(corpus)], tmp_path / "out", level="document")
    with pytest.raises(InputError, match="was scored with --level document; resume it with that --level"):
        run_batch([str(corpus)], tmp_path / "out", level="both")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "economy.tsv").write_text(
        "# dimension: economy\n# description: prices\n# license: x\n# source: own = mine\n"
        "pattern\tsubcategory\tweight\tsource\nprices\tprices\t1.0\town\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="scored with other lexicons"):
        run_batch([str(corpus)], tmp_path / "out", level="document", lexicons=str(mine))
    assert run_batch([str(corpus)], tmp_path / "out", level="document").skipped == 4  # same settings resume


def test_an_interrupted_run_resumes_without_loss_or_duplicates(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 40)
    calls = []

    def interrupt(articles, size):
        calls.append(articles)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([str(corpus)], tmp_path / "out", chunk=5, progress=interrupt)
    assert len(_keys(tmp_path / "out")) == 10 and not (tmp_path / "out" / "_SUCCESS").exists()
    summary = run_batch([str(corpus)], tmp_path / "out", chunk=5)
    assert (summary.skipped, summary.documents) == (10, 30)
    keys = _keys(tmp_path / "out")
    assert len(keys) == len(set(keys)) == 40
    assert len(read_rows(tmp_path / "out", "documents")) == 40


def test_the_same_file_by_another_path_resumes_and_an_edited_input_is_refused(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "news.jsonl", 6)
    run_batch([str(corpus)], tmp_path / "out")
    (tmp_path / "link.jsonl").symlink_to(corpus)
    monkeypatch.chdir(tmp_path)
    for spelling in ("link.jsonl", "news.jsonl", str(tmp_path / "." / "news.jsonl")):
        summary = run_batch([spelling], tmp_path / "out")
        assert (summary.documents, summary.skipped) == (0, 6)
    assert len(read_rows(tmp_path / "out", "documents")) == 6
    lines = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text(
        "\n".join([lines[0].replace("Drones", "Missiles"), *lines[1:]]) + "\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"news.jsonl:1 \(a0\) is not the text scored into .*new -o folder"):
        run_batch([str(corpus)], tmp_path / "out")


def test_a_killed_process_resumes_with_every_document_exactly_once(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 600, repeat=3)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "framing", "batch", str(corpus), "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        manifest = out / "manifest.jsonl"
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 2:
            break
        time.sleep(0.02)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    finished_before = len(_keys(out))
    assert finished_before < 600, "the run ended before it could be killed; make the corpus larger"
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "already done by an earlier run" in result.stderr
    keys = _keys(out)
    assert len(keys) == len(set(keys)) == 600
    documents = read_rows(out, "documents")
    assert len(documents) == 600 and not documents.duplicated(["source", "position"]).any()
    leftovers = [p.name for p in out.rglob(".*")]
    assert leftovers == []


def test_two_jobs_give_the_same_rows_as_one(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 12)
    run_batch([str(corpus)], tmp_path / "one", chunk=3)
    run_batch([str(corpus)], tmp_path / "two", chunk=3, jobs=2)
    key = ["source", "position"]
    one = read_rows(tmp_path / "one", "documents").sort_values(key).reset_index(drop=True)
    two = read_rows(tmp_path / "two", "documents").sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(one, two)


def test_score_partition_is_the_batch_code_path():
    frame = pd.DataFrame({"id": ["x", "y"], "text": SENTENCES[:2], "country": ["GB", "PL"]})
    rows = score_partition(frame, level="document")
    assert rows["doc"].tolist() == ["x", "y"] and rows["country"].tolist() == ["GB", "PL"]
    expected, _ = score_documents(
        [Document("x", SENTENCES[0], {"country": "GB"}, "partition", 0)], load_lexicons(), "sentence"
    )
    assert score_partition(frame.iloc[:1])["threat"].tolist() == [r["threat"] for r in expected]
    empty = score_partition(frame.iloc[:0])
    assert empty.empty and {"threat", "country"} <= set(empty.columns)
    with pytest.raises(InputError, match="no 'body' column"):
        score_partition(frame, text_field="body")


@pytest.mark.parametrize("level", ["sentence", "document", "evidence"])
def test_an_empty_partition_has_the_columns_of_a_full_one_when_fields_clash(level):
    # Dask's meta: a field named like a column ("speaker", "threat", "index") becomes input_NAME in both
    frame = pd.DataFrame(
        {
            "id": ["x"],
            "text": [SENTENCES[0]],
            "speaker": ["ME"],
            "threat": ["high"],
            "index": [9],
            "source": ["w"],
        }
    )
    full, empty = score_partition(frame, level=level), score_partition(frame.iloc[:0], level=level)
    assert list(empty.columns) == list(full.columns) and "input_source" in full.columns
    assert dict(empty.dtypes) == dict(full.dtypes)


def test_cli_batch_writes_its_folder_and_says_so(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing",
            "batch",
            str(corpus),
            "-o",
            str(tmp_path / "out"),
            "--level",
            "sentence",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == "" and "wrote" in result.stderr and "4 articles" in result.stderr
    assert "note: 2 article(s) repeat an earlier article's id" in result.stderr
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing",
            "batch",
            str(corpus),
            "-o",
            str(tmp_path / "x"),
            "--text-field",
            "body",
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--text-field" in bad.stderr


def test_an_unreadable_input_leaves_no_output_folder(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(InputError, match=r"is an image \(PNG\), not plain text"):
        run_batch([str(binary)], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_folder_from_an_earlier_version_resumes_without_duplicates(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "news.jsonl", 6)
    monkeypatch.chdir(tmp_path)
    run_batch(["news.jsonl"], tmp_path / "out", chunk=3)
    # Rewrite the manifest as the earlier version wrote it: keys as typed, no fingerprints.
    manifest = tmp_path / "out" / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    for entry in entries:
        entry["keys"] = [f"news.jsonl:{key.rpartition(':')[2]}" for key in entry["keys"]]
        del entry["fingerprints"]
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    summary = run_batch([str(corpus)], tmp_path / "out", chunk=3)
    assert (summary.documents, summary.skipped) == (0, 6)
    assert len(read_rows(tmp_path / "out", "documents")) == 6


def test_a_bad_job_count_names_the_option_only(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", 4)
    with pytest.raises(InputError, match=r"^--jobs must be at least 1, got 0$"):
        run_batch([str(corpus)], tmp_path / "out", jobs=0)
    with pytest.raises(InputError, match=r"^chunk .* must be at least 1, got 0$"):
        run_batch([str(corpus)], tmp_path / "out", chunk=0)
    assert not (tmp_path / "out").exists()


def test_a_resumed_run_counts_only_its_own_inputs_as_already_done(tmp_path):
    first, second = _corpus(tmp_path / "first.jsonl", 6), _corpus(tmp_path / "second.jsonl", 4)
    run_batch([str(first)], tmp_path / "out", chunk=4)
    summary = run_batch([str(second)], tmp_path / "out", chunk=4)
    assert (summary.documents, summary.skipped) == (4, 0)  # the folder's 6 are not this run's
    summary = run_batch([str(second), str(first)], tmp_path / "out", chunk=4)
    assert (summary.documents, summary.skipped) == (0, 10)


def _children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid`` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while being read
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_a_batch_is_killed_outright(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 600, repeat=3)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "framing", "batch", str(corpus), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        manifest = out / "manifest.jsonl"
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 1:
            break
        time.sleep(0.05)
    workers = _children(process.pid)
    assert process.poll() is None, "the run ended before it could be killed; make the corpus larger"
    assert len(workers) >= 2
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert [pid for pid in workers if _alive(pid)] == []


def test_a_terminated_batch_says_how_to_resume(tmp_path):
    corpus = _corpus(tmp_path / "news.jsonl", 600, repeat=3)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "framing", "batch", str(corpus), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if (out / "manifest.jsonl").exists():
            break
        time.sleep(0.05)
    process.terminate()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, "the run ended before it could be terminated; make the corpus larger"
    assert err.endswith("framing: terminated; run the same command again to resume\n")


def test_an_output_folder_inside_the_input_folder_is_not_read_back(tmp_path, capsys):
    from framing.cli import main

    archive = tmp_path / "arch"
    archive.mkdir()
    _corpus(archive / "news.jsonl", 4)
    for _ in range(3):  # the second run used to read the first run's parts as articles
        assert main(["batch", str(archive), "-o", str(archive / "scores")]) == 0
    err = capsys.readouterr().err
    assert err.count("4 already done") == 2 and "left out" not in err
    assert len(_keys(archive / "scores")) == 4
    # An earlier batch's folder inside the inputs is skipped too, by the CLI (named) and by run_batch.
    assert main(["score", "--level", "document", "--format", "jsonl", str(archive)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4 and f"e.g. {archive / 'scores'}" in err
    assert run_batch([str(archive)], tmp_path / "again").documents == 4


def test_a_non_empty_folder_that_is_not_a_batch_is_refused(tmp_path, capsys):
    from framing.cli import main

    corpus = _corpus(tmp_path / "news.jsonl", 4)
    folder = tmp_path / "some" / "folder"
    folder.mkdir(parents=True)
    (folder / "important.txt").write_text("mine", encoding="utf-8")
    assert main(["batch", str(corpus), "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pick an empty or new -o folder" in err and "important.txt" in err
    assert os.listdir(folder) == ["important.txt"]
    with pytest.raises(InputError):
        run_batch([str(corpus)], folder)
    # An empty folder, hidden files, or part folders a first run left before its manifest are fine.
    (folder / "important.txt").unlink()
    (folder / ".DS_Store").write_bytes(b"x")
    (folder / "sentences").mkdir()
    assert run_batch([str(corpus)], folder).documents == 4


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_record_mid_run_keeps_the_finished_parts_and_says_so(tmp_path, capsys, jobs):
    from framing.cli import main

    corpus = _corpus(tmp_path / "news.jsonl", 10)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    corpus.write_text("".join(lines[:7]) + "{broken\n" + "".join(lines[7:]), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "-o", str(out), "--jobs", str(jobs)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{corpus}:8: not valid JSON" in err
    # The seven articles before it are scored, however many processes, and the message says so.
    assert f"; 7 finished article(s) are kept in {out}/: fix the input and re-run to resume" in err
    assert len(_keys(out)) == 7 and not (out / "_SUCCESS").exists()
    corpus.write_text("".join(lines), encoding="utf-8")
    assert main(["batch", str(corpus), "-o", str(out)]) == 0
    assert "7 already done" in capsys.readouterr().err and len(_keys(out)) == 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_skip_bad_leaves_out_bad_records_and_files_and_lists_them(tmp_path, capsys, jobs):
    from framing.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    corpus = _corpus(folder / "news.jsonl", 6)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = ["{broken\n", '{"id": "x", "text": "half \\ud83d of it"}\n', '{"id": "y", "body": "no text"}\n']
    corpus.write_text("".join(lines[:2] + bad[:2] + lines[2:] + bad[2:]), encoding="utf-8")
    (folder / "table.csv").write_text('id,text\n1,"One fine row."\n2,"a",3\n', encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--skip-bad", "--jobs", str(jobs)]) == 0
    err = capsys.readouterr().err
    listed = (out / "rejected.txt").read_text(encoding="utf-8").splitlines()
    assert listed == [
        f"{folder / 'image.txt'} is an image (PNG), not plain text; save the article's text as a .txt or .md file and pass that",
        f"{corpus}:3: not valid JSON (Expecting property name enclosed in double quotes); each line must be one "
        'object like {"id": "a1", "text": "..."}',
        f'{corpus}:4: "text" holds a lone surrogate \\ud83d at character 5, which no UTF-8 output can hold; fix '
        "that escape in the file, or replace it with \\ufffd",
        f'{corpus}:9: no "text" string field; each line must be one object like {{"id": "a1", "text": "..."}}; '
        "choose the field with --text-field",
        f"{folder / 'table.csv'}:3: 3 cells, the header has 2; fix the row",
    ]
    assert f"left out 5 bad record(s) or file(s), listed in {out}/rejected.txt; the first: {listed[0]}" in err
    # every good record is scored once: the six articles and the good CSV row
    assert len(_keys(out)) == 7 and json.loads((out / "_SUCCESS").read_text())["rejected"] == 5
    # once the input is fixed (the bad lines blanked, so positions stay), a re-run leaves no stale list
    corpus.write_text("".join([*lines[:2], "\n", "\n", *lines[2:], "\n"]), encoding="utf-8")
    (folder / "image.txt").unlink()
    (folder / "table.csv").write_text('id,text\n1,"One fine row."\n', encoding="utf-8")
    assert main(["batch", str(folder), "-o", str(out), "--skip-bad"]) == 0
    assert not (out / "rejected.txt").exists() and "left out" not in capsys.readouterr().err


def test_without_skip_bad_a_bad_file_in_a_folder_stops_the_run(tmp_path, capsys):
    from framing.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder / "news.jsonl", 4)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["batch", str(folder), "-o", str(tmp_path / "out")]) == 2
    assert "image.txt is an image (PNG), not plain text" in capsys.readouterr().err


def _check_evidence(rows: pd.DataFrame, texts: dict[tuple[str, int], str], sentences: pd.DataFrame) -> None:
    """Every evidence row indexes its article's text, and the weights add up to the sentence scores."""
    assert len(rows) and {"weight", "modifiers", "pattern", "start", "end", "sentence"} <= set(rows.columns)
    for row in rows.itertuples():
        assert texts[(row.source, row.position)][row.start : row.end] == row.text
    sums = rows.groupby(["source", "position", "sentence", "dimension"])["weight"].sum()
    for (source, position, sentence, dimension), total in sums.items():
        [score] = sentences[
            (sentences["source"] == source)
            & (sentences["position"] == position)
            & (sentences["index"] == sentence)
        ][dimension]
        assert round(total, 4) == pytest.approx(score)


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_evidence_level_writes_a_row_per_match_with_offsets_weight_and_modifiers(tmp_path, format):
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    summary = run_batch([str(corpus)], tmp_path / "out", format=format, level="all", chunk=3)
    assert summary.documents == 4
    evidence = read_rows(tmp_path / "out", "evidence")
    texts = {(d.source, d.position): d.text for d in read_documents([str(corpus)])}
    _check_evidence(evidence, texts, read_rows(tmp_path / "out", "sentences"))
    assert set(evidence["country"]) == {"GB", "PL"}  # metadata rides along here too
    # A negated match keeps what the rules did ("No one was injured"), as the library's table does.
    assert evidence["modifiers"].fillna("").str.contains("negated by").any()
    result = analyze(texts[(str(corpus), 1)], doc="a0")
    mine = evidence[evidence["position"] == 1][list(result.to_frame(level="evidence").columns)]
    expected = result.to_frame(level="evidence")
    assert mine["text"].tolist() == expected["text"].tolist()
    assert mine["weight"].tolist() == expected["weight"].tolist()
    assert mine["start"].tolist() == expected["start"].tolist()


def test_score_partition_writes_evidence_rows():
    frame = pd.DataFrame({"id": ["x", "y"], "text": SENTENCES[:2], "country": ["GB", "PL"]})
    rows = score_partition(frame, level="evidence")
    for row in rows.itertuples():
        assert frame.set_index("id").loc[row.doc, "text"][row.start : row.end] == row.text
    empty = score_partition(frame.iloc[:0], level="evidence")
    assert empty.empty and {"weight", "modifiers", "start", "country"} <= set(empty.columns)


def test_to_frame_names_its_levels():
    result = analyze(SENTENCES[0])
    assert len(result.to_frame(level="document")) == 1
    with pytest.raises(UnknownNameError, match="valid levels are: document, evidence, sentence"):
        result.to_frame(level="match")


def test_skip_bad_refuses_a_csv_row_with_a_line_that_is_not_utf8_and_keeps_the_rows_after_it(
    tmp_path, capsys
):
    from framing.cli import main

    table = tmp_path / "t.csv"
    table.write_bytes(
        b'id,text\n1,"first line\nsecond \xff line\nthird"\n2,"Row two is fine."\n3,"bad \xff here"\n4,"Row four."\n'
    )
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--skip-bad"]) == 0
    capsys.readouterr()
    listed = (out / "rejected.txt").read_text(encoding="utf-8").splitlines()
    # the rows are named by their row and the line that broke them; no cell is silently changed
    assert [line.split(" is not UTF-8")[0] for line in listed] == [f"{table}:2: line 3", f"{table}:4: line 6"]
    rows = read_rows(out, "documents")
    assert sorted(rows["position"]) == [3, 5]  # rows 3 and 5 keep their row numbers
    # fixed in place, the same command resumes: the finished rows are not scored again
    table.write_bytes(
        b'id,text\n1,"first line\nsecond line\nthird"\n2,"Row two is fine."\n3,"bad here"\n4,"Row four."\n'
    )
    assert main(["batch", str(table), "-o", str(out), "--skip-bad"]) == 0
    assert "2 already done" in capsys.readouterr().err and sorted(
        read_rows(out, "documents")["position"]
    ) == [2, 3, 4, 5]


def test_skip_bad_still_stops_at_a_wrong_option_or_when_nothing_is_read(tmp_path, capsys):
    from framing.cli import main

    table = tmp_path / "t.csv"
    table.write_text('id,body\n1,"Some text."\n', encoding="utf-8")
    assert main(["batch", str(table), "-o", str(tmp_path / "a"), "--skip-bad"]) == 2
    assert "no 'text' column" in capsys.readouterr().err and not (tmp_path / "a").exists()
    corpus = _corpus(tmp_path / "news.jsonl", 4)
    assert main(["batch", str(corpus), "-o", str(tmp_path / "b"), "--skip-bad", "--id-field", "ident"]) == 2
    assert 'no "ident" field for --id-field' in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{oops\n{nope\n", encoding="utf-8")
    assert main(["batch", str(broken), "-o", str(tmp_path / "c"), "--skip-bad"]) == 2
    err = capsys.readouterr().err
    assert (
        "no article could be read: all 2 record(s) or file(s) were left out" in err
    )  # one per line, no third


def test_a_resumed_run_says_which_articles_are_new_and_how_many_in_all(tmp_path, capsys):
    from framing.cli import main

    archive = tmp_path / "arch"
    archive.mkdir()
    _corpus(archive / "a.jsonl", 4)
    out = tmp_path / "scores"
    assert main(["batch", str(archive), "-o", str(out)]) == 0
    first = capsys.readouterr().err
    assert f"wrote {out}: 4 articles, " in first and "in all" not in first  # a fresh run: no "new"
    _corpus(archive / "b.jsonl", 2)
    assert main(["batch", str(archive), "-o", str(out)]) == 0
    [line] = [x for x in capsys.readouterr().err.splitlines() if x.startswith("wrote")]
    assert line.startswith(f"wrote {out}: 2 new articles, ")
    assert line.endswith("; 4 already done by an earlier run, 6 articles in all")
    assert len(_keys(out)) == 6


def test_a_batch_output_folder_given_as_input_is_refused(tmp_path):
    # new-user trial 35: 'framing score scores/' read manifest.jsonl as articles ("no 'text' string field")
    (tmp_path / "a.txt").write_text("Officials said the city was calm.", encoding="utf-8")
    run_batch([str(tmp_path / "a.txt")], tmp_path / "scores")
    with pytest.raises(
        InputError, match=r"is a folder framing batch wrote: scores, not articles; .*read_rows"
    ):
        run_batch([str(tmp_path / "scores")], tmp_path / "again")
    assert not (tmp_path / "again").exists()


@pytest.mark.parametrize(
    ("name", "kind"), [("pyproject.toml", "a TOML configuration"), ("tool.py", "Python code")]
)
def test_code_and_configuration_files_are_refused(tmp_path, name, kind):
    # new-user trial 35: 'framing score pyproject.toml' scored its '[project] name = ...' lines
    path = tmp_path / name
    path.write_text("[project]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"is {kind}, not an article"):
        run_batch([str(path)], tmp_path / "out")
