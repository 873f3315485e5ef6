# relais-desk — every target creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint forms screenshots demo bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/relais-desk demo --if-empty --years 2
	$(BIN)/relais-desk

test: $(STAMP)
	$(BIN)/ruff check relais_desk tests bench
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check relais_desk tests bench
	$(BIN)/lint-imports

demo: $(STAMP)
	$(BIN)/relais-desk demo --if-empty --years 2

bench: $(STAMP)
	for f in bench/[a-z]*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info

forms: $(STAMP)
	$(BIN)/python -m relais_desk.gui.build_forms

screenshots: $(STAMP)
	$(BIN)/python -m relais_desk.gui.screenshots docs
