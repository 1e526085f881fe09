"""The Coordination page's editors: a partner (with the partners already recorded that look like it, so each
agency and donor is recorded once) and a partner's activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import PartnerKind, PlanStage
from app.services.programme.coordination import similar_partners
from app.ui.coordination.inputs import CurrencyInput, OptionalAmountInput
from app.ui.institutions.link import InstitutionLink
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, ReferenceListInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class PartnerEditor(InstitutionLink, RecordEditor):
    table = "partner"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.similar = QLabel()
        self.similar.setObjectName("similarPartners")
        self.similar.setWordWrap(True)
        self.similar.hide()
        self.details_footer.addWidget(self.similar)
        self._asked = ("", "")
        self.form.changed.connect(self._look_for_similar)
        self.link_institution()

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("name", self.tr("Name"), lambda: TextInput(300)),
            FieldSpec("acronym", self.tr("Acronym"), lambda: TextInput(40)),
            FieldSpec("kind", self.tr("Kind of partner"), lambda: enum_input(PartnerKind)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014"),
                      hint=self.tr("For a national partner (a ministry, a national NGO); empty for an agency or "
                                   "donor working in many countries.")),
            self.institution_field(),
            FieldSpec("website", self.tr("Website"), lambda: TextInput(300)),
            FieldSpec("contact", self.tr("Contact"), lambda: TextInput(500)),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(3)),
        ]

    def new_heading(self) -> str:
        return self.tr("New partner")

    def _look_for_similar(self) -> None:
        """While a partner is typed, the ones already recorded with a similar name or acronym show below."""
        values = self.form.values()
        asked = (values.get("name") or "", values.get("acronym") or "")
        if asked == self._asked or self.mode == "empty":
            return
        self._asked = asked
        exclude = self.record_id if self.mode == "existing" else None

        def read(fd):
            return similar_partners(fd, asked[0], asked[1], exclude_id=exclude)

        self.ctx.read(read, lambda found: self._show_similar(asked, found), owner=self)

    def _show_similar(self, asked: tuple[str, str], found: list[dict[str, Any]]) -> None:
        if asked != self._asked:
            return
        if not found:
            self.similar.hide()
            return
        names = "; ".join(f"{r['acronym']} \u2013 {r['name']}" if r["acronym"] else r["name"] for r in found)
        self.similar.setText(self.tr("Already in the register, perhaps the same partner: %1. Use it rather than "
                                     "recording it again.").replace("%1", names))
        self.similar.show()


class PartnerActivityEditor(RecordEditor):
    table = "partner_activity"

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("partner_id", self.tr("Partner"), lambda: RecordPicker(ctx, "partner")),
            FieldSpec("title", self.tr("Activity"), lambda: TextInput(300)),
            FieldSpec("country_id", self.tr("Country"),
                      lambda: ReferenceInput(refs, "country", "\u2014")),  # none chosen until one is
            FieldSpec("stage", self.tr("Existing or planned"), lambda: enum_input(PlanStage)),
            FieldSpec("theme_ids", self.tr("Thematic areas"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("target_group_ids", self.tr("Target groups"),
                      lambda: ReferenceListInput(refs, "stakeholder_type")),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput(optional=True)),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput(optional=True)),
            FieldSpec("amount", self.tr("Amount"), OptionalAmountInput,
                      hint=self.tr("When known; empty when not.")),
            FieldSpec("currency", self.tr("Currency"), CurrencyInput,
                      hint=self.tr("The ISO 4217 code: USD, EUR, GTQ\u2026")),
            FieldSpec("contact_person", self.tr("Contact person"), lambda: TextInput(300)),
            FieldSpec("framework_outcome", self.tr("Cooperation framework outcome"), lambda: TextInput(1000),
                      hint=self.tr("The outcome of the UN sustainable development cooperation framework it serves.")),
            FieldSpec("info_source", self.tr("Source of the information"), lambda: TextInput(300)),
            FieldSpec("info_date", self.tr("Information as of"), lambda: DateInput(optional=True)),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(3)),
        ]

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "stage": PlanStage.EXISTING.value,
                "start_date": None, "end_date": None, "info_date": date.today(), "amount": None}

    def new_heading(self) -> str:
        return self.tr("New partner activity")
