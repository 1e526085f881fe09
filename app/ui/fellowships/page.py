"""Fellowships: fellows placed with a host office or institution, by cohort, with their learning objectives, final
report and what they did afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.programme.fellowships import cohorts
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class FellowshipsPage(RecordPage):
    key = "fellowships"
    table = "fellowship"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.cohort_reads: set[str] = set()  # the tables the cohorts came from: a write to one reads them again
        self._read_cohorts()
        ctx.changed.connect(lambda tables: not self.cohort_reads.isdisjoint(tables) and self._read_cohorts())

    def _read_cohorts(self) -> None:
        self.ctx.read(cohorts, self._show_cohorts, owner=self, reads=self.cohort_reads)

    def _show_cohorts(self, names: list[str]) -> None:
        self.panel.filter_bar.set_choices("cohort", [(name, name) for name in names])
        self.editor.cohort_names(names)

    def title(self) -> str:
        return self.tr("Fellowships")

    def columns(self) -> list[Column]:
        return [
            Column("participant_id", self.tr("Fellow")),
            Column("cohort", self.tr("Cohort")),
            Column("status", self.tr("Status")),
            Column("host", self.tr("Host")),
            Column("placement_start", self.tr("Start")),
            Column("placement_end", self.tr("End")),
            Column("country_id", self.tr("Country"), visible=False),
            Column("report_received", self.tr("Final report"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("choices", "cohort", self.tr("Cohort")),
            Filter("field", "status", self.tr("Status")),
            Filter("field", "country_id", self.tr("Country")),
            Filter("dates", "dates", self.tr("Placement")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln fellowship(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.fellowships.editor import FellowshipEditor  # after the list's first read is on its way

        return FellowshipEditor(self.ctx)

    def delete_question(self, what: str) -> str:
        return self.tr("Delete this fellowship (%1) with its objectives and follow-up contacts?").replace("%1", what)
