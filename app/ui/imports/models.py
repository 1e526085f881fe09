"""The preview of a spreadsheet import as Qt models: every problem by row, column and message; and every row of a
sound file with what will happen to it, where a probable match is settled (the same person, or someone new)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.spreadsheets.importer import EXISTING
from app.ui.i18n.formats import format_date
from app.ui.i18n.problems import problem_text
from app.ui.widgets.table_model import TableModel

if TYPE_CHECKING:
    from app.spreadsheets.importer import ImportPlan, PlannedRow, Problem

translate = QCoreApplication.translate
CHOOSE_ROLE = Qt.ItemDataRole.UserRole + 1  # the (participant id or None, label) choices of a row
UNDECIDED = "?"  # a probable match nobody has settled yet: Import waits for it
TO_DECIDE = QColor("#fff4ce")


def import_problem_text(message: str, column: str) -> str:
    """A problem of the import in the interface language: rendered from its code (``app.vocabulary.problems``)
    with the column as the file names it; a problem the catalogue has no text for shows in English."""
    return problem_text(message, column or None)


class ProblemsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([translate("ImportPreview", "Row"), translate("ImportPreview", "Column"),
                          translate("ImportPreview", "Problem")], parent)

    def set_problems(self, problems: list[Problem]) -> None:
        self.reset_rows(sorted(problems, key=lambda p: (p.row, p.column)))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return problem.row
            if index.column() == 1:
                return problem.column or translate("ImportPreview", "(the whole row)")
            return import_problem_text(problem.message, problem.column)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PlanRowsModel(TableModel):
    """The rows of a sound file; the last column says what happens to each and, for a participant who is probably
    recorded already, lets the user choose (``setData`` settles it in the plan)."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.plan: ImportPlan | None = None

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        # rows to decide first: they are what the user has to look at
        self.rows = sorted(plan.rows, key=lambda r: (not r.candidates, r.row)) if plan else []
        self.endResetModel()

    def rows_to_decide(self) -> int:
        return sum(1 for r in self.rows if r.candidates)

    def column_count(self) -> int:
        return 4

    def header(self, section: int) -> str | None:
        participants = self.plan is not None and self.plan.table == "participant"
        return (translate("ImportPreview", "Row"),
                translate("ImportPreview", "Name") if participants else translate("ImportPreview", "Title"),
                translate("ImportPreview", "Organisation") if participants else translate("ImportPreview",
                                                                                          "Start date"),
                translate("ImportPreview", "What happens"))[section]

    def choices(self, planned: PlannedRow) -> list[tuple[str | None, str]]:
        """"Not the same person" (someone new, the decision recorded), or "Use this person" for each candidate, by
        whole name and organisation, as the participant form's hint offers them."""
        new = translate("ImportPreview", "Not the same person: add them")
        same = translate("ImportPreview", "Use this person: %1 (%2)")
        return [(None, new)] + [(c.id, same.replace("%1", c.full_name).replace("%2", c.organisation or "\u2014"))
                                for c in planned.candidates]

    def outcome(self, planned: PlannedRow) -> str:
        if planned.candidates and not planned.decided:
            return translate("ImportPreview", "To decide: the same person, or someone new?")
        if planned.candidates:
            chosen = planned.existing_id if planned.action == EXISTING else None
            text = dict(self.choices(planned)).get(chosen, "")
            if planned.enroll:
                text += translate("ImportPreview", "; enrolled in the activity")
            return text
        if planned.action == EXISTING:
            text = translate("ImportPreview", "Already recorded: left as it is")
        else:
            text = translate("ImportPreview", "New: added")
        if planned.enroll:
            text += translate("ImportPreview", "; enrolled in the activity")
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        planned = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return planned.row if role == Qt.ItemDataRole.DisplayRole else None
            if column == 1:
                return planned.label
            if column == 2:
                return _second_column(planned.data)
            return self.outcome(planned)
        if role == Qt.ItemDataRole.EditRole and column == 3:
            if planned.candidates and not planned.decided:
                return UNDECIDED
            return planned.existing_id if planned.candidates else None
        if role == CHOOSE_ROLE and column == 3 and planned.candidates:
            return self.choices(planned)
        if role == Qt.ItemDataRole.BackgroundRole and planned.candidates:
            return QBrush(TO_DECIDE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == 3 and self.rows[index.row()].candidates:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 3 or self.plan is None:
            return False
        planned = self.rows[index.row()]
        if not planned.candidates:
            return False
        self.plan.choose(planned.row, value or None)
        self.dataChanged.emit(index, index)
        return True


def _second_column(data: dict[str, Any]) -> str:
    if "full_name" in data:
        return str(data.get("organisation") or "")
    return format_date(data.get("start_date")) if data.get("start_date") else ""


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a row's choice with a drop-down of the model's ``CHOOSE_ROLE`` choices."""

    def createEditor(self, parent, _option, index):
        combo = QComboBox(parent)
        combo.setPlaceholderText(translate("ImportPreview", "To decide: the same person, or someone new?"))
        for value, label in index.data(CHOOSE_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(-1 if value == UNDECIDED else max(0, editor.findData(value)))

    def setModelData(self, editor, model, index):
        if editor.currentIndex() >= 0:  # the placeholder is no choice
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
