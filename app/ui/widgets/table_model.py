"""What every table of the interface shares: its rows under its column titles, model/view.

``TableModel`` answers Qt's ``rowCount``, ``columnCount`` and ``headerData`` once for every list: the rows are
``self.rows`` (held whole: a record's parts, a bundle's history) unless a subclass counts them otherwise (the
record lists read their rows lazily over the ids of a query: ``RecordTableModel.row_count``); the titles are
``self.headers`` unless a subclass's depend on its data (``header``). A subclass gives ``data`` and, for cells typed
in, ``flags`` and ``setData``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
TRAILING = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)  # numbers line up on their right


class TableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str] = (), parent=None):
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list[Any] = []

    # ------------------------------------------------------------- rows
    def row_count(self) -> int:
        return len(self.rows)

    def column_count(self) -> int:
        return len(self.headers)

    def reset_rows(self, rows: Sequence[Any]) -> None:
        """Other rows: the view starts again (its selection and scroll position go)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def refresh_rows(self, rows: list[Any], same: bool) -> None:
        """New values of the ``same`` rows change in place, so the cell being typed in and the focus stay where they
        are; other rows reset the view."""
        if not same:
            self.reset_rows(rows)
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.column_count() - 1))

    # ----------------------------------------------------------- titles
    def header(self, section: int) -> Any:
        """The title of column ``section``."""
        return self.headers[section] if 0 <= section < len(self.headers) else None

    def header_alignment(self, section: int) -> Any:
        return None

    def row_header(self, section: int) -> Any:
        """The title of row ``section`` (a table whose rows are named, such as the attendance sheet)."""
        return None

    # --------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self.row_header(section) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None


class ColumnsTableModel(TableModel):
    """A table whose columns are ``self.columns`` (``widgets/columns.Column``: key, title, kind): their titles head
    it, and the titles of numeric columns line up with their numbers."""

    columns: list

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> Any:
        return self.columns[section].title if 0 <= section < len(self.columns) else None

    def header_alignment(self, section: int) -> Any:
        return TRAILING if 0 <= section < len(self.columns) and self.columns[section].numeric else None
