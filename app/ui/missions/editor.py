"""The missions page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import MissionStatus
from app.ui.coordination.others import OthersWorking
from app.ui.institutions.link import InstitutionLink
from app.ui.lessons.before import LessonsBefore
from app.ui.missions.parts import FindingsSection, MeetingsSection, MissionRecommendationsSection, TeamSection
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.coverage import CoverageMixin
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    LongTextInput,
    MultiChoiceInput,
    ReferenceInput,
    ReferenceListInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import FieldSpec


class ProjectsInput(MultiChoiceInput):
    """The projects a mission is linked to (there are tens, not thousands: all are listed)."""

    def __init__(self, ctx):
        super().__init__([], rows=4)
        self.ctx = ctx
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        self.reload()
        ctx.changed.connect(lambda tables: None if self.reads.isdisjoint(tables) else self.reload())

    def reload(self) -> None:
        def read(fd):
            rows = fd.projects.rows(fd.projects.ids(), ["code", "title"])
            return [(r["id"], f"{r['code']} \u2013 {r['title']}") for r in rows]

        self.ctx.read(read, self.set_items, owner=self, reads=self.reads)


class MissionEditor(InstitutionLink, CoverageMixin, RecordEditor):
    table = "mission"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.reports = RecordReportsButton(self)
        self.link_coverage()
        self.link_institution()

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            *self.coverage_specs(),
            self.institution_field(),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(MissionStatus)),
            FieldSpec("requesting_authority", self.tr("Requesting authority"), lambda: TextInput(300)),
            FieldSpec("request_date", self.tr("Request date"), lambda: DateInput(optional=True)),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput(optional=True)),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput(optional=True)),
            FieldSpec("theme_ids", self.tr("Thematic areas"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("project_ids", self.tr("Linked projects"), lambda: ProjectsInput(ctx)),
            FieldSpec("terms_of_reference", self.tr("Terms of reference"), lambda: LongTextInput(5)),
            FieldSpec("summary", self.tr("Summary"), lambda: LongTextInput(4)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "status": MissionStatus.REQUESTED.value,
                "scope": "national", "region_ids": [], "country_ids": [],
                "request_date": None, "start_date": None, "end_date": None}

    def part_tabs(self):
        self.team = TeamSection(self.ctx)
        self.meetings = MeetingsSection(self.ctx)
        self.findings = FindingsSection(self.ctx)
        self.recommendations = MissionRecommendationsSection(self.ctx, lambda: self.row)
        self.lessons = LessonsBefore(self.ctx, "mission")
        self.others = OthersWorking(self.ctx, "mission")  # the coordination register
        return [(self.team, self.tr("Team")), (self.meetings, self.tr("Meetings")),
                (self.findings, self.tr("Findings")), (self.recommendations, self.tr("Recommendations")),
                (self.lessons, QCoreApplication.translate("Lessons", "Lessons")),
                (self.others, QCoreApplication.translate("Coordination", "Partners"))]

    def new_heading(self) -> str:
        return self.tr("New mission")
