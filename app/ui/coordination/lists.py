"""The Coordination page's two lists: partners' activities (who does what where) and the partners themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.coordination.editors import PartnerActivityEditor, PartnerEditor
from app.ui.coordination.importing import start_import
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class ActivitiesPage(RecordPage):
    key = "coordination_activities"
    table = "partner_activity"

    def title(self) -> str:
        return self.tr("Activities")

    def columns(self) -> list[Column]:
        return [
            Column("partner_id", self.tr("Partner")),
            Column("title", self.tr("Activity")),
            Column("country_id", self.tr("Country")),
            Column("stage", self.tr("Existing or planned")),
            Column("start_date", self.tr("Start")),
            Column("end_date", self.tr("End")),
            Column("theme_ids", self.tr("Thematic areas"), sortable=False),
            Column("target_group_ids", self.tr("Target groups"), sortable=False, visible=False),
            Column("amount", self.tr("Amount"), "number", visible=False),
            Column("currency", self.tr("Currency"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "theme_ids", self.tr("Thematic area")),
            Filter("field", "stage", self.tr("Existing or planned")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln activity(ies)", "", n)

    def can(self, action: str) -> bool:
        return action == "import" or super().can(action)

    def import_file(self):
        """A partner matrix kept in Excel (``app.spreadsheets.coordination``)."""
        start_import(self.ctx, self)

    def make_editor(self) -> RecordEditor:
        return PartnerActivityEditor(self.ctx)


class PartnersPage(RecordPage):
    key = "coordination_partners"
    table = "partner"

    def title(self) -> str:
        return self.tr("Partners")

    def columns(self) -> list[Column]:
        return [
            Column("acronym", self.tr("Acronym"), "code"),
            Column("name", self.tr("Name"), stretch=True),
            Column("kind", self.tr("Kind")),
            Column("country_id", self.tr("Country")),
            Column("website", self.tr("Website"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "kind", self.tr("Kind")),
            Filter("field", "country_id", self.tr("Country")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln partner(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return PartnerEditor(self.ctx)
