"""The way to the first screen loads only what that screen needs: no migrations (alembic), no report or spreadsheet
writers, no charts, and only the tables it shows (declaring every table costs about 0.1 s of a cold start). The
other tables are declared on the worker just after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_THE_FIRST_SCREEN = ("alembic", "reportlab", "openpyxl", "PySide6.QtCharts", "app.reports", "app.sync",
                            "app.models.missions", "app.models.programme", "app.models.requests",
                            "app.models.results")


def modules_loaded(profile: Path, page: str, tmp_path: Path) -> tuple[set[str], set[str]]:
    """The modules loaded when the first screen showed its data, and when FieldDesk exited."""
    config = tmp_path / "config" / "FieldDesk"
    config.mkdir(parents=True)
    (config / "FieldDesk.ini").write_text(f'[meta]\nversion=1\n\n[window]\npage=\\"{page}\\"\n')
    code = ("import builtins, sys\nfrom app.cli import main\n"
            "shown, _print = [], builtins.print\n"
            "def spy(*args, **kwargs):\n"
            "    if args and str(args[0]).startswith('data shown') and not shown:\n"
            "        shown.extend(sys.modules)\n"
            "    _print(*args, **kwargs)\n"
            "builtins.print = spy\n"
            f"code = main(['--profile', {str(profile)!r}, '--quit-when-idle', '--startup-times'])\n"
            "_print('SHOWN', ','.join(sorted(shown)))\n_print('EXIT', ','.join(sorted(sys.modules)))\n"
            "sys.exit(code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    env.pop("FIELDDESK_PASSPHRASE_FILE", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f'page=\\"{page}\\"' in (config / "FieldDesk.ini").read_text()  # it did start on that page
    lines = dict(text.split(" ", 1) for text in done.stdout.splitlines() if text.startswith(("SHOWN ", "EXIT ")))
    return set(lines["SHOWN"].split(",")), set(lines["EXIT"].split(","))


def test_starting_on_the_participants_list_loads_neither_writers_nor_other_tables(demo_profile, tmp_path):
    shown, at_exit = modules_loaded(demo_profile, "participants", tmp_path)
    loaded = sorted(m for m in shown for prefix in NOT_FOR_THE_FIRST_SCREEN
                    if m == prefix or m.startswith(prefix + "."))
    assert loaded == []
    assert {"app.models.training", "app.ui.widgets.record_model"} <= shown  # it did show the list
    # then, on the worker, every other table: no later screen declares one on the GUI thread
    assert {"app.models.missions", "app.models.programme", "app.models.requests", "app.models.results"} <= at_exit
