"""Needs assessment missions: the request, the team, the stakeholders met, findings and recommendations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.imports.opener import ImportFromExcel
from app.ui.widgets.columns import Column, coverage_column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class MissionsPage(ImportFromExcel, RecordPage):
    key = "missions"
    table = "mission"
    import_kind = "missions"

    def title(self) -> str:
        return self.tr("Missions")

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            coverage_column(self.tr("Country")),
            Column("start_date", self.tr("Start")),
            Column("end_date", self.tr("End")),
            Column("status", self.tr("Status")),
            Column("requesting_authority", self.tr("Requested by"), visible=False),
            Column("request_date", self.tr("Requested on"), visible=False),
            Column("theme_ids", self.tr("Thematic areas"), sortable=False, visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "theme_ids", self.tr("Thematic area")),
            Filter("dates", "dates", self.tr("Dates")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln mission(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.missions.editor import MissionEditor  # after the list's first read is on its way

        return MissionEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the mission \u201c%1\u201d with its team, meetings and findings?").replace("%1", what)
