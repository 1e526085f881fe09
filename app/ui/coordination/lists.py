"""The Coordination page's two lists: partners' activities (who does what where) and the partners themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import PartnerKind, PlanStage
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
            Column("partner_id", self.tr("Partner"), "ref", ref="partner"),
            Column("title", self.tr("Activity")),
            Column("country_id", self.tr("Country"), "ref", ref="country"),
            Column("stage", self.tr("Existing or planned"), "enum", enum=PlanStage),
            Column("start_date", self.tr("Start"), "date"),
            Column("end_date", self.tr("End"), "date"),
            Column("theme_ids", self.tr("Thematic areas"), "refs", ref="thematic_area", sortable=False),
            Column("target_group_ids", self.tr("Target groups"), "refs", ref="stakeholder_type", sortable=False,
                   visible=False),
            Column("amount", self.tr("Amount"), "number", visible=False),
            Column("currency", self.tr("Currency"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("reference", "country_id", self.tr("Country"), ref="country"),
            Filter("reference", "theme_ids", self.tr("Thematic area"), ref="thematic_area"),
            Filter("enum", "stage", self.tr("Existing or planned"), enum=PlanStage),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln activity(ies)", "", n)

    def can(self, action: str) -> bool:
        return action == "import" or super().can(action)

    def import_file(self):
        """A partner matrix kept in Excel (``app.spreadsheets.coordination``)."""
        from app.ui.coordination.importing import start_import

        start_import(self.ctx, self)

    def make_editor(self) -> RecordEditor:
        from app.ui.coordination.editors import PartnerActivityEditor

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
            Column("kind", self.tr("Kind"), "enum", enum=PartnerKind),
            Column("country_id", self.tr("Country"), "ref", ref="country"),
            Column("website", self.tr("Website"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("enum", "kind", self.tr("Kind"), enum=PartnerKind),
            Filter("reference", "country_id", self.tr("Country"), ref="country"),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln partner(s)", "", n)

    def make_editor(self) -> RecordEditor:
        from app.ui.coordination.editors import PartnerEditor

        return PartnerEditor(self.ctx)
