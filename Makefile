# Two commands on a fresh clone: `make demo` and `make test` (see README).
# make test runs a headless-Chromium test of the HTML report; in CI (as root) it installs Debian's chromium first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint format golden evaluate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

SEEDS := seeds/smolensk_anokhine.txt seeds/volgograd_boharev.txt

demo: $(VENV)/.installed
	$(BIN)/framing score $(SEEDS)
	$(BIN)/framing score --level document $(SEEDS)
	$(BIN)/framing speakers $(SEEDS)
	$(BIN)/framing compare $(SEEDS) --chart out/profile.png
	$(BIN)/framing chart arc $(SEEDS) -o out/arc.png
	$(BIN)/framing chart speakers $(SEEDS) -o out/speakers.png
	$(BIN)/framing chart keyness --min-g2 0 $(SEEDS) -o out/keyness.png
	$(BIN)/framing report $(SEEDS) -o out/report.html

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Golden files change only through this target, so every change in output is reviewed in a diff.
golden: $(VENV)/.installed
	$(BIN)/python scripts/regenerate_golden.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

# Evaluations against ../shared/data (absent data is skipped); they rewrite the numbers in docs/.
evaluate: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[peers]"
	$(BIN)/python scripts/evaluate.py
	$(BIN)/python scripts/check_speakers.py

# Measured, never asserted in tests: needs ../shared/data/news_corpus.
bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[peers]"
	$(BIN)/python benchmarks/performance.py
	$(BIN)/python benchmarks/hostile.py
