# Two commands: `make site` builds the dossier website, `make test` runs every test.
# Everything they need is installed here, from PyPI and Debian, into .venv/.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARTICLES ?= articles

.PHONY: site serve test install test-deps chromium bench eval screenshots clean help

help:
	@echo "make site    create .venv, install, generate and build the site from $(ARTICLES)/"
	@echo "make serve   live preview on http://127.0.0.1:8000"
	@echo "make test    install test dependencies (Debian chromium included) and run every test"
	@echo "make bench   print extraction and build figures"
	@echo "make eval    score extraction against the gold set in tests/gold/"
	@echo "make screenshots  retake the pictures in docs/guide/img/ from a freshly built site"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

site: $(VENV)/.installed
	$(BIN)/dossier build --articles $(ARTICLES)

serve: $(VENV)/.installed
	$(BIN)/dossier serve --articles $(ARTICLES)

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
# As root apt-get runs directly, otherwise through sudo (env passes DEBIAN_FRONTEND, which
# sudo would drop); without either it stops with what to run.
CHROMIUM ?= /usr/bin/chromium
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; \
		elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
		else echo "make: the browser tests need Debian's chromium; run 'apt-get install chromium' as root (no sudo here)" >&2; exit 1; fi; \
		echo "Installing Debian chromium for the browser tests …"; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test-deps: $(VENV)/.installed-test chromium

# DOSSIER_REQUIRE_BROWSER: under make, a missing /usr/bin/chromium fails the browser tests
# instead of skipping them.
test: test-deps
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DOSSIER_REQUIRE_BROWSER=1 $(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/extract_speed.py

eval: $(VENV)/.installed
	$(BIN)/dossier eval tests/gold

# The README's and guide's pictures, taken with Debian chromium from a site built from the
# seed and the fixture articles that share people with it.
screenshots: test-deps
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python tests/screenshots.py

clean:
	rm -rf site .pytest_cache test-artifacts
