# newsclaims developer entry points. `make demo` runs the whole chain locally on the sample
# articles; `make test` runs linters, template checks and the test suite. Both set up .venv first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
export AWS_DEFAULT_REGION ?= us-east-1
export SAM_CLI_TELEMETRY := 0
# sam build (BuildMethod: python3.13) looks for python3.13 on PATH: the venv provides it.
export PATH := $(CURDIR)/$(BIN):$(PATH)

# The first working Python 3.13 among: $(PYTHON), python3.13 on PATH, pyenv's 3.13 installs.
PYTHON ?= $(shell for p in python3.13 $$(pyenv root 2>/dev/null)/versions/3.13*/bin/python3.13 \
	$$HOME/.pyenv/versions/3.13*/bin/python3.13 /usr/local/bin/python3.13 /usr/bin/python3.13; do \
	"$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' >/dev/null 2>&1 && { echo "$$p"; break; }; done)

.PHONY: help setup demo test lint unit build clean lock

help:
	@echo "make setup   create .venv (Python 3.13) with pinned dependencies and the newsclaims command"
	@echo "make demo    run the whole chain locally (moto, no Docker, no AWS) on samplefixtures/"
	@echo "make test    lint, template checks (cfn-lint, sam validate --lint) and the test suite"
	@echo "make build   sam build (no Docker needed)"

$(BIN)/.installed: requirements-dev.txt pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
	  echo "error: Python 3.13 is required (the Lambda runtime is python3.13) and none was found." >&2; \
	  echo "       Install it (pyenv install 3.13, or your OS packages) or run: make setup PYTHON=/path/to/python3.13" >&2; \
	  exit 1; fi
	@"$(PYTHON)" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' || \
	  { echo "error: $(PYTHON) is not Python 3.13" >&2; exit 1; }
	"$(PYTHON)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

setup: $(BIN)/.installed

demo: setup
	$(BIN)/newsclaims run

lint: setup
	$(BIN)/ruff check .
	$(BIN)/cfn-lint template.yaml
	$(BIN)/sam validate --lint --template template.yaml

unit: setup
	$(BIN)/pytest tests/unit -q

test: lint
	$(BIN)/pytest -q

build: setup
	$(BIN)/sam build --template template.yaml

lock: setup
	$(BIN)/python -m pip freeze --exclude-editable | sed '1i # Pinned lock of requirements.in for Python 3.13 (pip freeze). Regenerate: make lock' > requirements-dev.txt

clean:
	rm -rf $(VENV) .aws-sam .pytest_cache .ruff_cache
