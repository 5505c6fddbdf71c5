"""Cost of hostile and unusual inputs: time and peak memory at size S and 2S (not part of `make test`).

Usage: python benchmarks/hostile.py [--mb 1.0] [--timeout 120] [--command score|quotes|both]

Each input is written to a file of about S megabytes and of 2S, and `framing score` and `framing quotes`
run on it in a fresh process (so peak RSS is that run's). Printed per input and command: seconds and peak
MiB at S, at 2S, and the time ratio. Targets (the robustness issue): at 1 MB under 10 s and 400 MB, and
doubling the size costs at most 2.3x the time. A run over --timeout is reported as such and killed.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROBE = (
    "import resource, subprocess, sys; "
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "line without punctuation": _repeat("the attack on the city was reported by officials "),
    "curly quote marks": _repeat("“a” "),
    "straight quote marks": _repeat('"a" '),
    "said he said": _repeat("said he said "),
    "nested, unbalanced quote marks": _repeat("“‘«“ a "),
    "one long word": lambda size: "a" * size,
    "a word, then punctuation only": lambda size: "word " + "-" * (size - 5),
    "documents and their publishers": _repeat("The report by Amnesty International and the ISW survey, "),
    "prevented and appealed": _repeat("not prevent urged military aid "),
    "news repeated as one article": _repeat(
        "Russian forces shelled the city overnight, the governor said. “No one was injured,” he wrote on "
        "Telegram. Analysts suggest the attack could be retaliation.\n\n"
    ),
}


def measure(path: Path, command: str, timeout: float) -> tuple[float | None, float | None, int | None]:
    start = time.perf_counter()
    # Its own process group, so a timeout kills the framing process too, not only the probe around it.
    process = subprocess.Popen(
        [sys.executable, "-c", PROBE, sys.executable, "-m", "framing", command, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None, None, None
    seconds = time.perf_counter() - start
    code, rss = output.split()
    return seconds, int(rss) / 1024, int(code)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--command", choices=("score", "quotes", "both"), default="both")
    parser.add_argument("--no-write", action="store_true", help="print only; do not rewrite docs/HOSTILE.md")
    args = parser.parse_args()
    commands = ("score", "quotes") if args.command == "both" else (args.command,)
    size = int(args.mb * 1e6)
    header = (
        f"{'input':32} {'command':7} {'S s':>7} {'S MiB':>7} {'2S s':>7} {'2S MiB':>7} {'ratio':>6}  exit"
    )
    print(header)
    table = [header]
    with tempfile.TemporaryDirectory() as folder:
        for name, make in INPUTS.items():
            files = []
            for factor in (1, 2):
                path = Path(folder) / f"{name.replace(' ', '_').replace(',', '')}_{factor}.txt"
                path.write_text(make(size * factor), encoding="utf-8")
                files.append(path)
            for command in commands:
                (t1, m1, c1), (t2, m2, c2) = (measure(f, command, args.timeout) for f in files)
                shown = [f"{v:7.1f}" if v is not None else "timeout" for v in (t1, m1, t2, m2)]
                ratio = f"{t2 / t1:6.2f}" if t1 and t2 else "     –"
                table.append(f"{name:32} {command:7} {' '.join(shown)} {ratio}  {c1},{c2}")
                print(table[-1], flush=True)
    if not args.no_write:
        doc = Path(__file__).resolve().parent.parent / "docs" / "HOSTILE.md"
        doc.write_text(
            "# Hostile inputs\n\nWritten by `make bench` (`benchmarks/hostile.py --mb "
            f"{args.mb:g}`): seconds and peak MiB of `framing score` and `framing quotes` on each input at "
            f"S = {args.mb:g} MB and 2S, and the time ratio. Targets: at 1 MB under 10 s and 400 MB; "
            "doubling costs at most 2.3x.\n\n```\n" + "\n".join(table) + "\n```\n",
            encoding="utf-8",
        )
        print(f"wrote {doc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
