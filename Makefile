# FieldDesk: `make run` opens the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PSTAMP := $(VENV)/.installed-package
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)

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

$(PSTAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
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
	@$(PY) packaging/check_postgres.py
	$(PY) -m ruff check app tests bench packaging tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(TSTAMP)
	$(PY) -m ruff check app tests bench packaging tools

# Benchmarks against floors measured in the same run (bench/README.md): a table, and bench/results.json. The first
# run builds the large demo profile and the other test profiles into bench/.cache (several minutes). `make bench
# SUITES="sync list"` runs some of them only. Not part of `make test`.
bench: $(STAMP) translations qt-check-offscreen
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py $(SUITES)

# Every main screen rendered offscreen on a fresh demo profile (shown in the README).
screenshots: $(STAMP) translations qt-check-offscreen
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

# The installable FieldDesk: PyInstaller builds dist/FieldDesk/ from packaging/fielddesk.spec (several minutes),
# then packaging/smoke_test.py runs the built program (init, demo, reports, a sync bundle, an upgrade, the GUI
# offscreen) and the folder is archived as dist/FieldDesk-VERSION-linux-ARCH.tar.gz. Not part of `make test`.
package: $(PSTAMP) translations qt-check-offscreen
	rm -rf dist/FieldDesk
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/fielddesk.spec
	cp packaging/linux/install-desktop.sh packaging/linux/fielddesk.desktop dist/FieldDesk/
	$(PY) packaging/smoke_test.py dist/FieldDesk
	tar -C dist -czf dist/FieldDesk-$(VERSION)-linux-$$(uname -m).tar.gz FieldDesk
	@echo "Built dist/FieldDesk/ and dist/FieldDesk-$(VERSION)-linux-$$(uname -m).tar.gz"

# Puts the built FieldDesk (dist/FieldDesk/) in this user's application menu, with its icon.
install-desktop:
	@test -x dist/FieldDesk/FieldDesk || { echo "There is no build in dist/FieldDesk: run 'make package' first." >&2; exit 1; }
	sh packaging/linux/install-desktop.sh dist/FieldDesk

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
