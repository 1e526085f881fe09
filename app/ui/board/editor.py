"""A Board session's editor: number, title, dates, place and agenda, then its members, the recommendations it
adopted and its decisions on projects (each a tab), and the Board pack beside Save."""

from __future__ import annotations

from typing import Any

from app.services.programme import board
from app.services.store.query import ListQuery
from app.ui.board.parts import AdoptedSection, DecisionsSection, MembersSection
from app.ui.reports.record_reports import RecordReportsButton
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import IntInput, LongTextInput, TextInput
from app.ui.widgets.form import FieldSpec


class BoardSessionEditor(RecordEditor):
    table = "board_session"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.reports = RecordReportsButton(self)
        for part in (self.members, self.decisions):
            part.changed.connect(self.history.reload)  # members and decisions show in the session's history

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("number", self.tr("Session number"), lambda: IntInput(1, 999, grouping=False)),
            FieldSpec("title", self.tr("Title"), lambda: TextInput(200),
                      hint=self.tr("As the Board names it, for example: Forty-first session.")),
            FieldSpec("start_date", self.tr("Start date"), lambda: DateInput()),
            FieldSpec("end_date", self.tr("End date"), lambda: DateInput()),
            FieldSpec("place", self.tr("Place"), lambda: TextInput(200)),
            FieldSpec("agenda", self.tr("Agenda"), lambda: LongTextInput(4)),
        ]

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        """A new session is numbered after the last one recorded (read on the worker; typed over if it differs)."""
        super().new_record(preset)
        if preset and "number" in preset:
            return

        def next_number(fd) -> int:
            return max((r["number"] or 0 for r in fd.board_sessions.matching_rows(ListQuery(), ["number"])),
                       default=0) + 1

        def arrived(number: int) -> None:
            if self.mode == "new" and self.record_id is None and not self.is_dirty():
                self.form.inputs["number"].set_value(number)
                self.controller.baseline = self.form.values()

        self.ctx.read(next_number, arrived, owner=self)

    def part_tabs(self):
        self.members = MembersSection(self.ctx)
        self.adopted = AdoptedSection(self.ctx)
        self.decisions = DecisionsSection(self.ctx)
        return [(self.members, self.tr("Members")), (self.adopted, self.tr("Adopted recommendations")),
                (self.decisions, self.tr("Decisions on projects"))]

    def delete_record(self, fd, record_id: str) -> None:
        board.delete_session(fd, record_id)  # refused while recommendations or decisions name the session

    def heading(self, row: dict[str, Any]) -> str:
        return f"{row.get('number', '')} \u2013 {row.get('title', '')}"

    def new_heading(self) -> str:
        return self.tr("New Board session")
