"""The recommendations page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from typing import Any

from app.models.enums import FollowUpStatus, Priority, RecommendationSource, StateResponse
from app.services.store.mechanisms import mechanism_choices
from app.ui.i18n.vocabulary import language
from app.ui.institutions.link import InstitutionLink
from app.ui.missions.editor import ProjectsInput
from app.ui.recommendations.timeline import FollowUpTimeline
from app.ui.thread.panel import ThreadPanel
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import ChoiceInput, LongTextInput, MultiChoiceInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker

# Fields filled from the mechanism lists (read on the worker when the editor is made, not at start-up).
LISTED_FIELDS = {"treaty_body_id": "treaty_body", "upr_cycle_id": "upr_cycle",
                 "affected_group_ids": "affected_group", "sdg_target_ids": "sdg_target"}


class RecommendationEditor(InstitutionLink, RecordEditor):
    table = "recommendation"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.link_institution()

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("text", self.tr("Recommendation"), lambda: LongTextInput(4)),
            FieldSpec("source", self.tr("Source"), lambda: enum_input(RecommendationSource)),
            FieldSpec("treaty_body_id", self.tr("Treaty body"), lambda: ChoiceInput([], "\u2014"),
                      hint=self.tr("When the source is a treaty body.")),
            FieldSpec("mandate", self.tr("Special procedure mandate"), lambda: TextInput(300)),
            FieldSpec("upr_cycle_id", self.tr("UPR cycle"), lambda: ChoiceInput([], "\u2014")),
            FieldSpec("recommending_state_id", self.tr("Recommending state"),
                      lambda: ReferenceInput(refs, "country", "\u2014"),
                      hint=self.tr("The state that made it in the periodic review.")),
            FieldSpec("document_symbol", self.tr("Document symbol"), lambda: TextInput(120)),
            FieldSpec("paragraph", self.tr("Paragraph"), lambda: TextInput(40)),
            FieldSpec("mission_id", self.tr("Mission"), lambda: RecordPicker(ctx, "mission"),
                      hint=self.tr("The needs assessment mission that made it, if any.")),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("thematic_area_id", self.tr("Thematic area"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("target_institution", self.tr("Target institution"), lambda: TextInput(300)),
            self.institution_field(),
            FieldSpec("priority", self.tr("Priority"), lambda: enum_input(Priority)),
            FieldSpec("issued_date", self.tr("Date issued"), lambda: DateInput(optional=True)),
            FieldSpec("response", self.tr("State's response"), lambda: enum_input(StateResponse)),
            FieldSpec("response_comment", self.tr("Response comment"), lambda: LongTextInput(2)),
            FieldSpec("affected_group_ids", self.tr("Affected persons"), lambda: MultiChoiceInput([], 5)),
            FieldSpec("sdg_target_ids", self.tr("SDG targets"), lambda: MultiChoiceInput([], 6)),
            FieldSpec("project_ids", self.tr("Projects that answer it"), lambda: ProjectsInput(ctx)),
            FieldSpec("status", self.tr("Follow-up status"), lambda: enum_input(FollowUpStatus),
                      hint=self.tr("Set by the latest follow-up note, when there is one.")),
        ]

    def part_tabs(self):
        self.timeline = FollowUpTimeline(self.ctx)
        self.timeline.changed.connect(self.reload)
        self.ctx.read(_mechanism_choices, self._fill_lists, owner=self)
        self.thread = ThreadPanel(self.ctx)  # requests, missions, projects, indicators (app/services/programme/thread)
        return [(self.timeline, self.tr("Follow-up")), (self.thread, self.tr("What was done"))]

    def full_heading(self, row: dict[str, Any]) -> str:
        return str(row.get("text") or "")

    def _fill_lists(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        loading = self.form.blockSignals(True)  # filling a list is not an edit
        try:
            for field, table in LISTED_FIELDS.items():
                self.form.inputs[field].set_items(choices.get(table, []))
        finally:
            self.form.blockSignals(loading)
        if not self.writable:
            self.form.set_read_only(True)

    def defaults(self) -> dict[str, Any]:
        return {"country_id": self.ctx.refs.office_country(self.ctx.office), "issued_date": None,
                "priority": Priority.MEDIUM.value}

    def heading(self, row: dict[str, Any]) -> str:
        text = str(row.get("text") or "")
        return text if len(text) < 90 else text[:89] + "\u2026"

    def new_heading(self) -> str:
        return self.tr("New recommendation")


def _mechanism_choices(fd):
    return mechanism_choices(fd, language())
