"""Technical cooperation projects (with who takes over when they end), their yearly budget lines, and the roster of
experts."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.coverage import check_coverage
from app.models.enums import FundingSource, ProjectStatus, Scope
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class Project(SharedRecord, table=True):
    __tablename__ = "project"

    code: str = Field(min_length=1, max_length=40, index=True, title="Project code")
    title: str = Field(min_length=1, max_length=300, title="Title")
    country_id: str | None = Field(default=None, foreign_key="country.id", index=True, title="Country")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Thematic areas")
    funding_source: FundingSource = Field(sa_type=ENUM_TEXT, default=FundingSource.REGULAR_BUDGET,
                                          title="Funding source")
    status: ProjectStatus = Field(sa_type=ENUM_TEXT, default=ProjectStatus.PIPELINE, index=True, title="Status")
    start_date: date | None = Field(default=None, title="Start date")
    end_date: date | None = Field(default=None, title="End date")
    description: str = Field(default="", max_length=20000, title="Description")
    # Sustainability: assistance aims at its own eventual obsolescence, so who takes over, how and when is recorded.
    national_partner: str = Field(default="", max_length=300, title="National partner")
    exit_plan: str = Field(default="", max_length=20000, title="Exit plan")
    exit_date: date | None = Field(default=None, title="Exit date")
    # National human rights institutions (schema 0026): the institution this work concerns (same country; a plain
    # id, added by ADD COLUMN without a foreign key, checked by app/services/programme/institutions.py).
    institution_id: str | None = Field(default=None, index=True, title="National institution")
    # Several countries (schema 0024, app/models/coverage.py): country_id is the lead or host country.
    scope: Scope = Field(sa_type=ENUM_TEXT, default=Scope.NATIONAL, title="Scope")
    region_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Regions")
    country_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Countries covered")

    @model_validator(mode="after")
    def _dates_in_order(self):
        check_date_order(self.start_date, self.end_date)
        if self.exit_date and self.start_date and self.exit_date < self.start_date:
            raise ProblemError("exit_date", "exit_before_start")
        return self

    @model_validator(mode="after")
    def _countries_covered(self):
        check_coverage(self.scope, self.country_ids, self.region_ids)
        return self


class ProjectBudget(SharedRecord, table=True):
    """Budget and expenditure of a project for one year and funding source, in USD."""

    __tablename__ = "project_budget"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    year: int = Field(ge=1990, le=2100, title="Year")
    funding_source: FundingSource = Field(sa_type=ENUM_TEXT, title="Funding source")
    budget_usd: float = Field(default=0, ge=0, title="Budget (USD)")
    expenditure_usd: float = Field(default=0, ge=0, title="Expenditure (USD)")


class Expert(SharedRecord, table=True):
    """A person on the roster of experts that missions and trainings draw upon."""

    __tablename__ = "expert"

    full_name: str = Field(min_length=1, max_length=200, title="Full name")
    expertise_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Expertise")
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Languages")
    organisation: str = Field(default="", max_length=200, title="Organisation")
    email: str = Field(default="", max_length=200, title="E-mail")
    phone: str = Field(default="", max_length=60, title="Phone")
    notes: str = Field(default="", max_length=5000, title="Notes")
