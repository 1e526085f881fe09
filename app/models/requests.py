"""Requests for assistance from governments, the priority criteria they are weighed against (headquarters' reference
data), the facts about countries those criteria rest on, and each request's dated status transitions."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import DECIDED_REQUEST, CriterionEvaluation, RequestChannel, RequestStatus
from app.vocabulary.problems import ProblemError

# Scores run from 0 (the criterion does not apply) to 3 (it applies fully).
MAX_SCORE = 3


class AssistanceRequest(SharedRecord, table=True):
    """A government's request for technical cooperation: where every piece of assistance starts."""

    __tablename__ = "assistance_request"

    title: str = Field(min_length=1, max_length=300, title="Subject")
    requesting_authority: str = Field(min_length=1, max_length=300, title="Requesting authority")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    received_date: date = Field(index=True, title="Date received")
    channel: RequestChannel = Field(sa_type=ENUM_TEXT, default=RequestChannel.LETTER, title="Channel")
    reference: str = Field(default="", max_length=120, title="Reference of the request")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Areas requested")
    summary: str = Field(default="", max_length=20000, title="Summary")
    status: RequestStatus = Field(sa_type=ENUM_TEXT, default=RequestStatus.RECEIVED, index=True, title="Status")
    mission_id: str | None = Field(default=None, foreign_key="mission.id", index=True,
                                   title="Needs assessment mission")
    project_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Resulting projects")
    decision_date: date | None = Field(default=None, title="Date of the decision")
    decision_reasons: str = Field(default="", max_length=20000, title="Reasons for the decision")

    @model_validator(mode="after")
    def _decision_is_explained(self):
        if self.decision_date and self.decision_date < self.received_date:
            raise ProblemError("decision_date", "decision_before_received")
        if self.status in DECIDED_REQUEST and not self.decision_reasons.strip():
            raise ProblemError("decision_reasons", "decision_reasons")
        return self


class RequestTransition(SharedRecord, table=True):
    """A dated change of a request's status and who made it (recorded by FieldDesk with every status change)."""

    __tablename__ = "request_transition"

    request_id: str = Field(foreign_key="assistance_request.id", index=True, title="Request")
    from_status: RequestStatus | None = Field(default=None, sa_type=ENUM_TEXT, title="From")
    to_status: RequestStatus = Field(sa_type=ENUM_TEXT, title="To")
    transition_date: date = Field(title="Date")
    made_by: str = Field(default="", max_length=120, title="By")
    note: str = Field(default="", max_length=5000, title="Note")


class PriorityCriterion(SharedRecord, table=True):
    """A criterion requests are weighed against. Set at headquarters and sent to every office, so every request
    is ranked by the same stated rules."""

    __tablename__ = "priority_criterion"

    code: str = Field(min_length=1, max_length=40, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    description: str = Field(default="", max_length=2000, title="Description")
    weight: int = Field(default=1, ge=0, le=10, title="Weight")
    evaluation: CriterionEvaluation = Field(sa_type=ENUM_TEXT, default=CriterionEvaluation.MANUAL,
                                            title="How it is evaluated")
    sort_order: int = Field(default=0, title="Order")


class RequestScore(SharedRecord, table=True):
    """Staff's assessment of one request against one criterion. Without a score, the score suggested by the
    recorded evidence counts."""

    __tablename__ = "request_score"

    request_id: str = Field(foreign_key="assistance_request.id", index=True, title="Request")
    criterion_id: str = Field(foreign_key="priority_criterion.id", index=True, title="Criterion")
    score: int | None = Field(default=None, ge=0, le=MAX_SCORE, title=f"Score (0-{MAX_SCORE})")
    note: str = Field(default="", max_length=5000, title="Note")


class CountryProfile(SharedRecord, table=True):
    """Facts about a country that priority criteria rest on, kept by headquarters (the UN list of least developed
    countries is seeded; "in transition to democracy" is headquarters' assessment)."""

    __tablename__ = "country_profile"

    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    least_developed: bool = Field(default=False, title="Least developed country")
    in_transition: bool = Field(default=False, title="In transition to democracy")
    as_of: date | None = Field(default=None, title="As of")
    notes: str = Field(default="", max_length=2000, title="Notes")


# The seed list of criteria, from the 1998 report on the technical cooperation programme:
# (code, name, description, weight, evaluation)
PRIORITY_CRITERIA = [
    ("transition", "Country in transition to democracy",
     "The High Commissioner established that the programme should focus on countries or regions in transition to "
     "democracy.", 3, CriterionEvaluation.COUNTRY_IN_TRANSITION),
    ("least_developed", "Least developed country",
     "Priority is also given to projects responding to the needs of less developed countries.", 2,
     CriterionEvaluation.LEAST_DEVELOPED),
    ("treaty_bodies", "Needs named by treaty bodies",
     "Specific recommendations made by the UN human rights treaty bodies for the country, in the areas requested.",
     2, CriterionEvaluation.TREATY_BODY_RECOMMENDATIONS),
    ("special_procedures", "Needs named by special rapporteurs, representatives and working groups",
     "Recommendations of the Commission on Human Rights and its mechanisms (representatives of the "
     "Secretary-General, special rapporteurs, working groups) and of the periodic review, in the areas requested.",
     2, CriterionEvaluation.SPECIAL_PROCEDURE_RECOMMENDATIONS),
    ("board_of_trustees", "Recommendations of the Board of Trustees",
     "Recommendations adopted by the Board of Trustees of the Voluntary Fund for Technical Cooperation in the Field "
     "of Human Rights.", 1, CriterionEvaluation.BOARD_OF_TRUSTEES_RECOMMENDATIONS),
    ("national_views", "Views of national institutions and NGOs",
     "The views expressed by national human rights institutions and national and international NGOs.", 1,
     CriterionEvaluation.NATIONAL_VIEWS),
    ("coordination", "Coordination with other UN bodies and donors",
     "All assistance is carried out in close coordination with other UN bodies and agencies, and with existing or "
     "planned assistance from other donors.", 1, CriterionEvaluation.COORDINATION),
]

# The UN list of least developed countries (ISO codes) as of December 2024, after Bhutan (2023) and Sao Tome and
# Principe (2024) graduated. Headquarters keeps it current: a graduation is an edit of the country's facts.
LEAST_DEVELOPED_AS_OF = date(2024, 12, 13)
LEAST_DEVELOPED_COUNTRIES = (
    "AO", "BJ", "BF", "BI", "CF", "TD", "KM", "CD", "DJ", "ER", "ET", "GM", "GN", "GW", "LS", "LR", "MG", "MW", "ML",
    "MR", "MZ", "NE", "RW", "SN", "SL", "SO", "SS", "SD", "TG", "UG", "TZ", "ZM",  # Africa
    "AF", "BD", "KH", "LA", "MM", "NP", "TL", "YE",  # Asia
    "HT",  # the Caribbean
    "KI", "SB", "TV",  # the Pacific
)
