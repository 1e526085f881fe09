"""The Plans page's editor: the plan (country, title, period, status, coordinating body, adoption date, note), its
actions (a tab of parts, with the spreadsheet import), attachments and history; "National action plan…" prints the
plan's report."""

from __future__ import annotations

from typing import Any

from app.models.enums import PlanStatus
from app.ui.plans.actions import ActionsSection, country_projects, country_recommendations
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec


class PlanEditor(RecordEditor):
    table = "action_plan"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs.setTabText(0, self.tr("Plan"))
        self.reports = RecordReportsButton(self)
        self.actions.changed.connect(self.history.reload)  # the actions' changes show in the plan's history

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("period_start", self.tr("Period from"), lambda: DateInput()),
            FieldSpec("period_end", self.tr("Period to"), lambda: DateInput(optional=True)),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(PlanStatus)),
            FieldSpec("coordinating_body", self.tr("Coordinating body"), lambda: TextInput(300),
                      hint=self.tr("The ministry, commission or interministerial committee that coordinates it.")),
            FieldSpec("adoption_date", self.tr("Adopted on"), lambda: DateInput(optional=True)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(4)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "status": PlanStatus.DRAFTING.value,
                "period_end": None, "adoption_date": None}

    def part_tabs(self):
        self.actions = ActionsSection(self.ctx, lambda: self.row)
        return [(self.actions, self.tr("Actions"))]

    def new_heading(self) -> str:
        return self.tr("New national action plan")

    def read_record(self, fd, record_id: str) -> dict[str, Any]:
        """On the worker: the plan, and the names of its country's recommendations and projects, for its history
        (an action's recommendations and projects are ids in the change log)."""
        row = super().read_record(fd, record_id)
        country = row["country_id"]
        self._names = dict(country_recommendations(country)(fd) + country_projects(country)(fd))
        return row

    def describe_field(self, field: str) -> str:
        if field.startswith("plan_action."):
            column = field.split(".", 1)[1]
            titles = {spec.key: spec.label for spec in self.actions.field_specs()}
            return f"{self.tr('Action')}: {titles.get(column) or super().describe_field(field).split(': ', 1)[-1]}"
        return super().describe_field(field)

    def describe_value(self, field: str, value: Any) -> str:
        if field in ("plan_action.recommendation_ids", "plan_action.project_ids") and value:
            names = getattr(self, "_names", {})
            return "; ".join(names.get(i, i) for i in value)
        return super().describe_value(field, value)
