"""The seeds' full output must equal the reviewed golden files (regenerate with `make golden`)."""

import json

import pytest
from golden import GOLDEN, SEED_FILES, golden_records


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_output_matches_golden(seed):
    path = GOLDEN / f"{seed.stem}.jsonl"
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    actual = json.loads(json.dumps(golden_records(seed)))
    assert len(actual) == len(expected), "sentence count changed; run `make golden` and review the diff"
    for got, want in zip(actual, expected, strict=True):
        assert got == want, "output changed; run `make golden` and review the diff"


def test_docs_examples_are_real_output():
    """docs/output.md shows real records; when output changes the docs must change with it."""
    import re

    from golden import ROOT

    blocks = re.findall(r"```json\n(.*?)```", (ROOT / "docs" / "output.md").read_text(encoding="utf-8"), re.S)
    sentence_example, document_example = (json.loads(b) for b in blocks[:2])
    [volgograd] = [s for s in SEED_FILES if s.stem == "volgograd_boharev"]
    [smolensk] = [s for s in SEED_FILES if s.stem == "smolensk_anokhine"]
    assert sentence_example == golden_records(volgograd)[sentence_example["index"]]
    assert {"document": document_example} == golden_records(smolensk)[-1]
