"""The open requests for assistance in priority order, each with its total and, where totals are equal, the rule
that placed it; choosing one opens it in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.enums import RequestStatus
from app.services.programme.priorities import rank_requests
from app.ui.requests.priority import tie_text
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.fit_columns import fit_columns

if TYPE_CHECKING:
    from app.ui.context import AppContext



def read_ranking(fd) -> list[dict[str, Any]]:
    """Runs on the worker: one row per open request, highest priority first."""
    rows = []
    for item in rank_requests(fd):
        card = item.card
        # the coordination criterion's evidence from the register: the partners found working on the same ground
        partners = dict.fromkeys(e.text.split(": ", 1)[0] for c in card.criteria for e in c.evidence
                                 if e.kind == "partner_activity")
        rows.append({"id": card.request_id, "rank": item.rank, "title": card.title, "country_id": card.country_id,
                     "status": card.status, "total": round(card.total, 1), "tie": item.tie,
                     "partners": ", ".join(partners)})
    return rows


class RankingView(QWidget):
    chosen = Signal(str)  # a request's id
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.reads: set[str] = set()  # the tables ranking read: a write to one of them ranks again
        note = QLabel(self.tr("Open requests, highest priority first. Equal totals are parted by the scores on the "
                              "heaviest criteria, then by the earlier date received."))
        note.setWordWrap(True)
        self.model = ColumnRowsModel([Column("rank", self.tr("No."), "number"), Column("title", self.tr("Request")),
                                      Column("country_id", self.tr("Country"), "ref", ref="country"),
                                      Column("status", self.tr("Status"), "enum", enum=RequestStatus),
                                      Column("total", self.tr("Total"), "score"),
                                      Column("partners", self.tr("Others working on this")),
                                      Column("tie_text", self.tr("Tie parted by"))], ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setObjectName("ranking")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Ranking"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        ctx.changed.connect(self._data_changed)
        ctx.refs.updated.connect(self.view.viewport().update)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.ctx.read(read_ranking, self._shown, owner=self, label=self.tr("Ranking\u2026"), reads=self.reads)

    def _shown(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["tie_text"] = tie_text(row.pop("tie"))
        self.model.set_rows(rows)
        fit_columns(self.view)
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
        self.count.setText(self.tr("%Ln open request(s)", "", len(rows)))
        self.loaded.emit()

    def select_id(self, record_id: str | None) -> None:
        for n, row in enumerate(self.model.rows):
            if row["id"] == record_id:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(n)
                self.view.selectionModel().blockSignals(False)
                return

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.chosen.emit(self.model.rows[current.row()]["id"])

    def _data_changed(self, tables) -> None:
        if not self.reads.isdisjoint(tables):
            self._stale = True
            if self.isVisible():
                self.reload()
