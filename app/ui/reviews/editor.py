"""The reviews page's editor: the terms (title, kind, status, period, terms of reference) and the scope (countries and
thematic areas), two tabs of the one form saved together, then the team, the interviews, the findings, the
recommendations and the synthesis, each a tab; the terms of reference as a file go on the Attachments tab.
"Dossier…" prints the review dossier of one of its countries and themes over its period."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QScrollArea, QWidget

from app.models.enums import ReviewKind, ReviewStatus
from app.ui.reviews.dossier import DossierButton
from app.ui.reviews.parts import InterviewsSection, RecommendationsSection, ReviewFindingsSection, ReviewTeamSection
from app.ui.reviews.synthesis import SynthesisTab
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceListInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec

SCOPE = ("theme_ids", "country_ids")  # in reverse order of the form


class ReviewEditor(RecordEditor):
    table = "review"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs.setTabText(0, self.tr("Terms"))
        self.scope = self._scope_tab()
        self.tabs.insertTab(1, self.scope, self.tr("Scope"))
        self.save_refused.connect(self._show_refused)
        self.dossier = DossierButton(self)

    def _scope_tab(self) -> QWidget:
        """The countries and thematic areas, moved from the form's layout to a tab of their own (still the form's
        inputs: read, checked and saved with the rest)."""
        form_layout: QFormLayout = self.form.layout()
        moved = []
        for key in SCOPE:  # the last rows of the form, taken from the end so the others keep their places
            row = next(n for n, spec in enumerate(self.form.specs) if spec.key == key)
            moved.append(form_layout.takeRow(row))
        inner = QWidget()
        layout = QFormLayout(inner)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for taken in reversed(moved):
            layout.addRow(taken.labelItem.widget(), taken.fieldItem.widget())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        super().new_record(preset)
        at = self.tabs.indexOf(self.scope)  # the form's own fields: open before the first save, unlike the parts
        self.tabs.setTabEnabled(at, True)
        self.tabs.setTabToolTip(at, "")

    def _show_refused(self, problems: dict) -> None:
        """A save refused for a problem in the scope shows the scope's tab."""
        if next(iter(problems), "") in SCOPE:
            self.tabs.setCurrentWidget(self.scope)

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
        self.team = ReviewTeamSection(self.ctx)
        self.interviews = InterviewsSection(self.ctx)
        self.findings = ReviewFindingsSection(self.ctx)
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
