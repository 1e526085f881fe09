"""Fellowships (the Human Rights Fellowship Programme): a fellow (a participant) placed with a host office or
institution for some weeks, in a cohort, with learning objectives, a final report, and what the fellow did afterwards
(follow-up contacts). Before schema 0022 a fellowship was a training activity of form "fellowship"; those activities
stay as they were (readable, with their attendance), and new fellowships are these records."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import AppliesLearning, ContactChannel, FellowshipStatus, ObjectiveMet
from app.models.participants import Participant  # noqa: F401 - the table the fellow's foreign key names
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError, problem

MAX_PLACEMENT_DAYS = 731  # two years: longer is a typing error


class Fellowship(SharedRecord, table=True):
    __tablename__ = "fellowship"

    participant_id: str = Field(foreign_key="participant.id", index=True, title="Fellow")
    cohort: str = Field(min_length=1, max_length=200, index=True, title="Cohort")
    host: str = Field(default="", max_length=300, title="Host office or institution")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    placement_start: date | None = Field(default=None, index=True, title="Placement start")
    placement_end: date | None = Field(default=None, title="Placement end")
    status: FellowshipStatus = Field(sa_type=ENUM_TEXT, default=FellowshipStatus.SELECTED, index=True, title="Status")
    report_received: date | None = Field(default=None, title="Final report received")
    report_summary: str = Field(default="", max_length=20000, title="Final report summary")
    notes: str = Field(default="", max_length=5000, title="Notes")

    @model_validator(mode="after")
    def _placement_rules(self):
        check_date_order(self.placement_start, self.placement_end, end_field="placement_end")
        found = []  # every problem at once: the form shows each beside its field
        if self.placement_start and self.placement_end and \
                (self.placement_end - self.placement_start).days >= MAX_PLACEMENT_DAYS:
            found.append(("placement_end", problem("placement_too_long", days=MAX_PLACEMENT_DAYS)))
        if self.status in (FellowshipStatus.IN_PLACEMENT, FellowshipStatus.COMPLETED) and not self.placement_start:
            found.append(("placement_start", problem("placement_needs_start")))
        if self.status == FellowshipStatus.COMPLETED:
            if not self.placement_end:
                found.append(("placement_end", problem("completed_needs_end")))
            if not self.report_received:
                found.append(("report_received", problem("completed_needs_report")))
        if self.report_received and self.placement_start and self.report_received < self.placement_start:
            found.append(("report_received", problem("report_before_placement")))
        if found:
            raise ProblemError.of(found)
        return self


def placement_days(start: date | None, end: date | None) -> int | None:
    """Days of the placement, both ends counted (None while a date is missing)."""
    if start is None or end is None or end < start:
        return None
    return (end - start).days + 1


def placement_weeks(start: date | None, end: date | None) -> float | None:
    """Weeks of the placement to one decimal (13 weeks for 1 March to 30 May)."""
    days = placement_days(start, end)
    return None if days is None else round(days / 7, 1)


class FellowshipObjective(SharedRecord, table=True):
    """A learning objective of a fellowship, and whether it was met."""

    __tablename__ = "fellowship_objective"

    fellowship_id: str = Field(foreign_key="fellowship.id", index=True, title="Fellowship")
    objective: str = Field(min_length=1, max_length=1000, title="Learning objective")
    met: ObjectiveMet = Field(sa_type=ENUM_TEXT, default=ObjectiveMet.NOT_ASSESSED, title="Met")
    note: str = Field(default="", max_length=2000, title="Note")
    sort_order: int = Field(default=0, title="Order")


class FellowshipContact(SharedRecord, table=True):
    """A follow-up contact with a former fellow: what they do now and whether they apply what they learned."""

    __tablename__ = "fellowship_contact"

    fellowship_id: str = Field(foreign_key="fellowship.id", index=True, title="Fellowship")
    contact_date: date = Field(title="Date")
    channel: ContactChannel = Field(sa_type=ENUM_TEXT, default=ContactChannel.EMAIL, title="Channel")
    current_role: str = Field(default="", max_length=500, title="What they do now")
    applies: AppliesLearning = Field(sa_type=ENUM_TEXT, default=AppliesLearning.UNKNOWN,
                                     title="Applies what they learned")
    note: str = Field(default="", max_length=5000, title="Note")
