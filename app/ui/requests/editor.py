"""The requests page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import RequestChannel, RequestStatus
from app.ui.coordination.others import OthersWorking
from app.ui.lessons.before import LessonsBefore
from app.ui.missions.editor import ProjectsInput
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.requests.priority import PriorityTab
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, ReferenceListInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker
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
        self.reports = RecordReportsButton(self)

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
        self.lessons = LessonsBefore(self.ctx, "assistance_request")
        self.others = OthersWorking(self.ctx, "assistance_request")  # the coordination register
        return [(self.priority, self.tr("Priority")), (self.history_tab, self.tr("Status history")),
                (self.lessons, QCoreApplication.translate("Lessons", "Lessons")),
                (self.others, QCoreApplication.translate("Coordination", "Partners"))]

    def new_heading(self) -> str:
        return self.tr("New request for assistance")
