"""The institutions page's editor: the profile (the Details tab, named Profile), the accreditation reviews, the
regional offices, the Paris Principles concerns, the work linked to it (read-only) and its history (its parts'
changes with its own, ``services/store/history.HISTORY_PARTS``)."""

from __future__ import annotations

from typing import Any

from app.models.institutions import InstitutionType
from app.ui.institutions.parts import AccreditationSection, ConcernsSection, OfficesSection
from app.ui.institutions.work import WorkTab
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec


class InstitutionEditor(RecordEditor):
    table = "institution"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.reports = RecordReportsButton(self)
        self.tabs.setTabText(0, self.tr("Profile"))
        self.tabs.removeTab(self.tabs.indexOf(self.attachments))  # the tabs people look for, no more
        for part in (self.accreditation, self.offices, self.concerns):
            part.changed.connect(self.history.reload)  # their changes show in the institution's history
        self.accreditation.changed.connect(self.concerns.reload)  # a concern names a review

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("name", self.tr("Name"), lambda: TextInput(300)),
            FieldSpec("acronym", self.tr("Acronym"), lambda: TextInput(40)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("institution_type", self.tr("Type"), lambda: enum_input(InstitutionType)),
            FieldSpec("legal_basis", self.tr("Legal basis"), lambda: LongTextInput(2),
                      hint=self.tr("The constitution or law that establishes it, with its reference (article, "
                                   "law number).")),
            FieldSpec("established", self.tr("Established"), lambda: DateInput(optional=True)),
            FieldSpec("website", self.tr("Website"), lambda: TextInput(300)),
            FieldSpec("contact", self.tr("Contact"), lambda: LongTextInput(2)),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(3)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office),
                "institution_type": InstitutionType.COMMISSION.value, "established": None}

    def part_tabs(self):
        self.accreditation = AccreditationSection(self.ctx)
        self.offices = OfficesSection(self.ctx)
        self.concerns = ConcernsSection(self.ctx)
        self.work = WorkTab(self.ctx)
        return [(self.accreditation, self.tr("Accreditation")), (self.offices, self.tr("Regional offices")),
                (self.concerns, self.tr("Concerns")), (self.work, self.tr("Work"))]

    def data_to_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return values

    def heading(self, row: dict[str, Any]) -> str:
        acronym = row.get("acronym")
        return f"{row.get('name', '')} ({acronym})" if acronym else str(row.get("name", ""))

    def new_heading(self) -> str:
        return self.tr("New national institution")
