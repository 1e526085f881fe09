"""National human rights institutions (schema 0026): an institution's profile (name, acronym, country, type, legal
basis, established, website and contact) with its parts: the GANHRI accreditation reviews
(``institution_accreditation``), the Paris Principles concerns recorded as findings (``institution_concern``) and its
regional offices (``institution_office``).

Governance (``app/services/store/entities.py``): an institution is the work of the office of its country (``OFFICE``:
that office and headquarters change it, headquarters sees all). Its accreditation reviews are GANHRI's decisions,
which headquarters records once for every office (``hq_writes``: an office holds and reads them with the
institution, a bundle from an office cannot change them). Concerns and regional offices follow the institution.
The current accreditation status is computed (the latest review's), never stored."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import LabelledEnum
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class InstitutionType(LabelledEnum):
    COMMISSION = ("commission", "Commission")
    OMBUDSMAN = ("ombudsman", "Ombudsman")
    INSTITUTE = ("institute", "Institute or centre")
    HYBRID = ("hybrid", "Hybrid institution")
    OTHER = ("other", "Other")


class AccreditationStatus(LabelledEnum):
    """GANHRI's Sub-Committee on Accreditation: A (fully compliant with the Paris Principles), B (partly), C (not
    compliant, no longer given since 2008: recorded as "not accredited"); "not reviewed" before a first review."""

    A = ("a", "A: fully compliant")
    B = ("b", "B: partially compliant")
    C = ("c", "Not accredited (C)")
    NOT_REVIEWED = ("not_reviewed", "Not reviewed")


class Institution(SharedRecord, table=True):
    __tablename__ = "institution"

    name: str = Field(min_length=1, max_length=300, title="Name")
    acronym: str = Field(default="", max_length=40, title="Acronym")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    institution_type: InstitutionType = Field(sa_type=ENUM_TEXT, default=InstitutionType.COMMISSION,
                                              title="Type of institution")
    legal_basis: str = Field(default="", max_length=2000, title="Legal basis")
    established: date | None = Field(default=None, title="Established")
    website: str = Field(default="", max_length=300, title="Website")
    contact: str = Field(default="", max_length=2000, title="Contact")
    notes: str = Field(default="", max_length=20000, title="Notes")


class InstitutionAccreditation(SharedRecord, table=True):
    """One review by GANHRI's Sub-Committee on Accreditation: its date, the status it gave, the next review. The
    concerns it raised are the institution's concerns that name it (``InstitutionConcern.accreditation_id``)."""

    __tablename__ = "institution_accreditation"

    institution_id: str = Field(foreign_key="institution.id", index=True, title="Institution")
    review_date: date = Field(title="Review date")
    status: AccreditationStatus = Field(sa_type=ENUM_TEXT, default=AccreditationStatus.A, title="Status")
    next_review: date | None = Field(default=None, title="Next review")
    note: str = Field(default="", max_length=5000, title="Note")

    @model_validator(mode="after")
    def _next_after(self):
        if self.next_review and self.next_review <= self.review_date:
            raise ProblemError("next_review", "next_review_after", date=self.review_date.isoformat())
        return self


class InstitutionConcern(SharedRecord, table=True):
    """A Paris Principles concern, recorded as a finding about the institution: raised by an accreditation review
    (``accreditation_id``), by a mission (``mission_id``), or by neither (the office's own assessment)."""

    __tablename__ = "institution_concern"

    institution_id: str = Field(foreign_key="institution.id", index=True, title="Institution")
    text: str = Field(min_length=1, max_length=20000, title="Concern")
    accreditation_id: str | None = Field(default=None, foreign_key="institution_accreditation.id",
                                         title="Raised by the accreditation review")
    mission_id: str | None = Field(default=None, foreign_key="mission.id", title="Raised by the mission")
    raised_date: date | None = Field(default=None, title="Raised")
    addressed_date: date | None = Field(default=None, title="Addressed")
    note: str = Field(default="", max_length=5000, title="How it was addressed")

    @model_validator(mode="after")
    def _dates_in_order(self):
        check_date_order(self.raised_date, self.addressed_date, end_field="addressed_date")
        return self


class InstitutionOffice(SharedRecord, table=True):
    """A regional office of the institution."""

    __tablename__ = "institution_office"

    institution_id: str = Field(foreign_key="institution.id", index=True, title="Institution")
    place: str = Field(min_length=1, max_length=200, title="Place")
    opened: date | None = Field(default=None, title="Opened")
    note: str = Field(default="", max_length=2000, title="Note")
