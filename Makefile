# Two commands matter: `make run` and `make test`. Both create .venv and install only when
# pyproject.toml changed since the last install, so a second call starts at once.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := resources/translations/secretariat_ko.ts resources/translations/secretariat_zh.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench screenshots translations wheel clean

run: $(VENV)/.installed $(QM)
	$(BIN)/secretariat gui

test: $(VENV)/.installed-test $(QM)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed

# Qt Linguist: sources -> .ts (translations) and .ts -> .qm (what the app loads).
# `make translations` adds new texts as unfinished (tests/ui/test_translations.py fails until
# they are translated) and drops texts no longer in the sources.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find ui secretariat -name '*.py' | sort) -ts $(TS) -no-obsolete -locations relative

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: $(VENV)/.installed-bench $(QM)
	$(BIN)/python -m benchmarks $(if $(QUICK),--quick,)

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

wheel: $(VENV)/.installed $(QM)
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

# The standing fault suite (docs/faults.md): kill -9 at random moments, full and read-only
# disks, two writers. Not part of `make test`; FAULTS_ARGS="--runs 4" for a shorter run.
.PHONY: faults
faults: $(VENV)/.installed-test
	$(BIN)/python -m tests.faults $(FAULTS_ARGS)
