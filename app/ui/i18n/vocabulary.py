"""The domain's closed vocabularies in the interface language.

The English labels live in ``app.models`` (Qt-free); they are repeated here inside ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` finds them, one translation context per vocabulary (a status may agree with "mission" in one
language and with "project" in another). A test checks this list against the models, so it cannot fall behind.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SOURCE_TEXTS = {
    "OfficeRole": [QT_TRANSLATE_NOOP("OfficeRole", "Field office"), QT_TRANSLATE_NOOP("OfficeRole", "Headquarters")],
    "FundingSource": [
        QT_TRANSLATE_NOOP("FundingSource", "UN regular budget"),
        QT_TRANSLATE_NOOP("FundingSource", "Voluntary Fund for Technical Cooperation"),
        QT_TRANSLATE_NOOP("FundingSource", "Other donor"),
    ],
    "ProjectStatus": [
        QT_TRANSLATE_NOOP("ProjectStatus", "Pipeline"),
        QT_TRANSLATE_NOOP("ProjectStatus", "Approved"),
        QT_TRANSLATE_NOOP("ProjectStatus", "Ongoing"),
        QT_TRANSLATE_NOOP("ProjectStatus", "Completed"),
        QT_TRANSLATE_NOOP("ProjectStatus", "Closed"),
    ],
    "MissionStatus": [
        QT_TRANSLATE_NOOP("MissionStatus", "Requested"),
        QT_TRANSLATE_NOOP("MissionStatus", "Planned"),
        QT_TRANSLATE_NOOP("MissionStatus", "In the field"),
        QT_TRANSLATE_NOOP("MissionStatus", "Report drafted"),
        QT_TRANSLATE_NOOP("MissionStatus", "Report final"),
        QT_TRANSLATE_NOOP("MissionStatus", "Closed"),
    ],
    "Sex": [
        QT_TRANSLATE_NOOP("Sex", "Female"),
        QT_TRANSLATE_NOOP("Sex", "Male"),
        QT_TRANSLATE_NOOP("Sex", "Other"),
        QT_TRANSLATE_NOOP("Sex", "Not stated"),
    ],
    "RecommendationSource": [
        QT_TRANSLATE_NOOP("RecommendationSource", "Needs assessment mission"),
        QT_TRANSLATE_NOOP("RecommendationSource", "Treaty body"),
        QT_TRANSLATE_NOOP("RecommendationSource", "Special procedure"),
        QT_TRANSLATE_NOOP("RecommendationSource", "Universal periodic review"),
        QT_TRANSLATE_NOOP("RecommendationSource", "Board of Trustees of the Voluntary Fund"),
        QT_TRANSLATE_NOOP("RecommendationSource", "National human rights institution"),
        QT_TRANSLATE_NOOP("RecommendationSource", "NGO"),
        QT_TRANSLATE_NOOP("RecommendationSource", "Other mechanism"),
    ],
    "StateResponse": [
        QT_TRANSLATE_NOOP("StateResponse", "No response recorded"),
        QT_TRANSLATE_NOOP("StateResponse", "Supported"),
        QT_TRANSLATE_NOOP("StateResponse", "Noted"),
        QT_TRANSLATE_NOOP("StateResponse", "Under consideration"),
    ],
    "FollowUpStatus": [
        QT_TRANSLATE_NOOP("FollowUpStatus", "Not started"),
        QT_TRANSLATE_NOOP("FollowUpStatus", "In progress"),
        QT_TRANSLATE_NOOP("FollowUpStatus", "Partially implemented"),
        QT_TRANSLATE_NOOP("FollowUpStatus", "Implemented"),
        QT_TRANSLATE_NOOP("FollowUpStatus", "No longer relevant"),
    ],
    "Priority": [
        QT_TRANSLATE_NOOP("Priority", "High"),
        QT_TRANSLATE_NOOP("Priority", "Medium"),
        QT_TRANSLATE_NOOP("Priority", "Low"),
    ],
    "TrainingForm": [
        QT_TRANSLATE_NOOP("TrainingForm", "Training course"),
        QT_TRANSLATE_NOOP("TrainingForm", "Workshop"),
        QT_TRANSLATE_NOOP("TrainingForm", "Seminar"),
        QT_TRANSLATE_NOOP("TrainingForm", "Fellowship"),
        QT_TRANSLATE_NOOP("TrainingForm", "Advisory service"),
        QT_TRANSLATE_NOOP("TrainingForm", "Expert consultation"),
    ],
    "ActivityStatus": [
        QT_TRANSLATE_NOOP("ActivityStatus", "Planned"),
        QT_TRANSLATE_NOOP("ActivityStatus", "Ongoing"),
        QT_TRANSLATE_NOOP("ActivityStatus", "Completed"),
        QT_TRANSLATE_NOOP("ActivityStatus", "Cancelled"),
    ],
    "RequestStatus": [
        QT_TRANSLATE_NOOP("RequestStatus", "Received"),
        QT_TRANSLATE_NOOP("RequestStatus", "Under assessment"),
        QT_TRANSLATE_NOOP("RequestStatus", "Needs assessment planned"),
        QT_TRANSLATE_NOOP("RequestStatus", "Assessed"),
        QT_TRANSLATE_NOOP("RequestStatus", "Project proposed"),
        QT_TRANSLATE_NOOP("RequestStatus", "Approved"),
        QT_TRANSLATE_NOOP("RequestStatus", "Declined"),
        QT_TRANSLATE_NOOP("RequestStatus", "Withdrawn"),
    ],
    "RequestChannel": [
        QT_TRANSLATE_NOOP("RequestChannel", "Letter from the government"),
        QT_TRANSLATE_NOOP("RequestChannel", "Note verbale from the permanent mission"),
        QT_TRANSLATE_NOOP("RequestChannel", "Through the field office"),
        QT_TRANSLATE_NOOP("RequestChannel", "Through the UN country team"),
        QT_TRANSLATE_NOOP("RequestChannel", "At a meeting or mission"),
        QT_TRANSLATE_NOOP("RequestChannel", "Other"),
    ],
    "CriterionEvaluation": [
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Country facts: in transition to democracy"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Country facts: least developed country"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Open recommendations of treaty bodies"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Open recommendations of special procedures and the periodic review"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Open recommendations of the Board of Trustees"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Views of national institutions and NGOs recorded"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "UN agencies and donors met during the needs assessment"),
        QT_TRANSLATE_NOOP("CriterionEvaluation", "Assessed by staff"),
    ],
    "ResultLevel": [
        QT_TRANSLATE_NOOP("ResultLevel", "Objective"),
        QT_TRANSLATE_NOOP("ResultLevel", "Expected result"),
    ],
    "ProgressStatus": [
        QT_TRANSLATE_NOOP("ProgressStatus", "Achieved"),
        QT_TRANSLATE_NOOP("ProgressStatus", "On track"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Off track"),
        QT_TRANSLATE_NOOP("ProgressStatus", "Not measured yet"),
    ],
    "EvaluationKind": [
        QT_TRANSLATE_NOOP("EvaluationKind", "Mid-term evaluation"),
        QT_TRANSLATE_NOOP("EvaluationKind", "End-of-project evaluation"),
    ],
    # The names seeded for the programme's reference data (headquarters may rename them; a new name shows as is).
    "ThematicArea": [
        QT_TRANSLATE_NOOP("ThematicArea", "National human rights institutions"),
        QT_TRANSLATE_NOOP("ThematicArea", "National human rights action plans"),
        QT_TRANSLATE_NOOP("ThematicArea", "Human rights education"),
        QT_TRANSLATE_NOOP("ThematicArea", "Administration of justice"),
        QT_TRANSLATE_NOOP("ThematicArea", "Constitutional and legislative reform"),
        QT_TRANSLATE_NOOP("ThematicArea", "Elections"),
        QT_TRANSLATE_NOOP("ThematicArea", "Treaty body reporting"),
        QT_TRANSLATE_NOOP("ThematicArea", "Economic, social and cultural rights and the right to development"),
        QT_TRANSLATE_NOOP("ThematicArea", "Compensation of victims"),
        QT_TRANSLATE_NOOP("ThematicArea", "Support to NGOs and civil society"),
    ],
    "PriorityCriterion": [
        QT_TRANSLATE_NOOP("PriorityCriterion", "Country in transition to democracy"),
        QT_TRANSLATE_NOOP("PriorityCriterion", "Least developed country"),
        QT_TRANSLATE_NOOP("PriorityCriterion", "Needs named by treaty bodies"),
        QT_TRANSLATE_NOOP("PriorityCriterion",
                          "Needs named by special rapporteurs, representatives and working groups"),
        QT_TRANSLATE_NOOP("PriorityCriterion", "Recommendations of the Board of Trustees"),
        QT_TRANSLATE_NOOP("PriorityCriterion", "Views of national institutions and NGOs"),
        QT_TRANSLATE_NOOP("PriorityCriterion", "Coordination with other UN bodies and donors"),
    ],
    "StakeholderType": [
        QT_TRANSLATE_NOOP("StakeholderType", "Government"),
        QT_TRANSLATE_NOOP("StakeholderType", "Parliament"),
        QT_TRANSLATE_NOOP("StakeholderType", "Judiciary"),
        QT_TRANSLATE_NOOP("StakeholderType", "Police"),
        QT_TRANSLATE_NOOP("StakeholderType", "Military"),
        QT_TRANSLATE_NOOP("StakeholderType", "Prison administration"),
        QT_TRANSLATE_NOOP("StakeholderType", "National human rights institution"),
        QT_TRANSLATE_NOOP("StakeholderType", "NGO or civil society"),
        QT_TRANSLATE_NOOP("StakeholderType", "UN agency"),
        QT_TRANSLATE_NOOP("StakeholderType", "Donor"),
        QT_TRANSLATE_NOOP("StakeholderType", "Independent expert"),
        QT_TRANSLATE_NOOP("StakeholderType", "Academia"),
        QT_TRANSLATE_NOOP("StakeholderType", "Media"),
    ],
}

REFERENCE_CONTEXT = {"thematic_area": "ThematicArea", "stakeholder_type": "StakeholderType",
                     "priority_criterion": "PriorityCriterion"}


def enum_label(enum: type[Enum], value) -> str:
    """The translated label of ``value`` (a member or its wire string); an unknown value shows as it is stored."""
    try:
        member = enum(value)
    except ValueError:
        return "" if value is None else str(value)
    return QCoreApplication.translate(enum.__name__, member.label)


def enum_choices(enum: type[Enum]) -> list[tuple[str, str]]:
    return [(m.value, QCoreApplication.translate(enum.__name__, m.label)) for m in enum]


def reference_name(table: str, english_name: str) -> str:
    context = REFERENCE_CONTEXT.get(table)
    return QCoreApplication.translate(context, english_name) if context else english_name
