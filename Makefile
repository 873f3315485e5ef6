# relais-desk — every target creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint forms screenshots guide demo bench bench-quick clean installer

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'  # bundle: tests/test_bundle.py freezes the app
	touch $(STAMP)

# doctor first: a missing system library would otherwise abort Qt with a cryptic message. Its warnings
# (e.g. no keyring, which only a PostgreSQL server needs) do not stop the SQLite demo; its errors do.
run: $(STAMP)
	@$(BIN)/relais-desk doctor || { echo "make run : relais-desk doctor a trouvé un problème (voir ci-dessus)."; exit 2; }
	$(BIN)/relais-desk demo --if-empty --years 2
	$(BIN)/relais-desk

test: $(STAMP)
	$(BIN)/ruff check relais_desk tests bench
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)  # tests/test_benchmarks.py runs make bench-quick and checks its keys

lint: $(STAMP)
	$(BIN)/ruff check relais_desk tests bench
	$(BIN)/lint-imports

demo: $(STAMP)
	$(BIN)/relais-desk demo --if-empty --years 2

bench: $(STAMP)
	for f in bench/[a-z]*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

# Every benchmark on small data (same figures, same JSON keys), so none breaks unnoticed: make test runs it.
bench-quick: $(STAMP)
	for f in bench/[a-z]*.py; do echo "== $$f --quick"; $(BIN)/python $$f --quick || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info

# The one-folder bundle dist/relais-desk/ (PyInstaller, installer/relais-desk.spec), then its smoke check.
installer: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/relais-desk.spec
	$(BIN)/python installer/smoke_bundle.py dist/relais-desk
	du -sh dist/relais-desk

forms: $(STAMP)
	$(BIN)/python -m relais_desk.gui.build_forms

screenshots: $(STAMP)
	$(BIN)/python -m relais_desk.gui.screenshots docs

# The French user guide (docs/guide/): its images from the demo network, and the keyboard card
# (one A4 page) from the application's shortcut table. The README's images stay in `make screenshots`.
guide: $(STAMP)
	$(BIN)/python -m relais_desk.gui.guide_screenshots docs/guide/img
	$(BIN)/python -m relais_desk.gui.keyboard_card docs/guide/raccourcis-clavier.pdf
