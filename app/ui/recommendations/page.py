"""Recommendations (from missions, treaty bodies, the UPR...) and how each is followed up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.recommendations.filters import fill_mechanism_filters, mechanism_filters
from app.ui.recommendations.index_import import IndexImportDialog
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class RecommendationsPage(RecordPage):
    key = "recommendations"
    table = "recommendation"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        fill_mechanism_filters(self)

    def title(self) -> str:
        return self.tr("Recommendations")

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Recommendation")),
            Column("source", self.tr("Source")),
            Column("country_id", self.tr("Country")),
            Column("thematic_area_id", self.tr("Thematic area")),
            Column("priority", self.tr("Priority")),
            Column("status", self.tr("Status")),
            Column("issued_date", self.tr("Issued")),
            Column("document_symbol", self.tr("Symbol")),
            Column("paragraph", self.tr("Paragraph"), visible=False),
            Column("response", self.tr("Response"), visible=False),
            Column("mission_id", self.tr("Mission"), visible=False),
            Column("target_institution", self.tr("Target institution"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "thematic_area_id", self.tr("Thematic area")),
            Filter("dates", "dates", self.tr("Issued")),
            Filter("field", "source", self.tr("Source")),
            Filter("field", "response", self.tr("Response")),
            Filter("office", "owner_office", self.tr("Office")),
            *mechanism_filters(),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln recommendation(s)", "", n)

    def can(self, action: str) -> bool:
        return action == "import" or super().can(action)

    def import_file(self):
        """The Universal Human Rights Index's export (the list shows what it added once it is done)."""
        from PySide6.QtCore import Qt

        dialog = IndexImportDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.recommendations.editor import RecommendationEditor  # after the list's first read is on its way

        return RecommendationEditor(self.ctx)
