"""The projects page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import FundingSource, ProjectStatus
from app.ui.board.parts import ProjectDecisionsSection
from app.ui.coordination.others import OthersWorking
from app.ui.institutions.link import InstitutionLink
from app.ui.lessons.before import LessonsBefore
from app.ui.projects.after_exit import AfterExitSection
from app.ui.projects.grants import GrantsTab
from app.ui.projects.parts import BudgetSection, EvaluationsSection, ProjectHistory, RisksSection
from app.ui.projects.results import ResultsTab
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.thread.answered import RecommendationsAnswered
from app.ui.widgets.coverage import CoverageMixin
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    LongTextInput,
    ReferenceInput,
    ReferenceListInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.status_flow import StatusFlowEditor


class ProjectEditor(InstitutionLink, CoverageMixin, StatusFlowEditor, RecordEditor):
    table = "project"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_status_line()
        self.reports = RecordReportsButton(self)
        self.link_coverage()
        self.link_institution()

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("code", self.tr("Project code"), lambda: TextInput(40)),
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            *self.coverage_specs(),
            self.institution_field(),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(ProjectStatus)),
            FieldSpec("funding_source", self.tr("Funding source"), lambda: enum_input(FundingSource)),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput(optional=True)),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput(optional=True)),
            FieldSpec("theme_ids", self.tr("Thematic areas"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("description", self.tr("Description"), lambda: LongTextInput(5)),
            FieldSpec("national_partner", self.tr("National partner"), lambda: TextInput(300),
                      hint=self.tr("The national institution that carries the work on when the project ends.")),
            FieldSpec("exit_plan", self.tr("Exit plan"), lambda: LongTextInput(3)),
            FieldSpec("exit_date", self.tr("Exit date"), lambda: DateInput(optional=True)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "start_date": None, "end_date": None,
                "exit_date": None, "scope": "national", "region_ids": [], "country_ids": []}

    def part_tabs(self):
        self.results = ResultsTab(self.ctx)
        self.budget = BudgetSection(self.ctx)
        self.risks = RisksSection(self.ctx)
        self.evaluations = EvaluationsSection(self.ctx)
        self.after_exit = AfterExitSection(self.ctx)
        self.after_exit.changed.connect(self._after_exit_changed)
        self.grants = GrantsTab(self.ctx)
        self.grants.changed.connect(self._after_exit_changed)
        self.history_tab = ProjectHistory(self.ctx)
        self.lessons = LessonsBefore(self.ctx, "project")
        self.others = OthersWorking(self.ctx, "project")  # the coordination register
        self.board = ProjectDecisionsSection(self.ctx)
        self.answered = RecommendationsAnswered(self.ctx)  # read only: linked on the recommendations
        return [(self.results, self.tr("Results")), (self.budget, self.tr("Budget")), (self.risks, self.tr("Risks")),
                (self.evaluations, self.tr("Evaluations")), (self.after_exit, self.tr("After the exit")),
                (self.grants, self.tr("Grants")), (self.board, self.tr("Board")),
                (self.history_tab, self.tr("Status history")),
                (self.lessons, QCoreApplication.translate("Lessons", "Lessons")),
                (self.others, QCoreApplication.translate("Coordination", "Partners")),
                (self.answered, self.tr("Recommendations"))]

    def _after_exit_changed(self) -> None:
        self.history.reload()  # the checks' and grants' changes show in the project's history

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('code', '')} \u2013 {row.get('title', '')}"

    def new_heading(self) -> str:
        return self.tr("New project")
