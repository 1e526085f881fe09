"""What the main window holds around its pages: the side bar, the page stack, menus, toolbar and status bar. Built
into a window already on screen (start-up shows the bare window first: ``MainWindow.assemble``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QStackedWidget, QToolBar, QWidget

from app.ui.due.status import OverdueLabel
from app.ui.shell.actions import build_actions
from app.ui.shell.shortcuts import TextFieldShortcuts
from app.ui.shell.side_bar import SideBar
from app.ui.shell.tab_keys import install_tab_keys
from app.ui.tasks.progress import BusyIndicator
from app.ui.widgets.focus_style import FOCUS_STYLE
from app.ui.widgets.messages import show_error
from app.ui.widgets.mnemonics import MnemonicKeeper

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def build_chrome(window: MainWindow) -> None:
    window.setStyleSheet(FOCUS_STYLE)
    _build_sidebar(window)
    window.stack = QStackedWidget()
    window._slots = {}
    for entry in window.entries:  # placeholders: a page is made when first opened
        slot = QWidget()
        window._slots[entry.key] = slot
        window.stack.addWidget(slot)
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(window.sidebar)
    row.addWidget(window.stack, 1)
    window.setCentralWidget(central)

    window.actions_ = build_actions(window)
    window.text_shortcuts = TextFieldShortcuts(window)
    install_tab_keys(window)
    window.mnemonics = MnemonicKeeper(window)
    _build_menus(window)
    _build_toolbar(window)
    window.busy = BusyIndicator(window.ctx.tasks)
    window.statusBar().addPermanentWidget(window.busy)
    window.overdue_label = OverdueLabel(window)
    window.statusBar().addPermanentWidget(window.overdue_label)
    window.office_label = QLabel(window.tr("Office %1").replace("%1", window.ctx.office))
    window.statusBar().addPermanentWidget(window.office_label)
    window.ctx.tasks.failed.connect(lambda error: show_error(window, error))


def _shortcut(n: int) -> QKeySequence:
    """Ctrl+1 to Ctrl+9, then Ctrl+0, for the first ten pages."""
    return QKeySequence(f"Ctrl+{(n + 1) % 10}")


def _build_sidebar(window: MainWindow) -> None:
    sidebar = SideBar()
    sidebar.setObjectName("sidebar")
    sidebar.setAccessibleName(window.tr("Sections"))
    sidebar.setUniformItemSizes(True)
    for n, entry in enumerate(window.entries):
        item = QListWidgetItem(entry.title)
        item.setData(Qt.ItemDataRole.UserRole, entry.key)
        if n < 10:
            shortcut = _shortcut(n).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{entry.title} ({shortcut})")
        sidebar.addItem(item)
    sidebar.setStyleSheet("QListWidget#sidebar { border: 2px solid transparent; }"
                          "QListWidget#sidebar:focus { border-color: palette(highlight); }"
                          "QListWidget#sidebar::item { padding: 0px 12px; }")  # the height: side_bar.py
    sidebar.fit_width(120, 40)
    window.sidebar = sidebar


def _build_menus(window: MainWindow) -> None:
    a = window.actions_
    file_menu = window.menuBar().addMenu(window.tr("&File"))
    file_menu.addAction(a.import_)
    file_menu.addAction(a.export)
    file_menu.addSeparator()
    window.backups_action = file_menu.addAction(window.tr("&Backups\u2026"))
    window.backups_action.setStatusTip(window.tr("Back up the profile, copy a backup to a folder, or restore one"))
    window.backups_action.triggered.connect(window.backups_requested)
    window.access_action = file_menu.addAction(window.tr("A&ccess record\u2026"))
    window.access_action.setStatusTip(window.tr("Who printed or exported whose data here, for an audit"))
    window.access_action.triggered.connect(window.show_access_record)
    file_menu.addAction(a.preferences)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    record = window.menuBar().addMenu(window.tr("&Record"))
    for action in (a.new, a.save, a.delete):
        record.addAction(action)
    record.addSeparator()
    for action in (a.previous, a.next, a.search):
        record.addAction(action)
    go = window.menuBar().addMenu(window.tr("&Go"))
    for n, entry in enumerate(window.entries):
        action = go.addAction(entry.title)
        if n < 10:
            action.setShortcut(_shortcut(n))
        action.triggered.connect(lambda _checked=False, key=entry.key: window.show_page(key))
    help_menu = window.menuBar().addMenu(window.tr("&Help"))
    help_menu.addAction(a.guide)
    help_menu.addAction(a.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    for name in ("new", "save", "delete", "next", "previous", "search", "export"):
        getattr(a, name).triggered.connect(lambda _checked=False, name=name: window.on_page_action(name))
    a.import_.triggered.connect(lambda: window.on_page_action("import"))
    a.preferences.triggered.connect(window.preferences_requested)
    a.quit.triggered.connect(window.close)
    a.about.triggered.connect(window.show_about)
    a.guide.triggered.connect(lambda: _show_guide(window))
    a.shortcuts.triggered.connect(window.show_shortcuts)


def _show_guide(window: MainWindow) -> None:
    # imported here: start-up: the first screen (participants) does not load ui.help
    from app.ui.help.window import show_guide  # the guide's window is made when first asked for

    show_guide(window)


def _build_toolbar(window: MainWindow) -> None:
    a = window.actions_
    bar = QToolBar(window.tr("Main toolbar"))
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    for action in (a.new, a.save, a.delete):
        bar.addAction(action)
    bar.addSeparator()
    for action in (a.previous, a.next, a.search):
        bar.addAction(action)
    bar.addSeparator()
    bar.addAction(a.import_)
    bar.addAction(a.export)
    window.addToolBar(bar)
    window.toolbar = bar
