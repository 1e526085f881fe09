"""The conflict queue: both values side by side, and keep mine, keep theirs, or open the record to edit it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.sync.conflicts import list_conflicts, resolve_conflict
from app.ui.i18n.formats import format_timestamp
from app.ui.widgets.messages import show_error
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.sync.conflicts import Conflict
    from app.ui.context import AppContext

# The page that edits each kind of record (children are edited from their parent's page).
EDITING_PAGE = {"participant": "participants", "training": "trainings", "mission": "missions",
                "recommendation": "recommendations", "project": "projects", "expert": "experts"}


def shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsTab(QWidget):
    open_record = Signal(str, str)  # page key, record id
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        headers = [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("In effect"),
                   self.tr("Detected")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 2, 3):  # the record and both values get the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.show_resolved = QCheckBox(self.tr("Show &resolved conflicts"))
        self.show_resolved.toggled.connect(lambda _on: self.reload())

        detail = QGroupBox(self.tr("Conflict"))
        grid = QGridLayout(detail)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        grid.addWidget(self.explanation, 0, 0, 1, 2)
        self.mine_label = QLabel(self.tr("This office's value"))
        self.theirs_label = QLabel()
        self.mine = QPlainTextEdit()
        self.theirs = QPlainTextEdit()
        for box, label in ((self.mine, self.mine_label), (self.theirs, self.theirs_label)):
            box.setReadOnly(True)
            box.setMaximumHeight(110)
            label.setBuddy(box)
        self.mine.setAccessibleName(self.tr("This office's value"))
        self.theirs.setAccessibleName(self.tr("The other office's value"))
        grid.addWidget(self.mine_label, 1, 0)
        grid.addWidget(self.theirs_label, 1, 1)
        grid.addWidget(self.mine, 2, 0)
        grid.addWidget(self.theirs, 2, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.edit = QPushButton(self.tr("&Open the record to edit it"))
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.edit.clicked.connect(self._edit)
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)  # keep the detail packed at the top

        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.show_resolved)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        QVBoxLayout(self).addWidget(splitter)
        self._show_current()

    def reload(self) -> None:
        include = self.show_resolved.isChecked()
        self.ctx.read(lambda fd: list_conflicts(fd, include_closed=include), self._arrived, owner=self)

    def _arrived(self, conflicts: list[Conflict]) -> None:
        self.model.set_items(conflicts)
        self.count_changed.emit(sum(1 for c in conflicts if c.open))
        if conflicts:
            self.view.selectRow(0)
        self._show_current()

    def current(self) -> Conflict | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _cell(self, c: Conflict, column: int) -> str:
        return [c.record_label, c.field_label, shown(c.mine), shown(c.theirs),
                self.tr("mine") if c.winner == "local" else self.tr("theirs (%1)").replace("%1", c.remote_office),
                format_timestamp(c.detected_at)][column]

    def _show_current(self) -> None:
        c = self.current()
        for widget in (self.keep_mine, self.keep_theirs):
            widget.setEnabled(c is not None and c.open)
        self.edit.setEnabled(c is not None and c.table in EDITING_PAGE)
        if c is None:
            self.explanation.setText(self.tr("No conflict selected. Conflicts appear here when this office and "
                                             "another changed the same thing between two syncs."))
            self.mine.setPlainText("")
            self.theirs.setPlainText("")
            self.theirs_label.setText(self.tr("The other office's value"))
            return
        status = "" if c.open else " " + self.tr("(resolved: %1)").replace("%1", c.resolution or "")
        self.explanation.setText(f"{c.record_label} \u2014 {c.field_label}. {c.describe()}{status}")
        self.mine.setPlainText(shown(c.mine))
        self.theirs.setPlainText(shown(c.theirs))
        self.theirs_label.setText(self.tr("Value from %1").replace("%1", c.remote_office))

    def resolve(self, keep: str) -> None:
        c = self.current()
        if c is None or not c.open:
            return

        def resolve(fd):
            return resolve_conflict(fd, c.id, keep)

        self.ctx.write(resolve, lambda _r: self.reload(), owner=self,
                       on_error=lambda e: show_error(self, e), label=self.tr("Resolving\u2026"))

    def _edit(self) -> None:
        c = self.current()
        if c is not None and c.table in EDITING_PAGE:
            self.open_record.emit(EDITING_PAGE[c.table], c.record_id)
