# Fresh machine: `make demo` sets up .venv and analyses the bundled sample;
# `make test` sets up .venv, installs Debian's chromium where it can, and runs the linter and the
# tests (what .ci/run calls).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
SAMPLE := src/sayso/samples/sample_article.txt

.PHONY: setup chromium java demo test lint clean

setup: $(STAMP)

# Re-run only when pyproject.toml changes (or the venv is missing): a no-op otherwise.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: setup
	$(BIN)/sayso analyze --format text $(SAMPLE)

lint: setup
	$(BIN)/ruff check src tests bench

# Debian's chromium for the browser test (tests/test_report_browser.py); never `playwright install`.
# Not root, or no network: warn and go on, and that test skips.
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends chromium) \
		|| echo "warning: could not install chromium (needs root and apt); the browser test will skip" >&2

# Debian's Java 17 for the Spark engine's tests (tests/test_scale_spark.py; pyspark 4 needs Java 17+).
# Java already there, or not root, or no network: go on, and those tests skip without Java.
java:
	@command -v java >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless) \
		|| echo "warning: could not install openjdk-17-jre-headless (needs root and apt); the Spark tests will skip" >&2

test: lint chromium java
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
