"""Choose each dimension's decision threshold by cross-validation over the articles of a gold folder.

Usage: python scripts/choose_thresholds.py [GOLD_FOLDER] [--folds 6]

Every article is scored once, whole. The articles are split into folds by a hash of their id; for each
fold, the threshold that maximises F1 on the other folds is chosen from the scores that occur, then applied
to the held-out fold. Reported per dimension: the threshold each fold chose, the pooled out-of-fold F1 of
that procedure, and the F1 of every candidate on all articles. The threshold to ship is the one most folds
chose (ties within a fold and between folds: the stricter); write it into the lexicon's `# threshold:` header with this script's numbers.
Nothing here changes a file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing import load_lexicons  # noqa: E402
from framing.evaluation.gold import predict  # noqa: E402
from framing.evaluation.gold_articles import load_gold_articles  # noqa: E402
from framing.evaluation.metrics import classification  # noqa: E402

CANDIDATES = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)


def fold_of(doc_id: str, folds: int) -> int:
    return (
        int.from_bytes(hashlib.sha1(doc_id.encode("utf-8"), usedforsecurity=False).digest()[:8], "big")
        % folds
    )


def f1_at(rows: list[tuple[int, float]], threshold: float) -> float:
    return float(classification([y for y, _ in rows], [s >= threshold for _, s in rows])["f1"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "data" / "framing_gold"))
    parser.add_argument("--folds", type=int, default=6)
    args = parser.parse_args(argv)
    if not Path(args.gold).is_dir():
        print(f"choose_thresholds: {args.gold} not found; pass a gold folder", file=sys.stderr)
        return 2
    lexicons = load_lexicons()
    predictions = predict(load_gold_articles(args.gold), lexicons)
    for dimension in lexicons.dimensions:
        rows = [
            (fold_of(p.gold.doc_id, args.folds), int(p.gold.labels[dimension] >= 1), p.scores[dimension])
            for p in predictions
            if dimension in p.gold.labels
        ]
        if not rows:
            continue
        chosen, pooled = [], []
        for fold in range(args.folds):
            train = [(y, s) for f, y, s in rows if f != fold]
            test = [(y, s) for f, y, s in rows if f == fold]
            best = max(CANDIDATES, key=lambda t: (f1_at(train, t), t))  # ties: the stricter
            chosen.append(best)
            pooled += [(y, s >= best) for y, s in test]
        cv = classification([y for y, _ in pooled], [p for _, p in pooled])
        ship = sorted(Counter(chosen).items(), key=lambda kv: (-kv[1], -kv[0]))[0][0]
        every = ", ".join(f"{t:g}: {f1_at([(y, s) for _, y, s in rows], t):.3f}" for t in CANDIDATES)
        print(
            f"{dimension}: folds chose {', '.join(f'{t:g}' for t in chosen)} -> ship {ship:g}; "
            f"out-of-fold F1 {cv['f1']:.3f} (P {cv['precision']:.3f} R {cv['recall']:.3f}); "
            f"current {lexicons[dimension].threshold:g}\n    F1 on all articles by threshold: {every}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
