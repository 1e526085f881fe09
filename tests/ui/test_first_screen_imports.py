"""The way to the first screen loads only what that screen needs: no migrations (alembic), no report or spreadsheet
writers, no charts, and only the tables it shows (declaring every table costs about 0.1 s of a cold start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_THE_FIRST_SCREEN = ("alembic", "reportlab", "openpyxl", "PySide6.QtCharts", "app.reports", "app.sync",
                            "app.models.missions", "app.models.programme", "app.models.requests",
                            "app.models.results")


def modules_at_exit(profile: Path, page: str, tmp_path: Path) -> set[str]:
    config = tmp_path / "config" / "FieldDesk"
    config.mkdir(parents=True)
    (config / "FieldDesk.ini").write_text(f'[meta]\nversion=1\n\n[window]\npage=\\"{page}\\"\n')
    code = ("import sys\nfrom app.cli import main\n"
            f"code = main(['--profile', {str(profile)!r}, '--quit-when-idle'])\n"
            "print('MODULES', ','.join(sorted(sys.modules)))\nsys.exit(code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    env.pop("FIELDDESK_PASSPHRASE_FILE", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f'page=\\"{page}\\"' in (config / "FieldDesk.ini").read_text()  # it did start on that page
    line = next(text for text in done.stdout.splitlines() if text.startswith("MODULES "))
    return set(line.removeprefix("MODULES ").split(","))


def test_starting_on_the_participants_list_loads_neither_writers_nor_other_tables(demo_profile, tmp_path):
    modules = modules_at_exit(demo_profile, "participants", tmp_path)
    loaded = sorted(m for m in modules for prefix in NOT_FOR_THE_FIRST_SCREEN
                    if m == prefix or m.startswith(prefix + "."))
    assert loaded == []
    assert {"app.models.training", "app.ui.widgets.record_model"} <= modules  # it did show the list
