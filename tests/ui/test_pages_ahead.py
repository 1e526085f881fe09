"""Record pages are made ahead in idle time once the first screen has its data (``app/ui/shell/ahead.py``), their
lists read, so that a page's first visit is as quick as any other; the user's own first visit is not made twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import settle

from app.ui.shell.ahead import AHEAD
from app.ui.shell.main_window import MainWindow


def test_record_pages_are_made_in_idle_time_and_shown_at_once(open_window, qtbot, monkeypatch):
    monkeypatch.setattr(MainWindow, "pages_ahead", True)
    window, ctx = open_window("demo", "participants")
    qtbot.waitUntil(lambda: window.ahead.done, timeout=20000)
    settle(qtbot, ctx)
    assert set(AHEAD) <= set(window.pages)  # the start page kept, the others made once each
    trainings = window.pages["trainings"]
    assert trainings.panel.model.rowCount() > 0  # its list was read ahead
    assert window.current_key == "participants" and window.current_page is window.pages["participants"]
    # The side bar's Trainings: the page made ahead, shown as it is.
    sidebar = window.sidebar
    row = [e.key for e in window.entries].index("trainings")
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(sidebar.item(row)).center())
    qtbot.waitUntil(lambda: window.current_key == "trainings", timeout=5000)
    assert window.current_page is trainings and window.stack.currentWidget() is trainings
    assert trainings.panel.view.model().rowCount() == trainings.panel.model.rowCount() > 0
