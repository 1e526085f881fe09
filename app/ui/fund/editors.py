"""The Fund's editors: a donor, a contribution, an exchange rate, an allocation (headquarters changes them; an office
sees them read-only, like all headquarters' reference data)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import ContributionStatus, DonorKind, EarmarkKind, FundRegion
from app.ui.fund.choices import LoadedChoice, contribution_choices, donor_choices
from app.ui.i18n.formats import format_currency
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import (
    IntInput,
    LongTextInput,
    MoneyInput,
    NumberInput,
    ReferenceInput,
    TextInput,
    enum_input,
)
from app.ui.widgets.form import ERROR_STYLE, FieldSpec
from app.ui.widgets.picker import RecordPicker


class DonorEditor(RecordEditor):
    table = "donor"

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("name", self.tr("Donor"), lambda: TextInput(200)),
            FieldSpec("kind", self.tr("Kind of donor"), lambda: enum_input(DonorKind)),
            FieldSpec("country_id", self.tr("Country"), lambda: ReferenceInput(refs, "country", "\u2014"),
                      hint=self.tr("A government donor is a state: its country.")),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(3)),
        ]

    def heading(self, row: dict[str, Any]) -> str:
        return row.get("name", "")

    def new_heading(self) -> str:
        return self.tr("New donor")


class ContributionEditor(RecordEditor):
    table = "contribution"

    def field_specs(self) -> list[FieldSpec]:
        refs, ctx = self.ctx.refs, self.ctx
        return [
            FieldSpec("donor_id", self.tr("Donor"), lambda: LoadedChoice(ctx, "donor", donor_choices, "\u2014")),
            FieldSpec("year", self.tr("Year"), lambda: IntInput(1987, 2100, grouping=False)),
            FieldSpec("amount", self.tr("Amount"), lambda: NumberInput(0, 1e12, 2)),
            FieldSpec("currency", self.tr("Currency"), lambda: TextInput(3),
                      hint=self.tr("The ISO 4217 code: EUR, CHF, NOK, USD\u2026")),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(ContributionStatus)),
            FieldSpec("pledge_date", self.tr("Pledged on"), lambda: DateInput(optional=True)),
            FieldSpec("receipt_date", self.tr("Received on"), lambda: DateInput(optional=True)),
            FieldSpec("earmark", self.tr("Earmark"), lambda: enum_input(EarmarkKind)),
            FieldSpec("earmark_theme_id", self.tr("Earmarked theme"),
                      lambda: ReferenceInput(refs, "thematic_area", "\u2014")),
            FieldSpec("earmark_region", self.tr("Earmarked region"), lambda: enum_input(FundRegion, "\u2014")),
            FieldSpec("earmark_country_id", self.tr("Earmarked country"),
                      lambda: ReferenceInput(refs, "country", "\u2014")),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(2)),
        ]

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"year": date.today().year, "currency": "USD", "pledge_date": None, "receipt_date": None}

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('year', '')} \u2013 {format_currency(row.get('amount') or 0, row.get('currency') or '')}"

    def new_heading(self) -> str:
        return self.tr("New contribution")


class RateEditor(RecordEditor):
    table = "exchange_rate"

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("currency", self.tr("Currency"), lambda: TextInput(3),
                      hint=self.tr("The ISO 4217 code: EUR, CHF, NOK\u2026")),
            FieldSpec("effective_date", self.tr("In effect from"), lambda: DateInput(),
                      hint=self.tr("The UN operational rate of exchange, usually from the first of a month.")),
            FieldSpec("units_per_usd", self.tr("Units per US dollar"), lambda: NumberInput(0, 1e9, 6)),
        ]

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('currency', '')} {row.get('effective_date') or ''}"

    def new_heading(self) -> str:
        return self.tr("New exchange rate")


class AllocationEditor(RecordEditor):
    table = "fund_allocation"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.warnings = QLabel()  # what a saved allocation deserves said (it stays saved)
        self.warnings.setObjectName("allocationWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.warnings.hide()
        self.details_footer.addWidget(self.warnings)

    def field_specs(self) -> list[FieldSpec]:
        ctx = self.ctx
        return [
            FieldSpec("year", self.tr("Year"), lambda: IntInput(1987, 2100, grouping=False)),
            FieldSpec("amount_usd", self.tr("Amount (USD)"), lambda: MoneyInput()),
            FieldSpec("project_id", self.tr("Project"), lambda: RecordPicker(ctx, "project")),
            FieldSpec("contribution_id", self.tr("Contribution drawn on"),
                      lambda: LoadedChoice(ctx, "contribution", contribution_choices, "\u2014")),
            FieldSpec("grant_id", self.tr("Grant"), lambda: RecordPicker(ctx, "grant_award"),
                      hint=self.tr("When the money is for one of the project's grants: type part of the grantee's "
                                   "name and pick it.")),
            FieldSpec("allocation_date", self.tr("Allocated on"), lambda: DateInput(optional=True)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(2)),
        ]

    def defaults(self) -> dict[str, Any]:
        from datetime import date

        return {"year": date.today().year, "allocation_date": None}

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('year', '')} \u2013 {format_currency(row.get('amount_usd') or 0, 'USD')}"

    def new_heading(self) -> str:
        return self.tr("New allocation")

    def show_warnings(self, texts: list[str]) -> None:
        self.warnings.setText("\n".join(texts))
        self.warnings.setVisible(bool(texts))
