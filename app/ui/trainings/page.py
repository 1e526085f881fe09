"""Training activities: courses, workshops, seminars, fellowships... with their participants, attendance, tests and
evaluations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.imports.opener import ImportFromExcel
from app.ui.widgets.columns import Column, coverage_column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class TrainingsPage(ImportFromExcel, RecordPage):
    key = "trainings"
    table = "training"
    import_kind = "trainings"

    def title(self) -> str:
        return self.tr("Trainings")

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            Column("form", self.tr("Form")),
            coverage_column(self.tr("Country")),
            Column("start_date", self.tr("Start")),
            Column("end_date", self.tr("End"), visible=False),
            Column("status", self.tr("Status")),
            Column("venue", self.tr("Venue")),
            Column("project_id", self.tr("Project"), visible=False),
            Column("theme_ids", self.tr("Thematic areas"), sortable=False, visible=False),
            Column("target_group_ids", self.tr("Target groups"), sortable=False, visible=False),
            Column("cost_usd", self.tr("Cost (USD)"), "money", visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "theme_ids", self.tr("Thematic area")),
            Filter("dates", "dates", self.tr("Dates")),
            Filter("field", "form", self.tr("Form")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln activity(-ies)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.trainings.editor import TrainingEditor  # after the list's first read is on its way

        return TrainingEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the activity \u201c%1\u201d with its enrollments, attendance and scores?").replace(
            "%1", what)
