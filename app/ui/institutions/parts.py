"""An institution's parts: GANHRI accreditation reviews (recorded at headquarters, read at an office), the Paris
Principles concerns (each may name the review or the mission that raised it) and the regional offices."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.institutions import AccreditationStatus
from app.services.programme.institutions import accreditation_rows, concern_rows
from app.ui.i18n.formats import format_date
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import ChoiceInput, LongTextInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class AccreditationSection(PartsSection):
    table = "institution_accreditation"
    parent_column = "institution_id"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.current = QLabel()
        self.current.setObjectName("currentAccreditation")
        self.current.setWordWrap(True)
        self.main_layout.insertWidget(0, self.current)
        self.loaded.connect(self._show_current)

    def make_columns(self) -> list[Column]:
        return [Column("review_date", self.tr("Review date")),
                Column("status", self.tr("Status")),
                Column("next_review", self.tr("Next review")),
                Column("concerns", self.tr("Concerns raised"), "number"),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("review_date", self.tr("Review date"), lambda: DateInput()),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(AccreditationStatus)),
            FieldSpec("next_review", self.tr("Next review"), lambda: DateInput(optional=True)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3),
                      hint=self.tr("The Sub-Committee's concerns are recorded on the Concerns tab, naming this "
                                   "review.")),
        ]

    def noun(self) -> str:
        return self.tr("accreditation review")

    def note(self) -> str:
        if self.ctx.is_hq:
            return self.tr("Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is "
                           "the latest review's.")
        return self.tr("Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by "
                       "headquarters. The current status is the latest review's.")

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        super().set_record(parent_id, writable and self.ctx.is_hq)  # GANHRI's decisions: headquarters records them

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        return accreditation_rows(fd, parent_id)

    def defaults(self) -> dict[str, Any]:
        return {"review_date": date.today(), "status": AccreditationStatus.A.value, "next_review": None}

    def _show_current(self) -> None:
        rows = self.model.rows
        if not rows:
            self.current.setText(self.tr("Current status: not reviewed."))
            return
        latest = rows[0]
        self.current.setText(self.tr("Current status: %1, since the review of %2.")
                             .replace("%1", enum_label(AccreditationStatus, latest["status"]))
                             .replace("%2", format_date(latest["review_date"])))


class ConcernsSection(PartsSection):
    table = "institution_concern"
    parent_column = "institution_id"

    def __init__(self, ctx, parent=None):
        self.reviews: list[tuple[str, str]] = []
        self.country_id: str | None = None
        super().__init__(ctx, parent)

    def make_columns(self) -> list[Column]:
        return [Column("text", self.tr("Concern")),
                Column("raised_by", self.tr("Raised by")),
                Column("raised_date", self.tr("Raised")),
                Column("addressed_date", self.tr("Addressed")),
                Column("note", self.tr("How it was addressed"))]

    def field_specs(self) -> list[FieldSpec]:
        ctx, reviews, country = self.ctx, list(self.reviews), self.country_id
        return [
            FieldSpec("text", self.tr("Concern"), lambda: LongTextInput(3),
                      hint=self.tr("Against the Paris Principles: mandate, independence, pluralism, resources, "
                                   "appointment, cooperation.")),
            FieldSpec("accreditation_id", self.tr("Raised by the accreditation review"),
                      lambda: ChoiceInput(reviews, "\u2014")),
            FieldSpec("mission_id", self.tr("Raised by the mission"),
                      lambda: RecordPicker(ctx, "mission", filters={"country_id": country} if country else None)),
            FieldSpec("raised_date", self.tr("Raised"), lambda: DateInput(optional=True)),
            FieldSpec("addressed_date", self.tr("Addressed"), lambda: DateInput(optional=True)),
            FieldSpec("note", self.tr("How it was addressed"), lambda: TextInput(5000)),
        ]

    def noun(self) -> str:
        return self.tr("concern")

    def note(self) -> str:
        return self.tr("Paris Principles concerns, recorded as findings about the institution: raised by an "
                       "accreditation review, by a mission, or by the office's own assessment.")

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows, reviews, self.country_id = concern_rows(fd, parent_id)
        dates = {r["id"]: r["review_date"] for r in fd.institution_accreditations.rows([i for i, _ in reviews],
                                                                                       ["review_date"])}
        self.reviews = [(rid, self.review_name(dates[rid])) for rid, _name in reviews if rid in dates]
        for row in rows:  # what raised it, in the reader's words and date format
            review = self.review_name(row["review_date"]) if row["review_date"] else ""
            row["raised_by"] = "; ".join(x for x in (review, row["mission_title"]) if x)
        return rows

    def review_name(self, day) -> str:
        return self.tr("Accreditation review of %1").replace("%1", format_date(day))

    def defaults(self) -> dict[str, Any]:
        return {"raised_date": None, "addressed_date": None}


class OfficesSection(PartsSection):
    table = "institution_office"
    parent_column = "institution_id"

    def make_columns(self) -> list[Column]:
        return [Column("place", self.tr("Place")), Column("opened", self.tr("Opened")),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("place", self.tr("Place"), lambda: TextInput(200)),
                FieldSpec("opened", self.tr("Opened"), lambda: DateInput(optional=True)),
                FieldSpec("note", self.tr("Note"), lambda: TextInput(2000))]

    def noun(self) -> str:
        return self.tr("regional office")

    def defaults(self) -> dict[str, Any]:
        return {"opened": None}
