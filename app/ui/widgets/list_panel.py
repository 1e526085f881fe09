"""A list of records: search box, filters, the number found, and the table with its chosen columns.

The columns a user hides and the widths they give are kept per list in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.store.query import ListQuery
from app.ui.settings.options import LIST_HIDDEN, LIST_WIDTHS, MORE_FILTERS, SHOW_FILTERS
from app.ui.widgets.columns import Column
from app.ui.widgets.elide import cut_cells_in_reading_order
from app.ui.widgets.filter_bar import Filter, FilterBar
from app.ui.widgets.fit_columns import fit_columns, title_width
from app.ui.widgets.record_model import RecordTableModel
from app.ui.widgets.sort_proxy import SqlSortProxy

if TYPE_CHECKING:
    from app.ui.context import AppContext

# what a narrow list keeps longest: its first column (the record's name), then its status, priority and dates
KEY_KINDS = ("date",)
KEY_FIELDS = ("status", "priority")
# A text column narrower than this many characters (or its text, when shorter) reads as scraps ("Euro…nion"): rather
# than cut every text column to its title, the less important columns fold away (the header's menu shows them again).
READABLE_CHARS = 14
DEFAULT_WIDTH = {"date": 95, "enum": 120, "ref": 150, "refs": 180, "number": 70, "year": 60, "money": 90, "score": 60,
                 "bool": 60, "words": 90, "code": 60}


class ListPanel(QWidget):
    current_changed = Signal(object)  # the id of the current record, or None
    activated = Signal(str)
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, key: str, table: str, columns: list[Column], filters: list[Filter],
                 count_text: Callable[[int], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.key, self.table, self.count_text = ctx, key, table, count_text
        self.base_filters: dict = {}
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)\u2026"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setObjectName("search")
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setAccessibleName(self.tr("Show filters"))
        self.count = QLabel()
        self.count.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_button)
        top.addWidget(self.count)
        self.filter_bar = FilterBar(ctx.refs, filters, more=ctx.settings.get(MORE_FILTERS))
        self.filter_bar.more_toggled.connect(lambda more: self.ctx.settings.set(MORE_FILTERS, more))
        show = ctx.settings.get(SHOW_FILTERS) and bool(filters)
        self.filter_bar.setVisible(show)
        self.filter_button.setChecked(show)
        self.filter_button.setVisible(bool(filters))
        self.filter_button.toggled.connect(self._toggle_filters)

        self.model = RecordTableModel(ctx, table, columns, self)
        self.proxy = SqlSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setObjectName(f"list_{key}")
        self.view.setAccessibleName(self.tr("List"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        # titles that begin alike ("Needs assessment mission on …") stay told apart; the full text is the tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        cut_cells_in_reading_order(self.view)  # in the Arabic window, a Latin title keeps its start (elide.py)
        self.view.setAlternatingRowColors(True)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setResizeContentsPrecision(0)  # a column's text is measured on the rows in view (never read more)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.setSortingEnabled(True)
        self._fitting = False
        self.natural: dict[int, int] = {}  # the widths the columns have when there is room (the user's or default)
        self.hidden: set[int] = set()  # the columns the user hides (Columns menu)
        self.user_widths: set[int] = set()  # the columns the user gave a width
        self.pinned: list[int] = []  # the columns the user asked to see again: folded last when the list is narrow
        self._restore_columns()
        header.sectionResized.connect(self._remember_width)
        # a narrow list narrows its widest columns (titles elide in the middle) so that every shown column stays in
        # view: no sideways scrolling to find a record's status
        self.view.viewport().installEventFilter(self)
        self.model.rows_arrived.connect(self.fit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)

        # Search as you type: each keystroke searches at once unless a search is still running; then only the
        # newest text follows when it is back, so fast typing never queues a search per letter.
        self.search_waiting = False
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self.apply_query)
        self.filter_bar.changed.connect(self.apply_query)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._search_answered)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        self.started = False

    # ------------------------------------------------------------ queries
    def start(self) -> None:
        if not self.started:
            self.started = True
            self.apply_query()

    def query(self) -> ListQuery:
        return ListQuery(search=self.search.text().strip(), filters={**self.base_filters, **self.filter_bar.values()},
                         sort=self.model.query.sort, ranks=self.model.query.ranks)

    def apply_query(self) -> None:
        self.search_waiting = False
        self.started = True
        self.model.set_query(self.query())

    def refresh(self) -> None:
        if self.started:
            self.model.refresh()

    def _search_typed(self, _text: str) -> None:
        if self.started and self.model.busy:
            self.search_waiting = True
        else:
            self.apply_query()

    def _search_answered(self, *_args) -> None:
        if self.search_waiting and not self.model.busy:
            self.apply_query()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.count_text(total))
        self.loaded.emit(total)
        self._search_answered()

    def _toggle_filters(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        self.ctx.settings.set(SHOW_FILTERS, shown)

    # ---------------------------------------------------------- selection
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.proxy.record_id(index.row()) if index.isValid() else None

    def select_id(self, record_id: str | None) -> bool:
        """Make ``record_id`` current without announcing it (the page already knows)."""
        row = self.proxy.row_of(record_id) if record_id else -1
        model = self.view.selectionModel()
        model.blockSignals(True)
        try:
            if row < 0:
                model.clearSelection()
                model.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.proxy.index(row, 0)
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            model.blockSignals(False)
        self.view.viewport().update()
        return row >= 0

    def move(self, delta: int) -> bool:
        """Make the next (1) or previous (-1) record current, as the arrow keys do."""
        count = self.proxy.rowCount()
        if not count:
            return False
        index = self.view.currentIndex()
        row = (index.row() + delta) if index.isValid() else (0 if delta > 0 else count - 1)
        if not 0 <= row < count:
            return False
        self.view.setCurrentIndex(self.proxy.index(row, 0))
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.proxy.record_id(current.row()) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.proxy.record_id(index.row())
        if record_id:
            self.activated.emit(record_id)

    # ------------------------------------------------------------ columns
    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.view.viewport():
            self.fit()  # on showing too: a list resized while hidden could not measure its rows' text then
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """The shown columns in the list's width: their natural widths when there is room, else the widest
        narrowed first, none below its title and its readable width (READABLE_CHARS); when even those do not fit,
        the less important columns fold away (the Columns menu of the header shows them again)."""
        header = self.view.horizontalHeader()
        shown = [n for n in range(header.count()) if n not in self.hidden]
        room = self.view.viewport().width()
        keep = list(shown)
        least: dict[int, int] = {}
        if room > 0:
            whole = self._whole()
            for n in whole - self.user_widths:  # an amount or a date is as wide as the longest one in sight
                self.natural[n] = max(self.natural.get(n, 0), self._sight_width(n))
            least = {n: self.natural.get(n, 0) if n in whole else self._least_readable(n) for n in shown}
            for n in self._fold_order(shown):
                if sum(least[k] for k in keep) <= room or len(keep) <= 1:
                    break
                keep.remove(n)
        self._fitting = True
        try:
            for n in range(header.count()):
                if header.isSectionHidden(n) != (n not in keep):
                    header.setSectionHidden(n, n not in keep)
                    if n in keep:
                        header.resizeSection(n, self.natural.get(n, 100))
            fit_columns(self.view, self._natural_beside_name(keep, least, room), self._whole(), least)
            self._widen_first(keep, room)
        finally:
            self._fitting = False

    def _natural_beside_name(self, keep: list[int], least: dict[int, int], room: int) -> dict[int, int]:
        """The widths to fit from: when the list is too narrow for them all and a shown column is the record's name
        (``Column.stretch``), the text columns beside it start from their least readable width, so the name keeps
        the room (not cut as short as an acronym or a country)."""
        natural = dict(self.natural)
        names = [n for n in keep if self.model.columns[n].stretch]
        if not names or room <= 0 or sum(natural.get(n, 0) for n in keep) <= room:
            return natural
        for n in keep:
            if n not in names and n not in self._whole() and n not in self.user_widths and n in least:
                natural[n] = min(natural.get(n, 0), least[n])
        return natural

    def _least_readable(self, n: int) -> int:
        """The least width of a text column before it folds away: its title, and its text up to READABLE_CHARS
        characters (rows not read yet count as empty), never above its natural width."""
        readable = self.view.fontMetrics().averageCharWidth() * READABLE_CHARS
        text = self._text_width(n) if self.view.isVisible() else 0
        return min(max(title_width(self.view.horizontalHeader(), n), min(readable, text)), self.natural.get(n, 0))

    def _whole(self) -> frozenset[int]:
        """The columns shown whole or folded away, never cut: amounts and dates."""
        return frozenset(n for n, column in enumerate(self.model.columns) if column.whole)

    def _widen_first(self, keep: list[int], room: int) -> None:
        """Room to spare goes to the columns whose shown rows' text is cut, from the first (the record's title),
        unless the user gave them a width; the last column takes the rest."""
        header = self.view.horizontalHeader()
        if len(keep) < 2 or not self.view.isVisible():
            return  # (a hidden table would measure every row)
        final = keep[-1]
        if final in self._whole() or final in self.user_widths:
            last = max(self.natural.get(final, 0), self._text_width(final))
        else:  # a text column at the end needs its text, not its default width (it stretches to the edge anyway)
            last = max(title_width(header, final), self._text_width(final))
        spare = room - sum(header.sectionSize(n) for n in keep[:-1]) - last
        widened = False
        for n in keep[:-1]:
            if spare <= 0:
                break
            wanted = self._text_width(n) - header.sectionSize(n)
            if n not in self.user_widths and wanted > 0:
                header.resizeSection(n, header.sectionSize(n) + min(spare, wanted))
                spare -= min(spare, wanted)
                widened = True
        if widened:  # the last column gives up the room taken (stretched, it fills what is left)
            header.resizeSection(final, max(last, room - sum(header.sectionSize(n) for n in keep[:-1])))

    def _sight_width(self, section: int) -> int:
        """What ``sizeHintForColumn`` gives, on the rows in view only: Qt's measures up to a thousand rows whatever
        the header's precision (five columns of a large list took most of a second at each resize)."""
        view = self.view
        top = max(view.rowAt(0), 0)
        bottom = view.rowAt(view.viewport().height() - 1)
        bottom = self.proxy.rowCount() - 1 if bottom < 0 else bottom
        widest = 0
        for row in range(top, min(bottom, top + 60) + 1):
            widest = max(widest, view.sizeHintForIndex(self.proxy.index(row, section)).width())
        return widest + (1 if view.showGrid() else 0) if widest else 0

    def _text_width(self, section: int) -> int:
        """The width of the column's widest text in the rows in view (rows not read yet count as empty)."""
        top = max(self.view.rowAt(0), 0)
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        bottom = self.proxy.rowCount() - 1 if bottom < 0 else bottom
        metrics = self.view.fontMetrics()
        widest = 0
        for row in range(top, min(bottom, top + 60) + 1):
            if not self.model.is_read(self.proxy.mapToSource(self.proxy.index(row, 0)).row()):
                continue
            text = self.proxy.index(row, section).data()
            widest = max(widest, metrics.horizontalAdvance(str(text or "")))
        return widest + 12 if widest else 0

    def _fold_order(self, shown: list[int]) -> list[int]:
        """The shown columns, the first to fold away first: from the right, the key ones and those the user asked
        for last, the first column never."""
        def weight(n: int) -> int:
            column = self.model.columns[n]
            key = column.kind in KEY_KINDS or column.key in KEY_FIELDS
            return (n in self.pinned) * 2 + key

        return sorted(shown[1:], key=lambda n: (weight(n), -n))

    def _restore_columns(self) -> None:
        header = self.view.horizontalHeader()
        hidden = self.ctx.settings.get(LIST_HIDDEN(self.key))
        widths = self.ctx.settings.get(LIST_WIDTHS(self.key))
        char = self.fontMetrics().averageCharWidth()
        for n, column in enumerate(self.model.columns):
            is_hidden = (not column.visible) if hidden is None else column.key in hidden
            header.setSectionHidden(n, is_hidden)
            if is_hidden:
                self.hidden.add(n)
            width = widths.get(column.key) if isinstance(widths, dict) else None
            if isinstance(width, int) and width > 0:
                self.user_widths.add(n)
            if not isinstance(width, int) or width <= 0:
                # the default widths are for a 7-pixel average character; larger text (Preferences > Text size)
                # widens them alike
                width = max(round(DEFAULT_WIDTH.get(column.kind, 200) * char / 7), title_width(header, n) + 8)
            self.natural[n] = width
            header.resizeSection(n, width)

    def _remember_width(self, section: int, _old: int, new: int) -> None:
        if new <= 0 or self._fitting:
            return  # a column hidden, or narrowed to fit: the user's width stays
        header = self.view.horizontalHeader()
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        if header.stretchLastSection() and shown and section == shown[-1]:
            return  # the last column stretched to the list's edge keeps its own width
        self.natural[section] = new
        self.user_widths.add(section)
        option = LIST_WIDTHS(self.key)
        widths = self.ctx.settings.get(option)
        widths[self.model.columns[section].key] = new
        self.ctx.settings.set(option, widths)

    def _column_menu(self, position) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        menu = QMenu(self.tr("Columns"), self)
        header = self.view.horizontalHeader()
        for n, column in enumerate(self.model.columns):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            action.toggled.connect(lambda shown, n=n: self.set_column_shown(n, shown))
            menu.addAction(action)
        return menu

    def set_column_shown(self, section: int, shown: bool) -> None:
        header = self.view.horizontalHeader()
        visible = [n for n in range(len(self.model.columns)) if not header.isSectionHidden(n)]
        if not shown and visible == [section]:
            return  # the last column stays
        header.setSectionHidden(section, not shown)
        if shown and header.sectionSize(section) <= 0:
            header.resizeSection(section, self.natural.get(section)
                                 or DEFAULT_WIDTH.get(self.model.columns[section].kind, 200))
        if shown:
            self.hidden.discard(section)
            self.pinned = [n for n in self.pinned if n != section] + [section]  # the last asked for folds last
        else:
            self.hidden.add(section)
        hidden = [c.key for n, c in enumerate(self.model.columns) if n in self.hidden]
        self.ctx.settings.set(LIST_HIDDEN(self.key), hidden)
        self.fit()
