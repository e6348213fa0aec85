# The README's two commands: `make run` and `make test`. Both set everything up on a
# fresh machine that has Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev

.PHONY: run test lint format bench clean compiled pure test-compiled

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

# The optional compiled build: mypyc compiles the modules listed in pyproject.toml
# ([tool.metrics-compile]) into extension modules beside their sources, which Python then
# imports instead of them (in this editable install and in `metrics`). Without a C compiler
# or Python's headers it says why and leaves the pure package. `make pure` removes them.
compiled: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[compile]'
	METRICS_COMPILE=1 $(BIN)/python setup.py --quiet build_ext --inplace

pure:
	rm -rf build
	find metrics -name '*.so' -delete -o -name '*.pyd' -delete

# The compiled pass of CI: the golden tables (corpus, govreports, data/sample), the build
# check, the tables of a process pool and of Dask (what crosses to worker processes), and a
# representative part of the suite, against the compiled modules.
COMPILED_TESTS := tests/test_compiled.py tests/test_golden.py tests/test_engine.py \
	tests/test_cli.py::test_jobs_give_identical_output \
	tests/test_cli.py::test_dask_engine_gives_the_local_tables \
	tests/test_normalize.py tests/test_resolve.py tests/test_roles.py tests/test_vetoes.py \
	tests/test_context.py tests/test_pairs.py tests/test_rules.py tests/test_records.py

test-compiled: $(DEV) compiled
	METRICS_COMPILED=1 $(BIN)/python -m pytest -q $(COMPILED_TESTS)

format: $(DEV)
	$(BIN)/ruff format metrics tests benchmarks

bench: $(DEV)
	$(BIN)/python benchmarks/accuracy.py out ../shared/gold/dev.jsonl

clean:
	rm -rf out .pytest_cache .ruff_cache
