"""Grants, a form of assistance (the Voluntary Fund's small grants to NGOs and national human rights institutions):
the grant itself, a part of the project that manages it (table ``grant_award``: ``grant`` is an SQL keyword), its
dated status changes, the tranches it is paid in and the narrative and financial reports the grantee owes."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.currency import check_currency
from app.models.enums import GranteeKind, GrantReportKind, GrantStatus
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class GrantAward(SharedRecord, table=True):
    __tablename__ = "grant_award"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    grantee_name: str = Field(min_length=1, max_length=300, title="Grantee")
    grantee_kind: GranteeKind = Field(sa_type=ENUM_TEXT, default=GranteeKind.NGO, title="Kind of grantee")
    grantee_country_id: str | None = Field(default=None, foreign_key="country.id", title="Grantee's country")
    amount: float = Field(default=0, ge=0, le=1e12, title="Amount")
    currency: str = Field(default="USD", min_length=3, max_length=3, title="Currency")
    purpose: str = Field(default="", max_length=20000, title="Purpose")
    start_date: date | None = Field(default=None, title="Start date")
    end_date: date | None = Field(default=None, title="End date")
    status: GrantStatus = Field(sa_type=ENUM_TEXT, default=GrantStatus.PROPOSED, index=True, title="Status")
    contact: str = Field(default="", max_length=300, title="Contact")

    @model_validator(mode="after")
    def _grant_rules(self):
        check_currency(self.currency or "")
        check_date_order(self.start_date, self.end_date)
        return self


class GrantTransition(SharedRecord, table=True):
    """A dated change of a grant's status and who made it (recorded by FieldDesk with every status change)."""

    __tablename__ = "grant_transition"

    grant_id: str = Field(foreign_key="grant_award.id", index=True, title="Grant")
    from_status: GrantStatus | None = Field(default=None, sa_type=ENUM_TEXT, title="From")
    to_status: GrantStatus = Field(sa_type=ENUM_TEXT, title="To")
    transition_date: date = Field(title="Date")
    made_by: str = Field(default="", max_length=120, title="By")
    note: str = Field(default="", max_length=5000, title="Note")


class GrantTranche(SharedRecord, table=True):
    """One instalment of a grant: due on a date, paid (with the date it was paid) or not yet."""

    __tablename__ = "grant_tranche"

    grant_id: str = Field(foreign_key="grant_award.id", index=True, title="Grant")
    number: int = Field(default=1, ge=1, le=99, title="Tranche")
    amount: float = Field(default=0, ge=0, le=1e12, title="Amount")
    due_date: date = Field(title="Due date")
    paid: bool = Field(default=False, title="Paid")
    paid_date: date | None = Field(default=None, title="Paid on")
    note: str = Field(default="", max_length=2000, title="Note")

    @model_validator(mode="after")
    def _paid_rules(self):
        if self.paid and self.paid_date is None:
            raise ProblemError("paid_date", "paid_needs_date")
        if self.paid_date is not None and not self.paid:
            raise ProblemError("paid", "paid_date_not_paid")
        return self


class GrantReport(SharedRecord, table=True):
    """A report the grantee owes: narrative or financial, due on a date, received, then accepted."""

    __tablename__ = "grant_report"

    grant_id: str = Field(foreign_key="grant_award.id", index=True, title="Grant")
    kind: GrantReportKind = Field(sa_type=ENUM_TEXT, default=GrantReportKind.NARRATIVE, title="Report")
    due_date: date = Field(title="Due date")
    received_date: date | None = Field(default=None, title="Received on")
    accepted_date: date | None = Field(default=None, title="Accepted on")
    note: str = Field(default="", max_length=2000, title="Note")

    @model_validator(mode="after")
    def _report_rules(self):
        if self.accepted_date is not None:
            if self.received_date is None:
                raise ProblemError("accepted_date", "accepted_not_received")
            if self.accepted_date < self.received_date:
                raise ProblemError("accepted_date", "accepted_before_received",
                                   date=self.accepted_date.isoformat(), last=self.received_date.isoformat())
        return self
