"""The proxy between a record list and its view: sorting is handed to the source model's SQL query.

``QSortFilterProxyModel.sort`` would compare the cells of every row, and so read every row; here a click on a
header changes the query's ``sort`` instead and the database answers in index order. The proxy itself keeps the
source's order (its own sort column stays -1) and filters nothing (filters are part of the query too).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.ui.widgets.record_model import RecordTableModel


class SqlSortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and source.sort_by(column, order):
            self.sorted_by = (column, order)

    def record_id(self, row: int) -> str | None:
        source_row = self.mapToSource(self.index(row, 0)).row()
        model = self.sourceModel()
        return model.record_id(source_row) if isinstance(model, RecordTableModel) else None

    def row_of(self, record_id: str | None) -> int:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return -1
        source_row = model.row_of(record_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(model.index(source_row, 0)).row()
