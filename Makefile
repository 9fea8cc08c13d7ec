# Two commands matter: `make run` and `make test`. Both first install the Debian packages they
# need (packaging/debian-packages.txt; nothing when all are there), then create .venv and install
# only when pyproject.toml changed since the last install, so a second call starts at once.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := resources/translations/secretariat_ko.ts resources/translations/secretariat_zh.ts
# English needs only its plural forms ("%n plan(s)" -> "1 plan", "2 plans"): lupdate -pluralonly.
TS_EN := resources/translations/secretariat_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

.PHONY: run test lint debian-run debian-test debian-bundle bundle smoke-bundle install-desktop bench screenshots translations wheel clean

run: debian-run $(VENV)/.installed $(QM)
	$(BIN)/secretariat gui

test: debian-test $(VENV)/.installed-test $(QM)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The Debian packages of a group (run, test, ci, bundle) that are missing, after saying which.
debian-run:
	@packaging/debian-packages run
debian-test:
	@packaging/debian-packages run test
debian-bundle:
	@packaging/debian-packages run test bundle

$(VENV)/bin/python: | debian-run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[bundle,postgres]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed

# Qt Linguist: sources -> .ts (translations) and .ts -> .qm (what the app loads).
# `make translations` adds new texts as unfinished (tests/ui/test_translations.py fails until
# they are translated) and drops texts no longer in the sources.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find ui secretariat -name '*.py' | sort) -ts $(TS) -no-obsolete -locations relative
	$(BIN)/pyside6-lupdate $$(find ui secretariat -name '*.py' | sort) -ts $(TS_EN) -pluralonly -no-obsolete -locations relative

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: $(VENV)/.installed-bench $(QM)
	$(BIN)/python -m benchmarks $(if $(QUICK),--quick,)

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# The one-folder app dist/Secretariat/ (packaging/secretariat.spec), and its smoke test: the
# bundled command line and window, run from outside the checkout with no venv on PATH.
bundle: debian-bundle $(VENV)/.installed-bundle $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/secretariat.spec

smoke-bundle: bundle
	packaging/smoke-bundle dist/Secretariat

# Secretariat in this user's application menu (the bundle if built, else the venv).
install-desktop:
	packaging/install-desktop

wheel: $(VENV)/.installed $(QM)
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

# The standing fault suite (docs/faults.md): kill -9 at random moments, full and read-only
# disks, two writers. Not part of `make test`; FAULTS_ARGS="--runs 4" for a shorter run.
.PHONY: faults
faults: $(VENV)/.installed-test
	$(BIN)/python -m tests.faults $(FAULTS_ARGS)
