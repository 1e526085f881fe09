"""The project editor's "After the exit" tab: when a closed project's sustainability checks fall (6, 12 and 24 months
after its exit by default: headquarters' rule), and the checks recorded: is the national partner still running it, is
there a national budget line, are the trained staff still in post, the evidence seen and notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton

from app.models.enums import SustainedLevel
from app.services.programme.sustainability import project_schedule
from app.ui.i18n.formats import format_date
from app.ui.projects.evidence import EvidenceDialog
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import BoolInput, IntInput, LongTextInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec, hold_lines


class AfterExitSection(PartsSection):
    table = "sustainability_check"
    parent_column = "project_id"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.schedule: dict[str, Any] = {}
        self.plan = hold_lines(QLabel(), 2)
        self.plan.setObjectName("afterExitSchedule")
        self.plan.setWordWrap(True)
        self.main_layout.insertWidget(self.main_layout.count() - 2, self.plan)
        self.evidence_button = QPushButton(self.tr("Evidence &files\u2026"))
        self.evidence_button.clicked.connect(self.show_evidence)
        self.buttons.insertWidget(3, self.evidence_button)
        self.evidence: EvidenceDialog | None = None
        self.view.selectionModel().selectionChanged.connect(self._update_evidence)
        self._update_evidence()
        self._read: tuple[str, dict[str, Any]] | None = None  # (project, schedule) as read on the database worker
        self.loaded.connect(self._show_schedule)
        self.loaded.connect(lambda: self._update_evidence())

    def make_columns(self) -> list[Column]:
        return [Column("months_after", self.tr("Months after the exit"), "number"),
                Column("check_date", self.tr("Checked on")),
                Column("partner_running", self.tr("Partner still running it")),
                Column("budget_line", self.tr("National budget line"), "bool"),
                Column("staff_in_post", self.tr("Trained staff in post"), "bool"),
                Column("notes", self.tr("Notes"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("months_after", self.tr("Months after the exit"), lambda: IntInput(1, 120, grouping=False)),
            FieldSpec("check_date", self.tr("Checked on"), lambda: DateInput()),
            FieldSpec("partner_running", self.tr("National partner still running it"),
                      lambda: enum_input(SustainedLevel)),
            FieldSpec("budget_line", self.tr("Budget"), lambda: BoolInput(self.tr("A national budget line"))),
            FieldSpec("staff_in_post", self.tr("Staff"), lambda: BoolInput(self.tr("Trained staff still in post"))),
            FieldSpec("evidence", self.tr("Evidence"), lambda: TextInput(2000),
                      hint=self.tr("What was seen: a budget law, a payroll, a visit (attach files on the project).")),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(4)),
        ]

    def noun(self) -> str:
        return self.tr("sustainability check")

    def note(self) -> str:
        return self.tr("When a project closes, whether what it set in motion lasted is checked some months after "
                       "its exit; each check is due until it is recorded here.")

    def defaults(self) -> dict[str, Any]:
        pending = [s.months for s in self.schedule.get("schedule", []) if s.check is None]
        return {"months_after": pending[0] if pending else 6, "check_date": date.today()}

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        self._read = (parent_id, project_schedule(fd, parent_id))
        return super().read_rows(fd, parent_id)

    def reload(self) -> None:
        super().reload()
        if not self.parent_id:
            self.schedule = {}
            self.plan.setText("")

    def _show_schedule(self) -> None:
        if self._read and self._read[0] == self.parent_id:
            self.schedule = self._read[1]
            self.plan.setText(self.schedule_text(self.schedule))

    def schedule_text(self, shown: dict[str, Any]) -> str:
        if not shown.get("closed"):
            return self.tr("Checks are scheduled once the project is closed.")
        if shown.get("exit") is None:
            return self.tr("Closed without an exit or end date: give one to schedule the checks.")
        parts = []
        for s in shown["schedule"]:
            state = self.tr("recorded") if s.check else self.tr("due %1").replace("%1", format_date(s.due))
            parts.append(self.tr("%1 months (%2, %3)").replace("%1", str(s.months))
                         .replace("%2", format_date(s.falls)).replace("%3", state))
        return self.tr("Exit on %1. Checks: %2.").replace("%1", format_date(shown["exit"])).replace(
            "%2", "; ".join(parts) if parts else "\u2014")

    def _update_evidence(self) -> None:
        self.evidence_button.setEnabled(self.selected_row() >= 0)

    def show_evidence(self) -> None:
        """The files of the chosen check (a new check has its files once it is saved)."""
        row = self.selected_row()
        if not 0 <= row < len(self.model.rows):
            return
        self.evidence = EvidenceDialog(self.ctx, self.model.rows[row], self.writable, self)
        self.evidence.open()
