from framing import load_lexicons
from framing.evaluation import evaluate
from framing.evaluation.items import Item
from framing.evaluation.validity import evaluate_items


def test_evaluate_items_uses_the_fixed_threshold_and_reports_errors():
    items = [
        Item("a", "a", "The report is reportedly false and may be wrong.", {"hedging": 1}),
        Item("b", "b", "The bridge was built in 1990.", {"hedging": 0}),
        Item("c", "c", "It was perhaps a mistake.", {"hedging": 1}),
        Item("d", "d", "Officials might possibly consider it.", {"hedging": 0}),
    ]
    lexicons = load_lexicons()
    report = evaluate_items(items, lexicons, peers=False)
    hedging = report["metrics"]["hedging"]
    assert hedging["threshold"] == lexicons["hedging"].threshold
    assert hedging["n"] == 4 and hedging["n_positive"] == 2
    assert 0 <= hedging["roc_auc"] <= 1
    errors = report["errors"]["hedging"]
    assert [e["id"] for e in errors["false_positives"]] == ["d"]
    assert errors["false_positives"][0]["evidence"]


def test_evaluate_gold_jsonl_end_to_end(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"id": "1", "text": "No one was injured.", "labels": {"reassurance": 2, "threat": 0}}\n'
        '{"id": "2", "text": "Drones attacked the city and killed two.", "labels": {"reassurance": 0, "threat": 2}}\n'
        '{"id": "3", "text": "The weather was mild.", "labels": {"reassurance": 0, "threat": 0}}\n',
        encoding="utf-8",
    )
    report = evaluate("gold", path, peers=False)
    assert report["n"] == 3
    assert report["metrics"]["threat"]["f1"] == 1.0
    assert report["metrics"]["reassurance"]["recall"] == 1.0


def test_thresholds_are_fixed_in_the_lexicon_headers():
    lexicons = load_lexicons()
    assert lexicons["hedging"].threshold == 0.75  # the header of hedging.tsv, chosen by cross-validation
    assert all(lexicon.threshold > 0 for lexicon in lexicons)


def test_the_cli_says_which_peers_are_missing(tmp_path, capsys, monkeypatch):
    from framing.cli import main
    from framing.evaluation import peers

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "text": "No one was injured.", "labels": {"threat": 0}}\n', encoding="utf-8")
    # Whatever is installed here: the CLI must name what it could not compare.
    monkeypatch.setattr(peers, "_installed", lambda module: False)
    assert main(["evaluate", "gold", str(path)]) == 0
    assert "framing: note: VADER and Empath not installed, so not compared; pip install 'framing[peers]'" in (
        capsys.readouterr().err
    )
    assert main(["evaluate", "gold", str(path), "--no-peers"]) == 0
    assert "not installed" not in capsys.readouterr().err
