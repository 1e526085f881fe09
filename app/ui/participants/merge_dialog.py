"""Merge two records of one person: both side by side, a value chosen per field (radio buttons: Tab moves from
field to field, the arrow keys choose), what happens to their enrolments shown before anything is done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Sex
from app.services.store.matching import similar_participants
from app.services.store.merging import merge_participants, plan_merge
from app.ui.i18n.formats import format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text
from app.ui.widgets.picker import RecordPicker

if TYPE_CHECKING:
    from app.services.store.merging import MergePlan
    from app.ui.context import AppContext


class MergeDialog(QDialog):
    planned = Signal()  # a plan is shown (tests wait for it)
    merged = Signal(str)  # the survivor's id

    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id, self.other_id = record_id, None
        self.plan: MergePlan | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge participants"))
        self.picker = RecordPicker(ctx, "participant")
        self.picker.widget.setAccessibleName(self.tr("The other record of this person"))
        find_label = QLabel(self.tr("Merge &with:"))
        find_label.setBuddy(self.picker.widget)
        self.picker.changed.connect(self._other_chosen)
        self.swap_button = QPushButton(self.tr("&Swap: keep the other record"))
        self.swap_button.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.picker.widget, 1)
        top.addWidget(self.swap_button)
        self.explain = QLabel(self.tr("Choose, for each field, the value the person keeps. The other record's "
                                      "enrolments move to the kept one; an activity where both are enrolled keeps "
                                      "one enrolment with the better attendance and scores. The other record is "
                                      "then kept only as a pointer to the kept one."))
        self.explain.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.enrolments = QLabel()
        self.enrolments.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.enrolments)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._suggest_other()

    # ------------------------------------------------------------ choosing
    def _suggest_other(self) -> None:
        """The likeliest other record of this person, chosen already (the picker changes it)."""
        record_id = self.keep_id

        def best(fd):
            row = fd.participants.get_row(record_id)
            found = similar_participants(fd, row["full_name"], exclude_id=record_id, limit=1)
            return found[0] if found else None

        self.ctx.read(best, self._suggested, owner=self)

    def _suggested(self, match) -> None:
        if match is not None and self.other_id is None and not self.picker.widget.text():
            self.picker.choose(match.id, match.full_name)
        elif self.other_id is None:
            self.picker.widget.setFocus()

    def _other_chosen(self) -> None:
        other = self.picker.value()
        if other == self.other_id:
            return
        self.other_id = other
        self._load_plan()

    def swap(self) -> None:
        if not self.other_id:
            return
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self._load_plan()

    def choices(self) -> dict[str, str]:
        return {name: "other" if group.checkedId() == 1 else "keep" for name, group in self.groups.items()}

    def _load_plan(self) -> None:
        self.merge_button.setEnabled(False)
        self.message.hide()
        if not self.other_id:
            self._show_plan(None)
            return
        keep, other = self.keep_id, self.other_id
        self.ctx.read(lambda fd: plan_merge(fd, keep, other), self._show_plan, owner=self, on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        self._show_plan(None)
        self.message.setText(error_text(error))
        self.message.show()

    # ------------------------------------------------------------ showing
    def _show_plan(self, plan: MergePlan | None) -> None:
        self.plan = plan
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.groups = {}
        self.enrolments.clear()
        if plan is None:
            self.planned.emit()
            return
        heads = [QLabel(), QLabel(self.tr("Kept: %1").replace("%1", plan.keep["full_name"])),
                 QLabel(self.tr("Merged into it: %1").replace("%1", plan.other["full_name"]))]
        for column, head in enumerate(heads):
            head.setStyleSheet("font-weight: bold")
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, column)
        labels = self._field_labels()
        for row, choice in enumerate(plan.fields, start=1):
            group = QButtonGroup(self)
            name = QLabel(labels.get(choice.name, choice.title))
            self.grid.addWidget(name, row, 0)
            for side, value in ((0, choice.keep_value), (1, choice.other_value)):
                button = QRadioButton(self._shown(choice.name, value))
                button.setAccessibleName(f"{name.text()}: {button.text()}")
                group.addButton(button, side)
                self.grid.addWidget(button, row, 1 + side)
                button.setEnabled(choice.differs or side == 0)
            group.button(0 if choice.chosen == "keep" else 1).setChecked(True)
            self.groups[choice.name] = group
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(plan.fields) + 1, 1)  # the rows stay together at the top
        lines = []
        for move in plan.enrolments:
            if move.into:
                lines.append(self.tr("%1: both are enrolled; one enrolment is kept, with the better attendance and "
                                     "scores").replace("%1", move.training_title))
            else:
                lines.append(self.tr("%1: the enrolment moves to the kept record").replace("%1", move.training_title))
        if plan.attachments:
            lines.append(self.tr("Attachments that move to the kept record: %1").replace("%1", str(plan.attachments)))
        if plan.fellowships:
            lines.append(self.tr("Fellowships that move to the kept record: %1")
                         .replace("%1", format_number(len(plan.fellowships))))
        self.enrolments.setText("\n".join(lines) or self.tr("The merged record is enrolled in no activity."))
        self.merge_button.setEnabled(True)
        first = next(iter(self.groups.values()), None)
        if first is not None:  # a plan comes only once a record is chosen: the choices are what is next
            first.checkedButton().setFocus()
        self.planned.emit()

    def _field_labels(self) -> dict[str, str]:
        return {"full_name": self.tr("Full name"), "sex": self.tr("Sex"), "organisation": self.tr("Organisation"),
                "position": self.tr("Position"), "stakeholder_type_id": self.tr("Stakeholder type"),
                "country_id": self.tr("Country"), "consent_contact": self.tr("Consent"), "email": self.tr("E-mail"),
                "phone": self.tr("Phone")}

    def _shown(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "\u2014"
        if name == "consent_contact":
            return self.tr("Yes") if value else self.tr("No")
        if name == "sex":
            return enum_label(Sex, value)
        if name in ("country_id", "stakeholder_type_id"):
            return self.ctx.refs.name("country" if name == "country_id" else "stakeholder_type", value)
        return str(value)

    # ------------------------------------------------------------ merging
    def merge(self) -> None:
        if self.plan is None:
            return
        keep, other, choices = self.keep_id, self.other_id, self.choices()
        self.merge_button.setEnabled(False)
        self.ctx.write(lambda fd: merge_participants(fd, keep, other, choices), self._done,
                       owner=self, on_error=self._refused)

    def _done(self, plan: MergePlan) -> None:
        self.merged.emit(plan.keep["id"])
        self.accept()


def open_merge(ctx: AppContext, record_id: str, parent: QWidget) -> MergeDialog:
    dialog = MergeDialog(ctx, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
