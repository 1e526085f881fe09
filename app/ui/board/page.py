"""The Board of Trustees: its sessions (headquarters records them; a field office reads them), each with its
members, the recommendations it adopted and its decisions on projects; from a session, the Board pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.widgets.columns import Column
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class BoardPage(RecordPage):
    key = "board"
    table = "board_session"
    kept_by_headquarters = True

    def title(self) -> str:
        return self.tr("Board of Trustees")

    def columns(self) -> list[Column]:
        return [
            Column("number", self.tr("No."), "number"),
            Column("title", self.tr("Session")),
            Column("start_date", self.tr("Start date")),
            Column("end_date", self.tr("End date")),
            Column("place", self.tr("Place")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln session(s)", "", n)

    def can(self, action: str) -> bool:
        if action == "new" and not self.ctx.is_hq:
            return False  # the Board's records are written at headquarters
        return super().can(action)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.board.editor import BoardSessionEditor  # after the list's first read is on its way

        return BoardSessionEditor(self.ctx)
