"""After the exit: checks made some months after a project's exit date on whether what it set in motion lasted (the
national partner still running it, a national budget line, the trained staff still in post), with the evidence seen
and notes. When they are due is headquarters' rule (``due_rule`` ``sustainability_check``); the months after the exit
at which they are made are ``CHECK_MONTHS``."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import SustainedLevel

# Months after a project's exit date at which its sustainability is checked.
CHECK_MONTHS = (6, 12, 24)


class SustainabilityCheck(SharedRecord, table=True):
    __tablename__ = "sustainability_check"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    months_after: int = Field(default=6, ge=1, le=120, title="Months after the exit")
    check_date: date = Field(title="Checked on")
    partner_running: SustainedLevel = Field(sa_type=ENUM_TEXT, default=SustainedLevel.SUSTAINED,
                                            title="National partner still running it")
    budget_line: bool = Field(default=False, title="National budget line")
    staff_in_post: bool = Field(default=False, title="Trained staff still in post")
    evidence: str = Field(default="", max_length=2000, title="Evidence")
    notes: str = Field(default="", max_length=20000, title="Notes")
