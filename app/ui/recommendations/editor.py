"""The recommendations page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from app.models.enums import FollowUpStatus, Priority, RecommendationSource
from app.ui.recommendations.timeline import FollowUpTimeline
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class RecommendationEditor(RecordEditor):
    table = "recommendation"

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("text", self.tr("Recommendation"), lambda: LongTextInput(4)),
            FieldSpec("source", self.tr("Source"), lambda: enum_input(RecommendationSource)),
            FieldSpec("mission_id", self.tr("Mission"), lambda: RecordPicker(ctx, "mission"),
                      hint=self.tr("The needs assessment mission that made it, if any.")),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("thematic_area_id", self.tr("Thematic area"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("target_institution", self.tr("Target institution"), lambda: TextInput(300)),
            FieldSpec("priority", self.tr("Priority"), lambda: enum_input(Priority)),
            FieldSpec("issued_date", self.tr("Date issued"), lambda: DateInput(optional=True)),
            FieldSpec("status", self.tr("Follow-up status"), lambda: enum_input(FollowUpStatus),
                      hint=self.tr("Set by the latest follow-up note, when there is one.")),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "issued_date": None,
                "priority": Priority.MEDIUM.value}

    def part_tabs(self):
        self.timeline = FollowUpTimeline(self.ctx)
        self.timeline.changed.connect(self.reload)
        return [(self.timeline, self.tr("Follow-up"))]

    def full_heading(self, row: dict[str, Any]) -> str:
        return str(row.get("text") or "")

    def heading(self, row: dict[str, Any]) -> str:
        text = str(row.get("text") or "")
        return text if len(text) < 90 else text[:89] + "\u2026"

    def new_heading(self) -> str:
        return self.tr("New recommendation")
