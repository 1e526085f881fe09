"""Start-up and the Participants list, measured as a user sees them: from starting the process to the window, and to
the data on screen (``fielddesk --quit-when-idle --startup-times``), against bare programs doing the same."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import ROOT, Result
from profiles import large_profile

FLOORS = ROOT / "bench" / "floors"
CONFIG = Path(tempfile.mkdtemp(prefix="fielddesk-bench-config-"))
(CONFIG / "FieldDesk").mkdir()
# Start on the Participants list (the floors show 50 participants too), with a settings file of our own.
# The settings file FieldDesk reads (Settings.for_user: IniFormat, values stored as JSON).
(CONFIG / "FieldDesk" / "FieldDesk.ini").write_text('[meta]\nversion=1\n\n[window]\npage=\\"participants\\"\n')
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(CONFIG)}


def _timeline(command: list[str], env: dict | None = None) -> dict[str, float]:
    """Seconds from starting ``command`` to each line it prints ("window visible", "data shown")."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env or ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    seen = {}
    for line in process.stdout:
        moment = time.perf_counter() - started
        for key in ("window visible", "window complete", "data shown"):
            if line.startswith(key) and key not in seen:
                seen[key] = moment
    process.wait(timeout=120)
    seen["exit"] = time.perf_counter() - started
    seen["returncode"] = process.returncode
    return seen


def fielddesk_start(profile: Path, page: str = "participants") -> list[str]:
    return [sys.executable, "-m", "app", "--profile", str(profile), "--quit-when-idle", "--startup-times"]


def startup(runs: int = 7) -> list[Result]:
    profile = large_profile()
    db = profile / "fielddesk.db"
    commands = {
        "fielddesk": fielddesk_start(profile),
        "bare": [sys.executable, str(FLOORS / "bare_window.py")],
        "sqlmodel": [sys.executable, str(FLOORS / "table_sqlmodel.py"), str(db)],
        "sqlite3": [sys.executable, str(FLOORS / "table_sqlite3.py"), str(db)],
    }
    times: dict[str, list[dict]] = {k: [] for k in commands}
    for command in commands.values():  # warm-up: the disk cache
        _timeline(command)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(_timeline(command))
    for name, runs_ in times.items():
        bad = [r for r in runs_ if r["returncode"] != 0]
        if bad:
            raise RuntimeError(f"{name} exited {bad[0]['returncode']}")

    if '\\"participants\\"' not in (CONFIG / "FieldDesk" / "FieldDesk.ini").read_text():
        raise RuntimeError("FieldDesk did not start on the Participants list: the start-up figures would be wrong")

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in times[name])

    window, bare = median("fielddesk", "window visible"), median("bare", "window visible")
    complete, data = median("fielddesk", "window complete"), median("fielddesk", "data shown")
    sqlmodel_floor, sqlite_floor = median("sqlmodel", "data shown"), median("sqlite3", "data shown")
    return [
        Result("start-up: main window visible", window, bare, 1.5,
               note="floor: a bare PySide6 program opening an empty main window"),
        Result("start-up: main window complete (side bar, menus, toolbar)", complete, bare, None,
               note="reported: the bare window shows first and is filled next"),
        Result("start-up: start screen shows its data", data, sqlmodel_floor, 1.3,
               note=f"floor: PySide6 + SQLModel reading 50 participants into a table view; against PySide6 + "
                    f"sqlite3 doing the same ({sqlite_floor:.3f} s) the ratio is {data / sqlite_floor:.2f}",
               extra={"sqlite3_floor": sqlite_floor, "ratio_to_sqlite3": data / sqlite_floor}),
    ]


def peak_memory() -> Result:
    """Peak RSS of FieldDesk with the large profile open on the Participants list, against a bare window."""

    def peak(command: list[str]) -> float:
        """Measured from a fresh process of its own: the peak of all its children is the command's peak."""
        probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        done = subprocess.run([sys.executable, "-c", probe, *command], cwd=ROOT, env=ENV, capture_output=True,
                              text=True, check=True, timeout=180)
        return int(done.stdout.strip()) / 1024  # MB (ru_maxrss is in KB on Linux)

    bare = peak([sys.executable, str(FLOORS / "bare_window.py")])
    mine = peak(fielddesk_start(large_profile()))
    return Result("peak memory, large profile on the Participants list", mine, bare + 150, 1.0, unit="MB",
                  note=f"floor: a bare PySide6 window ({bare:.0f} MB) plus 150 MB")


def run() -> list[Result]:
    return startup() + [peak_memory()]
