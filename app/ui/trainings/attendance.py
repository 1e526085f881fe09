"""Attendance: participants down, days across. A cell is present (checked), absent (unchecked) or not recorded
(partly checked); a click or the space bar steps through the three, 1 and 0 set present and absent, Delete "not
recorded" (the shared grid of ``widgets/grid.py``), and each change is saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui.i18n.formats import qdate
from app.ui.trainings.sheet import SheetTab, activity_days, same_rows
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.grid import EditableGrid
from app.ui.widgets.table_model import TableModel

STATE_OF = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked, None: Qt.CheckState.PartiallyChecked}
VALUE_OF = {v: k for k, v in STATE_OF.items()}


class AttendanceModel(TableModel):
    changed_attendance = Signal(str, list)  # enrollment id, its new attendance list

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.days: list = []
        self.writable = False

    def set_sheet(self, days: list, rows: list[dict[str, Any]], writable: bool) -> None:
        if days == self.days and writable == self.writable and same_rows(self.rows, rows):
            self.rows = rows  # in place: the keyboard user's cell and focus stay
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(days)))
            return
        self.beginResetModel()
        self.days, self.rows, self.writable = days, rows, writable
        self.endResetModel()

    def attendance(self, row: int) -> list[bool | None]:
        marks = list(self.rows[row].get("attendance") or [])
        return (marks + [None] * len(self.days))[: len(self.days)]

    def column_count(self) -> int:
        return len(self.days) + 1  # the days, then the total

    def row_header(self, section: int) -> str | None:
        return self.rows[section].get("full_name", "") if section < len(self.rows) else None

    def header(self, section: int) -> str:
        if section < len(self.days):
            return QLocale().toString(qdate(self.days[section]), "ddd d MMM")
        return self.tr("Days present")

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.days) and self.writable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        marks = self.attendance(index.row())
        if index.column() == len(self.days):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{sum(1 for m in marks if m)} / {len(self.days)}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        mark = marks[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            return STATE_OF[mark]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return {True: self.tr("Present"), False: self.tr("Absent"), None: self.tr("Not recorded")}[mark]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.writable or index.column() >= len(self.days):
            return False
        marks = self.attendance(index.row())
        marks[index.column()] = VALUE_OF[Qt.CheckState(value)]
        while marks and marks[-1] is None:
            marks.pop()  # trailing days not recorded are not stored
        self.rows[index.row()]["attendance"] = marks
        self.dataChanged.emit(index, self.index(index.row(), len(self.days)))
        self.changed_attendance.emit(self.rows[index.row()]["id"], marks)
        return True

    def mark_day(self, column: int, present: bool) -> list[tuple[str, list]]:
        """Everyone present (or absent) on one day; returns the changed enrollments."""
        changed = []
        for n, row in enumerate(self.rows):
            marks = self.attendance(n)
            if marks[column] is not present:
                marks[column] = present
                while marks and marks[-1] is None:
                    marks.pop()
                row["attendance"] = marks
                changed.append((row["id"], marks))
        if changed:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, len(self.days)))
        return changed


class AttendanceTab(SheetTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = AttendanceModel(self)
        self.model.changed_attendance.connect(lambda eid, marks: self.update_enrollment(eid, {"attendance": marks}))
        self.view = EditableGrid()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendance by participant and day"))
        note = QLabel(self.tr("Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space "
                              "bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each "
                              "change is saved at once."))
        note.setWordWrap(True)
        self.all_present = QPushButton(self.tr("Everyone &present on the selected day"))
        self.all_present.clicked.connect(self.mark_selected_day)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_sheet(self, training: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        current = self.view.currentIndex()
        days = activity_days(training)
        fresh = not (days == self.model.days and same_rows(self.model.rows, rows))
        self.model.set_sheet(days, rows, self.writable)
        if fresh:
            fit_columns(self.view)
        # the keyboard user stays where they were
        if fresh and current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.all_present.setEnabled(self.writable and bool(rows))

    def mark_selected_day(self) -> None:
        index = self.view.currentIndex()
        column = index.column() if index.isValid() else 0
        if not self.model.days or column >= len(self.model.days):
            return
        self.batch(True)
        for enrollment_id, marks in self.model.mark_day(column, True):
            self.update_enrollment(enrollment_id, {"attendance": marks})
        self.batch(False)
