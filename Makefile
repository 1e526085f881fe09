# FieldDesk: `make run` opens the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench screenshots package install-desktop clean qt-check qt-check-offscreen translations \
	translations-update

# Interface translations: the .ts sources are kept in git; the compiled .qm are built here (pyside6-lrelease comes
# with PySide6 in .venv), so a fresh clone needs nothing more than `make run` or `make test`.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'FieldDesk needs Python 3.11 or newer; this is ' + sys.version.split()[0])"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(TSTAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

qt-check: $(STAMP)
	@$(PY) packaging/qt_system_libs.py

qt-check-offscreen: $(STAMP)
	@$(PY) packaging/qt_system_libs.py --offscreen

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing interface text: refresh the .ts sources from the code (then translate the new entries, e.g. in
# pyside6-linguist) and commit them.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find app/ui -name '*.py' | sort) -ts $(TS)

run: qt-check translations
	$(PY) -m app

test: $(TSTAMP) qt-check-offscreen translations
	$(PY) -m ruff check app tests bench packaging tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(TSTAMP)
	$(PY) -m ruff check app tests bench packaging tools

# Every main screen rendered offscreen on a fresh demo profile (shown in the README).
screenshots: $(STAMP) translations qt-check-offscreen
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
