"""FieldDesk installed from its wheel: the package build puts the fonts, icons, licence texts and compiled
catalogues inside it (setup.py), so an installed FieldDesk prints a report and shows its window in Spanish.

The wheel is built without a build environment of its own and installed without its dependencies into a fresh
virtual environment that sees .venv's packages (offline, and a few seconds rather than a minute)."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["app", "resources", "setup.py", "pyproject.toml", "MANIFEST.in", "README.md", "LICENSE"]


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=180, **kwargs)
    assert done.returncode == 0, f"{command}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A virtual environment with FieldDesk installed from a freshly built wheel; returns its bin folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:  # a clean copy: nothing of the checkout's build/ or compiled catalogues comes along
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
        else:
            shutil.copy2(path, source / name)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
        "--wheel-dir", work / "dist", source)
    wheel = next((work / "dist").glob("fielddesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for wanted in ("app/shipped/fonts/DejaVuSans.ttf", "app/shipped/i18n/fielddesk_es.qm",
                   "app/shipped/icons/fielddesk-64.png", "app/shipped/licences/reportlab.txt", "app/shipped/LICENSE"):
        assert wanted in names, f"the wheel has no {wanted}"
    assert not any(name.endswith(".ts") for name in names)

    env_dir = work / "env"
    venv.create(env_dir, with_pip=False)
    # .venv's packages (not the checkout: .pth files in them are not run, so the editable FieldDesk stays out)
    purelib = next(env_dir.glob("lib/python3*/site-packages"))
    (purelib / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    run(sys.executable, "-m", "pip", "--python", env_dir / "bin" / "python", "install", "--quiet", "--no-deps",
        "--no-index", wheel)
    return env_dir / "bin"


@pytest.mark.slow
def test_the_installed_wheel_prints_a_report_and_speaks_spanish(installed, field_profile, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "es", "LC_ALL": "es_ES.UTF-8",
           "LANG": "es_ES.UTF-8"}
    where = run(installed / "python", "-c", "import app, app.resources; print(app.__file__); "
                "print(app.resources.resource('fonts', 'DejaVuSans.ttf'))", cwd=tmp_path, env=env).stdout.split()
    assert all(Path(p).is_relative_to(installed.parent) for p in where), f"not the installed FieldDesk: {where}"

    report = tmp_path / "resumen.pdf"
    run(installed / "fielddesk", "--profile", field_profile, "report", "summary", "--lang", "es", "--out", report,
        cwd=tmp_path, env=env)
    assert report.read_bytes().startswith(b"%PDF") and b"DejaVuSans" in report.read_bytes()

    # the window, in the system's language (Spanish here), from the installed catalogue
    shown = run(installed / "python", "-c", SPANISH_WINDOW, str(field_profile), cwd=tmp_path, env=env).stdout
    assert shown.split("\n")[0] == "Misiones", shown
    run(installed / "fielddesk", "--profile", field_profile, "--quit-when-idle", cwd=tmp_path, env=env)


SPANISH_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.services import FieldDesk
from app.services.store.lookups import reference_choices
from app.ui.context import AppContext
from app.ui.i18n.translations import Translations
from app.ui.settings.registry import Settings
from app.ui.shell.main_window import MainWindow
from app.ui.tasks.taskman import TaskManager

app = QApplication([])
translations = Translations(app)
assert translations.apply("") == "es" and not translations.missing
fd = FieldDesk.open(Path(sys.argv[1]))
ctx = AppContext(fd, TaskManager(), Settings.in_file(Path("settings.ini")), translations)
ctx.refs.set_choices(reference_choices(fd))
window = MainWindow(ctx, start_page="dashboard")
window.show()
print(window.sidebar.item(1).text())
ctx.tasks.shutdown()
fd.close()
"""
