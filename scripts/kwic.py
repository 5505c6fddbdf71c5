"""Keyword in context: read how a candidate lexicon pattern is used in the news corpus before admitting it.

Usage: python scripts/kwic.py PATTERN [PATTERN ...] [--corpus FILE.jsonl ...] [-n 12] [--seed 0]

A PATTERN is written as in a lexicon file (lowercase words, `*` at the end of a word for any ending);
matching follows the lexicon rules: case-insensitive, hyphens count as spaces, curly apostrophes as
straight ones. Prints the number of hits, then a random sample of hits with 70 characters either side,
so a curator can judge whether most carry the construct. Default corpus: the war, BBC and Reuters files
of ../shared/data/news_corpus (research data, never copied into the repository).

The articles of the labelled dev set (../shared/data/framing_gold) are left out, and so are passages
copied from them into other corpus articles: a sample that counts the dev sentence a candidate was mined
from would overstate its support. --with-gold keeps them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_corpus"
GOLD = CORPUS.parent / "framing_gold" / "articles.jsonl"
DEFAULT = ["ukraine_war_2022_2024.jsonl", "bbc_news_2004_2005.jsonl", "reuters21578_1987.jsonl"]


def compile_pattern(pattern: str) -> re.Pattern[str]:
    parts = []
    for word in pattern.split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]).replace("'", "['’]") + r"[\w'’]*")
        else:
            parts.append(re.escape(word).replace("'", "['’]"))
    return re.compile(r"(?<![\w'’])" + r"[\s\-]+".join(parts) + r"(?![\w'’])", re.IGNORECASE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="+")
    parser.add_argument("--corpus", nargs="*", type=Path)
    parser.add_argument("-n", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--with-gold", action="store_true", help="keep the labelled dev articles and copies of them"
    )
    args = parser.parse_args(argv)
    files = args.corpus or [CORPUS / name for name in DEFAULT]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"kwic: corpus file not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    gold = _gold_texts() if not args.with_gold else ([], set())
    texts = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            records = (json.loads(line) for line in handle if line.strip())
            texts.extend(r["text"] for r in records if r.get("id") not in gold[1])
    rng = random.Random(args.seed)
    for pattern in args.patterns:
        regex = compile_pattern(pattern)
        hits = []
        copies = 0
        for text in texts:
            for m in regex.finditer(text):
                if gold[0] and _copied(text, m, gold[0]):
                    copies += 1
                    continue
                left = text[max(0, m.start() - 70) : m.start()].replace("\n", " ")
                right = text[m.end() : m.end() + 70].replace("\n", " ")
                hits.append(f"{left:>70} [{m.group(0)}] {right}")
        left_out = f" ({copies} more in passages copied from the gold articles, left out)" if copies else ""
        print(f"== {pattern}: {len(hits)} hits{left_out}")
        for line in rng.sample(hits, min(args.n, len(hits))):
            print("  " + line)
    return 0


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _gold_texts() -> tuple[list[str], set[str]]:
    """The labelled dev articles (whitespace-squeezed, lowercase) and their ids; nothing if absent."""
    if not GOLD.is_file():
        return [], set()
    with GOLD.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [_squeeze(r["text"]) for r in records], {r["id"] for r in records}


def _copied(text: str, match: re.Match[str], gold: list[str]) -> bool:
    """The hit and 30 characters around it also stand in a gold article: a copy of it."""
    around = _squeeze(text[max(0, match.start() - 30) : match.end() + 30]).strip()
    return any(around in article for article in gold)


if __name__ == "__main__":
    raise SystemExit(main())
