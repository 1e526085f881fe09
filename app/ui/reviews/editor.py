"""The reviews page's editor: terms of reference and scope (the form), then the team, the interviews, the findings,
the recommendations and the synthesis, each a tab; the terms of reference as a file go on the Attachments tab.
"Dossier…" prints the review dossier of one of its countries and themes over its period."""

from __future__ import annotations

from typing import Any

from app.models.enums import ReviewKind, ReviewStatus
from app.ui.reviews.dossier import DossierButton
from app.ui.reviews.parts import FindingsSection, InterviewsSection, RecommendationsSection, TeamSection
from app.ui.reviews.synthesis import SynthesisTab
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceListInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec


class ReviewEditor(RecordEditor):
    table = "review"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs.setTabText(0, self.tr("Terms and scope"))
        self.dossier = DossierButton(self)

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("title", self.tr("Title"), lambda: TextInput(300)),
            FieldSpec("kind", self.tr("Kind of review"), lambda: enum_input(ReviewKind)),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(ReviewStatus)),
            FieldSpec("period_from", self.tr("Period from"), lambda: DateInput(optional=True)),
            FieldSpec("period_to", self.tr("Period to"), lambda: DateInput(optional=True)),
            FieldSpec("terms_of_reference", self.tr("Terms of reference"), lambda: LongTextInput(6),
                      hint=self.tr("The terms as text; attach the signed document on the Attachments tab.")),
            FieldSpec("country_ids", self.tr("Countries"), lambda: ReferenceListInput(refs, "country", rows=5)),
            FieldSpec("theme_ids", self.tr("Thematic areas"), lambda: ReferenceListInput(refs, "thematic_area")),
        ]

    def defaults(self) -> dict[str, Any]:
        country = self.ctx.refs.office_country(self.ctx.office)
        return {"kind": ReviewKind.COUNTRY.value, "status": ReviewStatus.PLANNED.value, "period_from": None,
                "period_to": None, "country_ids": [country] if country else []}

    def part_tabs(self):
        self.team = TeamSection(self.ctx)
        self.interviews = InterviewsSection(self.ctx)
        self.findings = FindingsSection(self.ctx)
        self.recommendations = RecommendationsSection(self.ctx, lambda: self.row)
        self.synthesis = SynthesisTab(self.ctx)
        for part in (self.team, self.interviews, self.findings):
            part.changed.connect(self._part_changed)  # the parts' changes show in the review's history
        self.recommendations.changed.connect(self._review_changed)
        self.synthesis.saved.connect(self._review_changed)
        return [(self.team, self.tr("Team")), (self.interviews, self.tr("Interviews")),
                (self.findings, self.tr("Findings")), (self.recommendations, self.tr("Recommendations")),
                (self.synthesis, self.tr("Synthesis"))]

    def _part_changed(self) -> None:
        self.history.reload()

    def _review_changed(self) -> None:
        """The review itself was written from a tab (its recommendations' list, its synthesis and status)."""
        if self.is_dirty():
            self.history.reload()
        else:
            self.reload()

    def new_heading(self) -> str:
        return self.tr("New review")
