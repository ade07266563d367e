# Two commands matter: `make run` (set up, load the knowledge base, chat in the terminal)
# and `make test` (set up and run the whole suite, on SQLite and then on a private PostgreSQL).
# Both work on a fresh machine with Python 3.11.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_DIR := var/pg
PGSERVER := $(BIN)/python tests/pgserver.py
# The suite runs in TEST_WORKERS processes (pytest-xdist), a test file's tests in one of them (module fixtures
# are built once); CI has 2 cores. TEST_WORKERS=0 runs it in this process (a debugger, `-x` on the first failure).
TEST_WORKERS ?= 2
PARALLEL := $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)

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
	$(BIN)/ruff check bot handlers backoffice core ops knowledge tests bench migrations
	$(BIN)/mypy bot handlers backoffice core ops knowledge tests bench
	$(BIN)/lint-imports
	@# Known vulnerabilities in the installed packages (pip-audit); one "skipped" line when its database is
	@# not reachable, a failure only for a real finding.
	$(BIN)/python tests/audit.py
	$(BIN)/python -m pytest $(PARALLEL)
	@# The tests that use a database again on PostgreSQL (`-m db`: marked by tests/conftest.py, every test
	@# that reaches `fresh_db_url` other than by reading the loaded knowledge; the others do not depend on the
	@# engine): Debian's server (installed when missing, as root only), a private throw-away cluster under
	@# $(PG_DIR) on 127.0.0.1, one new database per test that needs one (tests/conftest.py fresh_db_url).
	@# The cluster is stopped whatever the tests do; their status is kept.
	@if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; \
	fi
	@if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then \
	  echo "PostgreSQL pass skipped: Debian's postgresql is not installed and only root may install it"; \
	else \
	  url=$$($(PGSERVER) start $(PG_DIR)) || exit 1; \
	  trap '$(PGSERVER) stop $(PG_DIR); exit 130' INT TERM; \
	  echo "PostgreSQL pass: TEST_DATABASE_URL=$$url"; \
	  status=0; TEST_DATABASE_URL="$$url" $(BIN)/python -m pytest -m db $(PARALLEL) || status=$$?; \
	  $(PGSERVER) stop $(PG_DIR); \
	  exit $$status; \
	fi

bench: setup
	$(BIN)/python bench/router_bench.py

# Debian's chromium and a Japanese font for the browser tests (Playwright's own browser download fails here);
# installed only when missing, and only as root (otherwise those tests say why they are skipped). axe-core
# (the accessibility rules the web chat and admin tests run) from the npm registry into var/axe when npm exists.
AXE := var/axe/node_modules/axe-core/axe.min.js
.PHONY: browser axe bench-line
browser: axe
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk; \
	  else echo "chromium or fonts-noto-cjk is missing and this is not root: the browser tests will be skipped"; fi; \
	fi

axe: $(AXE)
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix var/axe axe-core@4; \
	else echo "npm is missing: the accessibility checks (axe-core) will be skipped"; fi

test: browser

bench-line: setup
	$(BIN)/python bench/line_load.py

clean:
	@if [ -f $(PG_DIR)/pgserver.json ] && [ -x $(BIN)/python ]; then $(PGSERVER) stop $(PG_DIR); fi
	rm -rf $(VENV) var
