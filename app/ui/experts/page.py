"""Experts: the roster that missions and trainings draw upon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class ExpertsPage(RecordPage):
    key = "experts"
    table = "expert"

    def title(self) -> str:
        return self.tr("Experts")

    def columns(self) -> list[Column]:
        return [
            Column("full_name", self.tr("Name")),
            Column("organisation", self.tr("Organisation")),
            Column("expertise_ids", self.tr("Expertise"), sortable=False),
            Column("languages", self.tr("Languages"), "words", sortable=False),
            Column("email", self.tr("E-mail")),
            Column("phone", self.tr("Phone"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "expertise_ids", self.tr("Expertise")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln expert(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.experts.editor import ExpertEditor  # after the list's first read is on its way

        return ExpertEditor(self.ctx)
