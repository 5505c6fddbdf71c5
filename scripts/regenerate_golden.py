"""Regenerate the golden files of the seed articles. Run it on purpose (`make golden`), then review the diff.

Each seed gets tests/golden/NAME.jsonl: its sentence records (the `framing score --format jsonl` schema)
followed by one document record. tests/test_golden.py compares fresh output with these files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden import GOLDEN, SEED_FILES, golden_records  # noqa: E402


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for seed in SEED_FILES:
        target = GOLDEN / f"{seed.stem}.jsonl"
        lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in golden_records(seed)]
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)} ({len(lines)} records)")


if __name__ == "__main__":
    main()
