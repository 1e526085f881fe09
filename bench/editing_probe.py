"""Run by bench_editing.py in a process of its own, on a copy of the large profile: the main window as a person uses
it, and the time of each step from the action to what it shows drawn (the database worker idle, the events that
follow handled). Prints one JSON line of timings in seconds:

    new_participant  -- "New participant..." on an activity's Participants tab, to the dialog drawn
    open_participant -- a participant chosen in the list, to the editor showing it
    open_training    -- an activity chosen in the list, to the editor showing it (its tabs filled)
    switch_page      -- the side bar's Participants or Activities page (both opened before), to its list drawn
    first_switch     -- the Activities page's first visit (made ahead while the first screen is read), to its list drawn
    first_new_participant -- the dialog's first opening in the process (its modules imported)
    save             -- Ctrl+S on a changed participant, to the list showing the new value
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

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TIMEOUT_MS = int(os.environ.get("PROBE_TIMEOUT_MS", "60000"))


def settle(ctx) -> None:
    """Until the worker has nothing left to do and the events it caused (answers, paints) are handled."""
    app = QApplication.instance()
    deadline = time.perf_counter() + TIMEOUT_MS / 1000
    while True:
        app.processEvents()
        if not ctx.tasks.busy:
            app.processEvents()
            if not ctx.tasks.busy:
                return
        if time.perf_counter() > deadline:
            raise RuntimeError("the database worker never went idle")
        loop = QEventLoop()
        ctx.tasks.idle.connect(loop.quit)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        ctx.tasks.idle.disconnect(loop.quit)


def until(condition, ctx) -> None:
    app = QApplication.instance()
    deadline = time.perf_counter() + TIMEOUT_MS / 1000
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("a step never finished")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    settle(ctx)


def quiet(window, ctx) -> None:
    """Before a step: the lists shown so far have read all their ids (a list reads its first 500 at once, the rest
    when it has been still for a moment), so that no earlier step's work is counted in the next one."""
    def lists_complete() -> bool:
        return all(page.panel.model.complete for page in window.pages.values()
                   if getattr(page, "panel", None) is not None and page.panel.model.ready)

    until(lists_complete, ctx)


def drawn(widget) -> None:
    """The widget painted now (offscreen, a paint is asked for and then made when events are handled)."""
    widget.repaint()
    QApplication.instance().processEvents()


def main() -> None:
    profile, runs = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    from app.services import FieldDesk
    from app.services.store.lookups import reference_choices
    from app.ui.context import AppContext
    from app.ui.settings.registry import Settings
    from app.ui.shell.main_window import MainWindow
    from app.ui.tasks.taskman import TaskManager

    fd = FieldDesk.open(profile)
    settings = Settings.in_file(Path(tempfile.mkdtemp()) / "settings.ini")
    ctx = AppContext(fd, TaskManager(), settings)
    ctx.refs.set_choices(reference_choices(fd))
    window = MainWindow(ctx, start_page="participants")
    window.resize(1366, 768)
    window.show()
    window.activateWindow()  # its shortcuts answer only while it is the active window
    settle(ctx)
    # A person reads the first screen a moment before acting: the record pages are made ahead meanwhile
    # (app/ui/shell/ahead.py), as they are when nobody types or clicks for half a second.
    until(lambda: window.ahead is None or window.ahead.done, ctx)
    participants = window.current_page
    times: dict[str, list[float]] = {k: [] for k in ("new_participant", "first_new_participant", "open_participant",
                                                      "open_training", "switch_page", "save")}

    def open_next(page) -> float:
        """The next record of the list made current (the Down arrow in the list), to the editor showing it."""
        quiet(window, ctx)
        view = page.panel.view
        view.setFocus()
        before = page.editor.record_id
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Down)
        until(lambda: page.editor.record_id not in (None, before) and page.editor.mode == "existing"
              and page.editor.record_id == page.panel.current_id(), ctx)
        drawn(window)
        return time.perf_counter() - started

    # opening records: a warm-up, then each run the next record of the list
    open_next(participants)
    for _ in range(runs):
        times["open_participant"].append(open_next(participants))

    quiet(window, ctx)
    started = time.perf_counter()
    window.show_page("trainings")  # its first visit: the page is made
    settle(ctx)
    drawn(window)
    times["first_switch"] = [time.perf_counter() - started]
    trainings = window.current_page
    open_next(trainings)
    for _ in range(runs):
        times["open_training"].append(open_next(trainings))

    # switching pages: both made already; each run goes to the other one
    for n in range(runs + 1):
        key = "participants" if n % 2 == 0 else "trainings"
        quiet(window, ctx)
        started = time.perf_counter()
        window.show_page(key)
        settle(ctx)
        drawn(window)
        if n:
            times["switch_page"].append(time.perf_counter() - started)

    # New participant... on the activity's Participants tab
    window.show_page("trainings")
    settle(ctx)
    editor = trainings.editor
    editor.tabs.setCurrentWidget(editor.enrollment)
    settle(ctx)
    button = editor.enrollment.new_button
    for n in range(runs + 1):
        quiet(window, ctx)
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = editor.enrollment.dialog
        until(lambda d=dialog: d.isVisible(), ctx)
        drawn(dialog)
        times["new_participant" if n else "first_new_participant"].append(time.perf_counter() - started)
        dialog.reject()
        settle(ctx)

    # a save's round trip: a name changed in the editor, Ctrl+S, until the list shows it
    window.show_page("participants")
    settle(ctx)
    window.activateWindow()  # offscreen, a dialog closed leaves no window active: no shortcut would answer
    until(lambda: QApplication.activeWindow() is window, ctx)
    name_field = participants.editor.form.inputs["full_name"].focus_widget
    panel = participants.panel
    for n in range(runs + 1):
        open_next(participants)
        record_id = participants.editor.record_id
        suffix = f" {n}"  # a name that keeps its place in the list's order
        new_name = name_field.text() + suffix
        name_field.setFocus()
        QTest.keyClick(name_field, Qt.Key.Key_End)
        QTest.keyClicks(name_field, suffix)
        app.processEvents()

        def listed(record_id=record_id, new_name=new_name) -> bool:
            row = panel.model.row_of(record_id)
            data = panel.model.row_data(row) if row >= 0 else None
            return data is not None and data.get("full_name") == new_name

        quiet(window, ctx)
        started = time.perf_counter()
        QTest.keyClick(name_field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        until(lambda lst=listed: not participants.editor.saving and lst(), ctx)
        drawn(window)
        if n:
            times["save"].append(time.perf_counter() - started)

    print(json.dumps(times), flush=True)
    ctx.tasks.shutdown()
    fd.close()
    app.quit()


if __name__ == "__main__":
    main()
