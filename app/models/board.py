"""The Board of Trustees of the Voluntary Fund for Technical Cooperation: its sessions (number, dates, place, agenda)
and their members (with the country that proposed each), the recommendations a session adopted (a link from an
existing recommendation record to the session) and its decisions on projects.

Sessions and members are headquarters' programme data (owner ``*``, sent to every office). An adoption is a part of
its recommendation and a decision a part of its project, so each follows its record to the office that holds it (an
office never waits for a record it will not receive); headquarters alone writes them (``Entity.hq_writes``)."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import LabelledEnum
from app.models.validation import check_date_order


class BoardRole(LabelledEnum):
    CHAIR = ("chair", "Chair")
    MEMBER = ("member", "Member")


class BoardDecisionKind(LabelledEnum):
    ENDORSED = ("endorsed", "Endorsed")
    DEFERRED = ("deferred", "Deferred")
    DECLINED = ("declined", "Declined")
    NOTED = ("noted", "Noted")


class BoardSession(SharedRecord, table=True):
    __tablename__ = "board_session"

    number: int = Field(ge=1, le=999, title="Session number")
    title: str = Field(min_length=1, max_length=200, title="Session")
    start_date: date = Field(title="Start date")
    end_date: date = Field(title="End date")
    place: str = Field(default="", max_length=200, title="Place")
    agenda: str = Field(default="", max_length=20000, title="Agenda")

    @model_validator(mode="after")
    def _dates_in_order(self):
        check_date_order(self.start_date, self.end_date)
        return self


class BoardMember(SharedRecord, table=True):
    __tablename__ = "board_member"

    session_id: str = Field(foreign_key="board_session.id", index=True, title="Session")
    full_name: str = Field(min_length=1, max_length=200, title="Name")
    country_id: str = Field(foreign_key="country.id", title="Proposed by")
    role: BoardRole = Field(sa_type=ENUM_TEXT, default=BoardRole.MEMBER, title="Role")


class BoardAdoption(SharedRecord, table=True):
    """A recommendation (source: the Board of Trustees) as adopted at one session."""

    __tablename__ = "board_adoption"

    recommendation_id: str = Field(foreign_key="recommendation.id", index=True, title="Recommendation")
    session_id: str = Field(foreign_key="board_session.id", index=True, title="Session")


class BoardDecision(SharedRecord, table=True):
    __tablename__ = "board_decision"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    session_id: str = Field(foreign_key="board_session.id", index=True, title="Session")
    decision: BoardDecisionKind = Field(sa_type=ENUM_TEXT, default=BoardDecisionKind.ENDORSED, title="Decision")
    amount_usd: float = Field(default=0, ge=0, title="Amount recommended (USD)")
    note: str = Field(default="", max_length=5000, title="Note")
