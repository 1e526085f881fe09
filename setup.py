"""The package build's one extra step: what FieldDesk reads at run time goes into the wheel.

The project's metadata is in pyproject.toml. This hook compiles the interface catalogues (resources/i18n/*.ts to
.qm, with the lrelease that comes with PySide6, a build requirement) and copies resources/ (fonts, compiled
catalogues, icons, licence texts) and LICENSE into the package as ``app/shipped/``, where ``app.resources`` reads
them with importlib.resources. An editable install reads resources/ in the checkout: the hook compiles its
catalogues there, so choosing a language works in every kind of install.

It also compiles the catalogue of data words and report text (app/locale/<lang>/LC_MESSAGES/fielddesk.po, gettext)
into .mo files beside their sources, with Babel (a build requirement), so the wheel carries them."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
SHIPPED = "shipped"  # app/shipped/ in an installed FieldDesk
SKIPPED_SUFFIXES = {".ts"}  # catalogue sources: the program reads the compiled .qm


def lrelease() -> str:
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe"):
                if (Path(folder) / name).exists():
                    return str(Path(folder) / name)
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if found is None:
        raise SystemExit("Building FieldDesk needs PySide6's lrelease to compile the translations (resources/i18n); "
                         "install PySide6-Essentials in the build environment.")
    return found


def compile_catalogues(required: bool = True) -> list[Path]:
    """resources/i18n/*.qm from their .ts sources, those missing or older. Not ``required`` (an editable install
    made by `make`, which compiles them itself, before PySide6 is installed): skipped without lrelease."""
    sources = sorted((RESOURCES / "i18n").glob("*.ts"))
    stale = [ts for ts in sources
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        try:
            tool = lrelease()
        except SystemExit as missing:
            if required:
                raise
            print(f"warning: {missing}", file=sys.stderr)
            return []
        for ts in stale:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return [ts.with_suffix(".qm") for ts in sources]


def compile_vocabulary() -> list[Path]:
    """app/locale/<lang>/LC_MESSAGES/fielddesk.mo from their .po sources, those missing or older (Babel)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    compiled = []
    for po in sorted((ROOT / "app" / "locale").glob("*/LC_MESSAGES/fielddesk.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parent.parent.name)
            with mo.open("wb") as out:
                write_mo(out, catalog)
        compiled.append(mo)
    return compiled


class BuildWithResources(build_py):
    def run(self) -> None:
        compile_vocabulary()  # before build_py copies the package's data (the .mo among it)
        super().run()
        editable = getattr(self, "editable_mode", False)
        compile_catalogues(required=not editable)
        if editable:
            return  # app.resources reads the checkout's resources/
        target = Path(self.build_lib) / "app" / SHIPPED
        if target.exists():
            shutil.rmtree(target)
        for path in sorted(RESOURCES.rglob("*")):
            if path.is_file() and path.suffix not in SKIPPED_SUFFIXES:
                copy = target / path.relative_to(RESOURCES)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, copy)
        shutil.copy2(ROOT / "LICENSE", target / "LICENSE")


setup(cmdclass={"build_py": BuildWithResources})
