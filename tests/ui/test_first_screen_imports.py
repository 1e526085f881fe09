"""The way to the first screen loads only what that screen needs: no migrations (alembic), no report or spreadsheet
writers, no charts, and only the tables it shows (declaring every table costs about 0.1 s of a cold start). The
other tables are declared on the worker just after. Before all that, the bare window shows with nothing loaded
behind it: neither the data stack nor the rest of the interface. Python's cycle collector waits meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_THE_FIRST_SCREEN = ("alembic", "reportlab", "openpyxl", "PySide6.QtCharts", "app.reports", "app.sync", "babel",
                            "cryptography", "app.ui.safety.unlock_dialog",  # a plain profile, which never locks
                            "app.models.missions", "app.models.programme", "app.models.requests",
                            "app.models.results", "app.models.training",
                            "app.models.local")  # the change log and the clock: declared on the first write


CATALOGUE = ("app.reports", "app.reports.kinds")  # a dict of report kinds; app.reports loads ReportLab on first use

NOT_FOR_THE_BARE_WINDOW = ("sqlalchemy", "sqlmodel", "pydantic", "app.models.base", "app.models.local",
                           "app.models.reference", "app.models.training", "app.services.core",
                           "app.ui.shell.chrome", "app.ui.shell.actions", "app.ui.context", "app.ui.tasks",
                           "app.ui.widgets", "app.ui.i18n.translations")


def within(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for prefix in prefixes if m == prefix or m.startswith(prefix + "."))


def modules_loaded(profile: Path, page: str, tmp_path: Path) -> dict[str, set[str]]:
    """The modules loaded when the window showed, when the first screen showed its data, and when FieldDesk
    exited."""
    config = tmp_path / "config" / "FieldDesk"
    config.mkdir(parents=True)
    (config / "FieldDesk.ini").write_text(f'[meta]\nversion=1\n\n[window]\npage=\\"{page}\\"\n')
    code = ("import builtins, gc, sys\nfrom app.cli import main\ncollecting = {}\n"
            "seen, _print = {}, builtins.print\n"
            "def spy(*args, **kwargs):\n"
            "    moment = str(args[0]).partition(':')[0] if args else ''\n"
            "    seen.setdefault(moment, sorted(sys.modules))\n"
            "    collecting.setdefault(moment, gc.isenabled())\n"
            "    _print(*args, **kwargs)\n"
            "builtins.print = spy\n"
            f"code = main(['--profile', {str(profile)!r}, '--quit-when-idle', '--startup-times'])\n"
            "_print('VISIBLE', ','.join(seen['window visible']))\n_print('SHOWN', ','.join(seen['data shown']))\n"
            "_print('EXIT', ','.join(sorted(sys.modules)))\n"
            "_print('COLLECTING', collecting['window visible'], collecting['data shown'], gc.isenabled())\n"
            "sys.exit(code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    env.pop("FIELDDESK_PASSPHRASE_FILE", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f'page=\\"{page}\\"' in (config / "FieldDesk.ini").read_text()  # it did start on that page
    lines = dict(text.split(" ", 1) for text in done.stdout.splitlines()
                 if text.startswith(("VISIBLE ", "SHOWN ", "EXIT ", "COLLECTING ")))
    collecting = lines.pop("COLLECTING").split()
    return {**{moment: set(names.split(",")) for moment, names in lines.items()}, "COLLECTING": collecting}


def test_starting_on_the_participants_list_loads_neither_writers_nor_other_tables(demo_profile, tmp_path):
    loaded = modules_loaded(demo_profile, "participants", tmp_path)
    visible, shown, at_exit = loaded["VISIBLE"], loaded["SHOWN"], loaded["EXIT"]
    assert within(visible, NOT_FOR_THE_BARE_WINDOW) == []
    assert "app.ui.shell.main_window" in visible and "app.ui.shell.chrome" in shown
    # the report catalogue (the editor's Reports button reads it) loads nothing else: the reports themselves wait
    assert [m for m in within(shown, NOT_FOR_THE_FIRST_SCREEN) if m not in CATALOGUE] == []
    # the cycle collector waits for the first screen (app/ui/collection.py), then works again
    assert loaded["COLLECTING"] == ["False", "False", "True"]
    assert {"app.models.participants", "app.ui.widgets.record_model"} <= shown  # it did show the list
    # then, on the worker, every other table: no later screen declares one on the GUI thread
    assert {"app.models.missions", "app.models.programme", "app.models.requests", "app.models.results",
            "app.models.training"} <= at_exit
