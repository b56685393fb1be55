# conflict-kg: `make run` sets up, builds and serves; `make test` runs the whole suite offline.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
KG := $(BIN)/kg
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 5000
OUT ?= build

.DEFAULT_GOAL := help
.PHONY: help install build run serve test test-fast test-virtuoso lint format bench bench-patterns clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

install: $(STAMP) ## Create .venv/ and install the project with its test dependencies

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

build: install ## Build the graph from data/ into $(OUT)/ (dumps, store, validation report)
	$(KG) build --out $(OUT)

run: build ## Install if needed, build, and serve the endpoint on http://$(HOST):$(PORT)/
	$(KG) serve --build-dir $(OUT) --host $(HOST) --port $(PORT)

serve: install ## Serve an existing build without rebuilding
	$(KG) serve --build-dir $(OUT) --host $(HOST) --port $(PORT)

test: install ## Run the whole test suite (offline)
	$(BIN)/python -m pytest

test-fast: install ## Run the tests that start no browser and no Virtuoso
	$(BIN)/python -m pytest -m "not browser and not virtuoso"

test-virtuoso: install ## The tests against a private Virtuoso (installs virtuoso-opensource when missing and root)
	$(BIN)/python -m pytest -m virtuoso

lint: install ## ruff (lint and format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install ## Apply ruff's formatting and safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: bench-patterns ## Time the patterns, then builds (x1, synthetic x10, +1 article) and queries vs Oxigraph and rdflib; BENCH_ARGS="--scales 10,100"
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m bench $(BENCH_ARGS)

bench-patterns: install ## Time the extraction's regexes on their adversarial inputs (bench/adversarial.py); fails over budget
	$(BIN)/python -m bench.patterns

clean: ## Remove the build output (keeps .venv/)
	rm -rf $(OUT) $(OUT).cache $(OUT).staging .pytest_cache .mypy_cache .ruff_cache
