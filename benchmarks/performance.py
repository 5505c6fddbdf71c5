"""Speed and memory of framing against VADER and a bare scan, in one run; writes docs/PERFORMANCE.md.

Usage: python benchmarks/performance.py [--corpus DIR] [--mb 1.5] [--big-mb 4] [--no-write]

Measured on ../shared/data/news_corpus (research data, not in the repository), never asserted in tests:
- framing.analyze end to end (every dimension, attribution, evidence) on one core: sentences/s, MB/s;
- VADER (vaderSentiment) on the same sentences: sentences/s, and the ratio framing / VADER;
- a bare single-pass scan of the same text with one compiled RE2 expression of every lexicon pattern:
  the practical floor of a lexicon tool in Python;
- framing batch with --jobs 2 against --jobs 1 (wall time ratio), on the sample and on 10x the sample;
- peak RSS of framing batch at 1x and 10x the corpus;
- cold wall time of `framing score` and `framing score --level document` on one seed;
- seconds per MB for one big article (the corpus joined) against the 100 KB articles it is made of.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news_corpus"
FILES = ("ukraine_war_2022_2024.jsonl", "bbc_news_2004_2005.jsonl")


def load(corpus: Path, megabytes: float) -> list[dict]:
    records, size = [], 0
    for name in FILES:
        with (corpus / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records.append({"id": f"{name}:{len(records)}", "text": record["text"]})
                size += len(record["text"])
                if size >= megabytes * 1e6:
                    return records
    return records


def framing_rate(records: list[dict]) -> tuple[float, int, int, list[str]]:
    import framing

    lexicons = framing.load_lexicons()
    framing.analyze("Warm up.", lexicons=lexicons)
    start = time.perf_counter()
    sentences: list[str] = []
    for record in records:
        sentences.extend(s.text for s in framing.analyze(record["text"], lexicons=lexicons).sentences)
    return time.perf_counter() - start, len(sentences), sum(len(r["text"]) for r in records), sentences


STAGES = {
    "segment": ("segment.py", "segment"),
    "tokenize": ("tokenize.py", "tokenize"),
    "match": ("match.py", "find"),
    "rules": ("rules.py", "apply_rules"),
    "agency": ("agency/__init__.py", "actor_matches"),
    "attribution": ("pipeline.py", "attribute"),
}


def stage_shares(records: list[dict]) -> dict[str, float]:
    """Share of analyze's time per stage (cProfile cumulative time on the same sample)."""
    import cProfile
    import pstats

    import framing

    lexicons = framing.load_lexicons()
    profile = cProfile.Profile()
    profile.enable()
    for record in records:
        framing.analyze(record["text"], lexicons=lexicons)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(v[3] for (f, _, name), v in stats.items() if f.endswith("analyze.py") and name == "analyze")
    shares = {}
    for stage, (file, function) in STAGES.items():
        spent = sum(v[3] for (f, _, name), v in stats.items() if f.endswith(file) and name == function)
        shares[stage] = spent / total if total else 0.0
    return shares


def vader_rate(sentences: list[str]) -> float | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for sentence in sentences:
        analyzer.polarity_scores(sentence)
    return time.perf_counter() - start


def floor_rate(records: list[dict]) -> float:
    """One compiled alternation of every lexicon pattern (RE2: a DFA, no backtracking), one pass per article."""
    import re2

    import framing

    alternatives = []
    for lexicon in framing.load_lexicons():
        for entry in lexicon.entries:
            words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in entry.words]
            alternatives.append(r"[\s-]+".join(words))
    alternatives.sort(key=len, reverse=True)
    options = re2.Options()
    options.case_sensitive = False
    options.max_mem = 256 << 20
    scan = re2.compile(r"\b(?:" + "|".join(alternatives) + r")\b", options)
    start = time.perf_counter()
    found = 0
    for record in records:
        found += sum(1 for _ in scan.finditer(record["text"]))
    return time.perf_counter() - start


def batch_seconds(corpus: Path, jobs: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        run([sys.executable, "-m", "framing", "batch", str(corpus), "-o", out, "--jobs", str(jobs)])
        return time.perf_counter() - start


def parallel_capacity() -> float:
    """How much faster two CPU-bound processes finish together than one after the other (2.0 = two full cores)."""
    spin = "x = 0\nfor i in range(20_000_000):\n    x += i\n"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", spin], check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    both = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    for process in both:
        process.wait()
    return 2 * one / (time.perf_counter() - start)


def peak_rss_mib(command: list[str]) -> float:
    """Peak RSS of one command, measured in a fresh parent so earlier children do not count."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True
    )
    return int(result.stdout.strip()) / 1024


def cold_seconds(command: list[str], repeat: int = 3) -> float:
    """The best wall time of a new process, with framing's bytecode there as after ``pip install``.

    pip compiles every module of a wheel when it installs it. The editable install of the checkout has no
    bytecode if PYTHONDONTWRITEBYTECODE is set (it is on some machines), and each timed run would then
    compile all of framing first (about 0.15 s); one untimed run writes it to a temporary folder.
    """
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        run(command, env)
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            run(command, env)
            best = min(best, time.perf_counter() - start)
    return best


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env
    )


def per_mb(texts: list[str]) -> float:
    import framing

    lexicons = framing.load_lexicons()
    start = time.perf_counter()
    for text in texts:
        framing.analyze(text, lexicons=lexicons)
    return (time.perf_counter() - start) / (sum(map(len, texts)) / 1e6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=1.5, help="corpus sample size in MB (default 1.5)")
    parser.add_argument(
        "--big-mb", type=float, default=4.0, help="size of the single big article (default 4)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not rewrite docs/PERFORMANCE.md"
    )
    args = parser.parse_args()
    if not all((args.corpus / name).is_file() for name in FILES):
        print(f"skip: the news corpus is not in {args.corpus}", file=sys.stderr)
        return 0
    records = load(args.corpus, args.mb)
    seconds, n_sentences, n_chars, sentences = framing_rate(records)
    vader = vader_rate(sentences)
    floor = floor_rate(records)
    shares = stage_shares(records)
    rows = {
        "articles": len(records),
        "sentences": n_sentences,
        "megabytes": n_chars / 1e6,
        "framing_sentences_per_s": n_sentences / seconds,
        "framing_mb_per_s": n_chars / 1e6 / seconds,
        "vader_sentences_per_s": n_sentences / vader if vader else None,
        "floor_sentences_per_s": n_sentences / floor,
        "shares": shares,
    }
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "corpus.jsonl"
        one.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        ten = Path(folder) / "corpus10.jsonl"
        ten.write_text(
            "".join(json.dumps({**r, "id": f"{k}:{r['id']}"}) + "\n" for k in range(10) for r in records),
            encoding="utf-8",
        )
        rows["capacity"] = parallel_capacity()
        rows["batch_jobs1_s"] = batch_seconds(one, 1)
        rows["batch_jobs2_s"] = batch_seconds(one, 2)
        # On an archive the start-up of the workers and the last part's tail are spread over more work.
        rows["batch10_jobs1_s"] = batch_seconds(ten, 1)
        rows["batch10_jobs2_s"] = batch_seconds(ten, 2)
        out = Path(folder) / "out"
        rows["rss_1x_mib"] = peak_rss_mib(
            [sys.executable, "-m", "framing", "batch", str(one), "-o", f"{out}1"]
        )
        rows["rss_10x_mib"] = peak_rss_mib(
            [sys.executable, "-m", "framing", "batch", str(ten), "-o", f"{out}10"]
        )
    seed = str(ROOT / "seeds" / "smolensk_anokhine.txt")
    rows["cold_score_s"] = cold_seconds([sys.executable, "-m", "framing", "score", seed])
    rows["cold_document_s"] = cold_seconds(
        [sys.executable, "-m", "framing", "score", "--level", "document", seed]
    )
    texts = [r["text"] for r in load(args.corpus, args.big_mb)]
    small = [t for t in texts if len(t) >= 2_000][:40]
    pieces, size = [], 0
    while size < 100_000:  # 100 KB articles made of the corpus
        pieces.append(small[len(pieces) % len(small)])
        size += len(pieces[-1])
    hundred_kb = "\n\n".join(pieces)
    big = "\n\n".join(texts)[: int(args.big_mb * 1e6)]
    rows["s_per_mb_100kb"] = per_mb([hundred_kb] * 3)
    rows["s_per_mb_big"] = per_mb([big])
    rows["big_mb"] = len(big) / 1e6
    report(rows, write=not args.no_write)
    return 0


def report(rows: dict, *, write: bool) -> None:
    def ratio(a: float | None, b: float | None) -> str:
        return f"{a / b:.2f}x" if a and b else "–"

    vader = rows["vader_sentences_per_s"]
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`benchmarks/performance.py`) in one run on this machine "
        f"({os.cpu_count()} cores); every figure below is from that run.",
        "",
        f"Sample: {rows['articles']} articles, {rows['sentences']:,} sentences, {rows['megabytes']:.2f} MB "
        "of the shared news corpus (Russia-Ukraine war news, then BBC 2004-05).",
        "",
        "| measure | value | target | met |",
        "| --- | ---: | --- | --- |",
        f"| framing, one core, end to end | {rows['framing_sentences_per_s']:,.0f} sentences/s "
        f"({rows['framing_mb_per_s']:.2f} MB/s) | | |",
        f"| VADER on the same sentences | {vader:,.0f} sentences/s | | |"
        if vader
        else "| VADER | not installed | | |",
        f"| framing / VADER | {ratio(rows['framing_sentences_per_s'], vader)} | ≥ 2x | "
        f"{'yes' if vader and rows['framing_sentences_per_s'] >= 2 * vader else 'no'} |",
        f"| bare one-regex scan of every pattern (the floor) | {rows['floor_sentences_per_s']:,.0f} sentences/s | | |",
        f"| batch --jobs 2 / --jobs 1 (speed-up), the sample | {rows['batch_jobs1_s'] / rows['batch_jobs2_s']:.2f}x "
        f"({rows['batch_jobs1_s']:.1f} s / {rows['batch_jobs2_s']:.1f} s) | | |",
        f"| batch --jobs 2 / --jobs 1 (speed-up), 10x the sample | "
        f"{rows['batch10_jobs1_s'] / rows['batch10_jobs2_s']:.2f}x "
        f"({rows['batch10_jobs1_s']:.1f} s / {rows['batch10_jobs2_s']:.1f} s) | ≥ 1.8x | "
        f"{'yes' if rows['batch10_jobs1_s'] / rows['batch10_jobs2_s'] >= 1.8 else 'no'} |",
        f"| (this machine: two CPU-bound processes together vs one after the other) | {rows['capacity']:.2f}x | "
        "2.0x = two full cores | |",
        f"| peak RSS, batch at 1x / 10x the sample | {rows['rss_1x_mib']:.0f} / {rows['rss_10x_mib']:.0f} MiB | "
        f"10x within 10 % of 1x, under 300 MB | "
        f"{'yes' if rows['rss_10x_mib'] <= 1.1 * rows['rss_1x_mib'] and rows['rss_10x_mib'] < 300 else 'no'} |",
        f"| cold `framing score` on one seed (bytecode compiled, as pip installs it) | {rows['cold_score_s']:.2f} s | < 0.5 s | "
        f"{'yes' if rows['cold_score_s'] < 0.5 else 'no'} |",
        f"| cold `framing score --level document` | {rows['cold_document_s']:.2f} s | < 0.8 s | "
        f"{'yes' if rows['cold_document_s'] < 0.8 else 'no'} |",
        f"| seconds per MB: one {rows['big_mb']:.1f} MB article / 100 KB articles | "
        f"{rows['s_per_mb_big']:.1f} / {rows['s_per_mb_100kb']:.1f} "
        f"({rows['s_per_mb_big'] / rows['s_per_mb_100kb']:.2f}x) | ≤ 1.5x | "
        f"{'yes' if rows['s_per_mb_big'] <= 1.5 * rows['s_per_mb_100kb'] else 'no'} |",
        "",
        "Where framing's time goes (cProfile, same sample; match also counts the matching that attribution and agency do): "
        + ", ".join(f"{stage} {share:.0%}" for stage, share in rows["shares"].items())
        + ".",
        "",
        "framing does per sentence what VADER does not: six lexicons with negation, intensifier and sense "
        "rules, the agency rule, quotation pairing and speaker resolution across the article, and evidence "
        "objects for every match. The bare scan shows that even matching alone in one compiled automaton "
        "leaves little room under 2x VADER; reaching it needs the per-token Python work (tokens, rules, "
        "attribution) moved into compiled scans, which is not done.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if write:
        (ROOT / "docs" / "PERFORMANCE.md").write_text(text, encoding="utf-8")
        print("wrote docs/PERFORMANCE.md", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
