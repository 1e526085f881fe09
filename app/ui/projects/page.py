"""Projects: technical cooperation projects through their cycle (pipeline to closed, each change dated), with their
results framework, budget and its execution, risks, evaluations, and who takes over when they end."""

from __future__ import annotations

from typing import Any

from app.models.enums import FundingSource, ProjectStatus
from app.ui.projects.parts import BudgetSection, EvaluationsSection, ProjectHistory, RisksSection
from app.ui.projects.results import ResultsTab
from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    DateInput,
    LongTextInput,
    ReferenceInput,
    ReferenceListInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.record_page import RecordPage
from app.ui.widgets.status_flow import StatusFlowEditor


class ProjectEditor(StatusFlowEditor, RecordEditor):
    table = "project"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_status_line()

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("code", self.tr("Project code"), lambda: TextInput(40)),
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
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
                "exit_date": None}

    def part_tabs(self):
        self.results = ResultsTab(self.ctx)
        self.budget = BudgetSection(self.ctx)
        self.risks = RisksSection(self.ctx)
        self.evaluations = EvaluationsSection(self.ctx)
        self.history_tab = ProjectHistory(self.ctx)
        return [(self.results, self.tr("Results")), (self.budget, self.tr("Budget")), (self.risks, self.tr("Risks")),
                (self.evaluations, self.tr("Evaluations")), (self.history_tab, self.tr("Status history"))]

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('code', '')} \u2013 {row.get('title', '')}"

    def new_heading(self) -> str:
        return self.tr("New project")


class ProjectsPage(RecordPage):
    key = "projects"
    table = "project"
    watch = frozenset({"project_transition"})

    def title(self) -> str:
        return self.tr("Projects")

    def columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Code")),
            Column("title", self.tr("Title")),
            Column("country_id", self.tr("Country"), "ref", ref="country"),
            Column("funding_source", self.tr("Funding source"), "enum", enum=FundingSource),
            Column("status", self.tr("Status"), "enum", enum=ProjectStatus),
            Column("start_date", self.tr("Start"), "date"),
            Column("end_date", self.tr("End"), "date"),
            Column("theme_ids", self.tr("Thematic areas"), "refs", ref="thematic_area", sortable=False, visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("reference", "country_id", self.tr("Country"), ref="country"),
            Filter("enum", "status", self.tr("Status"), enum=ProjectStatus),
            Filter("reference", "theme_ids", self.tr("Thematic area"), ref="thematic_area"),
            Filter("dates", "dates", self.tr("Dates")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln project(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return ProjectEditor(self.ctx)
