"""Recommendations (from missions, treaty bodies, the UPR...) and how each is followed up."""

from __future__ import annotations

from typing import Any

from app.models.enums import FollowUpStatus, Priority, RecommendationSource
from app.ui.recommendations.timeline import FollowUpTimeline
from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import DateInput, LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker
from app.ui.widgets.record_page import RecordPage


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

    def heading(self, row: dict[str, Any]) -> str:
        text = str(row.get("text") or "")
        return text if len(text) < 90 else text[:89] + "\u2026"

    def new_heading(self) -> str:
        return self.tr("New recommendation")


class RecommendationsPage(RecordPage):
    key = "recommendations"
    table = "recommendation"
    watch = frozenset({"followup_note"})

    def title(self) -> str:
        return self.tr("Recommendations")

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Recommendation")),
            Column("source", self.tr("Source"), "enum", enum=RecommendationSource),
            Column("country_id", self.tr("Country"), "ref", ref="country"),
            Column("thematic_area_id", self.tr("Thematic area"), "ref", ref="thematic_area"),
            Column("priority", self.tr("Priority"), "enum", enum=Priority),
            Column("status", self.tr("Status"), "enum", enum=FollowUpStatus),
            Column("issued_date", self.tr("Issued"), "date"),
            Column("mission_id", self.tr("Mission"), "ref", ref="mission", visible=False),
            Column("target_institution", self.tr("Target institution"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("reference", "country_id", self.tr("Country"), ref="country"),
            Filter("enum", "status", self.tr("Status"), enum=FollowUpStatus),
            Filter("reference", "thematic_area_id", self.tr("Thematic area"), ref="thematic_area"),
            Filter("dates", "dates", self.tr("Issued")),
            Filter("enum", "source", self.tr("Source"), enum=RecommendationSource),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln recommendation(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return RecommendationEditor(self.ctx)
