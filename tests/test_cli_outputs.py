"""What the command line writes: all or nothing, through symlinks, with permissions kept, checked first."""

import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from framing.cli import main
from framing.outputs.cells import parquet_bytes

SEED = str(SEEDS / "smolensk_anokhine.txt")
OTHER = str(SEEDS / "volgograd_boharev.txt")


def test_a_failing_output_writes_no_chart(tmp_path, capsys):
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    chart = tmp_path / "side.png"
    status = main(["compare", SEED, OTHER, "--chart", str(chart), "-o", str(blocker / "x.txt")])
    assert status == 2 and not chart.exists()
    assert "is not a folder" in capsys.readouterr().err


def test_wrong_extensions_are_refused_before_the_analysis(tmp_path, capsys):
    assert main(["chart", "arc", SEED, "-o", str(tmp_path / "arc.jpg")]) == 2
    assert main(["compare", SEED, OTHER, "--chart", str(tmp_path / "c.gif")]) == 2
    assert main(["report", SEED, "-o", str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("framing: error: cannot write") == 3 and os.listdir(tmp_path) == []


def test_a_folder_made_for_an_output_is_named(tmp_path, capsys):
    # a typo in -o shows as a new folder in the message, not as a silent tree of folders
    table = tmp_path / "new" / "deep" / "scores.csv"
    assert main(["score", SEED, "-o", str(table)]) == 0
    assert table.exists() and f"(made the folder {table.parent})" in capsys.readouterr().err
    assert main(["score", SEED, "-o", str(table.with_name("again.csv"))]) == 0
    assert "made the folder" not in capsys.readouterr().err


def test_a_made_folder_is_named_once_for_two_files(tmp_path, capsys):
    chart, table = tmp_path / "new" / "side.svg", tmp_path / "new" / "cmp.txt"
    assert main(["compare", SEED, OTHER, "--chart", str(chart), "-o", str(table)]) == 0
    assert capsys.readouterr().err.count("made the folder") == 1


def test_parquet_whole_numbers_with_gaps_stay_exact_and_empty_columns_keep_their_type():
    rows = [{"id": 1600000000000000001, "note": None, "n": 3}, {"id": None, "note": None, "n": 4}]
    frame = pd.read_parquet(io.BytesIO(parquet_bytes(rows)))
    assert str(frame["id"].dtype) == "Int64" and frame["id"][0] == 1600000000000000001
    assert str(frame["note"].dtype) != "Int64" and frame["n"].tolist() == [3, 4]


def test_table_and_chart_are_written_together(tmp_path, capsys):
    chart, table = tmp_path / "side.svg", tmp_path / "cmp.txt"
    assert main(["compare", SEED, OTHER, "--chart", str(chart), "-o", str(table)]) == 0
    assert chart.read_bytes().startswith(b"<?xml") and "reassurance" in table.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert f"wrote {chart}" in err and f"wrote {table}" in err


def test_output_through_a_symlink_keeps_the_link_and_the_permissions(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert main(["score", SEED, "-o", str(link)]) == 0
    assert link.is_symlink() and "reassurance" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_sigterm_during_a_run_leaves_no_temporary_file(tmp_path):
    articles = tmp_path / "many.jsonl"
    text = (SEEDS / "smolensk_anokhine.txt").read_text(encoding="utf-8").replace("\n", " ")
    articles.write_text("".join(f'{{"id": "{i}", "text": "{text}"}}\n' for i in range(300)), encoding="utf-8")
    output = tmp_path / "out" / "scores.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "framing", "score", "--format", "jsonl", str(articles), "-o", str(output)],
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    leftovers = [p.name for p in (tmp_path / "out").glob(".*")] if (tmp_path / "out").exists() else []
    assert leftovers == []
    assert process.returncode in (0, 143)
    if process.returncode == 143:
        assert not output.exists()


def test_control_characters_in_ids_do_not_reach_a_terminal_raw():
    from framing.cli.writing import is_control as _is_control

    assert _is_control("\x1b") and _is_control("\x00") and not _is_control("\n") and not _is_control("é")


def test_metadata_rides_along_and_parquet_needs_a_file(tmp_path, capsys):
    articles = tmp_path / "news.jsonl"
    articles.write_text(
        '{"id": "a", "country": "PL", "text": "Drones attacked Kyiv."}\n'
        '{"id": "b", "country": "GB", "doc": "clash", "text": "No one was hurt."}\n',
        encoding="utf-8",
    )
    assert main(["score", "--format", "jsonl", str(articles)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["country"] for r in records] == ["PL", "GB"] and records[1]["input_doc"] == "clash"
    assert main(["score", "--format", "parquet", str(articles)]) == 2
    assert "give it with -o" in capsys.readouterr().err
    target = tmp_path / "rows.parquet"
    assert main(["score", "--format", "parquet", str(articles), "-o", str(target)]) == 0
    frame = pd.read_parquet(target)
    assert frame["country"].tolist() == ["PL", "GB"] and "threat_present" in frame.columns


def test_list_and_mapping_metadata_are_json_in_csv_cells(tmp_path, capsys):
    # Reuters' "topics": ["cocoa"] was written as the Python repr ['cocoa'], which no CSV reader parses back
    articles = tmp_path / "news.jsonl"
    record = {"id": "r1", "topics": ["cocoa", "grain"], "meta": {"a": 1}, "text": "Prices of cocoa rose."}
    articles.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["score", "--level", "document", "--format", "csv", str(articles)]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert json.loads(frame["topics"][0]) == ["cocoa", "grain"] and json.loads(frame["meta"][0]) == {"a": 1}
    assert main(["batch", str(articles), "-o", str(tmp_path / "out"), "--format", "csv"]) == 0
    [part] = (tmp_path / "out" / "documents").glob("part-*.csv")
    assert json.loads(pd.read_csv(part)["topics"][0]) == ["cocoa", "grain"]


@pytest.mark.parametrize("format", ["csv", "parquet", "jsonl"])
def test_score_writes_the_evidence_table_with_offsets_weights_and_modifiers(tmp_path, capsys, format):
    seed = SEEDS / "volgograd_boharev.txt"
    text = seed.read_text(encoding="utf-8")
    target = tmp_path / f"evidence.{format}"
    assert main(["score", "--level", "evidence", str(seed), "-o", str(target)]) == 0
    if format == "csv":
        frame = pd.read_csv(target, keep_default_na=False)
    elif format == "parquet":
        frame = pd.read_parquet(target)
    else:
        frame = pd.read_json(target, lines=True, dtype=False)
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
    from framing import analyze

    result = analyze(text, doc=str(seed))
    assert frame["weight"].tolist() == pytest.approx([m.weight for m in result.matches], abs=1e-4)
    modifiers = frame["modifiers"].tolist()
    # Flat tables join a match's modifiers with "; "; JSON keeps the list.
    expected = [list(m.modifiers) if format == "jsonl" else "; ".join(m.modifiers) for m in result.matches]
    assert modifiers == expected and any(modifiers)
    assert main(["score", "--level", "evidence", str(seed)]) == 0  # the aligned table for reading
    out = capsys.readouterr().out
    assert f"({len(result.matches)} matches)" in out and "intensified by 'fully' x1.3" in out


def test_commands_that_key_by_id_refuse_a_repeated_id(tmp_path, capsys):
    articles = tmp_path / "news.jsonl"
    articles.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', encoding="utf-8")
    for command in ("compare", "speakers"):  # speakers would count the article's sentences twice
        assert main([command, str(articles)]) == 2
        assert f"id 'a' is used twice ({articles}:1 and {articles}:2)" in capsys.readouterr().err


def test_a_json_array_piped_to_score_is_refused_in_one_line(capsys, monkeypatch):
    array = b'[\n  {"id": "a", "text": "Drones attacked Kyiv."}\n]\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(array)))
    assert main(["score", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("framing: error: <stdin> holds a JSON array, not prose; ")
    assert "jq -c '.[]'" in captured.err and captured.err.count("\n") == 1


def test_csv_on_standard_input_with_named_fields(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"doc,body\nx,Drones attacked Kyiv.\n")))
    assert main(["score", "-", "--stdin-format", "csv", "--text-field", "body", "--id-field", "doc"]) == 0
    assert "== x (1 sentence)\n" in capsys.readouterr().out


def test_quote_offsets_stay_whole_numbers_in_parquet(tmp_path):
    # a quote without a named source has no source offsets: pandas made the column floats (0.0, 17.0)
    articles = tmp_path / "news.jsonl"
    text = '"We will hold the line," the governor said. "Nothing is certain," was heard in the crowd.'
    articles.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    target = tmp_path / "quotes.parquet"
    assert main(["quotes", str(articles), "-o", str(target)]) == 0
    frame = pd.read_parquet(target)
    assert str(frame["source_start"].dtype) == "Int64" and str(frame["cue_start"].dtype) in ("int64", "Int64")


def test_quotes_keeps_two_articles_with_one_id_apart(tmp_path, capsys):
    articles = tmp_path / "news.jsonl"
    articles.write_text(
        '{"id": "a", "text": "“We are ready,” the governor said."}\n'
        '{"id": "a", "text": "Analysts suggest the strike was planned."}\n',
        encoding="utf-8",
    )
    assert main(["quotes", str(articles)]) == 0
    out = capsys.readouterr().out
    assert out.count("== a (1 attributions)") == 2
    assert out.index("governor") < out.index("analysts") and out.count("governor") == 1


def test_the_output_format_follows_the_file_name_unless_given(tmp_path, capsys):
    table, rows = tmp_path / "out.txt", tmp_path / "out.csv"
    assert main(["score", "-o", str(table), SEED]) == 0 and main(["score", "-o", str(rows), SEED]) == 0
    assert table.read_text(encoding="utf-8").startswith("== ")
    assert pd.read_csv(rows)["doc"].tolist()[0] == SEED
    records = tmp_path / "q.jsonl"
    assert main(["quotes", "-o", str(records), SEED]) == 0
    assert all(json.loads(line) for line in records.read_text(encoding="utf-8").splitlines())
    yaml = tmp_path / "threat.yaml"
    assert main(["lexicon", "export", "threat", "-o", str(yaml)]) == 0
    assert yaml.read_text(encoding="utf-8").lstrip("# \n").find("threat:") >= 0
    capsys.readouterr()


def test_a_format_the_file_name_contradicts_is_refused(tmp_path, capsys):
    assert main(["score", "--format", "table", "-o", str(tmp_path / "out.csv"), SEED]) == 2
    assert main(["score", "-o", str(tmp_path / "out.tsv"), SEED]) == 2
    assert main(["lexicon", "export", "threat", "--format", "tsv", "-o", str(tmp_path / "t.yaml")]) == 2
    assert main(["lexicon", "export", "threat"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4 and all(line.startswith("framing: error: ") for line in lines)
    assert (
        "--format table does not match the file name" in lines[0] and "drop --format to write csv" in lines[0]
    )
    assert "give --format (tsv, dicx, yaml)" in lines[3]
    assert os.listdir(tmp_path) == []


def test_lexicon_show_and_list_write_to_a_file_like_the_other_tables(tmp_path, capsys):
    assert main(["lexicon", "show", "threat", "--format", "json"]) == 0
    printed = capsys.readouterr().out
    entries, table, listing = tmp_path / "threat.json", tmp_path / "threat.txt", tmp_path / "list.txt"
    assert main(["lexicon", "show", "threat", "-o", str(entries)]) == 0
    assert main(["lexicon", "show", "threat", "--output", str(table)]) == 0
    assert main(["lexicon", "list", "-o", str(listing)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.count("wrote ") == 3
    # The format follows the file name, as for score: the same JSON as printed, and the table otherwise.
    assert entries.read_text(encoding="utf-8") == printed
    assert table.read_text(encoding="utf-8").startswith("threat: ") and "threat" in listing.read_text("utf-8")
    assert main(["lexicon", "show", "threat", "-o", str(tmp_path / "t.csv")]) == 2
    assert main(["lexicon", "show", "threat", "--format", "table", "-o", str(tmp_path / "t.json")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("framing: error: ") for line in lines)
    assert "use .json" in lines[0] and "--format table does not match" in lines[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.txt", "threat.json", "threat.txt"]


def test_lexicon_list_writes_json_when_the_output_name_says_so(tmp_path, capsys):
    out = tmp_path / "lexicons.json"
    assert main(["lexicon", "list", "-o", str(out)]) == 0
    listed = json.loads(out.read_text(encoding="utf-8"))
    assert {"threat", "reassurance"} <= {row["name"] for row in listed}
    assert all(isinstance(row["entries"], int) and row["entries"] > 0 for row in listed)
    capsys.readouterr()


def test_an_output_name_the_command_cannot_write_is_named_first(tmp_path, capsys):
    assert main(["lexicon", "show", "threat", "--format", "json", "-o", str(tmp_path / "t.csv")]) == 2
    err = capsys.readouterr().err
    assert ".csv is not an output format here" in err and not (tmp_path / "t.csv").exists()


@pytest.mark.parametrize("name", ["scores.csv.gz", "scores.xlsx", "scores.html"])
def test_an_output_name_of_a_format_framing_does_not_write_is_refused(tmp_path, capsys, name):
    assert main(["score", "-o", str(tmp_path / name), SEED]) == 2
    err = capsys.readouterr().err
    assert f"framing score does not write {Path(name).suffix} files; use .csv" in err
    # an HTML page is the report's: say which command writes it
    assert ("written by framing report" in err) == name.endswith(".html")
    assert not (tmp_path / name).exists()
    # With the format given, any name is the user's choice; .txt takes the default table.
    assert main(["score", "--format", "csv", "-o", str(tmp_path / name), SEED]) == 0
    assert main(["score", "-o", str(tmp_path / "scores.txt"), SEED]) == 0
    assert "reassurance" in (tmp_path / "scores.txt").read_text(encoding="utf-8").splitlines()[1]


def test_an_output_that_is_an_input_is_refused_before_it_is_lost(tmp_path, capsys):
    archive = tmp_path / "arch.csv"
    archive.write_text('id,text\n1,"The minister said all is calm."\n', encoding="utf-8")
    before = archive.read_bytes()
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister said all is calm.\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(archive)
    refused = [
        ["score", "--level", "document", "-o", str(archive), str(archive)],
        ["score", "-o", str(link), str(archive)],  # the same file by another name
        ["quotes", "-o", str(tmp_path / "." / "arch.csv"), str(archive)],
        ["score", "-o", str(folder / "scores.csv"), str(folder)],  # a later run would read it
        ["compare", str(archive), str(folder), "--chart", str(folder / "c.png")],
        ["lexicon", "show", "threat", "--lexicons", str(folder), "-o", str(folder / "t.json")],
        ["batch", str(archive), "-o", str(tmp_path)],
    ]
    for argv in refused:
        assert main(argv) == 2, argv
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == len(refused) and all(line.startswith("framing: error: ") for line in lines)
    assert "is the input" in lines[0] and "is inside the input folder" in lines[3] and "--chart" in lines[4]
    assert archive.read_bytes() == before and os.listdir(folder) == ["a.txt"]


def test_report_says_when_the_comparison_leaves_articles_out(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl"
    # Articles of different lengths, so that "the largest" is well defined.
    texts = [Path(p).read_text(encoding="utf-8") for p in (SEED, OTHER)]
    rows = [{"id": f"art-{i}", "country": "GB" if i % 2 else "PL", "text": texts[i % 2][: 3000 - 500 * i]}
            for i in range(4)]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    argv = ["report", str(corpus), "-o", str(tmp_path / "r.html"), "--max-articles", "1", "--resamples",
            "100", "--permutations", "100", "--max-groups", "2"]  # fmt: skip
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "all are compared" not in err
    assert (
        "framing: note: the comparison covers the 2 largest of 4 articles (by sentences), not all "
        "(--max-groups N to change); to compare groups of articles, pass --by FIELD (fields: country)\n"
    ) in err
    assert "group them by a field of their records (<code>--by country</code>)" in (
        tmp_path / "r.html"
    ).read_text(encoding="utf-8")
    assert main([*argv, "--by", "country"]) == 0
    err = capsys.readouterr().err
    assert "4 articles in detail and lists the others with their scores; all are compared" in err
    assert "comparison covers" not in err
