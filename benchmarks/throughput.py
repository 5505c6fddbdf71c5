"""Throughput and memory of framing.analyze on the shared news corpus (not part of `make test`).

Usage: python benchmarks/throughput.py [--corpus DIR] [--limit-chars N]
Prints documents, sentences and characters per second, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import framing

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news_corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit-chars", type=int, default=3_000_000, help="stop after this many characters")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.jsonl"))
    if not files:
        print(f"no .jsonl files in {args.corpus}; pass --corpus DIR", file=sys.stderr)
        return 2
    lexicons = framing.load_lexicons()
    framing.analyze("Warm-up sentence.", lexicons=lexicons)
    documents = sentences = chars = matches = 0
    start = time.perf_counter()
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                result = framing.analyze(text, lexicons=lexicons)
                documents += 1
                sentences += len(result.sentences)
                matches += len(result.matches)
                chars += len(text)
                if chars >= args.limit_chars:
                    break
        if chars >= args.limit_chars:
            break
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {args.corpus} ({', '.join(p.name for p in files)})")
    print(f"documents {documents}, sentences {sentences}, characters {chars:,}, matches {matches:,}")
    print(
        f"time {seconds:.1f} s: {documents / seconds:.1f} docs/s, {sentences / seconds:.0f} sentences/s, "
        f"{chars / seconds / 1e6:.2f} M chars/s (sentence level, no readability)"
    )
    print(f"peak RSS {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
