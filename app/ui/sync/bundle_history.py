"""Bundles sent and received per peer, newest first, with missing bundle numbers marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.sync.gaps import format_gaps
from app.ui.i18n.formats import format_timestamp
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.ui.context import AppContext


class BundleHistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        headers = [self.tr("When"), self.tr("Direction"), self.tr("Office"), self.tr("Bundle"), self.tr("Changes"),
                   self.tr("Applied"), self.tr("Conflicts"), self.tr("Note")]
        self.model = RowsModel(headers, self._cell, self, decorate=self._decorate)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Bundles sent and received"))
        QVBoxLayout(self).addWidget(self.view)

    def reload(self) -> None:
        # imported here: it loads cryptography (with sync.status)
        from app.sync.status import bundle_history

        self.ctx.read(bundle_history, self.model.set_items, owner=self)

    def _cell(self, row: dict, column: int) -> str:
        received = row["direction"] == "in"
        if column == 0:
            return format_timestamp(row["at"])
        if column == 1:
            return self.tr("Received from") if received else self.tr("Sent to")
        if column == 2:
            return row["peer_office"]
        if column == 3:
            return f"#{row['seq']}"
        if column == 4:
            return str(row["changes"])
        if column == 5:
            return str(row["applied"]) if received else ""
        if column == 6:
            return str(row["conflicts"]) if received else ""
        notes = []
        if row["gap_before"]:
            notes.append(self.tr("missing before it: %1 (their changes came in later bundles)").replace(
                "%1", format_gaps(row["gap_before"])))
        if not received and (row["summary"] or {}).get("full"):
            notes.append(self.tr("everything"))
        return "; ".join(notes)

    def _decorate(self, row: dict, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and row["gap_before"]:
            return QBrush(QColor("#b35900"))
        return None
