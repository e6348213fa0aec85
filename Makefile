# The README's two commands: `make run` and `make test`. Both set everything up on a
# fresh machine that has Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev

.PHONY: run test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# `make run` installs only what a run needs; `make test` adds the dev extra (tools,
# notebook, Dask, remote file systems).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV)

run: $(STAMP)
	$(BIN)/metrics extract data/sample --out out

test: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

format: $(DEV)
	$(BIN)/ruff format metrics tests benchmarks

bench: $(DEV)
	$(BIN)/python benchmarks/accuracy.py out ../shared/gold/dev.jsonl

clean:
	rm -rf out .pytest_cache .ruff_cache
