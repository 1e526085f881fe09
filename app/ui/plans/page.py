"""National human rights action plans: the list (filtered by country and status) and the plan's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class PlansPage(RecordPage):
    key = "plans"
    table = "action_plan"

    def title(self) -> str:
        return self.tr("National action plans")

    def columns(self) -> list[Column]:
        return [
            Column("country_id", self.tr("Country")),
            Column("title", self.tr("Title")),
            Column("period_start", self.tr("From")),
            Column("period_end", self.tr("To")),
            Column("status", self.tr("Status")),
            Column("overdue", self.tr("Overdue actions"), "number", sortable=False),
            Column("coordinating_body", self.tr("Coordinating body"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "status", self.tr("Status")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln plan(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.plans.editor import PlanEditor  # after the list's first read is on its way

        return PlanEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the plan \u201c%1\u201d with its actions?").replace("%1", what)
