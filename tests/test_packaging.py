"""The installable FieldDesk, checked fast (the build itself is `make package`): the PyInstaller spec bundles every
resource folder and the migrations, the icons exist in every size, the desktop entry is valid and installs for the
user, the Windows installer keeps user data, and the program never writes inside its own folder."""

from __future__ import annotations

import ast
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "fielddesk.spec"
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def spec_constant(name: str):
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} does not define {name}")


def test_the_spec_bundles_every_folder_under_resources():
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert sorted(spec_constant("RESOURCE_FOLDERS")) == folders


def run_spec(monkeypatch) -> dict:
    """Run the spec as PyInstaller would, with PyInstaller's hooks and build steps replaced by recorders: what it
    hands to Analysis and what ends up in the folder (COLLECT). A line commented out is then really missing."""
    import types

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **kw: [(f"<data of {package}>", package)]
    hooks.copy_metadata = lambda dist, **kw: [(f"<metadata of {dist} recursive={kw.get('recursive', False)}>", ".")]
    hooks.collect_submodules = lambda package, **kw: [f"<submodules of {package}>"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    seen: dict = {}

    def analysis(scripts, **kw):
        seen["analysis"] = kw
        datas = [(str(Path(dest) / Path(source).name), source, "DATA") for source, dest in kw["datas"]]
        return types.SimpleNamespace(binaries=[], datas=datas, pure=[], scripts=scripts)

    def collect(*args, **kw):
        seen["collected"] = [entry[0] for group in args if isinstance(group, list) for entry in group]
        return object()

    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "Analysis": analysis, "COLLECT": collect,
                 "PYZ": lambda *a, **k: object(), "EXE": lambda *a, **k: object(), "BUNDLE": lambda *a, **k: object()}
    monkeypatch.setattr(sys, "path", list(sys.path))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return seen


def test_the_spec_bundles_the_migrations_licence_metadata_and_pycountry_data(monkeypatch):
    seen = run_spec(monkeypatch)
    collected = set(seen["collected"])
    migrations = ROOT / "app" / "migrations"
    needed = {"LICENSE", "app/migrations/env.py", "app/migrations/script.py.mako",
              "pycountry/<data of pycountry>", "<metadata of fielddesk recursive=True>"}
    needed |= {f"app/migrations/versions/{p.name}" for p in (migrations / "versions").glob("*.py")}
    needed |= {str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts"}
    assert needed <= collected, f"the spec does not bundle {sorted(needed - collected)}"
    assert not any(name.endswith(".ts") for name in collected)
    assert "<submodules of app>" in seen["analysis"]["hiddenimports"]
    assert "PySide6.QtWebEngineCore" in seen["analysis"]["excludes"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_icon_exists_as_svg_and_in_every_png_size():
    icons = ROOT / "resources" / "icons"
    root = ET.parse(icons / "fielddesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 512 512"
    for size in ICON_SIZES:
        assert png_size(icons / f"fielddesk-{size}.png") == (size, size)
    assert (ROOT / "packaging" / "windows" / "fielddesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "packaging" / "macos" / "fielddesk.icns").read_bytes()[:4] == b"icns"


def test_the_gui_uses_every_icon_size():
    from app.ui.icons import ICON_SIZES as used

    assert used == ICON_SIZES


def read_desktop_entry(path: Path) -> dict[str, str]:
    """Parse a .desktop file as the Desktop Entry specification describes it: groups, key=value, comments."""
    group, entries = None, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip("[]")
            continue
        key, sep, value = line.partition("=")
        assert sep and group == "Desktop Entry", f"bad line {line!r}"
        assert re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@]+\])?", key), f"bad key {key!r}"
        assert key not in entries, f"{key} appears twice"
        entries[key] = value
    return entries


def validate_desktop_entry(path: Path) -> dict[str, str]:
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entries = read_desktop_entry(path)
    assert entries["Type"] == "Application" and entries["Name"] == "FieldDesk"
    assert entries["Icon"] == "fielddesk" and entries["Terminal"] == "false"
    assert entries["Categories"].endswith(";") and "Office" in entries["Categories"].split(";")
    return entries


def fake_build(folder: Path) -> Path:
    """A folder laid out as dist/FieldDesk: the program, and the icons under _internal/resources."""
    folder.mkdir(parents=True)
    program = folder / "FieldDesk"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    shutil.copytree(ROOT / "resources" / "icons", folder / "_internal" / "resources" / "icons")
    for name in ("install-desktop.sh", "fielddesk.desktop"):
        shutil.copy(ROOT / "packaging" / "linux" / name, folder / name)
    return folder


def test_the_desktop_entry_template_is_valid():
    validate_desktop_entry(ROOT / "packaging" / "linux" / "fielddesk.desktop")


@pytest.mark.skipif(sys.platform == "win32", reason="a Linux desktop entry")
def test_install_desktop_puts_fielddesk_in_the_users_menu_and_uninstall_takes_it_away(tmp_path):
    build = fake_build(tmp_path / "Field Desk $1")  # a space and a dollar sign must be quoted in Exec
    data_home = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    done = subprocess.run(["sh", str(build / "install-desktop.sh")], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    entry = validate_desktop_entry(data_home / "applications" / "fielddesk.desktop")
    program = str(build / "FieldDesk")
    assert entry["Exec"] == '"' + program.replace("$", "\\$") + '"'
    assert entry["TryExec"] == program
    for size in ICON_SIZES:
        assert png_size(data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "fielddesk.png") == (size, size)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / "fielddesk.svg").is_file()

    done = subprocess.run(["sh", str(build / "install-desktop.sh"), "--uninstall"], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 0, done.stderr
    assert not list(data_home.rglob("fielddesk*"))


def test_install_desktop_refuses_a_folder_without_fielddesk(tmp_path):
    done = subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "install-desktop.sh"), str(tmp_path)],
                          capture_output=True, text=True, env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "s")})
    assert done.returncode == 1 and "is not a FieldDesk program" in done.stderr
    assert not (tmp_path / "s").exists()


def inno_sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_windows_installer_upgrades_in_place_and_never_deletes_user_data():
    sections = inno_sections(ROOT / "packaging" / "windows" / "fielddesk.iss")
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    # One AppId for every version: a newer installer replaces the older program instead of adding a second one.
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert setup["DefaultDirName"].startswith("{autopf}")
    user_data = ("{userappdata}", "{localappdata}", "{userdocs}", "{commonappdata}", "{%")
    for section in ("UninstallDelete", "InstallDelete"):
        for line in sections.get(section, []):
            assert "{app}" in line and not any(place in line for place in user_data), line
    files = " ".join(sections["Files"])
    assert "dist\\FieldDesk\\*" in files and "recursesubdirs" in files


def test_the_ci_workflow_builds_and_smoke_tests_on_windows_and_macos():
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for needed in ("windows-latest", "macos-latest", "packaging/fielddesk.spec", "packaging/smoke_test.py",
                   "fielddesk.iss", "FieldDesk.app"):
        assert needed in workflow


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for folder in folders for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_program_writes_only_in_the_profile_and_settings_folders(tmp_path):
    """Everything a user does (first profile in the default place, a report, the GUI) leaves the program's own
    folders as they were: an installed copy may be read-only, and an upgrade replaces them whole."""
    from app.migrations import HEAD

    data, config = tmp_path / "data", tmp_path / "config"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("FIELDDESK_PROFILE", None)
    program_folders = (ROOT / "app", ROOT / "resources")
    before = snapshot(*program_folders)

    def run(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=180)
        assert done.returncode == 0, done.stderr

    run("init", "--office", "GT-01", "--name", "Guatemala office", "--country", "GT")
    run("report", "summary", "--out", str(tmp_path / "summary.pdf"))
    run("--quit-when-idle")
    assert snapshot(*program_folders) == before
    profile = data / "FieldDesk" / "default"
    assert (profile / "fielddesk.db").is_file() and (profile / "profile.json").is_file()
    assert list(config.rglob("*.ini")), "the GUI's settings live in the user's config folder"
    from app.services import FieldDesk

    with FieldDesk.open(profile) as fd:
        assert fd.schema_revision() == HEAD


def test_in_a_packaged_build_resources_come_from_the_bundle_and_profiles_from_the_user_folder(monkeypatch, tmp_path):
    from app.licences import project_licence_file
    from app.paths import default_profile_dir
    from app.resources import resource

    bundle = tmp_path / "FieldDesk" / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    assert resource("fonts", "DejaVuSans.ttf") == bundle / "resources" / "fonts" / "DejaVuSans.ttf"
    assert project_licence_file() == bundle / "LICENSE"
    assert default_profile_dir() == tmp_path / "user-data" / "FieldDesk" / "default"
    assert not default_profile_dir().is_relative_to(bundle.parent)


def test_the_package_extra_installs_pyinstaller():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["package"])


def test_fielddesk_about_lists_every_component_with_its_licence(capsys, tmp_path):
    import json

    from app import __version__
    from app.cli import main

    assert main(["--profile", str(tmp_path / "p"), "about", "--json"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert about["version"] == __version__ and about["profile"] == str(tmp_path / "p")
    names = {c["name"]: c for c in about["components"]}
    assert names["FieldDesk"]["licence"] == "MIT" and "SQLAlchemy" in names and "DejaVu Sans" in names
    assert all(c["licence"] and c["licence_text"] for c in about["components"])
    assert main(["about"]) == 0
    assert f"FieldDesk {__version__}, free software under the MIT licence." in capsys.readouterr().out


def test_constraints_pin_every_dependency_make_installs_within_pyprojects_ranges():
    """make installs with constraints.txt: every run and test dependency has an exact version there, inside the range
    pyproject.toml allows; the project itself is not in it."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version and "@" not in line and not line.startswith("-"), f"not an exact version: {line}"
            pinned[canonicalize_name(name)] = version.strip()
    assert "fielddesk" not in pinned
    for text in project["dependencies"] + project["optional-dependencies"]["test"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), f"{name}=={pinned[name]} vs {text}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "PIP_INSTALL = $(PY) -m pip install --quiet --constraint constraints.txt" in makefile
    # Every other install in the Makefile goes through $(PIP_INSTALL), apart from make lock's own environment.
    others = [line for line in makefile.splitlines() if "pip install" in line and "$(VENV)-lock" not in line]
    assert len(others) == 1 and makefile.count("\t$(PIP_INSTALL) ") == 4, others
