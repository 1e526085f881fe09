"""Projects: technical cooperation projects with their yearly budget lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import FundingSource, ProjectStatus
from app.ui.i18n.formats import format_money
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    DateInput,
    IntInput,
    LongTextInput,
    MoneyInput,
    ReferenceInput,
    ReferenceListInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.record_page import RecordPage


class BudgetSection(PartsSection):
    table = "project_budget"
    parent_column = "project_id"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.totals = QLabel()
        self.totals.setObjectName("budgetTotals")
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.totals)
        self.loaded.connect(self._show_totals)

    def make_columns(self) -> list[Column]:
        return [Column("year", self.tr("Year")),
                Column("funding_source", self.tr("Funding source"), "enum", enum=FundingSource),
                Column("budget_usd", self.tr("Budget (USD)"), "money"),
                Column("expenditure_usd", self.tr("Expenditure (USD)"), "money")]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("year", self.tr("Year"), lambda: IntInput(1990, 2100, grouping=False)),
            FieldSpec("funding_source", self.tr("Funding source"), lambda: enum_input(FundingSource)),
            FieldSpec("budget_usd", self.tr("Budget"), lambda: MoneyInput()),
            FieldSpec("expenditure_usd", self.tr("Expenditure"), lambda: MoneyInput()),
        ]

    def noun(self) -> str:
        return self.tr("budget line")

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"year": date.today().year}

    def _show_totals(self) -> None:
        budget = sum(r["budget_usd"] or 0 for r in self.model.rows)
        spent = sum(r["expenditure_usd"] or 0 for r in self.model.rows)
        rate = f" ({round(100 * spent / budget)} %)" if budget else ""
        self.totals.setText(self.tr("Total budget %1 USD; spent %2 USD%3.").replace("%1", format_money(budget))
                            .replace("%2", format_money(spent)).replace("%3", rate))


class ProjectEditor(RecordEditor):
    table = "project"

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
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "start_date": None, "end_date": None}

    def part_tabs(self):
        self.budget = BudgetSection(self.ctx)
        return [(self.budget, self.tr("Budget"))]

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('code', '')} \u2013 {row.get('title', '')}"

    def new_heading(self) -> str:
        return self.tr("New project")


class ProjectsPage(RecordPage):
    key = "projects"
    table = "project"

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
