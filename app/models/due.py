"""How long after an event something is due (a mission report, a follow-up review, an indicator's value...):
headquarters' settings, sent to every office like the priority criteria, so every office is held to the same
deadlines. The due items themselves are computed from the records (``app/services/programme/due.py``), never stored."""

from __future__ import annotations

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import SharedRecord
from app.vocabulary.problems import ProblemError

# Reporting periods an indicator may be measured over, in months.
REPORTING_PERIODS = (3, 6, 12)

# code -> (English name, days, reporting period in months or 0). Seeded at every site with ids from the codes.
DUE_RULES: list[tuple[str, str, int, int]] = [
    ("mission_report", "Mission report, days after the mission ends", 30, 0),
    ("recommendation_review", "Follow-up review of an open recommendation, days after the last one", 180, 0),
    ("indicator_value", "Indicator value, days after each reporting period", 30, 6),
    ("project_report", "Final project report, days after the project ends", 90, 0),
    ("mid_term_evaluation", "Mid-term evaluation, days after a project's midpoint", 30, 0),
    ("final_evaluation", "End-of-project evaluation, days after the project ends", 90, 0),
    ("request_decision", "Decision on a request for assistance, days after it was received", 90, 0),
    # before the checks after the exit, which stay last (a profile that gets this rule later sorts it by code)
    ("review_synthesis", "Final synthesis of a review in progress, days after its period ends", 30, 0),
    ("sustainability_check", "Sustainability check after a project's exit, days after each check falls", 30, 0),
    ("grant_tranche", "Grant tranche, days after its due date until it is paid", 0, 0),
    ("grant_report", "Grant report, days after its due date until it is received", 0, 0),
    ("plan_action", "Action of a national action plan, days after its deadline until done or dropped", 0, 0),
]

# code -> the months after an event at which a rule's items fall (only the checks after a project's exit have them).
DUE_MONTHS = {"sustainability_check": "6, 12, 24"}


def parse_months(text: str) -> tuple[int, ...] | None:
    """'6, 12, 24' -> (6, 12, 24): distinct whole months from 1 to 120, in order (None when it is not that)."""
    parts = [p for p in (text or "").replace(";", ",").replace(" ", ",").split(",") if p]
    if not all(p.isdigit() and 1 <= int(p) <= 120 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}))


class DueRule(SharedRecord, table=True):
    __tablename__ = "due_rule"

    code: str = Field(min_length=1, max_length=40, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    days: int = Field(default=30, ge=0, le=3650, title="Days")
    period_months: int = Field(default=0, ge=0, le=12, title="Reporting period (months)")
    check_months: str = Field(default="", max_length=80, title="Months after")
    enabled: bool = Field(default=True, title="In use")
    sort_order: int = Field(default=0, title="Order")

    @model_validator(mode="after")
    def _known_period(self):
        if self.period_months and self.period_months not in REPORTING_PERIODS:
            raise ProblemError("period_months", "due.period_months")
        if parse_months(self.check_months) is None:
            raise ProblemError("check_months", "due.check_months")
        return self
