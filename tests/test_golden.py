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
