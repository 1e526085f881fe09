"""What the services know about each shared table: its model, labels, parent, search columns and who governs it.

The order of ``ENTITIES`` is a dependency order (parents before children): exports, bundles and the demo follow it.

Each entity names its model, which is declared on first use: declaring all ~35 tables (SQLAlchemy mappers and pydantic
schemas) takes about 0.1 s, and the first screen needs a handful. Whoever needs the whole metadata (migrations,
copying a database) calls ``app.models.load_all()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, get_args

import app.models
from app.models.base import SYSTEM_FIELDS

if TYPE_CHECKING:
    from sqlmodel import SQLModel

    from app.models.base import SharedRecord

# Governance: who may change records of a table.
PROGRAMME = "programme"  # programme-wide reference data: changed at headquarters only, sent to every office
ROSTER = "roster"  # shared lists (projects, experts, offices): any site owns what it creates; HQ's go to every office
OFFICE = "office"  # an office's own work: changed by its owner and by headquarters


@dataclass(frozen=True)
class Entity:
    name: str  # table name, also the key used in bundles, exports and the change log
    model_name: str  # the SQLModel class, in app.models
    label: str
    plural: str
    governance: str = OFFICE
    parent: tuple[str, str] | None = None  # (foreign-key column, parent table): children follow the parent's owner
    search_columns: tuple[str, ...] = ()
    display: str = "id"  # the column that names a record for people
    date_column: str | None = None  # what a date-range filter applies to
    default_sort: tuple[str, ...] = ("id",)
    unique_together: tuple[str, ...] = ()  # among live records
    list_columns: dict[str, str] = field(default_factory=dict)  # JSON list column -> referenced table
    hq_writes: bool = False  # an office holds it (its parent's) but headquarters alone writes it (the Board's)

    @property
    def model(self) -> type[SharedRecord]:
        return getattr(app.models, self.model_name)

    @property
    def table(self):
        return self.model.__table__

    @cached_property
    def foreign_keys(self) -> dict[str, str]:
        """Column -> referenced table (read from the key's target, so the referenced model need not be declared)."""
        return {column.name: fk.target_fullname.split(".")[0]
                for column in self.table.columns for fk in column.foreign_keys}

    @cached_property
    def date_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if is_date_column(self.model, c.name))

    @cached_property
    def bool_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if self.python_type(c.name) is bool)

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.table.columns]

    @property
    def data_columns(self) -> list[str]:
        return [c for c in self.columns if c not in SYSTEM_FIELDS]

    def field_title(self, column: str) -> str:
        info = self.model.model_fields.get(column)
        return (info.title if info and info.title else column.replace("_", " ").capitalize())

    def enum_of(self, column: str) -> type[Enum] | None:
        info = self.model.model_fields.get(column)
        if info is None:
            return None
        return _enum_in(info.annotation)

    def python_type(self, column: str) -> Any:
        info = self.model.model_fields.get(column)
        return info.annotation if info else None


def _enum_in(annotation) -> type[Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    for arg in get_args(annotation):
        found = _enum_in(arg)
        if found:
            return found
    return None


def is_date_column(model: type[SQLModel], column: str) -> bool:
    info = model.model_fields.get(column)
    if info is None:
        return False
    ann = info.annotation
    return ann is date or date in get_args(ann)


# The countries and regions a mission, activity or project covers (schema 0024, app/models/coverage.py).
COVERAGE_LISTS = {"country_ids": "country", "region_ids": "region"}

ENTITIES: list[Entity] = [
    Entity("country", "Country", "Country", "Countries", PROGRAMME, display="name", default_sort=("name",)),
    Entity("thematic_area", "ThematicArea", "Thematic area", "Thematic areas", PROGRAMME, display="name",
           default_sort=("sort_order", "name")),
    Entity("stakeholder_type", "StakeholderType", "Stakeholder type", "Stakeholder types", PROGRAMME, display="name",
           default_sort=("sort_order", "name")),
    Entity("treaty_body", "TreatyBody", "Treaty body", "Treaty bodies", PROGRAMME, display="name",
           default_sort=("sort_order", "code")),
    Entity("upr_cycle", "UprCycle", "UPR cycle", "UPR cycles", PROGRAMME, display="name",
           default_sort=("sort_order", "code")),
    Entity("sdg_target", "SdgTarget", "SDG target", "SDG targets", PROGRAMME, display="code",
           default_sort=("sort_order", "code")),
    Entity("affected_group", "AffectedGroup", "Affected persons", "Affected persons", PROGRAMME, display="name",
           default_sort=("sort_order", "code")),
    Entity("region", "Region", "Region", "Regions", PROGRAMME, display="name", default_sort=("sort_order", "code")),
    Entity("office", "Office", "Office", "Offices", ROSTER, display="name", default_sort=("code",)),
    Entity("expert", "Expert", "Expert", "Experts", ROSTER, search_columns=("full_name", "organisation", "notes"),
           display="full_name", default_sort=("full_name",), list_columns={"expertise_ids": "thematic_area"}),
    Entity("project", "Project", "Project", "Projects", ROSTER, search_columns=("code", "title", "description"),
           display="title", date_column="start_date", default_sort=("code",),
           list_columns={"theme_ids": "thematic_area", **COVERAGE_LISTS}),
    Entity("project_budget", "ProjectBudget", "Budget line", "Budget lines", ROSTER, parent=("project_id", "project"),
           display="year", default_sort=("year", "funding_source"),
           unique_together=("project_id", "year", "funding_source")),
    Entity("mission", "Mission", "Mission", "Missions",
           search_columns=("title", "requesting_authority", "terms_of_reference", "summary"), display="title",
           date_column="start_date", default_sort=("-start_date", "title"),
           list_columns={"theme_ids": "thematic_area", "project_ids": "project", **COVERAGE_LISTS}),
    Entity("mission_member", "MissionMember", "Team member", "Team members", parent=("mission_id", "mission"),
           display="staff_name", default_sort=("-is_lead", "staff_name")),
    Entity("mission_finding", "MissionFinding", "Finding", "Findings", parent=("mission_id", "mission"), display="text",
           search_columns=("text",), default_sort=("thematic_area_id", "created_at")),
    Entity("stakeholder_meeting", "StakeholderMeeting", "Meeting", "Meetings", parent=("mission_id", "mission"),
           search_columns=("organisation", "summary"), display="organisation", date_column="meeting_date",
           default_sort=("meeting_date", "organisation")),
    Entity("recommendation", "Recommendation", "Recommendation", "Recommendations",
           search_columns=("text", "target_institution", "document_symbol", "mandate"), display="text",
           date_column="issued_date", default_sort=("-issued_date", "id"),
           list_columns={"affected_group_ids": "affected_group", "sdg_target_ids": "sdg_target",
                         "project_ids": "project"}),
    Entity("followup_note", "FollowUpNote", "Follow-up note", "Follow-up notes",
           parent=("recommendation_id", "recommendation"), display="note", date_column="note_date",
           search_columns=("note",),
           default_sort=("note_date", "created_at")),
    Entity("training", "Training", "Training activity", "Training activities",
           search_columns=("title", "venue", "facilitators", "description"), display="title", date_column="start_date",
           default_sort=("-start_date", "title"),
           list_columns={"theme_ids": "thematic_area", "target_group_ids": "stakeholder_type", **COVERAGE_LISTS}),
    Entity("participant", "Participant", "Participant", "Participants",
           search_columns=("full_name", "organisation", "position", "email"), display="full_name",
           default_sort=("full_name",)),
    Entity("enrollment", "Enrollment", "Enrollment", "Enrollments", parent=("training_id", "training"),
           display="participant_id", default_sort=("created_at",), unique_together=("training_id", "participant_id")),
    Entity("participant_distinct", "ParticipantDistinct", "Distinct people", "Distinct people",
           parent=("participant_id", "participant"), display="other_id", default_sort=("created_at",),
           unique_together=("participant_id", "other_id")),
    # Programme management (schema 0003). Criteria and country facts are headquarters' reference data; requests
    # are an office's own work; a project's cycle and results follow the project, as its budget lines do.
    Entity("country_profile", "CountryProfile", "Country facts", "Country facts", PROGRAMME, display="country_id",
           default_sort=("country_id",), unique_together=("country_id",)),
    Entity("priority_criterion", "PriorityCriterion", "Priority criterion", "Priority criteria", PROGRAMME,
           display="name", default_sort=("sort_order", "code")),
    Entity("due_rule", "DueRule", "Due date rule", "Due date rules", PROGRAMME, display="name",
           default_sort=("sort_order", "code")),
    Entity("retention_rule", "RetentionRule", "Retention rule", "Retention rules", PROGRAMME, display="name",
           default_sort=("sort_order", "code")),
    Entity("project_transition", "ProjectTransition", "Project status change", "Project status changes", ROSTER,
           parent=("project_id", "project"), display="to_status", date_column="transition_date",
           default_sort=("created_at",)),  # the order they were made in: each starts from the status before it
    Entity("project_result", "ProjectResult", "Result", "Results", ROSTER, parent=("project_id", "project"),
           display="statement", default_sort=("sort_order", "code", "created_at"),
           list_columns={"training_ids": "training", "mission_ids": "mission"}),
    Entity("result_indicator", "ResultIndicator", "Indicator", "Indicators", ROSTER,
           parent=("result_id", "project_result"),
           display="name", default_sort=("sort_order", "created_at")),
    Entity("indicator_value", "IndicatorValue", "Indicator value", "Indicator values", ROSTER,
           parent=("indicator_id", "result_indicator"), display="period", date_column="measured_on",
           default_sort=("measured_on", "period"), unique_together=("indicator_id", "period")),
    Entity("project_risk", "ProjectRisk", "Risk", "Risks", ROSTER, parent=("project_id", "project"),
           display="description", default_sort=("closed", "created_at")),
    Entity("project_evaluation", "ProjectEvaluation", "Evaluation", "Evaluations", ROSTER,
           parent=("project_id", "project"), display="kind", date_column="evaluation_date",
           search_columns=("findings", "lessons"),
           default_sort=("evaluation_date", "created_at")),
    Entity("sustainability_check", "SustainabilityCheck", "Sustainability check", "Sustainability checks", ROSTER,
           parent=("project_id", "project"), display="months_after", date_column="check_date",
           search_columns=("notes", "evidence"), default_sort=("months_after", "check_date"),
           unique_together=("project_id", "months_after")),
    # The Voluntary Fund (schema 0019): headquarters' records, sent read-only to every office. A contribution is its
    # donor's part; an allocation names the project it finances (not its parent: the project is an office's).
    Entity("donor", "Donor", "Donor", "Donors", PROGRAMME, search_columns=("name", "notes"), display="name",
           default_sort=("name",)),
    Entity("contribution", "Contribution", "Contribution", "Contributions", PROGRAMME, parent=("donor_id", "donor"),
           search_columns=("currency", "note"), display="year", date_column="pledge_date",
           default_sort=("-year", "donor_id")),
    Entity("exchange_rate", "ExchangeRate", "Exchange rate", "Exchange rates", PROGRAMME, display="currency",
           search_columns=("currency",),
           date_column="effective_date", default_sort=("currency", "-effective_date"),
           unique_together=("currency", "effective_date")),
    Entity("fund_allocation", "FundAllocation", "Allocation", "Allocations", PROGRAMME, display="year",
           search_columns=("note",),
           date_column="allocation_date", default_sort=("-year", "project_id")),
    # Grants (schema 0021): a part of the project that manages them, owned as its other parts are.
    Entity("grant_award", "GrantAward", "Grant", "Grants", ROSTER, parent=("project_id", "project"),
           display="grantee_name", date_column="start_date", default_sort=("start_date", "grantee_name")),
    Entity("grant_transition", "GrantTransition", "Grant status change", "Grant status changes", ROSTER,
           parent=("grant_id", "grant_award"), display="to_status", date_column="transition_date",
           default_sort=("created_at",)),
    Entity("grant_tranche", "GrantTranche", "Tranche", "Tranches", ROSTER, parent=("grant_id", "grant_award"),
           display="number", date_column="due_date", default_sort=("number", "due_date"),
           unique_together=("grant_id", "number")),
    Entity("grant_report", "GrantReport", "Grant report", "Grant reports", ROSTER,
           parent=("grant_id", "grant_award"), display="kind", date_column="due_date",
           default_sort=("due_date", "kind")),
    Entity("assistance_request", "AssistanceRequest", "Request for assistance", "Requests for assistance",
           search_columns=("title", "requesting_authority", "reference", "summary", "decision_reasons"),
           display="title", date_column="received_date", default_sort=("-received_date", "title"),
           list_columns={"theme_ids": "thematic_area", "project_ids": "project"}),
    Entity("request_transition", "RequestTransition", "Request status change", "Request status changes",
           parent=("request_id", "assistance_request"), display="to_status", date_column="transition_date",
           default_sort=("created_at",)),
    Entity("request_score", "RequestScore", "Criterion score", "Criterion scores",
           parent=("request_id", "assistance_request"), display="criterion_id", default_sort=("created_at",),
           unique_together=("request_id", "criterion_id")),
    # The coordination register (schema 0018): partners are a roster (headquarters' go to every office; an office
    # adds the ones only it knows, shown similar ones first), their activities an office's own work.
    Entity("partner", "Partner", "Partner", "Partners", ROSTER, search_columns=("name", "acronym", "notes"),
           display="name", default_sort=("name",)),
    Entity("partner_activity", "PartnerActivity", "Partner activity", "Partner activities",
           search_columns=("title", "notes", "framework_outcome"), display="title", date_column="start_date",
           default_sort=("-start_date", "title"),
           list_columns={"theme_ids": "thematic_area", "target_group_ids": "stakeholder_type"}),
    # The Board of Trustees (schema 0020): sessions and members are headquarters' programme data; an adoption
    # follows its recommendation and a decision its project, and headquarters alone writes them
    # (services/programme/board.py).
    Entity("board_session", "BoardSession", "Board session", "Board sessions", PROGRAMME, display="title",
           search_columns=("title", "place", "agenda"), date_column="start_date", default_sort=("-start_date",),
           unique_together=("number",)),
    Entity("board_member", "BoardMember", "Board member", "Board members", PROGRAMME,
           parent=("session_id", "board_session"), display="full_name", default_sort=("role", "full_name"),
           unique_together=("session_id", "full_name")),
    Entity("board_adoption", "BoardAdoption", "Adopted recommendation", "Adopted recommendations",
           parent=("recommendation_id", "recommendation"), display="session_id", default_sort=("created_at",),
           unique_together=("recommendation_id",), hq_writes=True),
    Entity("board_decision", "BoardDecision", "Board decision", "Board decisions", ROSTER,
           parent=("project_id", "project"), display="decision", default_sort=("created_at",),
           unique_together=("session_id", "project_id"), hq_writes=True),
    # Fellowships (schema 0022): an office's own work, like its activities; objectives and contacts are its parts.
    Entity("fellowship", "Fellowship", "Fellowship", "Fellowships",
           search_columns=("cohort", "host", "report_summary", "notes"), display="cohort",
           date_column="placement_start", default_sort=("-placement_start", "cohort"),
           unique_together=("participant_id", "cohort")),
    Entity("fellowship_objective", "FellowshipObjective", "Learning objective", "Learning objectives",
           parent=("fellowship_id", "fellowship"), display="objective", default_sort=("sort_order", "created_at")),
    Entity("fellowship_contact", "FellowshipContact", "Follow-up contact", "Follow-up contacts",
           parent=("fellowship_id", "fellowship"), display="contact_date", date_column="contact_date",
           default_sort=("contact_date", "created_at")),
    # Reviews of the programme (schema 0023): an office's own work (headquarters owns the programme and thematic
    # reviews it commissions, an office may own its country's); team, interviews and findings follow the review.
    Entity("review", "Review", "Review", "Reviews", search_columns=("title", "terms_of_reference", "synthesis"),
           display="title", date_column="period_from", default_sort=("-period_from", "title"),
           list_columns={"country_ids": "country", "theme_ids": "thematic_area",
                         "recommendation_ids": "recommendation"}),
    Entity("review_member", "ReviewMember", "Review team member", "Review team", parent=("review_id", "review"),
           display="name", default_sort=("created_at",)),
    Entity("review_interview", "ReviewInterview", "Interview", "Interviews", parent=("review_id", "review"),
           display="organisation", date_column="interview_date", default_sort=("interview_date", "created_at")),
    Entity("review_finding", "ReviewFinding", "Review finding", "Review findings", parent=("review_id", "review"),
           display="text", search_columns=("text",), default_sort=("sort_order", "created_at")),
    # National human rights institutions (schema 0026): the work of the office of its country; GANHRI's reviews are
    # recorded by headquarters (hq_writes), concerns and regional offices follow the institution.
    Entity("institution", "Institution", "National institution", "National institutions",
           search_columns=("name", "acronym", "legal_basis", "notes"), display="name", date_column="established",
           default_sort=("name",)),
    Entity("institution_accreditation", "InstitutionAccreditation", "Accreditation review", "Accreditation reviews",
           parent=("institution_id", "institution"), display="review_date", date_column="review_date",
           default_sort=("-review_date", "created_at"), unique_together=("institution_id", "review_date"),
           hq_writes=True),
    Entity("institution_concern", "InstitutionConcern", "Paris Principles concern", "Paris Principles concerns",
           parent=("institution_id", "institution"), display="text", date_column="raised_date",
           default_sort=("raised_date", "created_at")),
    Entity("institution_office", "InstitutionOffice", "Regional office", "Regional offices",
           parent=("institution_id", "institution"), display="place", date_column="opened",
           default_sort=("place",)),
    # National action plans (schema 0025): an office's own work, owned by the office of the plan's country (recorded
    # at headquarters, by that office: services/programme/action_plans.py); its actions follow it.
    Entity("action_plan", "ActionPlan", "Action plan", "Action plans",
           search_columns=("title", "coordinating_body", "note"),
           display="title", date_column="period_start", default_sort=("-period_start", "title")),
    Entity("plan_action", "PlanAction", "Plan action", "Plan actions", parent=("plan_id", "action_plan"),
           display="text", search_columns=("text", "responsible", "indicator"), date_column="deadline",
           default_sort=("sort_order", "created_at"),
           list_columns={"recommendation_ids": "recommendation", "project_ids": "project"}),
    Entity("attachment", "Attachment", "Attachment", "Attachments", display="filename", default_sort=("filename",)),
]

BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}


def declare_all() -> None:
    """Declare every table now. The GUI calls it on its database worker once the first screen shows, so that a
    later screen never declares one on the GUI thread, nor two threads at once."""
    app.models.load_all()


def entity(name: str) -> Entity:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown record type {name!r}; known: {', '.join(BY_NAME)}") from None
