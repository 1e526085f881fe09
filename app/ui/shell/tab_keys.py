"""Ctrl+Tab and Ctrl+Shift+Tab switch tabs wherever the focus is in the window. Qt's tab widget hears these keys only
from inside itself: with the focus in the side bar (just after choosing a page there) the Sync page's tabs did not
switch. The tabs around the focus switch (an editor's, a page's); with the focus outside the page, the page's own
tabs do, else its editor's. Disabled tabs (a record not saved yet) are passed over, as Qt's tab widget does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

NEXT = (QKeySequence("Ctrl+Tab"),)
# Shift+Tab arrives as Backtab (X11 and Windows alike), and some systems keep it as Tab with Shift
PREVIOUS = (QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Backtab), QKeySequence("Ctrl+Shift+Tab"))


def install_tab_keys(window: MainWindow) -> None:
    for keys, step in ((NEXT, 1), (PREVIOUS, -1)):
        for sequence in keys:
            shortcut = QShortcut(sequence, window)
            shortcut.activated.connect(lambda step=step: switch_tab(window, step))


def tabs_to_switch(window: MainWindow) -> QTabWidget | None:
    page = window.current_page
    if page is None:
        return None
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None and widget is not page:
        if isinstance(widget, QTabWidget) and widget.isVisible():
            return widget
        widget = widget.parentWidget()
    for owner in (page, getattr(page, "editor", None)):
        tabs = getattr(owner, "tabs", None)
        if isinstance(tabs, QTabWidget) and tabs.isVisible():
            return tabs
    return None


def switch_tab(window: MainWindow, step: int) -> None:
    tabs = tabs_to_switch(window)
    if tabs is None or tabs.count() < 2:
        return
    index = tabs.currentIndex()
    for _ in range(tabs.count() - 1):
        index = (index + step) % tabs.count()
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return
