# The front door: verbs only. The logic lives in generator/ and tests/.
# Every target bootstraps .venv from the pins in pyproject.toml when it is missing or stale.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready
NODE_READY := node_modules/.ready

BASE ?=
FORMAT ?= markdown

.PHONY: regenerate test contract check fmt validate diff bench clean-venv

regenerate: $(READY)  ## rebuild generated/ from specs/ and templates/
	$(PY) -m generator regenerate
	$(PY) -m generator develop

test: $(READY) $(NODE_READY)  ## every test: specs, generator, snapshot, mypy, clients, contract
	$(PY) -m pytest

contract: $(READY) $(NODE_READY)  ## only the contract tests against Prism and the fuzzed responses
	$(PY) -m pytest tests/contract

check: $(READY)  ## lint, types, spec validation and drift; changes no file
	$(PY) -m ruff check --no-cache generator tests bench
	$(PY) -m ruff format --no-cache --check generator tests bench
	$(PY) -m mypy
	$(PY) -m generator check

fmt: $(READY)  ## format and autofix our own code (never generated/: make regenerate owns it)
	$(PY) -m ruff format --no-cache generator tests bench
	$(PY) -m ruff check --no-cache --fix generator tests bench

diff: $(READY)  ## what the spec/template changes since BASE (default origin/main, else HEAD) do to users; or OLD=<file|URL> NEW=<file|URL>
	$(PY) -m generator diff $(OLD) $(NEW) $(if $(BASE),--base $(BASE)) --format $(FORMAT) $(if $(OUTPUT),--output $(OUTPUT)) $(if $(filter 1 yes true,$(ORACLE)),--oracle)

bench: $(READY)  ## client call cost vs raw httpx, import time, regeneration time, pagination memory
	$(PY) -m bench

validate: $(READY)  ## validate the specs with their overlays
	$(PY) -m generator validate

$(READY): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(PY) -m generator develop
	touch $(READY)

$(NODE_READY): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_READY)

clean-venv:
	rm -rf $(VENV)
