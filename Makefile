# Ehrenamt 4.0 – the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-12)
RUN_DIR ?= build/run
SERVER_PORT ?= 8787
APP_PORT ?= 8550

.PHONY: venv run test lint typecheck pytest bench browser-deps clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

run: venv
	@bash scripts/run.sh "$(RUN_DIR)" "$(SERVER_PORT)" "$(APP_PORT)"

browser-deps:
	@bash scripts/ensure_chromium.sh

lint: venv
	$(BIN)/ruff check core app sync_server tests bench

typecheck: venv
	$(BIN)/mypy

pytest: venv browser-deps
	$(BIN)/python -m pytest

test: venv lint typecheck pytest

bench: venv
	@for f in bench/*_bench.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
