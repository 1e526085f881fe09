"""A page of one kind of record: the list beside its editor, and what the window's actions do on it (new, save,
delete, next, previous, search, export). Leaving a record with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QSplitter, QVBoxLayout, QWidget

from app.ui.i18n.report_language import ui_language
from app.ui.settings.options import LIST_SPLITTER, REPORTS_FOLDER
from app.ui.widgets.columns import Column, of_table
from app.ui.widgets.filter_bar import Filter, filters_of_table
from app.ui.widgets.list_panel import ListPanel
from app.ui.widgets.messages import Leave, ask_unsaved, confirm, inform, show_error
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.widgets.editor import RecordEditor

SIDE_BY_SIDE_CHARS = 130
EDITOR_SHARE = 0.55


class RecordPage(Page):
    """Subclasses give ``key``, ``table``, ``title()``, ``columns()``, ``filters()``, ``count_text()`` and
    ``make_editor()``."""

    key = ""
    table = ""
    import_kind = ""  # what "Import from Excel" brings into this list (participants, trainings, missions), if any
    kept_by_headquarters = False  # an office reads these records as headquarters' bundles bring them
    editor_share = EDITOR_SHARE  # the editor's least share of the first split (a list of long names takes less)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = of_table(self.table, self.columns())
        # The list's own table and those its reference columns name (their names are the interface's); the tables
        # a computed column reads (a count of parts, a status from the latest part) are those the list's reads took
        # rows from, as the database layer noted them (``self.panel.model.reads``).
        self.shown_tables = frozenset({self.table, *(c.ref for c in columns if c.ref)})
        filters = filters_of_table(self.table, self.filters())
        self.panel = ListPanel(ctx, self.key, self.table, columns, filters, self.count_text)
        # A page is made to be shown: its list's first read goes to the worker now, and the editor (its modules
        # too: make_editor imports them) is built while the worker reads, so the list shows sooner.
        self.panel.start()
        self.editor = self.make_editor()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.editor)
        # the editor takes what the window gains; the list keeps what the user gave it
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._split_placed = False
        state = ctx.settings.get(LIST_SPLITTER(self.key))
        if state:
            self._split_placed = self.splitter.restoreState(QByteArray.fromBase64(state.encode()))
        self.splitter.splitterMoved.connect(self._remember_splitter)
        self.splitter.installEventFilter(self)  # placed again as it resizes, until the user moves it
        # A narrow window (a small laptop, 200 % scaling) puts the editor under the list instead of beside it.
        self.splitter.setMinimumSize(360, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._programmatic = False
        self.panel.current_changed.connect(self._current_changed)
        self.panel.activated.connect(lambda _id: self.editor.form.focus_first())
        self.panel.loaded.connect(self._list_loaded)
        self._shown_when_rows = False  # data_shown waits for the first rows, not only the ids
        self.panel.model.rows_arrived.connect(self._rows_arrived)
        self.editor.state_changed.connect(self.actions_changed)
        self.editor.state_changed.connect(self._place_editor)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self.status_message.emit(self.tr("Deleted.")))
        ctx.changed.connect(self._data_changed)

    # --------------------------------------------------- for subclasses
    def title(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def filters(self) -> list[Filter]:
        return []

    def count_text(self, n: int) -> str:
        return self.tr("%Ln record(s)", "", n)

    def make_editor(self) -> RecordEditor:
        raise NotImplementedError

    # ------------------------------------------------------------ page
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the list and the editor side by side need about 130 characters of width
        beside = self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        # and room for the editor's whole tab row beside the narrowest list (many tabs, long words, a large text)
        editor = max(self.editor.minimumSizeHint().width(), self.editor.width_beside_a_list())
        beside = max(beside, editor + self.splitter.handleWidth() + self.splitter.widget(0).minimumSizeHint().width())
        wanted = Qt.Orientation.Horizontal if self.width() >= beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self._place_editor()
            if wanted == Qt.Orientation.Horizontal and not self._split_placed:
                # the list beside the editor gets its share, not the height it had above it (a window widened)
                QTimer.singleShot(0, self, self._place_split)

    def _place_editor(self) -> None:
        """Under the list (a narrow window, large text), the editor waits until a record opens or a new one starts:
        until then the list takes the whole page instead of a few rows over an empty editor. Beside the list it stays,
        saying what to do."""
        waiting = self.splitter.orientation() == Qt.Orientation.Vertical and self.editor.mode == "empty"
        if self.editor.isHidden() != waiting:
            self.editor.setHidden(waiting)
            if not waiting:  # laid out now, not when the event loop next turns: keys typed at once find their fields
                self.splitter.refresh()
                if self.editor.layout() is not None:
                    self.editor.layout().activate()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.splitter and event.type() == QEvent.Type.Resize and not self._split_placed
                and self.splitter.orientation() == Qt.Orientation.Horizontal):
            # after the splitter has laid its children out (before its first show it has none)
            QTimer.singleShot(0, self, self._place_split)
        return super().eventFilter(watched, event)

    def _place_split(self) -> None:
        """The first split, until the user moves it: the editor gets room for its tabs and fields (at least its page's
        ``editor_share``, 55 %), the list the rest, down to its narrowest (its filters stack)."""
        if self._split_placed or self.splitter.orientation() != Qt.Orientation.Horizontal:
            return
        room = self.splitter.width() - self.splitter.handleWidth()
        editor = max(self.editor.minimumSizeHint().width(), self.editor.width_beside_a_list(),
                     round(room * self.editor_share))
        listing = max(self.splitter.widget(0).minimumSizeHint().width(), room - editor)
        self.splitter.setSizes([listing, room - listing])

    def on_shown(self) -> None:
        self.panel.start()
        # no "create one (Ctrl+N)" where New is off (an office's Board), and where the records come from
        self.editor.say_creatable(self.can("new"), kept_at_hq=self.kept_by_headquarters and not self.ctx.is_hq)

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def can(self, action: str) -> bool:
        editor = self.editor
        if action == "new":
            return True
        if action == "save":
            return editor.can_save()
        if action == "delete":
            return editor.mode == "existing" and editor.writable and not editor.saving
        if action == "import":
            return bool(self.import_kind)
        return action in ("next", "previous", "search", "export")

    # ------------------------------------------------------- navigation
    def _current_changed(self, record_id: str | None) -> None:
        if self._programmatic or record_id is None or record_id == self.editor.target_id:
            return
        if self.editor.is_dirty():
            self._select_quietly(self.editor.record_id)  # stay on the edited record until the user has answered
            self.request_leave(lambda: self.open_record(record_id))
        else:
            self.open_record(record_id)

    def _select_quietly(self, record_id: str | None) -> None:
        self._programmatic = True
        try:
            self.panel.select_id(record_id)
        finally:
            self._programmatic = False

    def open_record(self, record_id: str) -> None:
        self._select_quietly(record_id)
        self.editor.load(record_id)

    def request_leave(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` once the edited record is saved or its changes discarded; not at all when cancelled."""
        if not self.editor.is_dirty():
            proceed()
            return
        answer = ask_unsaved(self, self.editor.heading_label.text() or self.title())
        if answer == Leave.SAVE:
            self.editor.save(then=proceed)
        elif answer == Leave.DISCARD:
            self.editor.revert()
            proceed()

    # ----------------------------------------------------------- actions
    def new_record(self) -> None:
        def start():
            self._select_quietly(None)
            self.editor.new_record(self.new_preset())

        self.request_leave(start)

    def new_preset(self) -> dict:
        return {}

    def save(self) -> None:
        self.editor.save()

    def delete(self) -> None:
        if not self.can("delete"):
            return
        what = self.editor.heading_label.text()
        if confirm(self, self.tr("Delete"), self.delete_question(what)):
            self.editor.delete()

    def delete_question(self, what: str) -> str:
        return self.tr("Delete \u201c%1\u201d? Its parts and attachments are deleted with it.").replace("%1", what)

    def next_record(self) -> None:
        self.panel.move(1)

    def previous_record(self) -> None:
        self.panel.move(-1)

    def focus_search(self) -> None:
        self.panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.search.selectAll()

    def export_list(self) -> None:
        folder = self.ctx.settings.get(REPORTS_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                              str(Path(folder) / f"{self.key}.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        table, query = self.table, self.panel.model.query.with_(offset=0, limit=None)
        lang = ui_language(self.ctx.settings)

        def export(fd):
            # imported here: start-up: the first screen (participants) does not load spreadsheets
            from app.spreadsheets.export import export_list  # openpyxl only when someone exports

            return export_list(fd, table, query, path, lang=lang)

        self.ctx.read(export, lambda _r: inform(self, self.tr("Export to Excel"),
                                                self.tr("The list was saved to %1.").replace("%1", path)),
                      owner=self, on_error=lambda e: show_error(self, e), label=self.tr("Exporting\u2026"))

    # --------------------------------------------------------- reactions
    def _saved(self, _record_id: str) -> None:
        self.status_message.emit(self.tr("Saved."))

    def _data_changed(self, tables) -> None:
        if not (self.shown_tables.isdisjoint(tables) and self.panel.model.reads.isdisjoint(tables)):
            self.panel.refresh()
            if self.editor.mode == "existing" and self.table not in tables:
                self.editor.reload()

    def _list_loaded(self, total: int) -> None:
        self._select_quietly(self.editor.target_id)
        top = max(self.panel.view.rowAt(0), 0)
        if total == 0 or self.panel.model.row_data(top) is not None:  # asking starts reading the rows
            self.data_shown.emit()
        else:
            self._shown_when_rows = True

    def _rows_arrived(self) -> None:
        if self._shown_when_rows:
            self._shown_when_rows = False
            self.data_shown.emit()

    def _remember_splitter(self, *_args) -> None:
        self._split_placed = True
        self.ctx.settings.set(LIST_SPLITTER(self.key), bytes(self.splitter.saveState().toBase64()).decode())
