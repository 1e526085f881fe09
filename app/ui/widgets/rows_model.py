"""A table model over a short list of rows computed elsewhere (bundle history, conflicts, peers): model/view like
every list, for data small enough to hold whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent

from app.ui.widgets.table_model import TableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(TableModel):
    """Rows of any kind (``self.rows``), each cell's text given by ``cell(row, column)``."""

    def __init__(self, headers: Sequence[str], cell: Callable[[Any, int], str], parent=None,
                 decorate: Callable[[Any, int, int], Any] | None = None):
        super().__init__(headers, parent)
        self._cell = cell
        self._decorate = decorate

    def set_items(self, items: Sequence[Any]) -> None:
        self.reset_rows(items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column())
        if role == ROW_ROLE:
            return item
        if self._decorate is not None:
            return self._decorate(item, index.column(), role)
        return None


class OpenKeys(QObject):
    """Enter or Return on a row opens it (a table view moves the cursor on Enter otherwise)."""

    def __init__(self, view, activate):
        super().__init__(view)
        self.view, self.activate = view, activate

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid():
            self.activate(self.view.currentIndex())
            return True
        return False


def rows_view(model: RowsModel, name: str, accessible_name: str, activate: Callable[..., None]):
    """A read-only table of ``model``'s rows, one row chosen at a time, whose first column takes the spare width;
    Enter or a double click calls ``activate`` (opens the row's record). Tab leaves it, as it leaves every list."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.doubleClicked.connect(activate)
    view.installEventFilter(OpenKeys(view, activate))
    return view
