"""Run every evaluation whose data is present and write the numbers into the docs (`make evaluate`).

- docs/evaluation_polnear.md, section "Results": attribution against PolNeAR (dev reported, train tuned on).
- docs/VALIDITY.md: every dimension against every dataset present, peers side by side, error analysis.
The docs never show a number this script did not produce; rerun it after any lexicon or rule change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from framing import __version__  # noqa: E402
from framing.evaluation import evaluate  # noqa: E402

MARKER = "## Results"
RUNS = [
    # (dataset, path, split, part, why)
    (
        "szeged",
        "szeged_uncertainty/wiki.xml",
        "all",
        "heldout",
        "hedging; WikiWeasel, document-hash held-out part",
    ),
    ("szeged", "szeged_uncertainty/wiki.xml", "all", "tune", "hedging; the part the threshold was chosen on"),
    (
        "semeval2023",
        "semeval2023_task3_en",
        "train",
        "heldout",
        "threat = Appeal to Fear, hedging = Doubt (paragraphs)",
    ),
    (
        "semeval2023",
        "semeval2023_task3_en",
        "train",
        "tune",
        "the part the threat vocabulary was extended on",
    ),
    (
        "ptc2020",
        "semeval2020_task11_ptc",
        "train",
        "heldout",
        "threat and hedging from span gold (sentences)",
    ),
    (
        "crisislex",
        "crisislex_t26",
        "all",
        "heldout",
        "threat = Caution and advice, reassurance = Sympathy and support (tweets, held-out events)",
    ),
    ("polnear", "polnear", "dev", "all", "attribution (sentence level), the reported split"),
    ("gold", "framing_gold", "all", "all", "framing_gold dev: our own news, every dimension, whole articles"),
]
# Issue 8's targets on framing_gold dev: F1 at the shipped rule, and the margin over the best peer.
GOLD_TARGETS = {
    "reassurance": 0.85,
    "threat": 0.85,
    "hedging": 0.85,
    "responsibility": 0.85,
    "certainty": 0.75,
}
GOLD_MARGIN = 0.05


def fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def polnear_results() -> None:
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
        for name, m in report["attribution_spans"].items():
            lines.append(
                f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['fp']} | {m['fn']} |"
            )
        lines.append("")
    dev = reports[0]["attribution_spans"]["source_exact"]["f1"]
    lines += [
        f"Exact source F1 on dev is {dev * 100:.1f}. Newell et al. (2018) report 10.7 (rule baseline), 13.9 (CoreNLP) "
        "and 50.6 (CRF) on **test**, with a matching definition we could not check (see above): an indication, "
        "not a like-for-like comparison.",
        "",
    ]
    head = doc.read_text(encoding="utf-8").split(MARKER, 1)[0]
    doc.write_text(head + "\n".join(lines), encoding="utf-8")
    print(f"wrote {doc.relative_to(ROOT)}")


def validity() -> None:
    doc = ROOT / "docs" / "VALIDITY.md"
    template = (ROOT / "docs" / "validity_template.md").read_text(encoding="utf-8")
    table = [
        "| dataset | split / part | dimension | n | positives | precision | recall | F1 | ROC-AUC | PR-AUC | threshold |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    peers = [
        "| dataset | split / part | dimension | tool | ROC-AUC | PR-AUC |",
        "| --- | --- | --- | --- | ---: | ---: |",
    ]
    errors: list[str] = []
    raw: dict[str, Any] = {}
    for dataset, relative, split, part, why in RUNS:
        path = DATA / relative
        if not path.exists():
            print(f"skip {dataset}: {path} not found")
            table.append(f"| {dataset} | {split} / {part} | – | data not present | | | | | | | |")
            continue
        report = evaluate(dataset, path, split=split, part=part)
        raw[f"{dataset}:{split}:{part}"] = report
        for dimension, m in report["metrics"].items():
            table.append(
                f"| {dataset} | {split} / {part} | {dimension} | {m.get('n', report['n'])} | {m['n_positive']} | "
                f"{fmt(m['precision'])} | {fmt(m['recall'])} | {fmt(m['f1'])} | {fmt(m['roc_auc'])} | {fmt(m['pr_auc'])} | "
                f"{fmt(m['threshold'])} |"
            )
            peers.append(
                f"| {dataset} | {split} / {part} | {dimension} | **framing** | {fmt(m['roc_auc'])} | {fmt(m['pr_auc'])} |"
            )
            for peer, scores in report.get("peers", {}).items():
                if dimension in scores:
                    peers.append(
                        f"| {dataset} | {split} / {part} | {dimension} | {peer} | {fmt(scores[dimension]['roc_auc'])} | "
                        f"{fmt(scores[dimension]['pr_auc'])} |"
                    )
        if part != "tune" and dataset != "gold":
            errors += _error_section(dataset, split, part, why, report)
        print(f"measured {dataset} {split}/{part}")
    text = (
        template.replace("{{version}}", __version__)
        .replace("{{targets}}", "\n".join(_targets(raw)))
        .replace("{{results}}", "\n".join(table))
        .replace("{{peers}}", "\n".join(peers))
        .replace("{{errors}}", "\n".join(errors))
        .replace("{{gold}}", "\n".join(gold_table(raw.get("gold:all:all"))))
        .replace("{{gold_errors}}", "\n".join(_gold_errors(raw.get("gold:all:all"))))
    )
    doc.write_text(text, encoding="utf-8")
    (ROOT / "docs" / "validity.json").write_text(
        json.dumps(_without_texts(raw), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {doc.relative_to(ROOT)}")


def gold_table(report: dict[str, Any] | None) -> list[str]:
    """framing_gold dev: framing at the shipped rule beside every peer, per dimension."""
    if report is None:
        return ["framing_gold is not present here (`../shared/data/framing_gold`); nothing measured."]
    lines = [
        f"{report['n']} content sentences of {report['n_articles']} articles, each article analysed whole; "
        "present = the shipped rule (score ≥ the lexicon's threshold) for framing, score > 0 for the peers.",
        "",
        "| dimension | positives | framing P | framing R | framing F1 | ROC-AUC | threshold | best peer | peer F1 | peer ROC-AUC |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for dimension, m in report["metrics"].items():
        rivals = {p: v[dimension] for p, v in report.get("peers", {}).items() if dimension in v}
        best = max(rivals.items(), key=lambda kv: kv[1]["f1"]) if rivals else None
        peer = f"{best[0]} | {fmt(best[1]['f1'])} | {fmt(best[1]['roc_auc'])}" if best else "– | – | –"
        lines.append(
            f"| {dimension} | {m['n_positive']} | {fmt(m['precision'])} | {fmt(m['recall'])} | **{fmt(m['f1'])}** | "
            f"{fmt(m['roc_auc'])} | {fmt(m['threshold'])} | {peer} |"
        )
    speakers = report.get("speakers", {})
    if speakers:
        lines += [
            "",
            f"Speaker accuracy {fmt(speakers['speaker_accuracy'])}, source-type accuracy "
            f"{fmt(speakers['source_type_accuracy'])} (AUTHOR included; same surname counts as the same speaker).",
        ]
    return lines


def _targets(raw: dict[str, Any]) -> list[str]:
    """The open targets (issue 8 and the earlier validity issue), checked against this run's numbers."""
    lines = ["| target | measured | met |", "| --- | --- | --- |"]
    szeged = raw.get("szeged:all:heldout")
    if szeged:
        f1 = szeged["metrics"]["hedging"]["f1"]
        lines.append(
            f"| hedging F1 ≥ 0.72 on WikiWeasel held-out (0.686 before the news lexicons) | F1 {f1:.3f} | "
            f"{'yes' if f1 >= 0.72 else 'no'} |"
        )
    semeval = raw.get("semeval2023:train:heldout")
    if semeval:
        ours = semeval["metrics"]["threat"]["roc_auc"]
        rivals = {p: v["threat"]["roc_auc"] for p, v in semeval.get("peers", {}).items() if "threat" in v}
        shown = ", ".join(f"{p} {v:.3f}" for p, v in rivals.items()) or "no peer installed"
        lines.append(
            f"| threat ROC-AUC ≥ 0.80 on SemEval-2023 train held-out (0.790 before) | framing {ours:.3f}; {shown} | "
            f"{'yes' if ours >= 0.80 else 'no'} |"
        )
    gold = raw.get("gold:all:all")
    if gold:
        for dimension, target in GOLD_TARGETS.items():
            m = gold["metrics"].get(dimension)
            if m is None:
                continue
            rivals = [v[dimension]["f1"] for v in gold.get("peers", {}).values() if dimension in v]
            best = max(rivals) if rivals else None
            met = m["f1"] >= target and (best is None or m["f1"] >= best + GOLD_MARGIN)
            peer = f"; best peer {best:.3f}" if best is not None else "; no peer scores it"
            lines.append(
                f"| {dimension} F1 ≥ {target:.2f} on framing_gold dev, ≥ best peer + {GOLD_MARGIN} | "
                f"F1 {m['f1']:.3f}{peer} | {'yes' if met else 'no'} |"
            )
    polnear = raw.get("polnear:dev:all")
    if polnear:
        f1 = polnear["metrics"]["attribution"]["f1"]
        lines.append(
            f"| attribution sentence F1 ≥ 0.85 on PolNeAR dev | F1 {f1:.3f} | {'yes' if f1 >= 0.85 else 'no'} |"
        )
    return lines


def _categories(gold: list[str]) -> list[str]:
    """The gold labels of an error without their text spans ("Doubt: Keep in mind ..." -> "Doubt")."""
    return list(dict.fromkeys(g.split(":", 1)[0] for g in gold))


def _without_texts(raw: dict[str, Any]) -> dict[str, Any]:
    """The reports with every dataset text left out of the error examples: ids, scores, evidence, labels.

    The datasets' texts are research data under their own terms (framing_gold's articles may never be
    copied into the repository), so the committed reports point at items by id instead of quoting them.
    """
    clean = json.loads(json.dumps(raw))
    for report in clean.values():
        for analysis in report.get("errors", {}).values():
            for kind in ("false_positives", "false_negatives"):
                for example in analysis.get(kind, []):
                    example.pop("text", None)
                    if "gold" in example:
                        example["gold"] = _categories(example["gold"])
    return clean


def _gold_errors(report: dict[str, Any] | None, shown: int = 4) -> list[str]:
    if report is None:
        return []
    lines = []
    for dimension, analysis in report.get("errors", {}).items():
        lines += [f"**{dimension}**", ""]
        for kind in ("false_positives", "false_negatives"):
            lines.append(f"Top {kind.replace('_', ' ')}:")
            for example in analysis[kind][:shown]:
                lines.append(
                    f"- `{example['id']}`, label {example['label']}, score {example['score']} — evidence: "
                    f"{'; '.join(example['evidence'][:4]) or 'none'}"
                )
            lines.append("")
    return lines


def _error_section(dataset: str, split: str, part: str, why: str, report: dict[str, Any]) -> list[str]:
    lines = [f"### {dataset} {split}/{part}: {why}", ""]
    for dimension, analysis in report.get("errors", {}).items():
        lines.append(
            f"**{dimension}**: recall by gold category: "
            + ", ".join(
                f"{c} {v['recall']:.2f} (n={v['n']})"
                for c, v in list(analysis["recall_by_gold_category"].items())[:8]
            )
        )
        lines.append("")
        lines.append(
            "precision by framing subcategory (items where it fired): "
            + ", ".join(
                f"{s} {v['precision']:.2f} (n={v['n']})"
                for s, v in list(analysis["precision_by_subcategory"].items())[:8]
            )
        )
        lines.append("")
        for kind in ("false_positives", "false_negatives"):
            lines.append(f"Top {kind.replace('_', ' ')}:")
            for example in analysis[kind][:3]:
                lines.append(
                    f"- `{example['id']}`, score {example['score']} — evidence: {'; '.join(example['evidence'][:4]) or 'none'}"
                    + (f" — gold: {'; '.join(_categories(example['gold']))}" if example["gold"] else "")
                )
            lines.append("")
    return lines


if __name__ == "__main__":
    polnear_results()
    validity()
