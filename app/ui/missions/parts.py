"""A mission's parts: its team, the stakeholders met, the findings per thematic area, and its recommendations."""

from __future__ import annotations

from typing import Any

from app.models.enums import Priority
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import (
    BoolInput,
    IntInput,
    LongTextInput,
    ReferenceInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class TeamSection(PartsSection):
    table = "mission_member"
    parent_column = "mission_id"

    def make_columns(self) -> list[Column]:
        return [Column("staff_name", self.tr("Staff member")),
                Column("expert_id", self.tr("Roster expert")),
                Column("role", self.tr("Role")),
                Column("is_lead", self.tr("Lead"), "bool")]

    def field_specs(self) -> list[FieldSpec]:
        ctx = self.ctx
        return [
            FieldSpec("staff_name", self.tr("Staff member"), lambda: TextInput(200),
                      hint=self.tr("A staff member by name, or an expert from the roster below.")),
            FieldSpec("expert_id", self.tr("Roster expert"), lambda: RecordPicker(ctx, "expert")),
            FieldSpec("role", self.tr("Role in the team"), lambda: TextInput(200)),
            FieldSpec("is_lead", self.tr("Team lead"), lambda: BoolInput(self.tr("Leads the mission"))),
        ]

    def noun(self) -> str:
        return self.tr("team member")


class MeetingsSection(PartsSection):
    table = "stakeholder_meeting"
    parent_column = "mission_id"

    def make_columns(self) -> list[Column]:
        return [Column("meeting_date", self.tr("Date")),
                Column("organisation", self.tr("Organisation")),
                Column("stakeholder_type_id", self.tr("Stakeholder type")),
                Column("women_met", self.tr("Women"), "number"),
                Column("men_met", self.tr("Men"), "number"),
                Column("others_met", self.tr("Others"), "number"),
                Column("summary", self.tr("Summary"))]

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("meeting_date", self.tr("Date"), lambda: DateInput(optional=True)),
            FieldSpec("organisation", self.tr("Organisation"), lambda: TextInput(300)),
            FieldSpec("stakeholder_type_id", self.tr("Stakeholder type"),
                      lambda: ReferenceInput(refs, "stakeholder_type", "\u2014")),
            FieldSpec("women_met", self.tr("Women met"), lambda: IntInput(0, 100000)),
            FieldSpec("men_met", self.tr("Men met"), lambda: IntInput(0, 100000)),
            FieldSpec("others_met", self.tr("Others met"), lambda: IntInput(0, 100000)),
            FieldSpec("summary", self.tr("Summary"), lambda: LongTextInput(4)),
        ]

    def noun(self) -> str:
        return self.tr("meeting")


class FindingsSection(PartsSection):
    table = "mission_finding"
    parent_column = "mission_id"

    def make_columns(self) -> list[Column]:
        return [Column("thematic_area_id", self.tr("Thematic area")),
                Column("text", self.tr("Finding"))]

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("thematic_area_id", self.tr("Thematic area"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("text", self.tr("Finding"), lambda: LongTextInput(6)),
        ]

    def noun(self) -> str:
        return self.tr("finding")

    def note(self) -> str:
        return self.tr("What the mission found, by thematic area.")


class MissionRecommendationsSection(PartsSection):
    """The recommendations this mission made (each is also a record of its own, with its follow-up)."""

    table = "recommendation"
    parent_column = "mission_id"

    def __init__(self, ctx, mission_row, parent=None):
        self.mission_row = mission_row  # a callable: the mission as loaded (its country is the default)
        super().__init__(ctx, parent)

    def make_columns(self) -> list[Column]:

        return [Column("text", self.tr("Recommendation")),
                Column("thematic_area_id", self.tr("Thematic area")),
                Column("priority", self.tr("Priority")),
                Column("status", self.tr("Status"))]

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("text", self.tr("Recommendation"), lambda: LongTextInput(4)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("thematic_area_id", self.tr("Thematic area"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("target_institution", self.tr("Target institution"), lambda: TextInput(300)),
            FieldSpec("priority", self.tr("Priority"), lambda: enum_input(Priority)),
            FieldSpec("issued_date", self.tr("Date issued"), lambda: DateInput(optional=True)),
        ]

    def noun(self) -> str:
        return self.tr("recommendation")

    def note(self) -> str:
        return self.tr("Follow each recommendation up on the Recommendations page.")

    def defaults(self) -> dict[str, Any]:
        row = self.mission_row()
        return {"country_id": row.get("country_id"), "issued_date": row.get("end_date"),
                "priority": Priority.MEDIUM.value}
