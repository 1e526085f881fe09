"""A fellowship's parts: its learning objectives (met, partly, not) and the follow-up contacts made after the
placement (what the former fellow does now, whether they apply what they learned)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.enums import AppliesLearning, ContactChannel, ObjectiveMet
from app.ui.fellowships.withheld_texts import GreyedTexts
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import IntInput, LongTextInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec


class ObjectivesSection(GreyedTexts, PartsSection):
    table = "fellowship_objective"
    parent_column = "fellowship_id"

    def make_columns(self) -> list[Column]:
        return [Column("objective", self.tr("Learning objective")),
                Column("met", self.tr("Met")),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("objective", self.tr("Learning objective"), lambda: LongTextInput(3)),
            FieldSpec("met", self.tr("Met"), lambda: enum_input(ObjectiveMet)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3)),
            FieldSpec("sort_order", self.tr("Order"), lambda: IntInput(0, 999)),
        ]

    def noun(self) -> str:
        return self.tr("learning objective")

    def note(self) -> str:
        return self.tr("What the fellow set out to learn, and whether it was met by the end of the placement.")

    def defaults(self) -> dict[str, Any]:
        return {"met": ObjectiveMet.NOT_ASSESSED.value, "sort_order": len(self.model.rows)}


class ContactsSection(GreyedTexts, PartsSection):
    table = "fellowship_contact"
    parent_column = "fellowship_id"

    def make_columns(self) -> list[Column]:
        return [Column("contact_date", self.tr("Date")),
                Column("channel", self.tr("Channel")),
                Column("current_role", self.tr("What they do now")),
                Column("applies", self.tr("Applies what they learned")),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("contact_date", self.tr("Date"), lambda: DateInput()),
            FieldSpec("channel", self.tr("Channel"), lambda: enum_input(ContactChannel)),
            FieldSpec("current_role", self.tr("What they do now"), lambda: TextInput(500)),
            FieldSpec("applies", self.tr("Applies what they learned"), lambda: enum_input(AppliesLearning)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(4)),
        ]

    def noun(self) -> str:
        return self.tr("follow-up contact")

    def note(self) -> str:
        return self.tr("After the placement: what the former fellow does now, and whether they apply what they "
                       "learned.")

    def defaults(self) -> dict[str, Any]:
        return {"contact_date": date.today(), "channel": ContactChannel.EMAIL.value,
                "applies": AppliesLearning.UNKNOWN.value}
