"""The priority criteria in force, with their weights and how each is evaluated: shown at every office, so the
ranking's rules are in plain view; changed at headquarters only (they reach the offices in bundles)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CriterionEvaluation
from app.services.programme.priorities import live_criteria
from app.ui.requests.priority import criterion_name
from app.ui.widgets.children import ColumnRowsModel, PartDialog
from app.ui.widgets.columns import Column
from app.ui.widgets.fields import IntInput, LongTextInput, TextInput, enum_input
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import FieldSpec

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_criteria(fd) -> list[dict[str, Any]]:
    return live_criteria(fd)


class CriteriaView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: PartDialog | None = None
        self._stale = True
        note = QLabel(self.tr("Headquarters sets the criteria and their weights; every office ranks its requests by "
                              "them.") if ctx.is_hq else
                      self.tr("Set by headquarters; every office ranks its requests by them."))
        note.setWordWrap(True)
        self.model = ColumnRowsModel([Column("weight", self.tr("Weight"), "number"),
                                      Column("shown_name", self.tr("Criterion")),
                                      Column("evaluation", self.tr("How it is evaluated"), "enum",
                                             enum=CriterionEvaluation),
                                      Column("description", self.tr("Description"))], ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Priority criteria"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button):
            button.setVisible(ctx.is_hq)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        ctx.changed.connect(self._data_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.ctx.read(read_criteria, self._shown, owner=self, reads=self.reads)

    def _shown(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["shown_name"] = criterion_name(row["name"])
        self.model.set_rows(rows)
        fit_columns(self.view)
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 360))

    def specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("code", self.tr("Code"), lambda: TextInput(40)),
            FieldSpec("name", self.tr("Name"), lambda: TextInput(200)),
            FieldSpec("weight", self.tr("Weight"), lambda: IntInput(0, 10),
                      hint=self.tr("0 (not counted) to 10.")),
            FieldSpec("evaluation", self.tr("How it is evaluated"), lambda: enum_input(CriterionEvaluation)),
            FieldSpec("description", self.tr("Description"), lambda: LongTextInput(3)),
            FieldSpec("sort_order", self.tr("Order"), lambda: IntInput(0, 999)),
        ]

    def _open(self, row: dict[str, Any] | None, title: str) -> PartDialog:
        dialog = PartDialog(self.ctx, "priority_criterion", self.specs(), {}, row, title, self)
        dialog.saved.connect(lambda _rid: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def add(self) -> PartDialog | None:
        if not self.ctx.is_hq:
            return None
        return self._open(None, self.tr("Add: %1").replace("%1", self.tr("criterion")))

    def edit(self) -> PartDialog | None:
        rows = self.view.selectionModel().selectedRows()
        if not self.ctx.is_hq or not rows:
            return None
        return self._open(self.model.rows[rows[0].row()], self.tr("Edit: %1").replace("%1", self.tr("criterion")))

    def _data_changed(self, tables) -> None:
        if not self.reads.isdisjoint(tables):
            self._stale = True
            if self.isVisible():
                self.reload()
