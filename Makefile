# FieldDesk: `make run` opens the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PSTAMP := $(VENV)/.installed-package
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)

.PHONY: run test test-long lint lock bench screenshots package install-desktop clean qt-check qt-check-offscreen pg-check translations \
	translations-update

# Interface translations: the .ts sources are kept in git; the compiled .qm are built here (pyside6-lrelease comes
# with PySide6 in .venv), so a fresh clone needs nothing more than `make run` or `make test`.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
# The words that name data and the report text: gettext catalogues (app/locale/<lang>/LC_MESSAGES/fielddesk.po, kept
# in git), compiled to .mo here with Babel's pybabel (and by the package build, setup.py).
PO := $(wildcard app/locale/*/LC_MESSAGES/fielddesk.po)
MO := $(PO:.po=.mo)

# Every install takes the exact versions in constraints.txt (refreshed by `make lock`); pyproject.toml keeps open
# ranges for people installing with pip. The editable install is built with .venv's own setuptools (no separate
# build environment to download PySide6 into: the rule below compiles the catalogues).
PIP_INSTALL = $(PY) -m pip install --quiet --constraint constraints.txt

# A .venv that cannot run (its python was removed or upgraded away) or has no pip (made without ensurepip) is
# removed here, before anything uses it, and made again below.
ifneq ($(wildcard $(VENV)/pyvenv.cfg),)
ifneq ($(shell $(PY) -c "import pip" >/dev/null 2>&1 && echo ok),ok)
$(info .venv has no working python or pip: making it again)
$(shell rm -rf $(VENV))
endif
endif

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'FieldDesk needs Python 3.11 or newer; this is ' + sys.version.split()[0])"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) >/dev/null 2>&1 && $(PY) -c "import pip" 2>/dev/null || { \
		rm -rf $(VENV); \
		sh packaging/system_packages.sh $$($(PYTHON) -c 'import sys; print("python3.%d-venv" % sys.version_info[1])') \
		&& $(PYTHON) -m venv $(VENV); }
	$(PIP_INSTALL) --upgrade pip setuptools
	$(PIP_INSTALL) --no-build-isolation -e .
	@touch $@

$(TSTAMP): $(STAMP)
	$(PIP_INSTALL) --no-build-isolation -e '.[test]'
	@touch $@

$(PSTAMP): $(STAMP)
	$(PIP_INSTALL) --no-build-isolation -e '.[package]'
	@touch $@

# Refresh constraints.txt: a throw-away environment takes the newest versions pyproject.toml allows for run and
# test, and their exact versions are written down. Then run `make test` and commit constraints.txt.
lock:
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet --upgrade pip
	$(VENV)-lock/bin/python -m pip install --quiet -e '.[test]'
	{ sed -n '/^#/p' constraints.txt; $(VENV)-lock/bin/python -m pip freeze --all --exclude-editable | \
		grep -v -i -E '^wheel==|^#|^-e '; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(VENV)-lock
	@echo "constraints.txt refreshed; run 'make test', then commit it."

# The system libraries Qt needs (for a window, or offscreen only): installed with apt-get as root (or with sudo
# that needs no password), else named in the one line to run (packaging/system_packages.sh).
qt-check: $(STAMP)
	@sh packaging/system_packages.sh $$($(PY) packaging/qt_system_libs.py --packages)
	@$(PY) packaging/qt_system_libs.py

qt-check-offscreen: $(STAMP)
	@sh packaging/system_packages.sh $$($(PY) packaging/qt_system_libs.py --offscreen --packages)
	@$(PY) packaging/qt_system_libs.py --offscreen

# The PostgreSQL server programs the tests start a throw-away server with, installed the same way.
pg-check: $(STAMP)
	@sh packaging/system_packages.sh $$($(PY) packaging/check_postgres.py --packages)
	@$(PY) packaging/check_postgres.py

# The package build compiles them too (setup.py), so a wheel or an editable install has them without make.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

app/locale/%/LC_MESSAGES/fielddesk.mo: app/locale/%/LC_MESSAGES/fielddesk.po $(STAMP)
	@$(VENV)/bin/pybabel -q compile --domain fielddesk --input-file $< --output-file $@ --locale $*

translations: $(QM) $(MO)

# After changing interface text: refresh the .ts sources from the code (then translate the new entries, e.g. in
# pyside6-linguist) and commit them.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find app/ui -name '*.py' | sort) -ts $(TS)

run: qt-check translations
	$(PY) -m app

# The suite runs on two processes (pytest-xdist; each has its own sandbox and PostgreSQL server): CI machines have
# two cores. `make test TEST_PROCESSES=1` runs it on one.
TEST_PROCESSES ?= 2

test: $(TSTAMP) qt-check-offscreen pg-check translations
	$(PY) -m ruff check app tests bench packaging tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(TEST_PROCESSES) --dist worksteal --durations=15

# The convergence property tests with many more examples than `make test` runs, new ones each time (the "long"
# hypothesis profile in tests/conftest.py; `make test-long EXAMPLES=1000` for more). About 15 minutes on two cores
# for the default 200 per engine; not part of `make test` or CI: run it after changing the sync or the merge rules.
EXAMPLES ?= 200

test-long: $(TSTAMP) qt-check-offscreen pg-check translations
	QT_QPA_PLATFORM=offscreen FIELDDESK_EXAMPLES=$(EXAMPLES) $(PY) -m pytest -q -n $(TEST_PROCESSES) \
		--hypothesis-profile long tests/sync/test_convergence.py

# ruff, then vulture's dead-code check over app/ (its settings in pyproject.toml; tools/vulture_whitelist.py names
# what only Qt, SQLModel or a lookup by name calls).
lint: $(TSTAMP)
	$(PY) -m ruff check app tests bench packaging tools
	$(PY) -m vulture

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
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis fielddesk.egg-info $(QM) $(MO)
	find app tests bench packaging tools -name __pycache__ -prune -exec rm -rf {} +
