"""The fellowships page's editor: the fellow, cohort, host, placement (its weeks shown as the dates are typed),
status (the Placement tab); the learning objectives; the final report (its date, summary and file: the fellowship's
attachments, on that tab); the follow-up contacts; History."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import FellowshipStatus
from app.models.fellowship import placement_days, placement_weeks
from app.services.privacy.person_guard import texts_refused_for
from app.services.store.lookups import display_names
from app.ui.fellowships.final_report import REPORT_FIELDS, FinalReportTab
from app.ui.fellowships.parts import ContactsSection, ObjectivesSection
from app.ui.fellowships.withheld_texts import FELLOWSHIP_TEXTS, grey_texts, reason_under
from app.ui.i18n.formats import format_number
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.cohort_input import CohortInput
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import ERROR_STYLE, FieldSpec, hold_lines
from app.ui.widgets.picker import RecordPicker


class FellowshipEditor(RecordEditor):
    table = "fellowship"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.reports = RecordReportsButton(self)
        self.weeks = QLabel()
        self.weeks.setObjectName("placementWeeks")
        self.weeks.setWordWrap(True)
        hold_lines(self.weeks)
        self.details_footer.addWidget(self.weeks)
        for key in ("placement_start", "placement_end"):
            self.form.inputs[key].changed.connect(self._show_weeks)
        self.loaded.connect(self._show_weeks)
        for part in (self.objectives, self.contacts):
            part.changed.connect(self.history.reload)  # their changes show in the fellowship's history
        # the first tab is the placement; the files are the final report's, on its tab
        self.tabs.setTabText(0, self.tr("Placement"))
        self.tabs.removeTab(self.tabs.indexOf(self.attachments))
        self.final_report.add_files(self.attachments)
        # a problem of the final report's fields, said on the placement's tab too (where the status is chosen)
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("finalReportProblems")
        self.elsewhere.setStyleSheet(ERROR_STYLE)
        self.elsewhere.setWordWrap(True)
        hold_lines(self.elsewhere)
        self.details_footer.addWidget(self.elsewhere)
        self.state_changed.connect(self._show_elsewhere)
        # the fellow's personal text, greyed where it may not be written here (withheld_texts.py)
        self.texts_reason = reason_under(self.form, "notes", "textsWithheld")
        self.summary_reason = reason_under(self.form, "report_summary", "summaryWithheld")
        self.loaded.connect(self._texts_for_loaded)
        self.form.inputs["participant_id"].changed.connect(self._texts_for_fellow)

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("participant_id", self.tr("Fellow"), lambda: RecordPicker(ctx, "participant"),
                      hint=self.tr("Type part of the person's name and pick them from the list.")),
            FieldSpec("cohort", self.tr("Cohort"), CohortInput,
                      hint=self.tr("For example \u201c2026 Indigenous Fellowship, English section\u201d.")),
            FieldSpec("host", self.tr("Host office or institution"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(FellowshipStatus)),
            FieldSpec("placement_start", self.tr("Placement start"), lambda: DateInput(optional=True)),
            FieldSpec("placement_end", self.tr("Placement end"), lambda: DateInput(optional=True)),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(3)),
            # on the Final report tab (final_report.py)
            FieldSpec("report_received", self.tr("Final report received"), lambda: DateInput(optional=True),
                      hint=self.tr("Attach the report itself below.")),
            FieldSpec("report_summary", self.tr("Final report summary"), lambda: LongTextInput(4)),
        ]

    def cohort_names(self, names: list[str]) -> None:
        self.form.inputs["cohort"].set_names(names)

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "status": FellowshipStatus.SELECTED.value,
                "placement_start": None, "placement_end": None, "report_received": None}

    def part_tabs(self):
        self.objectives = ObjectivesSection(self.ctx)
        self.final_report = FinalReportTab(self.form)
        self.contacts = ContactsSection(self.ctx)
        return [(self.objectives, self.tr("Learning objectives")), (self.final_report, self.tr("Final report")),
                (self.contacts, self.tr("Follow-up contacts"))]

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        super().new_record(preset)
        # the report's fields can be filled before the first save (a fellowship recorded when it is over); its
        # file waits for the save
        index = self.tabs.indexOf(self.final_report)
        self.tabs.setTabEnabled(index, True)
        self.tabs.setTabToolTip(index, "")

    def _show_elsewhere(self) -> None:
        shown = self.form.shown_problems()
        problems = [shown[key] for key in REPORT_FIELDS if key in shown]
        self.elsewhere.setText(self.tr("On the Final report tab: %1").replace("%1", " ".join(problems))
                               if problems else "")

    def read_record(self, fd, record_id: str) -> dict[str, Any]:
        row = fd.fellowships.get_row(record_id)
        row["fellow_name"] = display_names(fd, "participant", [row["participant_id"]]).get(row["participant_id"], "")
        row["texts_refused"] = texts_refused_for(fd, row["participant_id"])
        return row

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('fellow_name', '')} \u2013 {row.get('cohort', '')}"

    def new_heading(self) -> str:
        return self.tr("New fellowship")

    def _texts_for_loaded(self) -> None:
        if self.mode == "new" and self.form.inputs["participant_id"].value():  # a fellowship of a person's tab
            self._texts_for_fellow()
        else:
            self._grey_texts((self.row.get("texts_refused") or "") if self.mode == "existing" else "")

    def _texts_for_fellow(self) -> None:
        """Another fellow chosen: whether their text may be written here, asked on the worker."""
        fellow = self.form.inputs["participant_id"].value()
        self.ctx.read(lambda fd: texts_refused_for(fd, fellow) or "",
                      lambda reason: self._grey_texts(reason)
                      if self.form.inputs["participant_id"].value() == fellow else None, owner=self)

    def _grey_texts(self, reason: str) -> None:
        grey_texts(self.form, FELLOWSHIP_TEXTS, reason, (self.texts_reason, self.summary_reason))
        for part in (self.objectives, self.contacts):
            part.texts_reason = reason

    def _show_weeks(self) -> None:
        values = self.form.values()
        start, end = values.get("placement_start"), values.get("placement_end")
        weeks, days = placement_weeks(start, end), placement_days(start, end)
        if weeks is None:
            self.weeks.setText(self.tr("Placement weeks: shown once both dates are known."))
            return
        shown = format_number(weeks, 0 if float(weeks).is_integer() else 1)
        self.weeks.setText(self.tr("Placement weeks: %1 (days: %2).").replace("%1", shown)
                           .replace("%2", format_number(days)))
