"""The Fund's four lists, each beside its editor (a tab of the Fund page). Headquarters keeps them; an office reads
them (New is headquarters' only, and its editors open read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.services.programme.fund import allocation_warnings
from app.ui.fund.editors import AllocationEditor, ContributionEditor, DonorEditor, RateEditor
from app.ui.i18n.problems import problem_text
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class FundList(RecordPage):
    kept_by_headquarters = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a tab, the splitter may be sized before it turns side by side: place the first split again then
        # (until the user moves it), so the list has its share and not its narrowest.
        if not self._split_placed:
            QTimer.singleShot(0, self, self._place_split)

    def can(self, action: str) -> bool:
        if action in ("new", "import"):
            return action == "new" and self.ctx.is_hq
        return super().can(action)

    def new_record(self) -> None:
        if self.ctx.is_hq:
            super().new_record()


class DonorsList(FundList):
    key = "fund_donors"
    table = "donor"

    def title(self) -> str:
        return self.tr("Donors")

    def columns(self) -> list[Column]:
        return [Column("name", self.tr("Donor")),
                Column("kind", self.tr("Kind")),
                Column("country_id", self.tr("Country"))]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln donor(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return DonorEditor(self.ctx)


class ContributionsList(FundList):
    key = "fund_contributions"
    table = "contribution"

    def title(self) -> str:
        return self.tr("Contributions")

    def columns(self) -> list[Column]:
        return [Column("donor_id", self.tr("Donor")),
                Column("year", self.tr("Year"), "year"),
                Column("amount", self.tr("Amount"), "number"),
                Column("currency", self.tr("Currency")),
                Column("status", self.tr("Status")),
                Column("receipt_date", self.tr("Received on")),
                Column("earmark", self.tr("Earmark"), visible=False)]

    def filters(self) -> list[Filter]:
        return [Filter("field", "status", self.tr("Status"))]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln contribution(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return ContributionEditor(self.ctx)


class AllocationsList(FundList):
    key = "fund_allocations"
    table = "fund_allocation"

    def title(self) -> str:
        return self.tr("Allocations")

    def columns(self) -> list[Column]:
        return [Column("project_id", self.tr("Project")),
                Column("year", self.tr("Year"), "year"),
                Column("amount_usd", self.tr("Amount (USD)"), "money"),
                Column("contribution_id", self.tr("Contribution drawn on"), visible=False),
                Column("grant_id", self.tr("Grant"), "ref", ref="grant_award", visible=False),
                Column("allocation_date", self.tr("Allocated on"))]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln allocation(s)", "", n)

    def make_editor(self) -> RecordEditor:
        editor = AllocationEditor(self.ctx)
        editor.loaded.connect(self._read_warnings)
        return editor

    def _saved(self, record_id: str) -> None:
        super()._saved(record_id)
        self._read_warnings()

    def _read_warnings(self) -> None:
        """Saved, but said plainly: an allocation beyond the year's receipts, its contribution or its earmark."""
        record_id = self.editor.record_id
        if not record_id:
            self.editor.show_warnings([])
            return
        def read(fd):
            return allocation_warnings(fd, record_id)

        def show(warnings) -> None:
            if self.editor.record_id == record_id:
                texts = [problem_text(w, None) for w in warnings]
                self.editor.show_warnings(texts)
                if texts:
                    self.status_message.emit(self.tr("Saved, with a warning: %1").replace("%1", texts[0]))

        self.ctx.read(read, show, owner=self)


class RatesList(FundList):
    key = "fund_rates"
    table = "exchange_rate"

    def title(self) -> str:
        return self.tr("Rates")

    def columns(self) -> list[Column]:
        return [Column("currency", self.tr("Currency")),
                Column("effective_date", self.tr("In effect from")),
                Column("units_per_usd", self.tr("Units per US dollar"))]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln rate(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return RateEditor(self.ctx)
