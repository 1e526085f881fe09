"""Needs assessment missions: the team, the stakeholders met, the findings and the recommendations that follow."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.coverage import check_coverage
from app.models.enums import FollowUpStatus, MissionStatus, Priority, RecommendationSource, Scope, StateResponse
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class Mission(SharedRecord, table=True):
    """A needs assessment mission, which answers a government's request for assistance."""

    __tablename__ = "mission"

    title: str = Field(min_length=1, max_length=300, title="Title")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    requesting_authority: str = Field(default="", max_length=300, title="Requesting authority")
    request_date: date | None = Field(default=None, title="Request date")
    start_date: date | None = Field(default=None, index=True, title="Start date")
    end_date: date | None = Field(default=None, title="End date")
    terms_of_reference: str = Field(default="", max_length=50000, title="Terms of reference")
    status: MissionStatus = Field(sa_type=ENUM_TEXT, default=MissionStatus.REQUESTED, index=True, title="Status")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Thematic areas")
    project_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Linked projects")
    summary: str = Field(default="", max_length=50000, title="Summary")
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
        if self.request_date and self.start_date and self.start_date < self.request_date:
            raise ProblemError("start_date", "mission_before_request")
        return self

    @model_validator(mode="after")
    def _countries_covered(self):
        check_coverage(self.scope, self.country_ids, self.region_ids)
        return self


class MissionMember(SharedRecord, table=True):
    """A member of a mission team: a staff member (by name) or an expert from the roster."""

    __tablename__ = "mission_member"

    mission_id: str = Field(foreign_key="mission.id", index=True, title="Mission")
    expert_id: str | None = Field(default=None, foreign_key="expert.id", title="Roster expert")
    staff_name: str = Field(default="", max_length=200, title="Staff member")
    role: str = Field(default="", max_length=200, title="Role in the team")
    is_lead: bool = Field(default=False, title="Team lead")

    @model_validator(mode="after")
    def _someone(self):
        if not self.expert_id and not self.staff_name.strip():
            raise ProblemError("staff_name", "staff_or_expert")
        return self


class MissionFinding(SharedRecord, table=True):
    __tablename__ = "mission_finding"

    mission_id: str = Field(foreign_key="mission.id", index=True, title="Mission")
    thematic_area_id: str = Field(foreign_key="thematic_area.id", title="Thematic area")
    text: str = Field(min_length=1, max_length=50000, title="Finding")


class StakeholderMeeting(SharedRecord, table=True):
    """A consultation held during a mission, with how many women, men and others were met."""

    __tablename__ = "stakeholder_meeting"

    mission_id: str = Field(foreign_key="mission.id", index=True, title="Mission")
    meeting_date: date | None = Field(default=None, title="Date")
    stakeholder_type_id: str = Field(foreign_key="stakeholder_type.id", title="Stakeholder type")
    organisation: str = Field(min_length=1, max_length=300, title="Organisation")
    women_met: int = Field(default=0, ge=0, le=100000, title="Women met")
    men_met: int = Field(default=0, ge=0, le=100000, title="Men met")
    others_met: int = Field(default=0, ge=0, le=100000, title="Others met")
    summary: str = Field(default="", max_length=50000, title="Summary")


class Recommendation(SharedRecord, table=True):
    __tablename__ = "recommendation"

    text: str = Field(min_length=1, max_length=20000, title="Recommendation")
    source: RecommendationSource = Field(sa_type=ENUM_TEXT, default=RecommendationSource.NEEDS_ASSESSMENT,
                                         title="Source")
    mission_id: str | None = Field(default=None, foreign_key="mission.id", index=True, title="Mission")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    thematic_area_id: str | None = Field(default=None, foreign_key="thematic_area.id", title="Thematic area")
    target_institution: str = Field(default="", max_length=300, title="Target institution")
    priority: Priority = Field(sa_type=ENUM_TEXT, default=Priority.MEDIUM, title="Priority")
    status: FollowUpStatus = Field(sa_type=ENUM_TEXT, default=FollowUpStatus.NOT_STARTED, index=True,
                                   title="Follow-up status")
    issued_date: date | None = Field(default=None, title="Date issued")
    # The mechanism that made it (schema 0010): which treaty body, special procedure mandate or review cycle, the
    # document and paragraph, the state's response, the persons concerned and the SDG targets.
    treaty_body_id: str | None = Field(default=None, foreign_key="treaty_body.id", title="Treaty body")
    mandate: str = Field(default="", max_length=300, title="Special procedure mandate")
    upr_cycle_id: str | None = Field(default=None, foreign_key="upr_cycle.id", title="UPR cycle")
    recommending_state_id: str | None = Field(default=None, foreign_key="country.id", title="Recommending state")
    document_symbol: str = Field(default="", max_length=120, index=True, title="Document symbol")
    paragraph: str = Field(default="", max_length=40, title="Paragraph")
    response: StateResponse = Field(sa_type=ENUM_TEXT, default=StateResponse.NOT_RECORDED, title="State's response")
    response_comment: str = Field(default="", max_length=5000, title="Response comment")
    affected_group_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                          title="Affected persons")
    sdg_target_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                      title="SDG targets")
    project_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Projects that answer it")
    # National human rights institutions (schema 0026): the institution this work concerns (same country; a plain
    # id, added by ADD COLUMN without a foreign key, checked by app/services/programme/institutions.py).
    institution_id: str | None = Field(default=None, index=True, title="National institution")


class FollowUpNote(SharedRecord, table=True):
    """A dated step in following up a recommendation; the latest note's status is the recommendation's status."""

    __tablename__ = "followup_note"

    recommendation_id: str = Field(foreign_key="recommendation.id", index=True, title="Recommendation")
    note_date: date = Field(title="Date")
    status: FollowUpStatus = Field(sa_type=ENUM_TEXT, title="Status")
    note: str = Field(default="", max_length=20000, title="Note")
