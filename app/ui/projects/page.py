"""Projects: technical cooperation projects through their cycle (pipeline to closed, each change dated), with their
results framework, budget and its execution, risks, evaluations, and who takes over when they end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.widgets.columns import Column, coverage_column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class ProjectsPage(RecordPage):
    key = "projects"
    table = "project"

    def title(self) -> str:
        return self.tr("Projects")

    def columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Code")),
            Column("title", self.tr("Title")),
            coverage_column(self.tr("Country")),
            Column("funding_source", self.tr("Funding source")),
            Column("status", self.tr("Status")),
            Column("start_date", self.tr("Start")),
            Column("end_date", self.tr("End")),
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
        return self.tr("%Ln project(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.projects.editor import ProjectEditor  # after the list's first read is on its way

        return ProjectEditor(self.ctx)
