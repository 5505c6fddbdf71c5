"""The lexicons ship inside the wheel: build it, install it in a clean venv, score a seed."""

import json
import os
import subprocess
import sys
import venv

import pytest
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


def test_wheel_installs_and_scores_a_seed(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = wheels.glob("framing-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    # Run from an empty folder so nothing of the source tree can be imported by accident.
    work = tmp_path / "elsewhere"
    work.mkdir()
    seed = SEEDS / "volgograd_boharev.txt"
    done = subprocess.run(
        [str(bin_dir / "framing"), "score", "--format", "jsonl", str(seed)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) > 20 and any(r["scores"]["hedging"] > 0 for r in records)
    listing = subprocess.run(
        [str(bin_dir / "framing"), "lexicon", "list"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "threat.tsv" in listing.stdout
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import framing; print(framing.__file__)"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert str(env_dir) in where.stdout and str(ROOT) not in where.stdout
    document = subprocess.run(
        [str(bin_dir / "framing"), "score", "--level", "document", "--format", "json", str(seed)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert document.returncode == 0, document.stderr
    assert json.loads(document.stdout)[0]["readability"]["flesch_reading_ease"] != 0
