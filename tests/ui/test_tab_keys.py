"""Ctrl+Tab and Ctrl+Shift+Tab switch tabs wherever the focus is in the window (``app/ui/shell/tab_keys.py``): on the
Sync page, chosen in the side bar (where the focus then stays), they did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from uihelpers import open_page, press_in, settle


def test_ctrl_tab_switches_the_sync_page_s_tabs_from_the_side_bar_and_an_editor_s_from_inside(open_window, qtbot):
    window, ctx = open_window("demo", "dashboard", language="en")
    open_page(qtbot, window, "sync")
    settle(qtbot, ctx)
    tabs = window.current_page.tabs
    assert QApplication.focusWidget() is window.sidebar and tabs.currentIndex() == 0
    press_in(qtbot, window, "Ctrl+Tab")
    assert tabs.currentIndex() == 1
    press_in(qtbot, window, "Ctrl+Shift+Tab")
    press_in(qtbot, window, "Ctrl+Shift+Tab")
    assert tabs.currentIndex() == tabs.count() - 1  # round, to the last
    open_page(qtbot, window, "projects")
    settle(qtbot, ctx)
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")  # the first project
    qtbot.waitUntil(lambda: page.editor.mode == "existing", timeout=5000)
    editor_tabs = page.editor.tabs
    field = next(w for w in editor_tabs.currentWidget().findChildren(QLineEdit) if w.isVisible())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field and editor_tabs.currentIndex() == 0
    press_in(qtbot, window, "Ctrl+Tab")
    assert editor_tabs.currentIndex() == 1
