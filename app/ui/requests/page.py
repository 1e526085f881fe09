"""Requests for assistance: where technical cooperation starts. The list (or the ranking of the open requests, or
the criteria they are ranked by) beside the editor: the request, its status with dated transitions, its priority
criteria with the evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from app.ui.requests.criteria import CriteriaView
from app.ui.requests.ranking import RankingView
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class RequestsPage(RecordPage):
    key = "requests"
    table = "assistance_request"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.ranking = RankingView(ctx)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.splitter.replaceWidget(0, self.views)
        self.views.addTab(self.panel, self.tr("List"))
        self.views.addTab(self.ranking, self.tr("Ranking"))
        self.criteria = CriteriaView(ctx)
        self.views.addTab(self.criteria, self.tr("Criteria"))
        self.ranking.chosen.connect(self._ranked_chosen)
        self.splitter.setStretchFactor(0, 0)  # as on every page, now that the tabs hold the list

    def title(self) -> str:
        return self.tr("Requests")

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Subject")),
            Column("country_id", self.tr("Country")),
            Column("received_date", self.tr("Received")),
            Column("status", self.tr("Status")),
            Column("requesting_authority", self.tr("Requested by")),
            Column("channel", self.tr("Channel"), visible=False),
            Column("theme_ids", self.tr("Areas requested"), sortable=False, visible=False),
            Column("decision_date", self.tr("Decided on"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "theme_ids", self.tr("Area requested")),
            Filter("dates", "dates", self.tr("Received")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln request(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.requests.editor import RequestEditor  # after the list's first read is on its way

        return RequestEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the request \u201c%1\u201d with its scores and status history?").replace("%1", what)

    def show_ranking(self) -> None:
        self.views.setCurrentWidget(self.ranking)

    def _ranked_chosen(self, record_id: str) -> None:
        if record_id == self.editor.target_id:
            return
        if self.editor.is_dirty():
            self.ranking.select_id(self.editor.record_id)
            self.request_leave(lambda: self.open_record(record_id))
        else:
            self.open_record(record_id)
