"""The architecture rules that a machine can check: a Qt-free core, a GUI that talks only to the services, small
modules, and model/view lists."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
QT_FREE = ["app.models", "app.services", "app.sync", "app.reports", "app.cli", "app.migrations", "app.vocabulary"]


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
    offenders = [str(p.relative_to(APP)) for pkg in ("models", "services", "sync", "reports", "cli", "migrations", "vocabulary")
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
