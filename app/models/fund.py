"""The Voluntary Fund for Technical Cooperation, kept by headquarters: its donors, their contributions (pledged,
then received, in the donor's currency, earmarked or not), the UN operational rates of exchange that turn them into
US dollars, and the allocations of the Fund's money to projects (and grants)."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.currency import check_currency
from app.models.enums import ContributionStatus, DonorKind, EarmarkKind, FundRegion
from app.vocabulary.problems import ProblemError, problem


def positive(problems: list, field: str, value: float, title: str) -> None:
    """Money is more than nothing (pydantic's ``gt`` would say "at most" of a field with no lower bound)."""
    if value <= 0:
        problems.append((field, problem("positive", title=title)))


def upper_currency(data):
    """A currency code as people type it ("nok ") is the code (NOK)."""
    if isinstance(data, dict) and isinstance(data.get("currency"), str):
        data = {**data, "currency": data["currency"].strip().upper()}
    return data


class Donor(SharedRecord, table=True):
    __tablename__ = "donor"

    name: str = Field(min_length=1, max_length=200, title="Donor")
    kind: DonorKind = Field(sa_type=ENUM_TEXT, default=DonorKind.GOVERNMENT, title="Kind of donor")
    country_id: str | None = Field(default=None, foreign_key="country.id", index=True, title="Country")
    notes: str = Field(default="", max_length=5000, title="Notes")

    @model_validator(mode="after")
    def _state_has_country(self):
        if self.kind == DonorKind.GOVERNMENT and not self.country_id:
            raise ProblemError("country_id", "donor_state_country")
        return self


TARGETS = {"earmark_theme_id": "theme", "earmark_region": "region", "earmark_country_id": "country"}


class Contribution(SharedRecord, table=True):
    __tablename__ = "contribution"

    donor_id: str = Field(foreign_key="donor.id", index=True, title="Donor")
    year: int = Field(ge=1987, le=2100, index=True, title="Year")
    amount: float = Field(le=1e12, title="Amount")
    currency: str = Field(min_length=3, max_length=3, title="Currency")
    status: ContributionStatus = Field(sa_type=ENUM_TEXT, default=ContributionStatus.PLEDGED, title="Status")
    pledge_date: date | None = Field(default=None, title="Pledged on")
    receipt_date: date | None = Field(default=None, title="Received on")
    earmark: EarmarkKind = Field(sa_type=ENUM_TEXT, default=EarmarkKind.NONE, title="Earmark")
    earmark_theme_id: str | None = Field(default=None, foreign_key="thematic_area.id", title="Earmarked theme")
    earmark_region: FundRegion | None = Field(default=None, sa_type=ENUM_TEXT, title="Earmarked region")
    earmark_country_id: str | None = Field(default=None, foreign_key="country.id", title="Earmarked country")
    note: str = Field(default="", max_length=2000, title="Note")

    @model_validator(mode="before")
    @classmethod
    def _only_the_earmarks_target(cls, data):
        """Only the target the earmark names is kept: a contribution made "not earmarked" loses its country."""
        if isinstance(data, dict):
            earmark = str(data.get("earmark") or "none")
            data = {**data, **{column: None for column, kind in TARGETS.items() if kind != earmark}}
        return upper_currency(data)

    @model_validator(mode="after")
    def _rules(self):
        problems: list = []
        positive(problems, "amount", self.amount, "Amount")
        try:
            check_currency(self.currency)
        except ProblemError as exc:
            problems += exc.problems
        if self.status == ContributionStatus.RECEIVED and self.receipt_date is None:
            problems.append(("receipt_date", problem("received_needs_date")))
        if self.receipt_date and self.pledge_date and self.receipt_date < self.pledge_date:
            problems.append(("receipt_date", problem("receipt_before_pledge", date=self.pledge_date.isoformat())))
        wanted = {EarmarkKind.THEME: ("earmark_theme_id", self.earmark_theme_id),
                  EarmarkKind.REGION: ("earmark_region", self.earmark_region),
                  EarmarkKind.COUNTRY: ("earmark_country_id", self.earmark_country_id)}.get(self.earmark)
        if wanted and not wanted[1]:
            problems.append((wanted[0], problem("earmark_needs_target")))
        if problems:
            raise ProblemError.of(problems)
        return self


class ExchangeRate(SharedRecord, table=True):
    """The UN operational rate of exchange: units of ``currency`` to one US dollar from ``effective_date`` (usually
    the first of a month) until the next rate of that currency."""

    __tablename__ = "exchange_rate"

    currency: str = Field(min_length=3, max_length=3, index=True, title="Currency")
    effective_date: date = Field(title="In effect from")
    units_per_usd: float = Field(le=1e9, title="Units per US dollar")

    @model_validator(mode="before")
    @classmethod
    def _upper(cls, data):
        return upper_currency(data)

    @model_validator(mode="after")
    def _currency(self):
        problems: list = []
        positive(problems, "units_per_usd", self.units_per_usd, "Units per US dollar")
        try:
            check_currency(self.currency)
        except ProblemError as exc:
            problems += exc.problems
        if self.currency == "USD" and self.units_per_usd != 1:
            problems.append(("units_per_usd", problem("usd_is_one")))
        if problems:
            raise ProblemError.of(problems)
        return self


class FundAllocation(SharedRecord, table=True):
    """Money of the Fund given to a project (and, when it is for a grant, the grant's id: a plain UUID, with no
    foreign key until grants and the Fund are wired together)."""

    __tablename__ = "fund_allocation"

    year: int = Field(ge=1987, le=2100, index=True, title="Year")
    amount_usd: float = Field(le=1e12, title="Amount (USD)")
    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    grant_id: str | None = Field(default=None, max_length=36, title="Grant")
    contribution_id: str | None = Field(default=None, foreign_key="contribution.id", index=True,
                                        title="Contribution drawn on")
    allocation_date: date | None = Field(default=None, title="Allocated on")
    note: str = Field(default="", max_length=2000, title="Note")

    @model_validator(mode="after")
    def _grant_is_an_id(self):
        problems: list = []
        positive(problems, "amount_usd", self.amount_usd, "Amount (USD)")
        if problems:
            raise ProblemError.of(problems)
        if self.grant_id:
            import uuid

            try:
                uuid.UUID(self.grant_id)
            except ValueError:
                raise ProblemError("grant_id", "not_a_grant_id", input=self.grant_id) from None
        return self
