"""Prepare and check an in-house gold set, the way annotation studies do (see docs/VALIDITY.md).

    python scripts/gold_set.py sample OUT.jsonl [--n 300] [--seed 0]
        Draw sentences from ../shared/data/news_corpus (never the seeds) into a labelling file: one JSON
        object per line with id, doc_id, text and empty labels for each dimension. Write it OUTSIDE this
        repository: the corpus is research-only and must not be copied here.
    python scripts/gold_set.py agreement A.jsonl B.jsonl
        Agreement of two annotators who labelled the same file under ANNOTATION.md (0/1/2 per dimension):
        raw agreement and Cohen's kappa on presence, linearly weighted kappa on 0/1/2.
A labelled file is evaluated with `framing evaluate gold FILE`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing  # noqa: E402
from framing.evaluation.agreement import agreement  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "ukraine_war_2022_2024.jsonl"
DIMENSIONS = ("reassurance", "threat", "hedging", "attribution", "certainty", "responsibility")


def sample(out: Path, n: int, seed: int) -> None:
    if ROOT in out.resolve().parents:
        sys.exit(
            f"refusing to write {out} inside the repository: the corpus is research-only; pick a path outside"
        )
    rng = random.Random(seed)
    lexicons = framing.load_lexicons()
    pool = []
    for record in framing.read_documents([str(CORPUS)]):
        result = framing.analyze(record.text, lexicons=lexicons, doc=record.doc)
        pool += [(record.doc, s) for s in result.sentences if not s.boilerplate and 8 <= s.n_tokens <= 60]
    chosen = rng.sample(pool, min(n, len(pool)))
    with out.open("w", encoding="utf-8") as handle:
        for doc, sentence in chosen:
            row = {
                "id": f"{doc}:{sentence.index}",
                "doc_id": doc,
                "text": sentence.text,
                "labels": dict.fromkeys(DIMENSIONS),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} sentences to {out}; label each dimension 0, 1 or 2 under ANNOTATION.md")


def read_labels(path: Path) -> dict[str, dict[str, int]]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["id"]] = {d: v for d, v in row["labels"].items() if v is not None}
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample")
    draw.add_argument("out", type=Path)
    draw.add_argument("--n", type=int, default=300)
    draw.add_argument("--seed", type=int, default=0)
    check = commands.add_parser("agreement")
    check.add_argument("first", type=Path)
    check.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.out, args.n, args.seed)
    else:
        print(json.dumps(agreement(read_labels(args.first), read_labels(args.second)), indent=2))


if __name__ == "__main__":
    main()
