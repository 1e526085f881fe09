"""Reviews of the programme (programme, country or thematic, in the manner of the 2003 global review): the list, and
an editor with the terms and scope, the team, the interviews, the findings, the recommendations and the synthesis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class ReviewsPage(RecordPage):
    key = "reviews"
    table = "review"

    def title(self) -> str:
        return self.tr("Reviews")

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title")),
            Column("kind", self.tr("Kind")),
            Column("period_from", self.tr("From")),
            Column("period_to", self.tr("To")),
            Column("status", self.tr("Status")),
            Column("country_ids", self.tr("Countries"), sortable=False, visible=False),
            Column("theme_ids", self.tr("Thematic areas"), sortable=False, visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "kind", self.tr("Kind")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "country_ids", self.tr("Country")),
            Filter("field", "theme_ids", self.tr("Thematic area")),
            Filter("dates", "dates", self.tr("Dates")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln review(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.reviews.editor import ReviewEditor  # after the list's first read is on its way

        return ReviewEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the review \u201c%1\u201d with its team, interviews and findings?").replace("%1", what)
