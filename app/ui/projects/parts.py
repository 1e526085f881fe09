"""A project's parts besides its results: budget lines with their execution rate, risks, evaluations and the
history of its status."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import EvaluationKind, FundingSource, Priority, ProjectStatus
from app.ui.fund.project_allocations import ProjectAllocations
from app.ui.i18n.formats import format_currency, format_number
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import BoolInput, IntInput, LongTextInput, MoneyInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec, hold_lines
from app.ui.widgets.status_flow import StatusHistory


class BudgetSection(PartsSection):
    table = "project_budget"
    parent_column = "project_id"
    inline = {"budget_usd": (0, 1e12, 2), "expenditure_usd": (0, 1e12, 2)}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.totals = QLabel()
        self.totals.setObjectName("budgetTotals")
        self.totals.setWordWrap(True)
        hold_lines(self.totals)
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.totals)
        self.loaded.connect(self._show_totals)
        self.allocations = ProjectAllocations(ctx)
        self.main_layout.addWidget(self.allocations)  # after the budget lines' buttons: it is not theirs

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        super().set_record(parent_id, writable)
        self.allocations.set_record(parent_id)

    def make_columns(self) -> list[Column]:
        return [Column("year", self.tr("Year")),
                Column("funding_source", self.tr("Funding source")),
                Column("budget_usd", self.tr("Budget (USD)"), "money"),
                Column("expenditure_usd", self.tr("Expenditure (USD)"), "money"),
                Column("rate", self.tr("Execution (%)"), "score")]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("year", self.tr("Year"), lambda: IntInput(1990, 2100, grouping=False)),
            FieldSpec("funding_source", self.tr("Funding source"), lambda: enum_input(FundingSource)),
            FieldSpec("budget_usd", self.tr("Budget"), lambda: MoneyInput()),
            FieldSpec("expenditure_usd", self.tr("Expenditure"), lambda: MoneyInput()),
        ]

    def noun(self) -> str:
        return self.tr("budget line")

    def note(self) -> str:
        return self.tr("Budget and expenditure per year and funding source; the execution rate is expenditure as a "
                       "share of budget.")

    def defaults(self) -> dict[str, Any]:
        return {"year": date.today().year}

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows = super().read_rows(fd, parent_id)
        for row in rows:
            budget = row["budget_usd"] or 0
            row["rate"] = round(100 * (row["expenditure_usd"] or 0) / budget, 1) if budget else None
        return rows

    def _show_totals(self) -> None:
        rows = self.model.rows
        budget = sum(r["budget_usd"] or 0 for r in rows)
        spent = sum(r["expenditure_usd"] or 0 for r in rows)
        rate = f" ({round(100 * spent / budget)} %)" if budget else ""
        lines = [self.tr("Total budget %1; spent %2%3.").replace("%1", format_currency(budget, "USD"))
                 .replace("%2", format_currency(spent, "USD")).replace("%3", rate)]
        years = sorted({r["year"] for r in rows})
        if len(years) > 1:
            parts = []
            for year in years:
                b = sum(r["budget_usd"] or 0 for r in rows if r["year"] == year)
                s = sum(r["expenditure_usd"] or 0 for r in rows if r["year"] == year)
                parts.append(f"{year}: " + (format_number(round(100 * s / b)) + " %" if b else "\u2014"))
            lines.append(self.tr("Execution by year: %1.").replace("%1", "; ".join(parts)))
        self.totals.setText("\n".join(lines))


class RisksSection(PartsSection):
    table = "project_risk"
    parent_column = "project_id"

    def make_columns(self) -> list[Column]:
        return [Column("description", self.tr("Risk")),
                Column("likelihood", self.tr("Likelihood")),
                Column("impact", self.tr("Impact")),
                Column("mitigation", self.tr("Mitigation")),
                Column("closed", self.tr("No longer a risk"), "bool")]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("description", self.tr("Risk"), lambda: LongTextInput(3)),
            FieldSpec("likelihood", self.tr("Likelihood"), lambda: enum_input(Priority)),
            FieldSpec("impact", self.tr("Impact"), lambda: enum_input(Priority)),
            FieldSpec("mitigation", self.tr("Mitigation"), lambda: LongTextInput(3)),
            FieldSpec("closed", self.tr("Closed"), lambda: BoolInput(self.tr("No longer a risk"))),
        ]

    def noun(self) -> str:
        return self.tr("risk")


class EvaluationsSection(PartsSection):
    table = "project_evaluation"
    parent_column = "project_id"

    def make_columns(self) -> list[Column]:
        return [Column("kind", self.tr("Evaluation")),
                Column("evaluation_date", self.tr("Date")),
                Column("evaluators", self.tr("Evaluators")),
                Column("findings", self.tr("Findings")),
                Column("lessons", self.tr("Lessons learnt"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("kind", self.tr("Evaluation"), lambda: enum_input(EvaluationKind)),
            FieldSpec("evaluation_date", self.tr("Date"), lambda: DateInput()),
            FieldSpec("evaluators", self.tr("Evaluators"), lambda: TextInput(300)),
            FieldSpec("findings", self.tr("Findings"), lambda: LongTextInput(5)),
            FieldSpec("lessons", self.tr("Lessons learnt"), lambda: LongTextInput(5)),
        ]

    def noun(self) -> str:
        return self.tr("evaluation")

    def note(self) -> str:
        return self.tr("Mid-term and end-of-project evaluations: what was found, and what was learnt.")


class ProjectHistory(StatusHistory):
    table = "project_transition"
    parent_column = "project_id"
    status_enum = ProjectStatus
