import os
import stat
import threading

import pytest
from conftest import SEEDS

from framing.files import write_atomic


def test_writes_text_bytes_and_writers(tmp_path):
    target = tmp_path / "out.txt"
    write_atomic(target, "héllo")
    assert target.read_text(encoding="utf-8") == "héllo"
    write_atomic(target, b"bytes")
    assert target.read_bytes() == b"bytes"
    write_atomic(target, lambda handle: handle.write(b"from a writer"))
    assert target.read_bytes() == b"from a writer"
    assert os.listdir(tmp_path) == ["out.txt"]  # no temporary file left


def test_symlink_is_written_through(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_permissions_are_kept(tmp_path):
    target = tmp_path / "secret.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_hard_links_see_the_new_content(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    other = tmp_path / "b.txt"
    os.link(target, other)
    write_atomic(target, "new")
    assert other.read_text(encoding="utf-8") == "new" and target.stat().st_nlink == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_written_directly(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def fail(handle):
        handle.write(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(target, fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_missing_folder_raises_and_writes_nothing(tmp_path):
    with pytest.raises(OSError):
        write_atomic(tmp_path / "missing" / "out.txt", "x")
    assert os.listdir(tmp_path) == []


def test_concurrent_writers_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "out.txt"
    errors = []

    def run(i):
        try:
            for _ in range(20):
                write_atomic(target, f"writer {i}\n" * 1000)
        except Exception as error:  # pragma: no cover - the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    content = target.read_text(encoding="utf-8")
    assert len(set(content.splitlines())) == 1  # one writer's whole file, never a mix
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_killed_writers_leftover_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "out.txt"
    dead = tmp_path / ".out.txt.999999999.abc.tmp"  # no process has this id
    dead.write_text("half", encoding="utf-8")
    alive = tmp_path / f".out.txt.{os.getpid()}.xyz.tmp"  # a live writer's file stays
    alive.write_text("in progress", encoding="utf-8")
    write_atomic(target, "whole")
    assert sorted(os.listdir(tmp_path)) == sorted(["out.txt", alive.name])


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc, where no file can be made")
def test_a_failed_write_names_the_target_not_its_temporary_file(capsys):
    from framing.cli import main

    with pytest.raises(OSError) as error:
        write_atomic("/proc/x.html", "text")
    assert error.value.filename == "/proc/x.html"
    assert main(["report", str(SEEDS / "smolensk_anokhine.txt"), "-o", "/proc/x.html"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: cannot write /proc/x.html (") and ".tmp" not in err
