"""Reviews of the programme, in the manner of the 2003 global review: a programme, country or thematic review with
its terms of reference, period, countries and themes, its team, the interviews held (a stakeholder meeting already
recorded on a mission, or an interview recorded here), its findings, the recommendations it made (recommendation
records whose source is "review", listed on the review) and its synthesis.

A review is an office's own work (``OFFICE`` governance): headquarters owns the programme and thematic reviews it
commissions, an office may own a review of its country; the owner and headquarters change it. Its team, interviews
and findings follow it."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import ReviewKind, ReviewStatus
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class Review(SharedRecord, table=True):
    __tablename__ = "review"

    kind: ReviewKind = Field(sa_type=ENUM_TEXT, default=ReviewKind.COUNTRY, title="Kind of review")
    title: str = Field(min_length=1, max_length=300, title="Title")
    terms_of_reference: str = Field(default="", max_length=50000, title="Terms of reference")
    period_from: date | None = Field(default=None, title="Period from")
    period_to: date | None = Field(default=None, title="Period to")
    country_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Countries")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Thematic areas")
    recommendation_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                          title="Recommendations")
    status: ReviewStatus = Field(sa_type=ENUM_TEXT, default=ReviewStatus.PLANNED, index=True, title="Status")
    synthesis: str = Field(default="", max_length=100000, title="Synthesis")

    @model_validator(mode="after")
    def _period_in_order(self):
        check_date_order(self.period_from, self.period_to, end_field="period_to")
        return self


class ReviewMember(SharedRecord, table=True):
    """A member of the review team, by name, with the role they had."""

    __tablename__ = "review_member"

    review_id: str = Field(foreign_key="review.id", index=True, title="Review")
    name: str = Field(min_length=1, max_length=200, title="Name")
    role: str = Field(default="", max_length=200, title="Role in the team")


class ReviewInterview(SharedRecord, table=True):
    """An interview held for a review: a stakeholder meeting already recorded on a mission (``meeting_id``), or one
    recorded here (date, who, organisation, stakeholder group, notes)."""

    __tablename__ = "review_interview"

    review_id: str = Field(foreign_key="review.id", index=True, title="Review")
    meeting_id: str | None = Field(default=None, foreign_key="stakeholder_meeting.id", title="Stakeholder meeting")
    interview_date: date | None = Field(default=None, title="Date")
    interviewee: str = Field(default="", max_length=300, title="Who")
    organisation: str = Field(default="", max_length=300, title="Organisation")
    stakeholder_type_id: str | None = Field(default=None, foreign_key="stakeholder_type.id", title="Stakeholder type")
    notes: str = Field(default="", max_length=50000, title="Notes")

    @model_validator(mode="after")
    def _someone(self):
        if not self.meeting_id and not self.interviewee.strip() and not self.organisation.strip():
            raise ProblemError("organisation", "interview_whom")
        return self


class ReviewFinding(SharedRecord, table=True):
    __tablename__ = "review_finding"

    review_id: str = Field(foreign_key="review.id", index=True, title="Review")
    thematic_area_id: str | None = Field(default=None, foreign_key="thematic_area.id", title="Thematic area")
    text: str = Field(min_length=1, max_length=50000, title="Finding")
    sort_order: int = Field(default=0, title="Order")
