"""Smoke test of the packaged FieldDesk: runs the built program as a user would, in a sandbox (its own home, data
and settings folders), and fails on the first thing that does not work.

    python packaging/smoke_test.py [dist/FieldDesk]

Checks: --version; init and demo; info and check; PDF reports (English and Arabic, fonts embedded) and a
spreadsheet; keys and a sync bundle from a field office to headquarters; a profile from an older schema opened,
backed up and upgraded; the GUI opening offscreen and closing cleanly; every resource, translation, licence text
and distribution's metadata bundled; and nothing written inside the program's folder.
Run with the Python of .venv (it makes the older profile with this checkout's Alembic scripts).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from app.migrations import HEAD, KNOWN_REVISIONS  # noqa: E402

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


class SmokeFailure(Exception):
    pass


class Program:
    """The built program: the folder, its executables, and a sandboxed environment to run them in."""

    def __init__(self, folder: Path, sandbox: Path):
        self.folder = folder
        if sys.platform == "darwin" and folder.suffix == ".app":
            self.gui = self.cli = folder / "Contents" / "MacOS" / "FieldDesk"
        elif sys.platform == "win32":
            self.gui, self.cli = folder / "FieldDesk.exe", folder / "fielddesk-cli.exe"
        else:
            self.gui = self.cli = folder / "FieldDesk"
        for executable in {self.gui, self.cli}:
            if not executable.is_file():
                raise SmokeFailure(f"{executable} does not exist: build it first (make package)")
        self.env = sandbox_environment(sandbox)
        self.checks = 0

    def run(self, *args: str, gui: bool = False, expect: int = 0, timeout: int = 300) -> subprocess.CompletedProcess:
        command = [str(self.gui if gui else self.cli), *args]
        done = subprocess.run(command, capture_output=True, text=True, env=self.env, timeout=timeout,
                              encoding="utf-8", errors="replace")
        shown = " ".join(args)
        if done.returncode != expect:
            raise SmokeFailure(f"`FieldDesk {shown}` exited {done.returncode} (expected {expect})\n"
                               f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}")
        if "Traceback" in done.stderr:
            raise SmokeFailure(f"`FieldDesk {shown}` printed a traceback:\n{done.stderr}")
        return done

    def ok(self, what: str) -> None:
        self.checks += 1
        print(f"ok  {what}", flush=True)


def sandbox_environment(sandbox: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("FIELDDESK_", "XDG_", "QT_"))}
    folders = {"HOME": "home", "USERPROFILE": "home", "XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config",
               "XDG_CACHE_HOME": "cache", "APPDATA": "appdata", "LOCALAPPDATA": "localappdata"}
    for variable, name in folders.items():
        (sandbox / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(sandbox / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FIELDDESK_USER"] = "smoke-test"
    return env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def check_pdf(path: Path, what: str) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise SmokeFailure(f"{what}: {path} is not a PDF")
    if b"DejaVuSans" not in data:
        raise SmokeFailure(f"{what}: the DejaVu Sans font from resources/fonts is not embedded in {path}")


def check_bundled_files(program: Program) -> None:
    names = {p.name for p in program.folder.rglob("*")}
    wanted = {f"fielddesk_{code}.qm" for code in LANGUAGES}
    wanted |= {"DejaVuSans.ttf", "LICENSE-DejaVu.txt", "fielddesk-256.png", "fielddesk.svg", "qt.txt", "python.txt"}
    wanted |= {"env.py", "script.py.mako", "iso3166-1.json", "iso3166-1.mo", "LICENSE"}
    wanted |= {path.name for path in (ROOT / "app" / "migrations" / "versions").glob("*.py")}
    wanted |= {"qtbase_fr.qm", "qtbase_ru.qm"}
    missing = sorted(wanted - names)
    if missing:
        raise SmokeFailure(f"missing from the build: {', '.join(missing)}")
    program.ok(f"{len(wanted)} resources, translations, licence texts and migration scripts are bundled")
    from app.licences import dependency_closure, normalise

    metadata_folders = [*program.folder.rglob("*.dist-info"), *program.folder.rglob("*.egg-info")]
    bundled = {normalise(re.split(r"-\d|\.(?:dist|egg)-info$", p.name)[0]) for p in metadata_folders}
    lacking = sorted(d.metadata["Name"] for d in dependency_closure() if normalise(d.metadata["Name"]) not in bundled)
    if lacking or "fielddesk" not in bundled:
        raise SmokeFailure(f"metadata missing from the build (the About dialog reads it): {lacking or ['fielddesk']}")
    program.ok(f"the metadata of FieldDesk and its {len(bundled) - 1} libraries is bundled")
    webengine = [p.name for p in program.folder.rglob("*WebEngine*")]
    if webengine:
        raise SmokeFailure(f"QtWebEngine was bundled: {webengine[:5]}")
    program.ok("QtWebEngine is left out")


def run_smoke_test(program: Program, work: Path) -> None:
    before = snapshot(program.folder)
    check_bundled_files(program)

    out = program.run("--version").stdout.strip()
    if out != f"FieldDesk {__version__}":
        raise SmokeFailure(f"--version printed {out!r}, expected 'FieldDesk {__version__}'")
    program.ok(f"--version: {out}")

    about = json.loads(program.run("about", "--json").stdout)
    names = {c["name"].lower(): c for c in about["components"]}
    lacking = sorted(name for name, c in names.items() if not (c["licence"] and c["licence_text"]))
    if about["version"] != __version__ or lacking or not {"fielddesk", "python", "pyside6_essentials"} <= names.keys():
        raise SmokeFailure(f"about --json: version {about['version']}, no licence or text for {lacking}")
    program.ok(f"about: {len(names)} components, each with its licence name and text")

    field, hq = work / "field", work / "hq"
    program.run("--profile", str(field), "init", "--office", "GT-01", "--name", "Guatemala office", "--country", "GT")
    program.run("--profile", str(field), "demo")
    # headquarters is encrypted (init --role hq requires a passphrase): SQLCipher and the keyring in the build too
    secret = work / "hq-passphrase.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    unlock = ("--passphrase-file", str(secret))
    program.run("--profile", str(hq), *unlock, "init", "--office", "HQ", "--name", "Headquarters", "--role", "hq",
                "--country", "CH")
    if (hq / "fielddesk.db").read_bytes()[:16] == b"SQLite format 3\x00":
        raise SmokeFailure("init --role hq with a passphrase made a plain database")
    program.ok("init (field office, encrypted headquarters) and demo")
    info = json.loads(program.run("--profile", str(field), "info", "--json").stdout)
    if info["schema_version"] != HEAD or info["records"]["mission"] < 1:
        raise SmokeFailure(f"info after demo: schema {info['schema_version']}, {info['records']['mission']} missions")
    program.run("--profile", str(field), "check")
    program.ok(f"info and check: schema {HEAD}, {info['records']['mission']} missions")

    dump = work / "field.json"
    program.run("--profile", str(field), "export", "json", "--out", str(dump))
    tables = json.loads(dump.read_text(encoding="utf-8"))["tables"]
    mission, training = tables["mission"][0]["id"], tables["training"][0]["id"]
    for args, name in [(["mission", mission], "mission-en.pdf"),
                       (["mission", mission, "--lang", "ar"], "mission-ar.pdf"),
                       (["attendance", training, "--lang", "ru"], "attendance-ru.pdf"), (["summary"], "summary.pdf")]:
        program.run("--profile", str(field), "report", *args, "--out", str(work / name))
        check_pdf(work / name, f"report {' '.join(args)}")
    program.ok("PDF reports: mission (English, Arabic), attendance (Russian), summary")
    sheet = work / "export.xlsx"
    program.run("--profile", str(field), "export", "xlsx", "--out", str(sheet), "--lang", "fr")
    if not sheet.read_bytes().startswith(b"PK"):
        raise SmokeFailure("export xlsx did not write a spreadsheet")
    program.ok("spreadsheet export (French)")

    field_card, hq_card, bundle = work / "gt-01.card", work / "hq.card", work / "gt-01-to-hq.fdbundle"
    program.run("--profile", str(field), "keys", "export", "--out", str(field_card))
    program.run("--profile", str(hq), *unlock, "keys", "export", "--out", str(hq_card))
    program.run("--profile", str(field), "keys", "trust", str(hq_card))
    program.run("--profile", str(hq), *unlock, "keys", "trust", str(field_card))
    program.run("--profile", str(field), "bundle", "export", "--for", "HQ", "--out", str(bundle))
    program.run("--profile", str(hq), *unlock, "bundle", "import", str(bundle))
    hq_info = json.loads(program.run("--profile", str(hq), *unlock, "info", "--json").stdout)
    if hq_info["records"]["mission"] != info["records"]["mission"]:
        raise SmokeFailure(f"headquarters has {hq_info['records']['mission']} missions after the import, "
                           f"the field office {info['records']['mission']}")
    program.run("--profile", str(hq), *unlock, "check")
    program.ok(f"keys export/trust, bundle export --for HQ, bundle import: {hq_info['records']['mission']} missions "
               "arrived")

    if len(KNOWN_REVISIONS) > 1:
        from tests.old_profiles import make_old_profile

        fresh = work / "fresh"
        program.run("--profile", str(fresh), "init", "--office", "MW-01", "--name", "Malawi office", "--country", "MW")
        old = make_old_profile(fresh, work / "old", KNOWN_REVISIONS[-2])
        upgraded = json.loads(program.run("--profile", str(old), "info", "--json").stdout)
        backups = list((old / "backups").glob(f"*before-upgrade-from-{KNOWN_REVISIONS[-2]}*.db"))
        if upgraded["schema_version"] != HEAD or len(backups) != 1:
            raise SmokeFailure(f"profile at schema {KNOWN_REVISIONS[-2]}: now {upgraded['schema_version']}, "
                               f"{len(backups)} backups")
        program.run("--profile", str(old), "check")
        program.ok(f"a profile at schema {KNOWN_REVISIONS[-2]} was backed up and upgraded to {HEAD}")

    program.run("--profile", str(field), "--quit-when-idle", gui=True, timeout=180)
    program.ok("the GUI opened offscreen on the demo profile and closed with exit code 0")

    after = snapshot(program.folder)
    changed = sorted(name for name in after.keys() | before.keys() if after.get(name) != before.get(name))
    if changed:
        raise SmokeFailure(f"the program wrote inside its own folder: {changed[:10]}")
    program.ok("nothing was written inside the program's folder")


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "FieldDesk").resolve()
    with tempfile.TemporaryDirectory(prefix="fielddesk-smoke-") as tmp:
        try:
            program = Program(folder, Path(tmp) / "sandbox")
            work = Path(tmp) / "work"
            work.mkdir()
            run_smoke_test(program, work)
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed: {program.checks} checks on {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
