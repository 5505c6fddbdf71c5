"""What the golden files hold; shared by the test and scripts/regenerate_golden.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from framing import analyze

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEED_FILES = (ROOT / "seeds" / "smolensk_anokhine.txt", ROOT / "seeds" / "volgograd_boharev.txt")


def golden_records(seed: Path) -> list[dict[str, Any]]:
    """Sentence records then the document record of one seed, with a doc name independent of the cwd."""
    result = analyze(seed.read_text(encoding="utf-8"), doc=f"seeds/{seed.name}")
    return [s.to_dict(result.doc) for s in result.sentences] + [{"document": result.document.to_dict()}]
