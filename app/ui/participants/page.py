"""Participants: the people who take part in activities, kept once and reused across activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.imports.opener import ImportFromExcel
from app.ui.widgets.columns import Column
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.record_page import RecordPage

if TYPE_CHECKING:
    from app.ui.widgets.editor import RecordEditor


class ParticipantsPage(ImportFromExcel, RecordPage):
    key = "participants"
    table = "participant"
    import_kind = "participants"

    def title(self) -> str:
        return self.tr("Participants")

    def columns(self) -> list[Column]:
        return [
            Column("full_name", self.tr("Name")),
            Column("sex", self.tr("Sex")),
            Column("organisation", self.tr("Organisation")),
            Column("position", self.tr("Position"), visible=False),
            Column("stakeholder_type_id", self.tr("Stakeholder type")),
            Column("country_id", self.tr("Country")),
            Column("email", self.tr("E-mail"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("field", "country_id", self.tr("Country")),
            Filter("field", "sex", self.tr("Sex")),
            Filter("field", "stakeholder_type_id", self.tr("Stakeholder type")),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln participant(s)", "", n)

    def make_editor(self) -> RecordEditor:
        # imported here: start-up: the editor loads after the list's first read is on its way
        from app.ui.participants.editor import ParticipantEditor  # after the list's first read is on its way

        editor = ParticipantEditor(self.ctx)
        editor.open_requested.connect(lambda rid: self.request_leave(lambda: self.open_record(rid)))
        return editor

    def merge(self):
        """"Merge...": the edited record with another record of the same person."""
        return self.editor.merge()

    def delete_question(self, what: str) -> str:
        return self.tr("Delete the participant \u201c%1\u201d? Their enrollments in activities and their fellowships "
                       "are deleted with them.").replace("%1", what)
