"""The allocations of the Voluntary Fund a project received, read-only, under its budget lines (the project editor's
Budget tab): headquarters allocates them on the Fund page, and an office sees what its projects received."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.programme.fund import contribution_labels, project_allocations
from app.ui.i18n.formats import format_date, format_money, format_plain_number
from app.ui.i18n.vocabulary import language
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_allocations(fd, project_id: str) -> list[dict[str, Any]]:
    rows = project_allocations(fd, project_id)
    if any(r["contribution_id"] for r in rows):
        labels = dict(contribution_labels(fd, language()))
        for r in rows:
            r["drawn_on"] = labels.get(r["contribution_id"] or "", "")
    return rows


def _align(_row, column: int, role: int):
    if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:  # the amount
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class ProjectAllocations(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: str | None = None
        self.title = QLabel(self.tr("Allocations from the Voluntary Fund"))
        self.model = RowsModel([self.tr("Year"), self.tr("Amount (USD)"), self.tr("Drawn on"),
                                self.tr("Allocated on")], self._cell, self, decorate=_align)
        self.view = QTableView()
        self.view.setObjectName("projectAllocations")
        self.view.setAccessibleName(self.title.text())
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMaximumHeight(self.fontMetrics().height() * 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        ctx.changed.connect(self._data_changed)

    def set_record(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.reload()

    def _data_changed(self, tables) -> None:
        if not self.reads.isdisjoint(tables):
            self.reload()

    def reload(self) -> None:
        project_id = self.project_id
        if project_id is None:
            self.model.set_items([])
            return
        self.ctx.read(lambda fd: read_allocations(fd, project_id),
                      lambda rows: self.model.set_items(rows) if self.project_id == project_id else None, owner=self,
                      reads=self.reads)

    def _cell(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return format_plain_number(row["year"])
        if column == 1:
            return format_money(row["amount_usd"])
        if column == 2:
            return row.get("drawn_on", "")
        return format_date(row["allocation_date"])
