"""The architecture rules that a machine can check: a Qt-free core, a GUI that talks only to the services, small
modules, and model/view lists."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
QT_FREE = ["app.models", "app.services", "app.sync", "app.reports", "app.spreadsheets", "app.invocation", "app.cli",
           "app.migrations", "app.vocabulary"]


def test_core_packages_import_without_pyside6():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {QT_FREE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        if '.versions.' in info.name or info.name.endswith('.env'):\n"
        "            continue\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=APP.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_sources_never_import_pyside6():
    offenders = [str(p.relative_to(APP)) for pkg in ("models", "services", "sync", "reports", "spreadsheets",
                                                     "invocation", "cli", "migrations", "vocabulary")
                 for p in (APP / pkg).rglob("*.py") if "PySide6" in _imports(p)]
    assert offenders == []


def _labelled_enums():
    from app.models import enums

    return [e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, enums.LabelledEnum)
            and e is not enums.LabelledEnum]


def test_screen_and_paper_name_every_enum_value_alike_in_every_language():
    """One catalogue (app.vocabulary): the label the screen shows is the one printed, in every language, and it
    is complete (no language falls back to English for a label)."""
    from app import vocabulary
    from app.reports.i18n import Translator
    from app.ui.i18n import vocabulary as screen

    different, missing = [], []
    try:
        for lang in vocabulary.LANGUAGES:
            screen.set_language(lang)
            paper = Translator(lang)
            for enum in _labelled_enums():
                for member in enum:
                    shown, printed = screen.enum_label(enum, member.value), paper.enum(member.value, enum)
                    if shown != printed:
                        different.append((lang, enum.__name__, member.value, shown, printed))
                    if lang != "en" and f"enum.{enum.__name__}.{member.value}" not in vocabulary.words(lang):
                        missing.append((lang, enum.__name__, member.value))
    finally:
        screen.set_language("en")
    assert different == [] and missing == []


def test_the_gui_reaches_data_only_through_the_services():
    offenders = [str(p.relative_to(APP)) for p in (APP / "ui").rglob("*.py")
                 if _imports(p) & {"sqlalchemy", "sqlmodel", "sqlite3", "alembic"}]
    assert offenders == []


def test_modules_stay_small():
    big = {str(p.relative_to(APP)): n for p in APP.rglob("*.py")
           if "versions" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert big == {}


def test_no_item_widgets_as_data_stores():
    offenders = [str(p.relative_to(APP)) for p in APP.rglob("*.py")
                 if any(w in p.read_text(encoding="utf-8") for w in ("QTableWidget", "QTreeWidget"))]
    assert offenders == []


def _field_spec_keys(path: Path) -> set[str]:
    """The keys of the ``FieldSpec("key", ...)`` a GUI module declares."""
    return {node.args[0].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldSpec"
            and node.args and isinstance(node.args[0], ast.Constant)}


def test_every_report_kind_is_offered_by_the_gui_and_the_cli_with_its_options():
    """One catalogue (app/reports/kinds.py): the command line has a command per kind with a flag per option, the
    Reports page a field for the record and each option, and the editor of each record's table a Reports button; no
    other module lists the kinds."""
    from app.cli.parser import build_parser
    from app.invocation.errors import UsageError
    from app.reports.kinds import COMMON_OPTIONS, OPTIONS, REPORT_KINDS
    from app.ui.reports.page import FIELDS_OF_OPTION

    flags = {"period": ["--from", "2026-01-01", "--to", "2026-12-31"], "office": ["--office", "GT-01"],
             "country": ["--country", "GT"], "theme": ["--theme", "nhri"], "sdg": ["--sdg", "16.3"],
             "cohort": ["--cohort", "2026 Indigenous Fellowship"], "blank_rows": ["--blank-rows", "5"],
             "all_days": ["--all-days"],
             "docx": ["--format", "docx"], "language": ["--lang", "fr"], "confidential": ["--confidential"],
             "paper": ["--paper", "letter"], "year": ["--year", "2026"], "overdue": ["--overdue"]}
    assert set(flags) == set(OPTIONS) | set(COMMON_OPTIONS) == set(FIELDS_OF_OPTION)
    parser = build_parser()
    page_fields = _field_spec_keys(APP / "ui" / "reports" / "page.py")
    editors = {node.value.value: path for path in (APP / "ui").rglob("editor.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "table" for t in node.targets)
               and isinstance(node.value, ast.Constant)}
    for key, kind in REPORT_KINDS.items():
        record = ([f"--{kind.record_flag}"] if kind.record_flag else []) + ["some-id"] if kind.needs_record else []
        args = ["report", key, *record, "--out", "x.pdf"]
        for option in (*kind.options, *COMMON_OPTIONS):
            args += flags[option]
        parsed = parser.parse_args(args)
        assert parsed.report_kind == key and parsed.lang == "fr" and parsed.confidential and parsed.paper == "letter"
        for option in OPTIONS:  # an option the kind does not take is refused, as the page hides its field
            if option not in kind.options:
                with pytest.raises(UsageError):
                    parser.parse_args([*args, *flags[option]])
        wanted = {kind.record} if kind.record else set()
        for option in (*kind.options, *COMMON_OPTIONS):
            wanted.update(FIELDS_OF_OPTION[option])
        assert wanted <= page_fields, (key, wanted - page_fields)
        if kind.record:
            editor = editors[kind.record]
            assert "RecordReportsButton(self)" in editor.read_text(encoding="utf-8"), editor
    listing = re.compile(r"[\"']certificates[\"']\s*[:,]")  # a hand-written list of kinds (a dict or a tuple)
    copies = [str(p.relative_to(APP)) for p in APP.rglob("*.py")
              if p.name != "kinds.py" and listing.search(p.read_text(encoding="utf-8"))]
    assert copies == []


def test_views_that_reload_when_shown_share_one_helper():
    """The review: five pages wrote out the same "stale, reload when data changed and I am shown" flag and checks;
    ReloadWhenShown (app/ui/widgets/freshness.py) holds it once."""
    root = Path(__file__).resolve().parents[1] / "app" / "ui"
    for name in ("fund/position.py", "grants/page.py", "due/page.py", "due/panel.py", "lessons/page.py",
                 "dashboard/page.py"):
        text = (root / name).read_text()
        assert "ReloadWhenShown(" in text and "self._stale" not in text and "ctx.changed.connect" not in text, name


# ------------------------------------------------------------------ names that say one thing each (issue 17)
# File names that several modules of app/ may share, and why; any other name is one module's alone.
LANGUAGE_MODULES = {f"{lang}.py" for lang in ("en", "fr", "es", "ru", "ar", "zh")}  # one catalogue per language
SCREEN_ROLES = {"page.py", "editor.py", "editors.py", "parts.py", "lists.py", "panel.py", "dialog.py", "actions.py",
                "importing.py", "preview.py"}  # the same role in each screen's package of app/ui
# one subject in several layers (its model, service, report, screen, sync), never twice in one layer
ONE_SUBJECT_IN_LAYERS = {
    "action_plans.py", "after_exit.py", "attachments.py", "attendance.py", "board.py", "charts.py", "common.py",
    "conflicts.py", "coordination.py", "coverage.py", "due.py", "erase.py", "export.py", "fellowships.py", "fund.py",
    "grants.py", "history.py", "institutions.py", "keys.py", "lock.py", "lookups.py", "mechanisms.py",
    "portfolio.py", "problems.py", "ranking.py", "results.py", "retention.py", "review_dossier.py", "reviews.py",
    "rules.py", "status.py", "sustainability.py", "training.py",
    # the layout's packages (tools/relayout.py): a spreadsheet's columns and a list's, a usage error and a service's,
    # a spreadsheet's importer and a bundle's, the demo's plans and programme and their models' and sheets'
    "columns.py", "errors.py", "importer.py", "plans.py", "programme.py"}


@functools.cache
def _modules_by_name() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted(APP.rglob("*.py")):
        found.setdefault(path.name, []).append(path.relative_to(APP))
    return found


def _layer(path: Path) -> tuple[str, ...]:
    """A module's layer: its package under app/, and under app/services its job's subpackage (the demo's board and
    the programme's board are one subject in two jobs)."""
    return path.parts[:2] if path.parts[0] == "services" and len(path.parts) > 2 else path.parts[:1]


def test_no_two_modules_share_a_file_name_but_the_listed_kinds():
    shared = {name: [str(p) for p in paths] for name, paths in _modules_by_name().items()
              if len(paths) > 1 and name != "__init__.py" and name not in LANGUAGE_MODULES | SCREEN_ROLES
              and name not in ONE_SUBJECT_IN_LAYERS}
    assert shared == {}, "give each module a name of its own (or list the name above, with its reason)"
    twice_in_a_layer = {name: [str(p) for p in paths] for name, paths in _modules_by_name().items()
                        if name in ONE_SUBJECT_IN_LAYERS and len({_layer(p) for p in paths}) < len(paths)}
    assert twice_in_a_layer == {}
    screens = {name: [str(p) for p in paths] for name, paths in _modules_by_name().items()
               if name in SCREEN_ROLES and any(p.parts[0] != "ui" for p in paths)}
    assert screens == {}


CLASS_LINE = re.compile(r"^[ \t]*class (\w+)\b(?:\(([^)]*)\))?:", re.MULTILINE)


@functools.cache
def _classes() -> dict[str, list[tuple[str, str]]]:
    """Every class of app/, by name: where it is and its bases (a pattern: parsing every module takes seconds)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(APP.rglob("*.py")):
        for match in CLASS_LINE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match[1], []).append((str(path.relative_to(APP)), match[2] or ""))
    return found


def test_no_two_classes_share_a_name():
    """A class's name says which one it is (in a traceback, a search, and the Qt translation context it names)."""
    shared = {name: [path for path, _ in places] for name, places in _classes().items() if len(places) > 1}
    assert shared == {}


def test_every_table_model_derives_from_the_one_base():
    """rowCount, columnCount and headerData are written once (app/ui/widgets/table_model.py)."""
    direct = sorted(f"{path}: {name}" for name, places in _classes().items() for path, bases in places
                    if "QAbstractTableModel" in bases and path != "ui/widgets/table_model.py")
    assert direct == []
    counting = sorted(str(p.relative_to(APP)) for p in (APP / "ui").rglob("*.py")
                      if "def rowCount" in p.read_text(encoding="utf-8"))
    assert counting == ["ui/widgets/table_model.py"]


def test_no_gui_write_names_the_tables_it_changes():
    """Issue 17: what a write changed is announced from what its transactions wrote (``services/store/op_changes``), so
    no screen declares it (``tables=``) or announces a change by hand (only ``AppContext.write`` emits ``changed``)."""
    import inspect

    from app.ui.context import AppContext

    assert list(inspect.signature(AppContext.write).parameters) == ["self", "fn", "on_done", "owner", "on_error",
                                                                    "label"]
    declared, by_hand = [], []
    for path in (APP / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        name = str(path.relative_to(APP))
        if "tables=" in text:
            declared.append(name)
        calls = [n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Call)]
        if any(isinstance(c.func, ast.Attribute) and c.func.attr == "emit" and isinstance(c.func.value, ast.Attribute)
               and c.func.value.attr == "changed" and "ctx" in ast.unparse(c.func.value.value) for c in calls):
            by_hand.append(name)
    assert declared == [] and by_hand == []

# --- The layout (issue 17): the import graph between packages, and where a function may import ---------------------

def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _run_time_imports(path: Path) -> list[tuple[str, bool]]:
    """The app modules a module imports when it runs (``if TYPE_CHECKING:`` blocks left out), each with whether the
    import is inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, local: bool) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child, local)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, local) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1],
                                 *filter(None, [base])])
            found.append((base, local))
            found.extend((f"{base}.{alias.name}", local) for alias in node.names)
        local = local or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for child in ast.iter_child_nodes(node):
            visit(child, local)

    visit(tree, False)
    return [(module, local) for module, local in found if module.split(".")[0] == "app"]


@functools.cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in APP.rglob("*.py") if "versions" not in p.parts}


@functools.cache
def _imports_of_every_module() -> dict[str, list[tuple[str, bool]]]:
    return {name: _run_time_imports(path) for name, path in _modules().items()}


@functools.cache
def _module_edges() -> frozenset[tuple[str, str]]:
    """(importer, imported) between app modules: an imported name that is not a module counts as its module."""
    modules = _modules()
    edges = set()
    for name, imports in _imports_of_every_module().items():
        for target, _ in imports:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add((name, target))
    return frozenset(edges)


# The granularity checked: the packages (and top-level modules) directly under app/ (models, vocabulary, services,
# sync, reports, spreadsheets, invocation, cli, ui, migrations, paths, resources, licences). They are the layers
# docs/ARCHITECTURE.md draws: each may use the ones below it and none may reach back up, so any of them can be read,
# tested and replaced knowing only what is beneath it. Function-local imports count (they run; a circle hidden in a
# function is still a circle); ``if TYPE_CHECKING:`` imports do not. Inside a package, modules may import each other
# freely (the services' subpackages still lean on each other and on the FieldDesk facade).
#
# Circles still to undo: the services call into the sync in these places (each a function-local import). Listed so
# that no new one appears; delete a line when its edge goes (the test fails on a line that no longer applies).
KNOWN_SERVICES_TO_SYNC = {
    ("app.services.core", "app.sync.hq_users"),  # a headquarters profile opens as its certified user
    ("app.services.privacy.name_policy", "app.sync.consent"),  # the names policy withdraws names at headquarters
    ("app.services.privacy.name_policy", "app.sync.withheld_files"),
    ("app.services.privacy.retention", "app.sync.erasures"),  # retention's erasures travel as erasure notices
    ("app.services.profile.backup", "app.sync.status"),  # a backup says how many changes are still unsent
}


def _package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` (as a path that returns to its start), or [] when there is none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_no_import_circle_between_the_packages_of_app():
    edges = _module_edges()
    assert edges >= KNOWN_SERVICES_TO_SYNC, sorted(KNOWN_SERVICES_TO_SYNC - edges)  # gone: delete its line
    graph: dict[str, set[str]] = {}
    for importer, imported in edges - KNOWN_SERVICES_TO_SYNC:
        a, b = _package_of(importer), _package_of(imported)
        if a != b:
            graph.setdefault(a, set()).add(b)
    assert _cycle(graph) == []
    back = sorted(e for e in edges if _package_of(e[0]) == "app.services" and _package_of(e[1]) == "app.sync")
    assert back == sorted(KNOWN_SERVICES_TO_SYNC)


# Inside app/services and app/ui the same rule holds between their parts: the services' subpackages (store, profile,
# privacy, programme, demo; core.py and errors.py each a part) and the GUI's feature folders (widgets, i18n, settings,
# imports, reports, shell...; main.py, startup.py, context.py each a part). Circles still to undo, as edges against
# the layers meant (services: store, then profile, privacy, programme, demo, the FieldDesk facade in core.py; the
# GUI has none left): listed so that none is added; delete a line when its edge goes (the test fails on a line that
# no longer applies).
KNOWN_BETWEEN_PARTS = {
    # the facade: moving a profile to PostgreSQL opens it there as a FieldDesk
    ("app.services.profile.move", "app.services.core"),
    # the record store calls the profile (PostgreSQL's access), privacy (a write's erasure, consent, names and person
    # rules) and the programme's rules (action plans, institutions, the thread)
    ("app.services.store.db", "app.services.profile.pg_access"),
    ("app.services.store.merging", "app.services.programme.fellowships"),
    ("app.services.store.query", "app.services.programme.institutions"),
    ("app.services.store.query", "app.services.programme.recommendation_search"),
    ("app.services.store.records", "app.services.privacy.consent_given"),
    ("app.services.store.records", "app.services.privacy.erasure"),
    ("app.services.store.records", "app.services.privacy.name_policy"),
    ("app.services.store.records", "app.services.privacy.person_guard"),
    ("app.services.store.records", "app.services.programme.action_plans"),
    ("app.services.store.records", "app.services.programme.institutions"),
    ("app.services.store.records", "app.services.programme.thread.follow_through"),
    ("app.services.store.rules", "app.services.programme.action_plans"),
    ("app.services.store.rules", "app.services.programme.institutions"),
}
DIVIDED = ("app.services", "app.ui")  # the packages whose parts are checked


def _part_of(module: str) -> str | None:
    """``app.services.store`` for ``app.services.store.records``, ``app.ui.main`` for itself; None outside DIVIDED."""
    parts = module.split(".")
    return ".".join(parts[:3]) if ".".join(parts[:2]) in DIVIDED and len(parts) > 2 else None


def test_no_import_circle_between_the_parts_of_the_services_or_of_the_gui():
    edges = _module_edges()
    assert edges >= KNOWN_BETWEEN_PARTS, sorted(KNOWN_BETWEEN_PARTS - edges)  # gone: delete its line
    graph: dict[str, set[str]] = {}
    for importer, imported in edges - KNOWN_BETWEEN_PARTS:
        a, b = _part_of(importer), _part_of(imported)
        if a and b and a != b and _package_of(a) == _package_of(b):
            graph.setdefault(a, set()).add(b)
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "d": {"a", "c"}}) == []


def test_the_gui_never_imports_the_command_line():
    """The window shares what it needs with the command line through app.invocation (the usage error, the exit
    codes, the passphrase file); only the command line's ``gui`` command imports the window."""
    offenders = sorted(e for e in _module_edges() if e[0].startswith("app.ui.") and e[1].startswith("app.cli"))
    assert offenders == []


def test_the_services_are_laid_out_by_job():
    """app/services holds its facade and errors and one subpackage per job; the spreadsheets have their own package."""
    services = APP / "services"
    assert sorted(p.name for p in services.glob("*.py")) == ["__init__.py", "core.py", "errors.py"]
    assert sorted(p.name for p in services.iterdir() if (p / "__init__.py").exists()) == [
        "demo", "privacy", "profile", "programme", "store"]
    assert not [p.name for p in (APP / "reports").glob("*.py") if p.stem.startswith(("xlsx_", "uhri_"))
                or p.stem.endswith("_import")]


# Function-local imports: where start-up needs them (the window shows before the data stack, ReportLab, openpyxl or
# the sync load), they keep heavy libraries off the path to the first screen; everywhere else they hide the real
# dependencies. The modules that may still hold one are listed in tests/architecture_local_imports.txt, today every
# module that had one when the rule came (issue 17). The list only shrinks: a module that has none left must leave it,
# and no module joins it without a reason given there.
LOCAL_IMPORTS = Path(__file__).with_name("architecture_local_imports.txt")


def _allowed_local_imports() -> set[str]:
    lines = LOCAL_IMPORTS.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def test_function_local_imports_only_in_the_listed_modules():
    having = {name for name, imports in _imports_of_every_module().items() if any(local for _, local in imports)}
    allowed = _allowed_local_imports()
    assert sorted(having - allowed) == [], "a function imports here: import at the top, or list it with its reason"
    assert sorted(allowed - having) == [], "no function-local import left here: take it off the list"
