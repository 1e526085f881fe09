"""Closed vocabularies of the domain. Values are stable wire strings (stored, synced, exported); labels are English
source text that the GUI and reports translate."""

from __future__ import annotations

from enum import Enum


class LabelledEnum(str, Enum):
    """A str enum whose members carry an English label: ``Member = ("value", "Label")``."""

    label: str

    def __new__(cls, value: str, label: str | None = None):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value.replace("_", " ").capitalize()
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class OfficeRole(LabelledEnum):
    FIELD = ("field", "Field office")
    HQ = ("hq", "Headquarters")


class FundingSource(LabelledEnum):
    REGULAR_BUDGET = ("regular_budget", "UN regular budget")
    VOLUNTARY_FUND = ("voluntary_fund", "Voluntary Fund for Technical Cooperation")
    OTHER_DONOR = ("other_donor", "Other donor")


class ProjectStatus(LabelledEnum):
    PIPELINE = ("pipeline", "Pipeline")
    APPROVED = ("approved", "Approved")
    ONGOING = ("ongoing", "Ongoing")
    COMPLETED = ("completed", "Completed")
    CLOSED = ("closed", "Closed")


class MissionStatus(LabelledEnum):
    REQUESTED = ("requested", "Requested")
    PLANNED = ("planned", "Planned")
    IN_THE_FIELD = ("in_the_field", "In the field")
    REPORT_DRAFTED = ("report_drafted", "Report drafted")
    REPORT_FINAL = ("report_final", "Report final")
    CLOSED = ("closed", "Closed")


class Sex(LabelledEnum):
    FEMALE = ("female", "Female")
    MALE = ("male", "Male")
    OTHER = ("other", "Other")
    NOT_STATED = ("not_stated", "Not stated")


class RecommendationSource(LabelledEnum):
    NEEDS_ASSESSMENT = ("needs_assessment", "Needs assessment mission")
    TREATY_BODY = ("treaty_body", "Treaty body")
    SPECIAL_PROCEDURE = ("special_procedure", "Special procedure")
    UPR = ("upr", "Universal periodic review")
    BOARD_OF_TRUSTEES = ("board_of_trustees", "Board of Trustees of the Voluntary Fund")
    NATIONAL_INSTITUTION = ("national_institution", "National human rights institution")
    NGO = ("ngo", "NGO")
    OTHER = ("other", "Other mechanism")
    REVIEW = ("review", "Review of the programme")


class StateResponse(LabelledEnum):
    """The state's position on a recommendation (the UPR's terms; treaty bodies' recommendations are not answered)."""

    NOT_RECORDED = ("not_recorded", "No response recorded")
    SUPPORTED = ("supported", "Supported")
    NOTED = ("noted", "Noted")
    UNDER_CONSIDERATION = ("under_consideration", "Under consideration")


class FollowUpStatus(LabelledEnum):
    NOT_STARTED = ("not_started", "Not started")
    IN_PROGRESS = ("in_progress", "In progress")
    PARTIALLY_IMPLEMENTED = ("partially_implemented", "Partially implemented")
    IMPLEMENTED = ("implemented", "Implemented")
    NO_LONGER_RELEVANT = ("no_longer_relevant", "No longer relevant")


class Priority(LabelledEnum):
    HIGH = ("high", "High")
    MEDIUM = ("medium", "Medium")
    LOW = ("low", "Low")


class TrainingForm(LabelledEnum):
    TRAINING_COURSE = ("training_course", "Training course")
    WORKSHOP = ("workshop", "Workshop")
    SEMINAR = ("seminar", "Seminar")
    FELLOWSHIP = ("fellowship", "Fellowship")
    ADVISORY_SERVICE = ("advisory_service", "Advisory service")
    EXPERT_CONSULTATION = ("expert_consultation", "Expert consultation")


class FellowshipStatus(LabelledEnum):
    """A fellowship of the Human Rights Fellowship Programme, from selection to its end."""
    SELECTED = ("selected", "Selected")
    IN_PLACEMENT = ("in_placement", "In placement")
    COMPLETED = ("completed", "Completed")
    WITHDRAWN = ("withdrawn", "Withdrawn")


class ObjectiveMet(LabelledEnum):
    NOT_ASSESSED = ("not_assessed", "Not assessed yet")
    YES = ("yes", "Met")
    PARTLY = ("partly", "Partly met")
    NO = ("no", "Not met")


class ContactChannel(LabelledEnum):
    IN_PERSON = ("in_person", "In person")
    PHONE = ("phone", "Telephone")
    EMAIL = ("email", "E-mail")
    VIDEO = ("video", "Video call")
    OTHER = ("other", "Other")


class AppliesLearning(LabelledEnum):
    """Does a former fellow apply what they learned in their work?"""
    YES = ("yes", "Yes")
    PARTLY = ("partly", "Partly")
    NO = ("no", "No")
    UNKNOWN = ("unknown", "Not known")


class ActivityStatus(LabelledEnum):
    PLANNED = ("planned", "Planned")
    ONGOING = ("ongoing", "Ongoing")
    COMPLETED = ("completed", "Completed")
    CANCELLED = ("cancelled", "Cancelled")


class RequestStatus(LabelledEnum):
    RECEIVED = ("received", "Received")
    UNDER_ASSESSMENT = ("under_assessment", "Under assessment")
    NEEDS_ASSESSMENT_PLANNED = ("needs_assessment_planned", "Needs assessment planned")
    ASSESSED = ("assessed", "Assessed")
    PROJECT_PROPOSED = ("project_proposed", "Project proposed")
    APPROVED = ("approved", "Approved")
    DECLINED = ("declined", "Declined")
    WITHDRAWN = ("withdrawn", "Withdrawn")


# A decided request gives its reasons (a rule of the model, and of the status transitions).
DECIDED_REQUEST = (RequestStatus.APPROVED, RequestStatus.DECLINED)


class RequestChannel(LabelledEnum):
    LETTER = ("letter", "Letter from the government")
    NOTE_VERBALE = ("note_verbale", "Note verbale from the permanent mission")
    FIELD_OFFICE = ("field_office", "Through the field office")
    UN_COUNTRY_TEAM = ("un_country_team", "Through the UN country team")
    MEETING = ("meeting", "At a meeting or mission")
    OTHER = ("other", "Other")


class CriterionEvaluation(LabelledEnum):
    """How a priority criterion is evaluated: from recorded facts (which the score shows as evidence) or by staff."""

    COUNTRY_IN_TRANSITION = ("country_in_transition", "Country facts: in transition to democracy")
    LEAST_DEVELOPED = ("least_developed", "Country facts: least developed country")
    TREATY_BODY_RECOMMENDATIONS = ("treaty_body_recommendations", "Open recommendations of treaty bodies")
    SPECIAL_PROCEDURE_RECOMMENDATIONS = ("special_procedure_recommendations",
                                         "Open recommendations of special procedures and the periodic review")
    BOARD_OF_TRUSTEES_RECOMMENDATIONS = ("board_of_trustees_recommendations",
                                         "Open recommendations of the Board of Trustees")
    NATIONAL_VIEWS = ("national_views", "Views of national institutions and NGOs recorded")
    COORDINATION = ("coordination", "UN agencies and donors met in the needs assessment, and their work in the "
                                    "coordination register")
    MANUAL = ("manual", "Assessed by staff")


class Scope(LabelledEnum):
    """How many countries a mission, activity or project covers (schema 0024). National is one country, the
    record's ``country_id``; regional and interregional list theirs; a global one is counted under no country."""

    NATIONAL = ("national", "National")
    REGIONAL = ("regional", "Regional")
    INTERREGIONAL = ("interregional", "Interregional")
    GLOBAL = ("global", "Global")


class ResultLevel(LabelledEnum):
    OBJECTIVE = ("objective", "Objective")
    EXPECTED_RESULT = ("expected_result", "Expected result")


class ProgressStatus(LabelledEnum):
    """Where an indicator stands (computed from its measurements, never stored)."""

    ACHIEVED = ("achieved", "Achieved")
    ON_TRACK = ("on_track", "On track")
    OFF_TRACK = ("off_track", "Off track")
    NOT_MEASURED = ("not_measured", "Not measured yet")


class SustainedLevel(LabelledEnum):
    """After a project's exit: is the national partner still running what it set in motion?"""
    SUSTAINED = ("sustained", "Sustained")
    PARTLY = ("partly", "Partly sustained")
    NOT_SUSTAINED = ("not_sustained", "Not sustained")


class GrantStatus(LabelledEnum):
    """A grant's life: proposed, approved, active (money flowing), closed; or cancelled before it ends."""
    PROPOSED = ("proposed", "Proposed")
    APPROVED = ("approved", "Approved")
    ACTIVE = ("active", "Active")
    CLOSED = ("closed", "Closed")
    CANCELLED = ("cancelled", "Cancelled")


class GranteeKind(LabelledEnum):
    NGO = ("ngo", "Non-governmental organisation")
    NHRI = ("nhri", "National human rights institution")
    OTHER = ("other", "Other")


class GrantReportKind(LabelledEnum):
    NARRATIVE = ("narrative", "Narrative report")
    FINANCIAL = ("financial", "Financial report")
class ReviewKind(LabelledEnum):
    PROGRAMME = ("programme", "Programme review")
    COUNTRY = ("country", "Country review")
    THEMATIC = ("thematic", "Thematic review")


class ReviewStatus(LabelledEnum):
    PLANNED = ("planned", "Planned")
    IN_PROGRESS = ("in_progress", "In progress")
    FINAL = ("final", "Final")


class EvaluationKind(LabelledEnum):
    MID_TERM = ("mid_term", "Mid-term evaluation")
    END_OF_PROJECT = ("end_of_project", "End-of-project evaluation")


class PartnerKind(LabelledEnum):
    """Who a partner in the coordination register is."""
    UN_AGENCY = ("un_agency", "UN agency")
    DONOR = ("donor", "Donor")
    NGO = ("ngo", "NGO")
    GOVERNMENT = ("government", "Government body")
    NHRI = ("nhri", "National human rights institution")
    OTHER = ("other", "Other")


class PlanStage(LabelledEnum):
    """A partner's activity: running now (or done), or planned."""
    EXISTING = ("existing", "Existing")
    PLANNED = ("planned", "Planned")
# --- The Voluntary Fund (issue 22, fund22) -----------------------------------------------------------------------
class DonorKind(LabelledEnum):
    GOVERNMENT = ("government", "Government")
    INTERGOVERNMENTAL = ("intergovernmental", "Intergovernmental organization")
    PRIVATE = ("private", "Private donor")


class ContributionStatus(LabelledEnum):
    PLEDGED = ("pledged", "Pledged")
    RECEIVED = ("received", "Received")


class EarmarkKind(LabelledEnum):
    NONE = ("none", "Not earmarked")
    THEME = ("theme", "Earmarked to a theme")
    REGION = ("region", "Earmarked to a region")
    COUNTRY = ("country", "Earmarked to a country")


class FundRegion(LabelledEnum):
    """The regions a contribution may be earmarked to (the Office's regional sections)."""
    AFRICA = ("africa", "Africa")
    AMERICAS = ("americas", "Americas")
    ASIA_PACIFIC = ("asia_pacific", "Asia and the Pacific")
    EUROPE_CENTRAL_ASIA = ("europe_central_asia", "Europe and Central Asia")
    MIDDLE_EAST_NORTH_AFRICA = ("middle_east_north_africa", "Middle East and North Africa")


# National action plans (plans21, schema 0025)
class PlanStatus(LabelledEnum):
    DRAFTING = ("drafting", "Drafting")
    ADOPTED = ("adopted", "Adopted")
    BEING_IMPLEMENTED = ("being_implemented", "Being implemented")
    EVALUATED = ("evaluated", "Evaluated")


class ActionStatus(LabelledEnum):
    NOT_STARTED = ("not_started", "Not started")
    IN_PROGRESS = ("in_progress", "In progress")
    DONE = ("done", "Done")
    DELAYED = ("delayed", "Delayed")
    DROPPED = ("dropped", "Dropped")
