"""The main window. It only assembles: the side bar, the pages (made when first opened), menus, toolbar and
status bar; what a page does is the page's business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.ui.settings.options import LAST_PAGE, WINDOW_GEOMETRY, WINDOW_STATE
from app.ui.shell.actions import build_actions
from app.ui.shell.pages import PAGES, PageEntry
from app.ui.tasks.progress import BusyIndicator
from app.ui.widgets.messages import show_error
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.about.dialog import AboutDialog
    from app.ui.context import AppContext


class MainWindow(QMainWindow):
    page_shown = Signal(str)
    preferences_requested = Signal()
    backups_requested = Signal()

    def __init__(self, ctx: AppContext, pages: list[PageEntry] | None = None, start_page: str | None = None,
                 defer_start: bool = False):
        """``defer_start``: show the frame only; ``show_start_page()`` follows once the profile is open (start-up
        shows the window before the data stack has loaded)."""
        super().__init__()
        self.ctx = ctx
        self.entries = list(pages or PAGES)
        self.pages: dict[str, Page] = {}
        self.setObjectName("mainWindow")
        profile = str(ctx.profile_path)
        self.setWindowTitle(self.tr("FieldDesk \u2013 %1 \u2013 %2").replace("%1", ctx.office).replace("%2", profile))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setUniformItemSizes(True)
        for n, entry in enumerate(self.entries):
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if n < 10:  # Ctrl+1 to Ctrl+9, then Ctrl+0
                item.setToolTip(f"{entry.title} ({QKeySequence(f'Ctrl+{(n + 1) % 10}').toString(QKeySequence.SequenceFormat.NativeText)})")
            self.sidebar.addItem(item)
        self.sidebar.setStyleSheet("QListWidget#sidebar { border: none; }"
                                   "QListWidget#sidebar::item { padding: 7px 12px; }")
        width = max(self.sidebar.sizeHintForColumn(0), 120) + 40
        self.sidebar.setFixedWidth(width)
        self.stack = QStackedWidget()
        self._slots: dict[str, QWidget] = {}
        for entry in self.entries:
            slot = QWidget()
            self._slots[entry.key] = slot
            self.stack.addWidget(slot)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_ = build_actions(self)
        self._build_menus()
        self._build_toolbar()
        self.busy = BusyIndicator(ctx.tasks)
        self.statusBar().addPermanentWidget(self.busy)
        self.office_label = QLabel(self.tr("Office %1").replace("%1", ctx.office))
        self.statusBar().addPermanentWidget(self.office_label)
        ctx.tasks.failed.connect(lambda error: show_error(self, error))

        self.current_key: str | None = None
        self.about_dialog: AboutDialog | None = None
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self._restore_geometry()
        self._start_page = start_page
        self._started = False
        if defer_start:
            self.sidebar.setEnabled(False)
        else:
            self.show_start_page()

    def show_start_page(self) -> None:
        self._started = True
        self.sidebar.setEnabled(True)
        start = self._start_page or self.ctx.settings.get(LAST_PAGE)
        keys = [e.key for e in self.entries]
        self.show_page(start if start in keys else keys[0])

    # ------------------------------------------------------------ layout
    def _build_menus(self) -> None:
        a = self.actions_
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a.import_)
        file_menu.addAction(a.export)
        file_menu.addSeparator()
        self.backups_action = file_menu.addAction(self.tr("&Backups\u2026"))
        self.backups_action.setStatusTip(self.tr("Back up the profile, copy a backup to a folder, or restore one"))
        self.backups_action.triggered.connect(self.backups_requested)
        file_menu.addAction(a.preferences)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        record = self.menuBar().addMenu(self.tr("&Record"))
        for action in (a.new, a.save, a.delete):
            record.addAction(action)
        record.addSeparator()
        for action in (a.previous, a.next, a.search):
            record.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for n, entry in enumerate(self.entries):
            action = go.addAction(entry.title)
            if n < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{(n + 1) % 10}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_page(key))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        a.new.triggered.connect(lambda: self._on_page("new"))
        a.save.triggered.connect(lambda: self._on_page("save"))
        a.delete.triggered.connect(lambda: self._on_page("delete"))
        a.next.triggered.connect(lambda: self._on_page("next"))
        a.previous.triggered.connect(lambda: self._on_page("previous"))
        a.search.triggered.connect(lambda: self._on_page("search"))
        a.export.triggered.connect(lambda: self._on_page("export"))
        a.import_.triggered.connect(lambda: self._on_page("import"))
        a.preferences.triggered.connect(self.preferences_requested)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)

    def _build_toolbar(self) -> None:
        a = self.actions_
        bar = QToolBar(self.tr("Main toolbar"))
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
        self.addToolBar(bar)
        self.toolbar = bar

    # ------------------------------------------------------------- pages
    def page(self, key: str) -> Page:
        """The page ``key``, made the first time it is asked for."""
        if key not in self.pages:
            entry = next(e for e in self.entries if e.key == key)
            page = entry.create(self.ctx)
            slot = self._slots[key]
            index = self.stack.indexOf(slot)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[key] = page
            page.actions_changed.connect(self._update_actions)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        return self.pages[key]

    @property
    def current_page(self) -> Page | None:
        return self.pages.get(self.current_key or "")

    def show_page(self, key: str) -> None:
        if not self._started:  # the profile is still opening (the sidebar waits; Qt may pick its first row)
            return
        current = self.current_page
        if current is not None and key != self.current_key:
            current.request_leave(lambda: self._switch(key))
            self._select_sidebar(self.current_key)  # until the user has answered
        else:
            self._switch(key)

    def _switch(self, key: str) -> None:
        page = self.page(key)
        self.current_key = key
        self.stack.setCurrentWidget(page)
        self._select_sidebar(key)
        self.ctx.settings.set(LAST_PAGE, key)
        page.on_shown()
        self._update_actions()
        self.page_shown.emit(key)

    def _select_sidebar(self, key: str | None) -> None:
        keys = [e.key for e in self.entries]
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(keys.index(key) if key in keys else -1)
        self.sidebar.blockSignals(False)

    def _sidebar_changed(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.show_page(self.entries[row].key)

    # ----------------------------------------------------------- actions
    def _on_page(self, action: str) -> None:
        page = self.current_page
        if page is None or not page.can(action):
            return
        {"new": page.new_record, "save": page.save, "delete": page.delete, "next": page.next_record,
         "previous": page.previous_record, "search": page.focus_search, "export": page.export_list,
         "import": page.import_file}[action]()

    def _update_actions(self) -> None:
        page = self.current_page
        for name, action in self.actions_.record_actions().items():
            action.setEnabled(page is not None and page.can(name))

    def _about(self) -> None:
        """The About dialog, once the components are read (the installed metadata, on the worker)."""
        if self.about_dialog is not None:
            self._show_about(self.about_dialog.model.items)
            return
        from app.licences import components

        self.ctx.tasks.run(components, self._show_about, owner=self)

    def _show_about(self, items) -> AboutDialog:
        from app.ui.about.dialog import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(items, self.ctx.profile_path, self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    # ------------------------------------------------------------ closing
    def unsaved_page(self) -> Page | None:
        return next((p for p in self.pages.values() if p.has_unsaved_changes()), None)

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.unsaved_page()
        if page is not None:
            event.ignore()
            if page is not self.current_page:
                self._switch(page.key)
            page.request_leave(self.close)
            return
        self._save_geometry()
        event.accept()

    def _save_geometry(self) -> None:
        settings = self.ctx.settings
        settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode())
        settings.set(WINDOW_STATE, bytes(self.saveState().toBase64()).decode())

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1280, 800)
        state = self.ctx.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
