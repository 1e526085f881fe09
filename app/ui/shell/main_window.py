"""The main window. It only assembles: the side bar, the pages (made when first opened), menus, toolbar and
status bar (``chrome.py``); what a page does is the page's business.

It is made in two steps so that start-up can show it before the rest of the interface is even imported: the frame,
where the user left it, then ``assemble`` fills it. This module therefore imports nothing but the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.ui.settings.options import LAST_PAGE, WINDOW_GEOMETRY, WINDOW_STATE

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget, QToolBar, QWidget

    from app.ui.about.dialog import AboutDialog
    from app.ui.context import AppContext
    from app.ui.settings.registry import Settings
    from app.ui.shell.actions import WindowActions
    from app.ui.shell.pages import PageEntry
    from app.ui.tasks.progress import BusyIndicator
    from app.ui.widgets.mnemonics import MnemonicKeeper
    from app.ui.widgets.page import Page

DEFAULT_SIZE = (1280, 800)
FRAME_MARGIN, FRAME_TITLE = 4, 32  # a window manager's border and title bar, about


class MainWindow(QMainWindow):
    pages_ahead = True  # record pages made in idle time after the first screen (``shell/ahead.py``); tests turn it off
    page_shown = Signal(str)
    preferences_requested = Signal()
    backups_requested = Signal()

    sidebar: QListWidget
    stack: QStackedWidget
    _slots: dict[str, QWidget]
    actions_: WindowActions
    mnemonics: MnemonicKeeper
    toolbar: QToolBar
    busy: BusyIndicator
    office_label: QLabel

    def __init__(self, ctx: AppContext | None = None, pages: list[PageEntry] | None = None,
                 start_page: str | None = None, defer_start: bool = False, *, settings: Settings | None = None):
        """With ``ctx``, the whole window. Without it, only the frame, placed from ``settings``: start-up shows it
        and then calls ``assemble``. ``defer_start``: no page yet; ``show_start_page()`` follows once the profile
        is open (start-up shows the window before the data stack has loaded)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("FieldDesk")
        self.ctx: AppContext | None = None
        self.pages: dict[str, Page] = {}
        self.current_key: str | None = None
        self.about_dialog: AboutDialog | None = None
        self.access_dialog = None  # File > Access record, made when first opened
        self._started = False
        self._settings = settings if settings is not None else ctx.settings
        self._restore_geometry()
        if ctx is not None:
            self.assemble(ctx, pages, start_page, defer_start)

    @property
    def assembled(self) -> bool:
        return self.ctx is not None

    def assemble(self, ctx: AppContext, pages: list[PageEntry] | None = None, start_page: str | None = None,
                 defer_start: bool = False) -> None:
        # imported here: start-up: the bare window does not load ui.shell.chrome
        from app.ui.shell.chrome import build_chrome

        # imported here: start-up: the bare window does not load ui.shell.pages
        from app.ui.shell.pages import PAGES

        self.ctx = ctx
        self.entries = list(pages or PAGES)
        profile = str(ctx.profile_path)
        self.setWindowTitle(self.tr("FieldDesk \u2013 %1 \u2013 %2").replace("%1", ctx.office).replace("%2", profile))
        build_chrome(self)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self._restore_state()
        self._start_page = start_page
        self.ahead = None
        if self.pages_ahead:
            # imported here: start-up: the bare window does not load ui.shell.ahead
            from app.ui.shell.ahead import PagesAhead

            self.ahead = PagesAhead(self)
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
        if self.ahead is not None and self.current_page is not None:
            self.current_page.data_shown.connect(self.ahead.start)  # idle time begins once the screen has its data

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
            self.mnemonics.watch(page)
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
        self.mnemonics.schedule(self)
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
    def on_page_action(self, action: str) -> None:
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

    def show_access_record(self):
        """File > Access record: who printed or exported whose data here (app/ui/privacy/access_record.py)."""
        # imported here: start-up: the bare window does not load ui.privacy
        from app.ui.privacy.access_record import AccessRecordDialog

        self.access_dialog = AccessRecordDialog(self.ctx, self)
        self.access_dialog.show()
        return self.access_dialog

    def show_about(self) -> None:
        """The About dialog, once the components are read (the installed metadata, on the worker)."""
        if self.about_dialog is not None:
            self._show_about(self.about_dialog.model.rows)
            return
        # imported here: start-up: the bare window does not load licences
        from app.licences import components

        self.ctx.tasks.run(components, self._show_about, owner=self)

    def show_shortcuts(self):
        # imported here: start-up: the bare window does not load ui.shell.shortcuts_dialog
        from app.ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def _show_about(self, items) -> AboutDialog:
        # imported here: start-up: the bare window does not load ui.about
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
        # Each page with unsaved changes asks. Discard answers at once: the window closes now (calling close()
        # again from inside this event would be ignored by Qt, and the window would stay open). Save answers once
        # the save is back: the window is closed again then.
        while (page := self.unsaved_page()) is not None:
            if not self._left_at_once(page):
                event.ignore()
                return
        if self.assembled:  # a frame closed before it was filled (start-up failed) would save no toolbar
            self._save_geometry()
        event.accept()

    def _left_at_once(self, page: Page) -> bool:
        """Ask ``page`` to save or discard its changes; True when it is left now (a save closes the window again
        once it is back)."""
        state = {"asking": True, "left": False}

        def proceed() -> None:
            if state["asking"]:
                state["left"] = True
            else:
                QTimer.singleShot(0, self.close)

        if page is not self.current_page:
            self._switch(page.key)
        page.request_leave(proceed)
        state["asking"] = False
        return state["left"] and not page.has_unsaved_changes()

    def _save_geometry(self) -> None:
        settings = self._settings
        settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode())
        settings.set(WINDOW_STATE, bytes(self.saveState().toBase64()).decode())

    def _restore_geometry(self) -> None:
        """Where the user left the window, inside the screen's available area (a smaller screen than last time, a
        laptop off its docking station); the first time 1280x800, or the whole area on a smaller screen."""
        geometry = self._settings.get(WINDOW_GEOMETRY)
        # Qt refuses a geometry it cannot read (saved by another Qt, or on a screen it cannot place): the window
        # would keep its smallest size, so it gets the first-time size instead.
        restored = bool(geometry) and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if not restored:
            self.resize(*DEFAULT_SIZE)
        if self.isMaximized() or self.isFullScreen():
            return
        area = self.screen().availableGeometry()
        # room for the window manager's frame, which the window does not know before it is shown
        room = area.adjusted(FRAME_MARGIN, FRAME_TITLE, -FRAME_MARGIN, -FRAME_MARGIN)
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            if not restored:
                self.setWindowState(Qt.WindowState.WindowMaximized)
        rect = self.geometry()
        rect.moveLeft(max(room.left(), min(rect.left(), room.right() - rect.width() + 1)))
        rect.moveTop(max(room.top(), min(rect.top(), room.bottom() - rect.height() + 1)))
        self.move(rect.topLeft())

    def _restore_state(self) -> None:
        """Toolbars and docks, once they exist."""
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
