"""Requests for assistance: where technical cooperation starts. The list (or the ranking of the open requests, or
the criteria they are ranked by) beside the editor: the request, its status with dated transitions, its priority
criteria with the evidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget

from app.models.enums import RequestChannel, RequestStatus
from app.ui.missions.page import ProjectsInput
from app.ui.requests.criteria import CriteriaView
from app.ui.requests.priority import PriorityTab
from app.ui.requests.ranking import RankingView
from app.ui.settings.options import LIST_SPLITTER
from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import DateInput, LongTextInput, ReferenceInput, ReferenceListInput, TextInput, enum_input
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker
from app.ui.widgets.record_page import RecordPage
from app.ui.widgets.status_flow import StatusFlowEditor, StatusHistory


class RequestHistory(StatusHistory):
    table = "request_transition"
    parent_column = "request_id"
    status_enum = RequestStatus


class RequestEditor(StatusFlowEditor, RecordEditor):
    table = "assistance_request"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_status_line()

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("title", self.tr("Subject"), lambda: TextInput(300)),
            FieldSpec("requesting_authority", self.tr("Requesting authority"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("received_date", self.tr("Date received"), lambda: DateInput()),
            FieldSpec("channel", self.tr("Channel"), lambda: enum_input(RequestChannel)),
            FieldSpec("reference", self.tr("Reference"), lambda: TextInput(120),
                      hint=self.tr("The number of the letter or note verbale.")),
            FieldSpec("theme_ids", self.tr("Areas requested"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("summary", self.tr("Summary"), lambda: LongTextInput(4)),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(RequestStatus),
                      hint=self.tr("Once saved, the status changes with \u201cChange status\u201d, which records the "
                                   "date and who made the change.")),
            FieldSpec("mission_id", self.tr("Needs assessment mission"), lambda: RecordPicker(ctx, "mission")),
            FieldSpec("project_ids", self.tr("Resulting projects"), lambda: ProjectsInput(ctx)),
            FieldSpec("decision_date", self.tr("Date of the decision"), lambda: DateInput(optional=True)),
            FieldSpec("decision_reasons", self.tr("Reasons for the decision"), lambda: LongTextInput(3)),
        ]

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "received_date": date.today(),
                "status": RequestStatus.RECEIVED.value, "decision_date": None}

    def part_tabs(self):
        self.priority = PriorityTab(self.ctx)
        self.history_tab = RequestHistory(self.ctx)
        return [(self.priority, self.tr("Priority")), (self.history_tab, self.tr("Status history"))]

    def new_heading(self) -> str:
        return self.tr("New request for assistance")


class RequestsPage(RecordPage):
    key = "requests"
    table = "assistance_request"
    watch = frozenset({"request_transition"})

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
        self.splitter.setStretchFactor(0, 4)  # as on every page, now that the tabs hold the list
        if not ctx.settings.get(LIST_SPLITTER(self.key)):
            self.splitter.setSizes([480, 640])

    def title(self) -> str:
        return self.tr("Requests")

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Subject")),
            Column("country_id", self.tr("Country"), "ref", ref="country"),
            Column("received_date", self.tr("Received"), "date"),
            Column("status", self.tr("Status"), "enum", enum=RequestStatus),
            Column("requesting_authority", self.tr("Requested by")),
            Column("channel", self.tr("Channel"), "enum", enum=RequestChannel, visible=False),
            Column("theme_ids", self.tr("Areas requested"), "refs", ref="thematic_area", sortable=False,
                   visible=False),
            Column("decision_date", self.tr("Decided on"), "date", visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("reference", "country_id", self.tr("Country"), ref="country"),
            Filter("enum", "status", self.tr("Status"), enum=RequestStatus),
            Filter("reference", "theme_ids", self.tr("Area requested"), ref="thematic_area"),
            Filter("dates", "dates", self.tr("Received")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln request(s)", "", n)

    def make_editor(self) -> RecordEditor:
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
