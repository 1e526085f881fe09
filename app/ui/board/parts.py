"""A Board session's parts: its members (with the country that proposed each), the recommendations of the Board of
Trustees it adopted (chosen among those not yet linked to a session) and its decisions on projects; and the project
editor's read-only list of the Board's decisions on that project."""

from __future__ import annotations

from typing import Any

from app.models.board import BoardDecisionKind, BoardRole
from app.models.enums import FollowUpStatus
from app.services.programme import board
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.fields import ChoiceInput, LongTextInput, MoneyInput, ReferenceInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.picker import RecordPicker


class MembersSection(PartsSection):
    table = "board_member"
    parent_column = "session_id"

    def make_columns(self) -> list[Column]:
        return [Column("full_name", self.tr("Name")),
                Column("country_id", self.tr("Proposed by")),
                Column("role", self.tr("Role"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("full_name", self.tr("Name"), lambda: TextInput(200)),
                FieldSpec("country_id", self.tr("Proposed by"), lambda: ReferenceInput(self.ctx.refs, "country")),
                FieldSpec("role", self.tr("Role"), lambda: enum_input(BoardRole))]

    def noun(self) -> str:
        return self.tr("member")

    def defaults(self) -> dict[str, Any]:
        return {"role": "member"}


class AdoptedSection(PartsSection):
    """The part is the link (``board_adoption``); the rows show the recommendation it names."""

    table = "board_adoption"
    parent_column = "session_id"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.choices: list[tuple[str, str]] = []  # recommendations of the Board not yet adopted (read with the rows)

    def make_columns(self) -> list[Column]:
        return [Column("text", self.tr("Recommendation")),
                Column("country_id", self.tr("Country"), "ref", ref="country"),
                Column("status", self.tr("Follow-up status"), "enum", enum=FollowUpStatus)]

    def field_specs(self) -> list[FieldSpec]:
        choices = list(self.choices)
        return [FieldSpec("recommendation_id", self.tr("Recommendation"), lambda: ChoiceInput(choices),
                          hint=self.tr("Recommendations whose source is the Board of Trustees, not yet linked to a "
                                       "session. Record a new one on the Recommendations page first."))]

    def noun(self) -> str:
        return self.tr("adopted recommendation")

    def note(self) -> str:
        return self.tr("The recommendations of the Board of Trustees adopted at this session; their follow-up is "
                       "recorded on the Recommendations page.")

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        rows = [{**r, "recommendation_id": r["id"], "id": r["adoption_id"]} for r in board.adopted(fd, [parent_id])]
        self.choices = [(r["id"], _short(r["text"])) for r in board.adoptable(fd)]
        return rows


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


class DecisionsSection(PartsSection):
    table = "board_decision"
    parent_column = "session_id"

    def make_columns(self) -> list[Column]:
        return [Column("project_code", self.tr("Project code")),
                Column("project_title", self.tr("Project")),
                Column("decision", self.tr("Decision")),
                Column("amount_usd", self.tr("Amount recommended"), "money"),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("project_id", self.tr("Project"), lambda: RecordPicker(self.ctx, "project")),
                FieldSpec("decision", self.tr("Decision"), lambda: enum_input(BoardDecisionKind)),
                FieldSpec("amount_usd", self.tr("Amount recommended"), lambda: MoneyInput()),
                FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3))]

    def noun(self) -> str:
        return self.tr("decision")

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        return board.decisions(fd, session_id=parent_id)


class ProjectDecisionsSection(PartsSection):
    """The project editor's "Board" tab: the Board's decisions on this project, read-only (they are recorded on the
    Board page, at headquarters)."""

    table = "board_decision"
    parent_column = "project_id"

    def make_columns(self) -> list[Column]:
        return [Column("session_title", self.tr("Session")),
                Column("session_start", self.tr("Date"), "date"),
                Column("decision", self.tr("Decision")),
                Column("amount_usd", self.tr("Amount recommended"), "money"),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [FieldSpec("decision", self.tr("Decision"), lambda: enum_input(BoardDecisionKind)),
                FieldSpec("amount_usd", self.tr("Amount recommended"), lambda: MoneyInput()),
                FieldSpec("note", self.tr("Note"), lambda: LongTextInput(3))]

    def noun(self) -> str:
        return self.tr("decision")

    def note(self) -> str:
        return self.tr("Decisions of the Board of Trustees on this project, recorded on the Board page.")

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        super().set_record(parent_id, False)

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        return board.decisions(fd, project_id=parent_id)
