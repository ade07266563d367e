# Two commands matter: `make run` (set up, load the knowledge base, chat in the terminal)
# and `make test` (set up and run the whole suite). Both work on a fresh machine with Python 3.11.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint bench serve clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/python -m bot kb load
	$(BIN)/python -m bot chat

serve: setup
	$(BIN)/python -m bot kb load
	$(BIN)/python -m bot serve --host 127.0.0.1 --port 8000

test: setup
	$(BIN)/python -m bot kb load
	$(BIN)/python -m bot kb check
	$(BIN)/ruff check bot knowledge handlers tests bench
	$(BIN)/mypy bot knowledge handlers
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/router_bench.py

# Debian's chromium for the web chat's browser test (Playwright's own browser download fails here);
# installed only when missing, and only as root (otherwise that test says why it is skipped).
.PHONY: browser bench-line
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else echo "chromium is missing and this is not root: the browser test will be skipped"; fi; \
	fi

test: browser

bench-line: setup
	$(BIN)/python bench/line_load.py

clean:
	rm -rf $(VENV) var
