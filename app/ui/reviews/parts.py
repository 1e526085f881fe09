"""A review's parts: its team, the interviews held (a stakeholder meeting of a mission, or one recorded here), its
findings, and the recommendations it made (recommendation records with the source "review", listed on the review)."""

from __future__ import annotations

from typing import Any

from app.models.enums import Priority
from app.services.programme.reviews import add_recommendation, remove_recommendation, review_recommendations
from app.services.store.lookups import without_missing
from app.ui.widgets.children import PartDialog, PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import IntInput, LongTextInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.messages import confirm, show_error
from app.ui.widgets.picker import RecordPicker


class ReviewTeamSection(PartsSection):
    table = "review_member"
    parent_column = "review_id"

    def make_columns(self) -> list[Column]:
        return [Column("name", self.tr("Name")), Column("role", self.tr("Role"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("name", self.tr("Name"), lambda: TextInput(200)),
                FieldSpec("role", self.tr("Role in the team"), lambda: TextInput(200))]

    def noun(self) -> str:
        return self.tr("team member")


class InterviewsSection(PartsSection):
    table = "review_interview"
    parent_column = "review_id"

    def make_columns(self) -> list[Column]:
        return [Column("interview_date", self.tr("Date")),
                Column("meeting", self.tr("Stakeholder meeting")),
                Column("interviewee", self.tr("Who")),
                Column("organisation", self.tr("Organisation")),
                Column("stakeholder_type_id", self.tr("Stakeholder type")),
                Column("notes", self.tr("Notes"))]

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        """The interviews, a meeting's date, organisation and group shown where the interview reuses one."""
        rows = super().read_rows(fd, parent_id)
        for r in rows:
            r["meeting"] = ""
        ids = sorted({r["meeting_id"] for r in rows if r.get("meeting_id")})
        if ids:
            meetings = {m["id"]: m for m in fd.service("stakeholder_meeting").rows(
                ids, ["meeting_date", "organisation", "stakeholder_type_id"])}
            for r in rows:
                m = meetings.get(r.get("meeting_id") or "")
                r["meeting"] = m["organisation"] if m else ""
                if m:
                    r["interview_date"] = r["interview_date"] or m["meeting_date"]
                    r["organisation"] = r["organisation"] or m["organisation"]
                    r["stakeholder_type_id"] = r["stakeholder_type_id"] or m["stakeholder_type_id"]
        return rows

    def field_specs(self) -> list[FieldSpec]:
        ctx, refs = self.ctx, self.ctx.refs
        return [
            FieldSpec("meeting_id", self.tr("Stakeholder meeting"), lambda: RecordPicker(ctx, "stakeholder_meeting"),
                      hint=self.tr("A meeting already recorded on a mission (type its organisation), or fill in "
                                   "the interview below.")),
            FieldSpec("interview_date", self.tr("Date"), lambda: DateInput(optional=True)),
            FieldSpec("interviewee", self.tr("Who"), lambda: TextInput(300)),
            FieldSpec("organisation", self.tr("Organisation"), lambda: TextInput(300)),
            FieldSpec("stakeholder_type_id", self.tr("Stakeholder type"),
                      lambda: ReferenceInput(refs, "stakeholder_type", "\u2014")),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(4)),
        ]

    def noun(self) -> str:
        return self.tr("interview")


class ReviewFindingsSection(PartsSection):
    table = "review_finding"
    parent_column = "review_id"

    def make_columns(self) -> list[Column]:
        return [Column("sort_order", self.tr("No."), "number"),
                Column("thematic_area_id", self.tr("Thematic area")),
                Column("text", self.tr("Finding"))]

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("text", self.tr("Finding"), lambda: LongTextInput(6)),
            FieldSpec("thematic_area_id", self.tr("Thematic area"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("sort_order", self.tr("Order"), lambda: IntInput(0, 999, grouping=False)),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"sort_order": len(self.model.rows) + 1}

    def noun(self) -> str:
        return self.tr("finding")


class _RecommendationDialog(PartDialog):
    """A new recommendation is recorded and listed on the review in one write; an edit is a plain update."""

    review_id = ""

    def save(self) -> None:
        if self.row is not None:
            return super().save()
        if self.problems():
            self.controller.touched = True
            self.refresh()
            return None
        data = without_missing("recommendation", {**self.fixed, **self.form.values()})
        review_id = self.review_id

        def write(fd):
            return add_recommendation(fd, review_id, data)

        self.ok_button.setEnabled(False)
        self.ctx.write(write, self._saved, owner=self,
                       on_error=lambda e: self._failed(data, e))
        return None


class RecommendationsSection(PartsSection):
    """The recommendations the review made; each is also a record of its own, followed up on its page."""

    table = "recommendation"
    parent_column = "source"  # the value fixed on every one: the review made it

    def __init__(self, ctx, review_row, parent=None):
        self.review_row = review_row  # a callable: the review as loaded (its first country and theme are defaults)
        super().__init__(ctx, parent)

    def make_columns(self) -> list[Column]:
        return [Column("text", self.tr("Recommendation")),
                Column("country_id", self.tr("Country")),
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

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        return review_recommendations(fd, parent_id)

    def _open(self, row, title):
        from PySide6.QtCore import Qt

        dialog = _RecommendationDialog(self.ctx, self.table, self.field_specs(), {"source": "review"}, row, title,
                                       self)
        dialog.review_id = self.parent_id
        dialog.form.date_hint = self.date_hint
        if not self.writable:
            dialog.form.set_read_only(True)
            dialog.ok_button.setEnabled(False)
        dialog.saved.connect(lambda _rid: self._after_write())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0 or not self.writable:
            return
        if not confirm(self, self.tr("Remove"), self.tr("Remove the selected line (%1)?").replace("%1", self.noun())):
            return
        record_id, review_id = self.model.rows[row]["id"], self.parent_id

        def write(fd):
            remove_recommendation(fd, review_id, record_id)

        self.ctx.write(write, lambda _r: self._after_write(), owner=self,
                       on_error=lambda e: show_error(self, e))

    def noun(self) -> str:
        return self.tr("recommendation")

    def note(self) -> str:
        return self.tr("Follow each recommendation up on the Recommendations page.")

    def defaults(self) -> dict[str, Any]:
        row = self.review_row() or {}
        countries, themes = row.get("country_ids") or [], row.get("theme_ids") or []
        return {"country_id": countries[0] if countries else None,
                "thematic_area_id": themes[0] if themes else None, "issued_date": row.get("period_to"),
                "priority": Priority.MEDIUM.value}
