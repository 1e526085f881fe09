"""Headquarters' rules for what is due: how many days after what each item falls due, an indicator's reporting
period, and the months after a project's exit at which its sustainability is checked. Shown at every office (the
deadlines are in plain view); changed at headquarters only, and sent to every office in bundles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.services.store.query import ListQuery
from app.ui.due.common import kind_name
from app.ui.widgets.children import ColumnRowsModel, PartDialog
from app.ui.widgets.columns import Column
from app.ui.widgets.fields import BoolInput, ChoiceInput, IntInput, TextInput
from app.ui.widgets.form import FieldSpec

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_rules(fd) -> list[dict[str, Any]]:
    return fd.due_rules.matching_rows(ListQuery(sort=("sort_order", "code")),
                                      ["code", "name", "days", "period_months", "check_months", "enabled",
                                       "sort_order"])


class DueRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: PartDialog | None = None
        self.setWindowTitle(QCoreApplication.translate("DueRules", "Rules for what is due"))
        note = QLabel(QCoreApplication.translate(
            "DueRules", "Headquarters sets these rules; every office is held to them.") if ctx.is_hq else
            QCoreApplication.translate("DueRules", "Set by headquarters; every office is held to them."))
        note.setWordWrap(True)
        self.model = ColumnRowsModel([Column("what", QCoreApplication.translate("DueRules", "What is due")),
                                      Column("days", QCoreApplication.translate("DueRules", "Days after"), "number"),
                                      Column("period_months", QCoreApplication.translate(
                                          "DueRules", "Reporting period (months)"), "number"),
                                      Column("check_months",
                                             QCoreApplication.translate("DueRules", "Months after the exit")),
                                      Column("enabled", QCoreApplication.translate("DueRules", "In use"), "bool")],
                               ctx.refs, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("DueRules", "Rules for what is due"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.edit())
        self.edit_button = QPushButton(QCoreApplication.translate("DueRules", "&Edit\u2026"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.edit_button.setVisible(ctx.is_hq)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        self.ctx.read(read_rules, self._shown, owner=self)

    def _shown(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["what"] = kind_name(row["code"])
            row["period_months"] = row["period_months"] or None
        self.model.set_rows(rows)
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def edit(self) -> PartDialog | None:
        index = self.view.currentIndex()
        if not self.ctx.is_hq or not index.isValid():
            return None
        row = dict(self.model.rows[index.row()])
        specs = [FieldSpec("days", QCoreApplication.translate("DueRules", "Days after"), lambda: IntInput(0, 3650))]
        if row["code"] == "indicator_value":
            specs.append(FieldSpec("period_months", QCoreApplication.translate("DueRules", "Reporting period"),
                                   lambda: ChoiceInput([(3, QCoreApplication.translate("DueRules", "Quarter")),
                                                        (6, QCoreApplication.translate("DueRules", "Half-year")),
                                                        (12, QCoreApplication.translate("DueRules", "Year"))])))
        if row["code"] == "sustainability_check":
            specs.append(FieldSpec("check_months", QCoreApplication.translate("DueRules", "Months after the exit"),
                                   lambda: TextInput(80), hint=QCoreApplication.translate(
                                       "DueRules", "When the checks fall after a project's exit, e.g. 6, 12, 24.")))
        specs.append(FieldSpec("enabled", QCoreApplication.translate("DueRules", "In use"), lambda: BoolInput()))
        values = {k: row[k] for k in ("id", "days", "period_months", "enabled") if k != "period_months"
                  or row["code"] == "indicator_value"}
        if row["code"] == "sustainability_check":
            values["check_months"] = row["check_months"]
        fixed = {"code": row["code"], "name": row["name"]}  # what the checks need; not changed here
        dialog = PartDialog(self.ctx, "due_rule", specs, fixed, values, row["what"], self)
        dialog.saved.connect(lambda _rid: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog
