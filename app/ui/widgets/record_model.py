"""A list of records as a Qt table model that holds ids and loads rows only when they are shown.

The ids are read in two steps: first the ``HEAD`` first ones and how many there are in all, which is enough to draw
the list (a few milliseconds whatever its size), then all of them (one indexed column, but 100,000 ids take about
0.1 s: too long to wait for on each keystroke of a search). Rows past the head show as "..." until then. The first
block of rows comes with the head (one trip to the worker); the others are read in blocks of ``BLOCK`` the first
time a view asks for one of them (after Anki's browser table model), and all are kept in a bounded cache. Sorting and
filtering are the query's job, in SQL: nothing here ever reads all rows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.services.store.lookups import REFERENCE_TABLES, list_rows
from app.services.store.query import ListQuery
from app.ui.i18n.name_sorting import name_order
from app.ui.i18n.vocabulary import enum_choices
from app.ui.widgets.columns import Column, cell_text
from app.ui.widgets.secondary import secondary_colour
from app.ui.widgets.table_model import TRAILING, ColumnsTableModel

if TYPE_CHECKING:
    from app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MISSING: dict[str, Any] = {}


class RecordTableModel(ColumnsTableModel):
    """A list of records: the ids a query matches, read first, and their rows read lazily as the view shows them,
    a block at a time, kept in a bounded cache."""

    loaded = Signal(int)  # the number of records after the ids were (re)read
    rows_arrived = Signal()
    failed = Signal(object)  # reading the ids failed (the exception)

    BLOCK = 100
    CACHE_ROWS = 5000
    HEAD = 500  # ids read first: more than any screen shows
    ALL_IDS_DELAY_MS = 300

    def __init__(self, ctx: AppContext, table: str, columns: list[Column], parent=None):
        super().__init__(parent=parent)
        self.ctx = ctx
        self.table = table
        self.columns = columns
        self._query = ListQuery()
        self._ids: list[str] = []  # the ids known so far: the head, then all
        self._total = 0  # how many records the query matches (the rows shown)
        self._row_of: dict[str, int] | None = None
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._answered = 0  # the newest generation whose ids came back (or failed)
        self.shown_query = ListQuery()  # the query whose ids the model holds
        self._all_asked = 0  # the generation whose ids were all asked for
        self._all_timer = QTimer(self)
        self._all_timer.setSingleShot(True)
        self._all_timer.setInterval(self.ALL_IDS_DELAY_MS)
        self._all_timer.timeout.connect(self._read_all)
        self.reads: set[str] = set()  # the tables the list's reads took rows from (a computed column's too)
        self.rows_fetched = 0  # rows read from the database so far (tests and benchmarks look at it)
        self.ready = False
        ctx.refs.updated.connect(self._redraw)
        ctx.refs.updated.connect(self._rank_again)

    # ------------------------------------------------------------- queries
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def busy(self) -> bool:
        """Whether the ids of the newest query are still being read."""
        return self._answered != self._generation

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self._reload(drop_cache=False)

    def refresh(self) -> None:
        """Read the ids again and forget cached rows (after a write)."""
        self._reload(drop_cache=True)

    def sort_by(self, column: int, order: Qt.SortOrder) -> bool:
        if column < 0:
            sort = None
        else:
            spec = self.columns[column]
            if not spec.sortable:
                return False
            sort = (("-" if order == Qt.SortOrder.DescendingOrder else "") + spec.key,)
        ranks = self._ranks(self.columns[column]) if column >= 0 else {}
        if sort != self._query.sort or ranks != self._query.ranks:
            self.set_query(self._query.with_(sort=sort, ranks=ranks))
        return True

    def _ranks(self, spec: Column) -> dict[str, tuple]:
        """A column the reader sees as translated names (a country, a theme, a status) sorts by those names in the
        interface language, as the database is told (``ListQuery.ranks``); another sorts by its stored value."""
        if spec.kind in ("ref", "coverage") and spec.ref in REFERENCE_TABLES:  # coverage: the lead country
            order = self.ctx.refs.name_order(spec.ref)
            return {spec.key: order} if order else {}  # none read yet: by the stored names until they are
        if spec.kind == "enum" and spec.enum is not None:
            return {spec.key: name_order(enum_choices(spec.enum))}
        return {}

    def _reload(self, drop_cache: bool) -> None:
        self._generation += 1
        generation, query, table, head = self._generation, self._query, self.table, self.HEAD

        keys, block = self._row_keys(), self.BLOCK
        cached = frozenset() if drop_cache else frozenset(self._cache)  # a copy: the cache is the GUI thread's

        def read_head(fd) -> tuple[list[str], int, list[dict[str, Any]]]:
            service = fd.service(table)
            first = service.ids(query.with_(offset=0, limit=head))
            total = len(first) if len(first) < head else service.count(query)
            # the rows the view shows first come with the ids (those not cached yet): one trip to the worker less
            # for each search
            return first, total, list_rows(fd, table, [i for i in first[:block] if i not in cached], keys)

        self._all_timer.stop()
        self.ctx.read(read_head, lambda found: self._head_arrived(generation, query, *found, drop_cache),
                      owner=self, on_error=lambda error: self._ids_failed(generation, error),
                      label=self.tr("Reading the list\u2026"), reads=self.reads)

    def _read_all(self) -> None:
        """All the ids, once per query: when the list has been still for a moment (not between the keystrokes of a
        search), or at once when the view reaches past the head."""
        self._all_timer.stop()
        generation, query, table = self._generation, self.shown_query, self.table
        if self.complete or self._all_asked == generation or self.busy:
            return
        self._all_asked = generation

        def read_all(fd) -> list[str] | None:
            if generation != self._generation:
                return None  # a newer query came meanwhile: its ids are what will be shown
            return fd.service(table).ids(query)

        self.ctx.read(read_all, lambda ids: self._all_arrived(generation, ids), owner=self,
                      on_error=lambda error: self._ids_failed(generation, error), reads=self.reads)

    def _ids_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._answered = generation
            self.failed.emit(error)
        self.ctx.tasks.report(error)

    def _head_arrived(self, generation: int, query: ListQuery, ids: list[str], total: int,
                      rows: list[dict[str, Any]], drop_cache: bool) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        again = drop_cache and query == self.shown_query and total == self._total and ids == self._ids[:len(ids)]
        self._answered = generation
        self.shown_query = query
        if again:
            # The same list read again after a write (a record saved): its rows change in place. The view keeps
            # its place, selection and column widths, and nothing is laid out or measured again as after a reset.
            self._ids, self._row_of = ids, None
            self._pending.clear()
            self._cache.clear()
            self._store_rows([row["id"] for row in rows], rows)
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._ids, self._total = ids, total
            self._row_of = None
            self._pending.clear()
            if drop_cache:
                self._cache.clear()
            self._store_rows([row["id"] for row in rows], rows)
            self.endResetModel()
            if rows:
                self.rows_arrived.emit()
        self.ready = True
        self.loaded.emit(total)
        if not self.complete and generation == self._generation:
            self._all_timer.start()

    def _all_arrived(self, generation: int, ids: list[str] | None) -> None:
        if ids is None or generation != self._generation or self.complete:
            return
        known = len(self._ids)
        if len(ids) == self._total and ids[:known] == self._ids:
            self._ids, self._row_of = ids, None
            if self._total > known:
                self.dataChanged.emit(self.index(known, 0), self.index(self._total - 1, len(self.columns) - 1))
        else:  # changed between the two reads
            self.beginResetModel()
            self._ids, self._total, self._row_of = ids, len(ids), None
            self._pending.clear()
            self.endResetModel()
        self.loaded.emit(self._total)

    @property
    def complete(self) -> bool:
        """Whether every id of the list is known (not only the head)."""
        return len(self._ids) == self._total

    # ---------------------------------------------------------------- rows
    def _fetch_block(self, block: int) -> None:
        if block in self._pending:
            return
        self._pending.add(block)
        start = block * self.BLOCK
        ids = self._ids[start : start + self.BLOCK]
        generation, table = self._generation, self.table
        keys = self._row_keys()

        def read(fd):
            return list_rows(fd, table, ids, keys)

        self.ctx.read(read, lambda rows: self._rows_arrived(generation, block, ids, rows), owner=self,
                      reads=self.reads)

    def _rows_arrived(self, generation: int, block: int, ids: list[str], rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block)
        self._store_rows(ids, rows)
        first = block * self.BLOCK
        last = min(first + self.BLOCK, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.rows_arrived.emit()

    def _row_keys(self) -> list[str]:
        return sorted({c.key for c in self.columns} | {key for c in self.columns for key in c.also})

    def _store_rows(self, ids: list[str], rows: list[dict[str, Any]]) -> None:
        """Cache the rows read for ``ids``."""
        self.rows_fetched += len(rows)
        for row in rows:
            self._cache[row["id"]] = row
        for record_id in ids:
            self._cache.setdefault(record_id, _MISSING)  # gone meanwhile: shown blank, not asked for again
            self._cache.move_to_end(record_id)
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)

    def is_read(self, row: int) -> bool:
        """Whether the row is in the cache (asking reads nothing)."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._cache

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The cached row, or None while it is being read (asking starts the read; past the head, the row waits
        for all the ids)."""
        if not 0 <= row < len(self._ids):
            if len(self._ids) <= row < self._total:
                self._read_all()
            return None
        found = self._cache.get(self._ids[row])
        if found is None:
            self._fetch_block(row // self.BLOCK)
        return found

    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str | None) -> int:
        if record_id is None:
            return -1
        if self._row_of is None:
            self._row_of = {rid: n for n, rid in enumerate(self._ids)}
        return self._row_of.get(record_id, -1)

    @property
    def ids(self) -> list[str]:
        return self._ids

    def _rank_again(self) -> None:
        """The names (or their language) changed, or arrived after the sort was chosen: sort by them as they are."""
        keys = [key.lstrip("-") for key in self._query.sort or ()]
        specs = [c for c in self.columns if c.key in keys[:1]]
        ranks = self._ranks(specs[0]) if specs else {}
        if ranks != self._query.ranks:
            self.set_query(self._query.with_(ranks=ranks))

    def _redraw(self) -> None:
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(self.columns) - 1))

    # ----------------------------------------------------------- Qt model
    def row_count(self) -> int:
        return self._total  # every record the query matches, whether its row was read yet or not

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_data(index.row())
            if row is None:
                return "\u2026" if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
            if role == Qt.ItemDataRole.ToolTipRole:
                # the whole text of a cell its column may elide (titles that begin alike are cut in the middle)
                value = row.get(column.key)
                return (str(value) if value else None) if column.kind == "text" else (
                    cell_text(column, row, self.ctx.refs) or None)
            return cell_text(column, row, self.ctx.refs)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return TRAILING
        if role == Qt.ItemDataRole.ForegroundRole and index.row() < len(self._ids) \
                and self._cache.get(self._ids[index.row()]) is None:
            return secondary_colour(QApplication.palette(), QPalette.ColorRole.Base)
        return None
