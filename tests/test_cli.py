"""The CLI in-process (main(argv)) and through the installed entry point."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS

import framing
from framing.cli import main

SMOLENSK = str(SEEDS / "smolensk_anokhine.txt")
VOLGOGRAD = str(SEEDS / "volgograd_boharev.txt")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sentence_table(capsys):
    code, out, err = run(capsys, "score", SMOLENSK, VOLGOGRAD)
    assert code == 0 and err == ""
    assert f"== {SMOLENSK}" in out and f"== {VOLGOGRAD}" in out
    assert "reassurance" in out.splitlines()[1] and "Miraculously" in out


def test_evidence_table(capsys):
    code, out, _ = run(capsys, "score", "--evidence", VOLGOGRAD)
    assert code == 0
    assert "hedging/evidential" in out and "'reportedly'" in out


def test_jsonl_sentence_schema(capsys):
    code, out, _ = run(capsys, "score", "--format", "jsonl", "--level", "sentence", SMOLENSK)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    text = Path(SMOLENSK).read_text(encoding="utf-8")
    for record in records:
        assert {"doc", "index", "start", "end", "text", "scores", "evidence"} <= set(record)
        assert isinstance(record["doc"], str) and isinstance(record["index"], int)
        assert text[record["start"] : record["end"]] == record["text"]
        assert {"reassurance", "threat", "hedging", "attribution"} <= set(record["scores"])
        assert all(isinstance(v, float) for v in record["scores"].values())
        for item in record["evidence"]:
            assert {
                "dimension",
                "subcategory",
                "pattern",
                "start",
                "end",
                "text",
                "weight",
                "modifiers",
            } <= set(item)
            assert text[item["start"] : item["end"]] == item["text"]
            assert isinstance(item["modifiers"], list)


def test_document_level_json_and_csv(capsys):
    code, out, _ = run(capsys, "score", "--format", "json", "--level", "document", SMOLENSK, VOLGOGRAD)
    assert code == 0
    documents = json.loads(out)
    assert [d["doc"] for d in documents] == [SMOLENSK, VOLGOGRAD]
    assert "flesch_reading_ease" in documents[0]["readability"]
    code, out, _ = run(capsys, "score", "--format", "csv", "--level", "document", SMOLENSK)
    header = out.splitlines()[0].split(",")
    assert header[:3] == ["doc", "n_sentences", "n_tokens"] and "threat_share" in header


def test_sentence_csv(capsys):
    code, out, _ = run(capsys, "score", "--format", "csv", VOLGOGRAD)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(
        "doc,index,start,end,n_tokens,boilerplate,speaker,source_type,reassurance"
    )


def test_output_file_is_written_whole(capsys, tmp_path):
    target = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "score", "--format", "jsonl", "-o", str(target), VOLGOGRAD)
    assert code == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) > 20


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["score", "missing.txt"], "missing.txt: no such file"),
        (["score", "--format", "xml", "x.txt"], "invalid choice: 'xml'"),
        (["score", "--level", "word", "x.txt"], "invalid choice: 'word'"),
        (["lexicon", "show", "threats"], "unknown lexicon 'threats'; valid lexicons are:"),
        (
            ["score", "--lexicons", "no/such/dir", SMOLENSK],
            "lexicon directory 'no/such/dir' does not exist",
        ),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) if "invalid choice" in message else _no_raise() as raised:
        code = main(argv)
    out, err = capsys.readouterr()
    code = raised.value.code if raised else code
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


class _no_raise:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_error_in_second_file_writes_nothing(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "score", SMOLENSK, str(empty))
    assert code == 2 and out == "" and "is empty" in err


def test_broken_lexicon_is_reported_with_file_and_line(capsys, tmp_path):
    (tmp_path / "threat.tsv").write_text(
        "# dimension: threat\n# description: x\n# license: x\n# source: own = x\n"
        "pattern\tsubcategory\tweight\tsource\nattack\tattack\thigh\town\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "score", "--lexicons", str(tmp_path), SMOLENSK)
    assert code == 2 and "threat.tsv:6: weight 'high' is not a number" in err


def test_debug_shows_the_traceback_and_keeps_the_exit_status_of_bad_input(capsys, tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\u00e9 society met.".encode("latin-1"))
    for argv in (["score", "--debug", "missing.txt"], ["score", "--debug", str(latin1)]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "" and err.startswith("Traceback (most recent call last):")
        assert err.splitlines()[-1].startswith("framing: error: ")
    assert "is not UTF-8" in err.splitlines()[-1]


def test_lexicon_list_and_show(capsys):
    code, out, _ = run(capsys, "lexicon", "list")
    assert code == 0 and all(name in out for name in ("threat", "reassurance", "hedging", "attribution"))
    code, out, _ = run(capsys, "lexicon", "show", "threat")
    assert code == 0 and "sources:" in out
    assert len([line for line in out.splitlines() if "\tattack" in line or " attack " in line]) > 5
    code, out, _ = run(capsys, "lexicon", "show", "threat", "--format", "json")
    assert len(json.loads(out)["entries"]) >= 150


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0 and capsys.readouterr().out.startswith("framing ")
    with pytest.raises(SystemExit):
        main(["score", "--help"])
    assert "examples:" in capsys.readouterr().out


def _entry_point() -> str:
    found = Path(sys.executable).parent / "framing"
    return str(found) if found.exists() else (shutil.which("framing") or "")


@pytest.mark.skipif(not _entry_point(), reason="framing entry point not installed")
def test_installed_entry_point():
    done = subprocess.run(
        [_entry_point(), "score", "--format", "jsonl", "-"],
        input="No one was injured.",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["doc"] == "<stdin>" and record["scores"]["reassurance"] > 0
    bad = subprocess.run([_entry_point(), "score", "nope.txt"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_quotes_command(capsys):
    code, out, err = run(capsys, "quotes", SMOLENSK, VOLGOGRAD)
    assert code == 0 and err == ""
    assert "Vasily Anokhine" in out and "Telegram" in out and "quote_colon" in out
    code, out, _ = run(capsys, "quotes", "--format", "jsonl", VOLGOGRAD)
    records = [json.loads(line) for line in out.splitlines()]
    text = Path(VOLGOGRAD).read_text(encoding="utf-8")
    assert {"speaker", "source_type", "cue", "cue_stance", "channel", "content", "sentences", "rule"} <= set(
        records[0]
    )
    for r in records:
        assert text[r["content_start"] : r["content_end"]] == r["content"]


def test_speakers_command(capsys):
    code, out, err = run(capsys, "speakers", SMOLENSK, VOLGOGRAD)
    assert code == 0 and err == ""
    for name in ("Vasily Anokhine", "Andrei Boharev", "Ramzan Kadyrov", "analysts", "AUTHOR"):
        assert name in out
    code, out, _ = run(capsys, "speakers", "--format", "json", SMOLENSK, VOLGOGRAD)
    data = json.loads(out)
    assert {"speakers", "possible_aliases"} <= set(data)


def test_evaluate_unknown_dataset_and_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "evaluate", "nope", str(tmp_path))
    assert code == 2 and "unknown dataset 'nope'; valid datasets are: crisislex, gold, polnear" in err
    code, _, err = run(capsys, "evaluate", "polnear", str(tmp_path / "missing"))
    assert code == 2 and "no such folder" in err


def test_compare_command_with_chart(capsys, tmp_path):
    chart = tmp_path / "profile.png"
    code, out, err = run(capsys, "compare", SMOLENSK, VOLGOGRAD, "--chart", str(chart), "--resamples", "300",
                         "--permutations", "300")  # fmt: skip
    assert code == 0, err
    assert "95% bootstrap CI" in out and "p (Holm)" in out and "key terms" in out
    assert chart.read_bytes()[:4] == b"\x89PNG"
    code, out, _ = run(capsys, "compare", "--format", "json", "--seed", "3", SMOLENSK, VOLGOGRAD)
    data = json.loads(out)
    assert data["seed"] == 3 and len(data["differences"]) == 6


def test_compare_by_jsonl_field(capsys, tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": f"d{i}", "country": "GB" if i % 2 else "US",
                         "text": "No one was injured. The attack was repelled. Experts said drones struck."})
             for i in range(4)]  # fmt: skip
    path.write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run(
        capsys, "compare", "--by", "country", str(path), "--resamples", "200", "--permutations", "200"
    )
    assert code == 0, err
    assert "A = US" in out or "A = GB" in out
    code, _, err = run(capsys, "compare", "--by", "outlet", str(path))
    assert code == 2 and "cannot group by 'outlet'" in err and "country" in err


@pytest.mark.parametrize("kind", ["arc", "profile", "speakers", "keyness"])
def test_chart_command(capsys, tmp_path, kind):
    target = tmp_path / f"{kind}.svg"
    code, _, err = run(capsys, "chart", kind, SMOLENSK, VOLGOGRAD, "-o", str(target), "--resamples", "200",
                       "--permutations", "200", "--min-g2", "0")  # fmt: skip
    assert code == 0, err
    assert err == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_chart_refuses_unknown_extension(capsys, tmp_path):
    code, _, err = run(capsys, "chart", "arc", SMOLENSK, "-o", str(tmp_path / "a.gif"))
    assert code == 2 and "use a file name ending in .png or .svg" in err


def test_files_left_out_of_a_folder_are_named_on_stderr(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Drones attacked the city.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run(capsys, "score", "--format", "csv", str(tmp_path))
    assert code == 0 and "Drones attacked the city." in out
    assert err == (
        "framing: note: left out 1 file(s) of the input folders that are not articles (.docx), "
        f"e.g. {tmp_path / 'notes.docx'}; articles are read from .txt, .md, .jsonl, .csv, .tsv (each also "
        "gzipped) files\n"
    )


def test_an_interrupted_batch_says_how_to_resume(tmp_path, monkeypatch, capsys):
    import framing.cli.commands as commands
    from framing.cli import main

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setitem(commands.COMMANDS, "batch", interrupted)
    source = tmp_path / "a.txt"
    source.write_text("Drones attacked the city.", encoding="utf-8")
    assert main(["batch", str(source), "-o", str(tmp_path / "out")]) == 130
    assert capsys.readouterr().err == "framing: interrupted; run the same command again to resume\n"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_progress_bar_shows_on_a_terminal_that_reports_no_size(tmp_path, monkeypatch):
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"a{i}", "text": "Drones attacked the city."}) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    monkeypatch.delenv("CI", raising=False)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 0, 0, 0, 0))  # as `script` opens it
    try:
        with open(slave, "w", encoding="utf-8") as terminal, monkeypatch.context() as patched:
            patched.setattr(sys, "stderr", terminal)
            assert main(["score", "--level", "document", "--format", "csv", str(corpus)]) == 0
        # one read returns what the terminal holds at that moment, maybe not the bar's last refresh:
        # read until nothing more comes
        chunks = []
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # Linux: EIO once the closed terminal is drained
                break
            if not chunk:
                break
            chunks.append(chunk)
        shown = b"".join(chunks).decode()
    finally:
        os.close(master)
    assert "3/3" in shown and "articles" in shown  # the bar, with the number of articles to do


def test_compare_by_speaker_merges_names_by_the_aliases_of_the_lexicons_given(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Vitaliy Klychko said the city was calm. He said it twice.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Vitali Klitschko said the night was quiet. He said so again.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("Joe Biden said aid would come. He said it again.\n", encoding="utf-8")
    lexicons = tmp_path / "lex" / "sources"
    lexicons.mkdir(parents=True)
    builtin = (Path(framing.__file__).parent / "lexicons" / "sources" / "aliases.tsv").read_text(
        encoding="utf-8"
    )
    args = ["compare", "--by", "speaker", "--format", "json", "--resamples", "100", "--permutations", "100",
            *(str(tmp_path / f"{n}.txt") for n in "abc")]  # fmt: skip
    # without the alias line the two spellings are two speakers ...
    without = "".join(line for line in builtin.splitlines(keepends=True) if "klychko" not in line)
    (lexicons / "aliases.tsv").write_text(without, encoding="utf-8")
    code, out, err = run(capsys, *args, "--lexicons", str(tmp_path / "lex"))
    assert code == 0, err
    assert {"Vitaliy Klychko", "Vitali Klitschko"} <= {p["group"] for p in json.loads(out)["profiles"]}
    # ... and with it, given by --lexicons, one
    (lexicons / "aliases.tsv").write_text(builtin, encoding="utf-8")
    code, out, err = run(capsys, *args, "--lexicons", str(tmp_path / "lex"))
    assert code == 0, err
    groups = {p["group"] for p in json.loads(out)["profiles"]}
    assert "Vitali Klitschko" in groups and "Vitaliy Klychko" not in groups


def test_speakers_says_when_min_sentences_leaves_no_one(capsys):
    # new-user trial 35: '--min-sentences 100' printed an empty table and nothing else
    assert main(["speakers", "--min-sentences", "1000", str(SEEDS)]) == 0
    err = capsys.readouterr().err
    assert "no speaker fills 1000 sentences or more (the most: " in err and "lower --min-sentences" in err
