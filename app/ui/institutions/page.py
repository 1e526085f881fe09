"""National human rights institutions: the list (by country, type and current accreditation status) and an editor
with the profile, the GANHRI accreditation reviews, the regional offices, the Paris Principles concerns, the work
linked to the institution and its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.institutions import AccreditationStatus
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class InstitutionsPage(RecordPage):
    key = "institutions"
    table = "institution"
    # the institutions' long official names ("High Commissioner for Human Rights in the Russian Federation") need the
    # room more than the profile's short fields do
    editor_share = 0.4

    def title(self) -> str:
        return self.tr("National institutions")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), stretch=True),
            Column("acronym", self.tr("Acronym"), "code"),
            Column("country_id", self.tr("Country")),
            Column("institution_type", self.tr("Type")),
            Column("accreditation", self.tr("Accreditation"), "enum", enum=AccreditationStatus, sortable=False),
            Column("established", self.tr("Established"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "institution_type", self.tr("Type")),
            Filter("enum", "accreditation", self.tr("Accreditation"), enum=AccreditationStatus),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln institution(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.institutions.editor import InstitutionEditor  # after the list's first read is on its way

        return InstitutionEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the institution \u201c%1\u201d with its accreditation reviews, concerns and regional "
                       "offices? The records linked to it keep their own data.").replace("%1", what)
