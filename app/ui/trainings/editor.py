"""The trainings page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.enums import ActivityStatus, TrainingForm
from app.services.profile.site_settings import training_language
from app.ui.fellowships.training_note import add_fellowship_note
from app.ui.i18n.translations import LANGUAGES
from app.ui.institutions.link import InstitutionLink
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.trainings.attendance import AttendanceTab
from app.ui.trainings.enrollment import EnrollmentTab
from app.ui.trainings.scores import ScoresTab
from app.ui.trainings.sheet import SheetReads
from app.ui.widgets.coverage import CoverageMixin
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    ChoiceInput,
    LongTextInput,
    MoneyInput,
    ReferenceInput,
    ReferenceListInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class TrainingEditor(InstitutionLink, CoverageMixin, RecordEditor):
    table = "training"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.reports = RecordReportsButton(self)
        self.link_coverage()
        self.link_institution()
        self.usual_language = "en"  # the office's (a site setting, read on the worker)
        self.setting_reads: set[str] = set()  # where the office's setting was read: a write there reads it again
        self._read_usual_language()
        ctx.changed.connect(lambda tables: not self.setting_reads.isdisjoint(tables) and self._read_usual_language())
        self.fellowship_note = add_fellowship_note(self)

    def _read_usual_language(self) -> None:
        self.ctx.read(training_language, lambda code: setattr(self, "usual_language", code), owner=self,
                      reads=self.setting_reads)

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("form", self.tr("Form"), lambda: enum_input(TrainingForm)),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(ActivityStatus)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            *self.coverage_specs(),
            self.institution_field(),
            FieldSpec("venue", self.tr("Venue"), lambda: TextInput(300)),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput()),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput()),
            FieldSpec("target_group_ids", self.tr("Target groups"),
                      lambda: ReferenceListInput(refs, "stakeholder_type")),
            FieldSpec("theme_ids", self.tr("Thematic areas"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("project_id", self.tr("Project"), lambda: RecordPicker(ctx, "project")),
            FieldSpec("facilitators", self.tr("Facilitators"), lambda: TextInput(2000)),
            FieldSpec("language", self.tr("Language"), lambda: ChoiceInput(LANGUAGES)),
            FieldSpec("cost_usd", self.tr("Cost"), lambda: MoneyInput()),
            FieldSpec("description", self.tr("Description"), lambda: LongTextInput(4)),
        ]

    def defaults(self) -> dict[str, Any]:
        today = date.today()
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "start_date": today, "end_date": today,
                "scope": "national", "region_ids": [], "country_ids": [],
                "form": TrainingForm.TRAINING_COURSE.value, "status": ActivityStatus.PLANNED.value,
                "language": self.usual_language}

    def part_tabs(self):
        self.enrollment = EnrollmentTab(self.ctx)
        self.attendance = AttendanceTab(self.ctx)
        self.scores = ScoresTab(self.ctx)
        reads = SheetReads(self.ctx)  # the three tabs read one sheet: one read serves them all
        for tab in (self.enrollment, self.attendance, self.scores):
            tab.reads = reads
        return [(self.enrollment, self.tr("Participants")), (self.attendance, self.tr("Attendance")),
                (self.scores, self.tr("Tests and evaluation"))]

    def new_heading(self) -> str:
        return self.tr("New training activity")
