# The front door: verbs only. The logic lives in generator/ and tests/.
# Every target bootstraps what it needs (.venv from the pins in pyproject.toml, the npm tools,
# Chromium) when it is missing or stale. `make help` lists the targets.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready
NODE_READY := node_modules/.ready
WHEELHOUSE := $(VENV)/wheelhouse/.ready
# Debian's Chromium, for the reference-site test; apt-get needs root (sudo when there is one).
SUDO := $(if $(filter 0,$(shell id -u)),,$(shell command -v sudo))

BASE ?=
FORMAT ?= markdown

.DEFAULT_GOAL := help
.PHONY: help regenerate test test-lowest contract check fmt validate diff update release build \
	docs mock bench chromium clean-venv

help:  ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

regenerate: $(READY)  ## rebuild generated/ from specs/ and templates/
	$(PY) -m generator regenerate
	$(PY) -m generator develop

test: $(READY) $(NODE_READY) $(WHEELHOUSE) chromium  ## every test: specs, generator, snapshot, mypy, clients, contract, packaging, docs site; API=<name>: that client's own tests
	$(PY) -m pytest $(if $(API),--api $(API))

test-lowest: $(READY)  ## the client tests with the lowest httpx and msgspec the packages allow
	$(PY) -m tests.packaging.lowest

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

update: $(READY)  ## fetch each upstream source (or API=<name>); adopt, regenerate, bump and report changes (build/update/)
	$(PY) -m generator update $(API)

release: $(READY)  ## bump each package's version (or API=<name>) from the diff since its last release tag (or BASE=<ref>), with a changelog entry; DRY_RUN=1 prints them and writes nothing
	$(PY) -m generator release $(API) $(if $(BASE),--base $(BASE)) $(if $(filter 1 yes true,$(DRY_RUN)),--dry-run)

build: $(READY)  ## sdist and wheel of each package (or API=<name>, or the package of TAG=<project>-v<version>) into dist/, twine-checked
	$(PY) -m generator build $(API) $(if $(TAG),--tag $(TAG))

docs: $(READY)  ## the API reference site of both packages, in build/site/
	$(PY) -m generator docs

mock: $(READY) $(NODE_READY)  ## Prism serving API=<name>'s effective spec on 127.0.0.1 (PORT=<n>, DYNAMIC=1), until Ctrl-C
	$(PY) -m generator mock $(API) $(if $(PORT),--port $(PORT)) $(if $(filter 1 yes true,$(DYNAMIC)),--dynamic)

bench: $(READY)  ## client call cost vs raw httpx, import time, regeneration time, pagination memory
	$(PY) -m bench

validate: $(READY)  ## validate the specs with their overlays
	$(PY) -m generator validate

chromium:  ## install Debian's Chromium (for the reference-site test) when it is missing
	@command -v chromium >/dev/null 2>&1 || { \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; } \
		|| echo "warning: Chromium could not be installed: the reference-site test will say so"; }

$(READY): pyproject.toml
	@echo "set-up: $(VENV) with the tools pinned in pyproject.toml (a few minutes the first time)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --progress-bar off -e '.[dev]'
	@echo "set-up: installing the generated packages (editable)"
	$(PY) -m generator develop
	touch $(READY)

# The generated packages' dependencies as wheels, for the test that installs the built wheels
# into a fresh environment without reaching PyPI.
$(WHEELHOUSE): $(READY) $(wildcard generated/*/pyproject.toml)
	@echo "set-up: the generated packages' dependencies as wheels, for the installed-wheel tests"
	$(PY) -m tests.packaging.wheelhouse
	touch $@

$(NODE_READY): package.json package-lock.json
	@echo "set-up: the pinned npm tools (Prism), npm ci"
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_READY)

clean-venv:  ## remove the virtual environments
	rm -rf $(VENV) .venv-lowest
