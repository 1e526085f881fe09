"""Run by bench_list.py in a process of its own: opens a profile's Participants list the way the window does and
prints timings in seconds, one JSON line.

    list_probe.py PROFILE open RUNS      -- each run: a new Participants page, from asking for it to its first
                                            screenful of rows drawn
    list_probe.py PROFILE search RUNS    -- each run: types a name letter by letter into the search box; for every
                                            keystroke, the time until the list shows that text's matches
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

WORDS = ["Pérez 0417", "Organisation 12", "Judge 3"]  # typed as people type them, letter by letter


def wait_for(signal, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def settle() -> None:
    """Let queued paints and row reads finish (what the user would see settle)."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


def main() -> None:
    profile, mode, runs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.participants.page import ParticipantsPage
    from app.ui.settings.registry import Settings
    from app.ui.tasks.taskman import TaskManager

    secret_file = os.environ.get("FIELDDESK_PASSPHRASE_FILE")  # an encrypted profile (bench_encrypted.py)
    fd = FieldDesk.open(profile, secret=Path(secret_file).read_text().strip() if secret_file else None)
    settings = Settings.in_file(Path(tempfile.mkdtemp()) / "settings.ini")
    ctx = AppContext(fd, TaskManager(), settings)
    ctx.refs.set_choices(reference_choices(fd))

    def open_page() -> tuple[ParticipantsPage, float]:
        started = time.perf_counter()
        page = ParticipantsPage(ctx)
        page.resize(1200, 800)
        page.show()
        page.on_shown()
        model = page.panel.model
        if not model.ready:
            wait_for(page.data_shown)
        if model.rowCount() and model.row_data(0) is None:
            wait_for(model.rows_arrived)
        settle()
        return page, time.perf_counter() - started

    times: list[float] = []
    if mode == "open":
        open_page()  # warm-up
        for _ in range(runs):
            page, seconds = open_page()
            times.append(seconds)
            page.close()
            page.deleteLater()
            settle()
    else:
        page, _ = open_page()
        panel, model = page.panel, page.panel.model
        for _ in range(runs):
            for word in WORDS:
                panel.search.clear()
                while panel.search_waiting or model.busy or model.shown_query.search:
                    wait_for(panel.loaded, 10_000)
                settle()
                typed = ""
                for letter in word:
                    typed += letter
                    started = time.perf_counter()
                    panel.search.setText(typed)  # what a keystroke does to the line edit
                    wanted = typed.strip()  # what the box searches for
                    while panel.search_waiting or model.busy or model.shown_query.search != wanted:
                        wait_for(panel.loaded, 10_000)
                    if model.rowCount() and model.row_data(0) is None:
                        wait_for(model.rows_arrived)
                    settle()
                    times.append(time.perf_counter() - started)
    print(json.dumps({"times": times, "total": len(fd.participants.ids())}), flush=True)
    ctx.tasks.shutdown()
    fd.close()
    app.quit()


if __name__ == "__main__":
    main()
