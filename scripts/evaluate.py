"""Run every evaluation whose data is present and write the numbers into the docs (`make evaluate`).

PolNeAR: the dev split is the reported one; train is the split the rules were developed on. The Results
section of docs/evaluation_polnear.md is replaced with the measured numbers, so the docs never show a
number this script did not produce.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from framing import __version__  # noqa: E402
from framing.evaluation import evaluate  # noqa: E402

MARKER = "## Results"


def polnear() -> None:
    folder = DATA / "polnear"
    doc = ROOT / "docs" / "evaluation_polnear.md"
    if not folder.is_dir():
        print(f"skip polnear: {folder} not found")
        return
    reports = [evaluate("polnear", folder, split=split) for split in ("dev", "train")]
    lines = [
        MARKER,
        "",
        "Reproduce with `make evaluate` (or `framing evaluate polnear ../shared/data/polnear --split dev`).",
        f"Measured with framing {__version__}; one annotator per article as above; scare quotes excluded.",
        "The rules were developed by reading errors on **train** only; **dev** is the reported split.",
        "",
    ]
    for report in reports:
        lines += [
            f"### {report['split']} ({report['n']} articles)",
            "",
            "| metric | precision | recall | F1 | tp | fp | fn |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, m in report["metrics"].items():
            lines.append(
                f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['fp']} | {m['fn']} |"
            )
        lines.append("")
    dev = reports[0]["metrics"]["source_exact"]["f1"]
    lines += [
        f"Exact source F1 on dev is {dev * 100:.1f}. Newell et al. (2018) report 10.7 (rule baseline), 13.9 (CoreNLP) "
        "and 50.6 (CRF) on **test**, with a matching definition we could not check (see above): an indication, "
        "not a like-for-like comparison.",
        "",
    ]
    text = doc.read_text(encoding="utf-8")
    head = text.split(MARKER, 1)[0]
    doc.write_text(head + "\n".join(lines), encoding="utf-8")
    print(f"wrote {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    polnear()
