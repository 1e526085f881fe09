"""Pre- and post-test scores, the participant's evaluation of the activity (1 to 5) and certificates. Cells are
typed in place (the shared grid of ``widgets/grid.py``); each change is saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.ui.i18n.formats import format_number
from app.ui.trainings.sheet import SheetTab, message_line, same_rows
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.grid import EditableGrid, parse_number
from app.ui.widgets.table_model import TableModel

# column -> (field, lowest, highest, decimals); an empty cell is "no score"
EDITABLE = {1: ("pre_score", 0, 100, 1), 2: ("post_score", 0, 100, 1), 4: ("evaluation_score", 1, 5, 0)}
CERTIFICATE = 5


class ScoresModel(TableModel):
    def __init__(self, tab: ScoresTab):
        super().__init__(parent=tab)
        self.tab = tab
        self.writable = False
        self.headers = [self.tr("Participant"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Change"),
                        self.tr("Evaluation (1\u20135)"), self.tr("Certificate")]

    def set_rows(self, rows: list[dict[str, Any]], writable: bool) -> None:
        # the same people: values change in place, so the cell being typed in and the focus stay where they are
        same = same_rows(self.rows, rows) and writable == self.writable
        self.writable = writable
        self.refresh_rows(rows, same)

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.writable and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.writable and index.column() == CERTIFICATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == CERTIFICATE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.get("certificate_issued") else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return row.get("full_name", "")
        if column == 3:
            pre, post = row.get("pre_score"), row.get("post_score")
            if pre is None or post is None:
                return ""
            change = post - pre
            return ("+" if change > 0 else "") + format_number(change, 0 if float(change).is_integer() else 1)
        value = row.get(EDITABLE[column][0])
        return "" if value is None else format_number(value, 0 if float(value).is_integer() else 1)

    def cell_problem(self, index, text: str) -> str:
        if index.column() not in EDITABLE:
            return ""
        _field, low, high, decimals = EDITABLE[index.column()]
        return parse_number(str(text), low, high, decimals)[1]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not self.writable:
            return False
        row, column = self.rows[index.row()], index.column()
        if column == CERTIFICATE and role == Qt.ItemDataRole.CheckStateRole:
            change = {"certificate_issued": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif column in EDITABLE and role == Qt.ItemDataRole.EditRole:
            field, low, high, decimals = EDITABLE[column]
            number, problem = parse_number(str(value), low, high, decimals)
            if problem:
                return False
            change = {field: None if number is None else (int(number) if decimals == 0 else float(number))}
        else:
            return False
        if all(row.get(k) == v for k, v in change.items()):
            return False
        row.update(change)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.headers) - 1))
        self.tab.update_enrollment(row["id"], change)
        self.tab.show_averages()
        return True


class ScoresTab(SheetTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = ScoresModel(self)
        self.view = EditableGrid()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tests and evaluation"))
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("Scores are percentages (0 to 100); the evaluation is the participant's rating of the "
                              "activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves "
                              "on, Esc cancels, "
                              "Ctrl+V pastes a column copied from a spreadsheet."))
        note.setWordWrap(True)
        self.averages = message_line()
        self.averages.setObjectName("averages")
        self.message = message_line(error=True)
        self.view.problem.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.averages)

    def show_sheet(self, training: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        current = self.view.currentIndex()
        fresh = not same_rows(self.model.rows, rows)
        self.model.set_rows(rows, self.writable)
        if fresh:
            fit_columns(self.view)
            if current.isValid() and current.row() < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.show_averages()

    def show_averages(self) -> None:
        rows = self.model.rows

        def mean(field):
            values = [r[field] for r in rows if r.get(field) is not None]
            return sum(values) / len(values) if values else None

        pre, post, rating = mean("pre_score"), mean("post_score"), mean("evaluation_score")
        parts = []
        if pre is not None:
            parts.append(self.tr("average pre-test %1").replace("%1", format_number(pre, 0)))
        if post is not None:
            parts.append(self.tr("average post-test %1").replace("%1", format_number(post, 0)))
        if rating is not None:
            parts.append(self.tr("average evaluation %1 / 5").replace("%1", format_number(rating, 1)))
        certificates = sum(1 for r in rows if r.get("certificate_issued"))
        parts.append(self.tr("%Ln certificate(s) issued", "", certificates))
        text = "; ".join(parts)
        self.averages.setText(text[:1].upper() + text[1:])
