"""The domain model: SQLModel tables, enums and validation. No Qt here (a test enforces it).

Names load on first use (PEP 562): importing a light module of this package (validation, enums) does not import
SQLModel and every table. ``load_all()`` imports every table module, for whoever needs the whole metadata
(migrations, copying a database).
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "AccessEvent": "app.models.privacy",
    "StateResponse": "app.models.enums",
    "AffectedGroup": "app.models.mechanisms",
    "SdgTarget": "app.models.mechanisms",
    "UprCycle": "app.models.mechanisms",
    "TreatyBody": "app.models.mechanisms",
    "ActivityStatus": "app.models.enums",
    "AppliesLearning": "app.models.enums",
    "ContactChannel": "app.models.enums",
    "Fellowship": "app.models.fellowship",
    "FellowshipContact": "app.models.fellowship",
    "FellowshipObjective": "app.models.fellowship",
    "FellowshipStatus": "app.models.enums",
    "ObjectiveMet": "app.models.enums",
    "AssistanceRequest": "app.models.requests",
    "Attachment": "app.models.training",
    "BundleRecord": "app.models.sync",
    "ChangeLog": "app.models.local",
    "ClockState": "app.models.local",
    "Country": "app.models.reference",
    "DueRule": "app.models.due",
    "RetentionRule": "app.models.retention",
    "CountryProfile": "app.models.requests",
    "CriterionEvaluation": "app.models.enums",
    "Enrollment": "app.models.training",
    # The Voluntary Fund (fund22)
    "ContributionStatus": "app.models.enums",
    "DonorKind": "app.models.enums",
    "EarmarkKind": "app.models.enums",
    "FundRegion": "app.models.enums",
    "Donor": "app.models.fund",
    "Contribution": "app.models.fund",
    "ExchangeRate": "app.models.fund",
    "FundAllocation": "app.models.fund",
    "Erasure": "app.models.privacy",
    "ErasureAck": "app.models.privacy",
    "EvaluationKind": "app.models.enums",
    "Expert": "app.models.programme",
    "FieldProblem": "app.models.validation",
    "FollowUpNote": "app.models.missions",
    "FollowUpStatus": "app.models.enums",
    "FundingSource": "app.models.enums",
    "HeldChange": "app.models.sync",
    "IndicatorValue": "app.models.results",
    "LocalSetting": "app.models.local_setting",
    "Mission": "app.models.missions",
    "MissionFinding": "app.models.missions",
    "MissionMember": "app.models.missions",
    "MissionStatus": "app.models.enums",
    "Office": "app.models.reference",
    "OfficeRole": "app.models.enums",
    "PROGRAMME_OWNER": "app.models.base",
    "Participant": "app.models.participants",
    "ParticipantDistinct": "app.models.participants",
    "Priority": "app.models.enums",
    "PriorityCriterion": "app.models.requests",
    "ProgressStatus": "app.models.enums",
    "GrantAward": "app.models.grants",
    "GrantReport": "app.models.grants",
    "GrantReportKind": "app.models.enums",
    "GrantStatus": "app.models.enums",
    "GrantTranche": "app.models.grants",
    "GrantTransition": "app.models.grants",
    "GranteeKind": "app.models.enums",
    "Project": "app.models.programme",
    "ProjectBudget": "app.models.programme",
    "ProjectEvaluation": "app.models.results",
    "ProjectResult": "app.models.results",
    "ProjectRisk": "app.models.results",
    "ProjectStatus": "app.models.enums",
    "ProjectTransition": "app.models.results",
    "SustainabilityCheck": "app.models.sustainability",
    "BoardAdoption": "app.models.board",
    "BoardDecision": "app.models.board",
    "BoardDecisionKind": "app.models.board",
    "BoardMember": "app.models.board",
    "BoardRole": "app.models.board",
    "BoardSession": "app.models.board",
    "SustainedLevel": "app.models.enums",
    "Recommendation": "app.models.missions",
    "Review": "app.models.reviews",
    "ReviewFinding": "app.models.reviews",
    "ReviewInterview": "app.models.reviews",
    "ReviewKind": "app.models.enums",
    "ReviewMember": "app.models.reviews",
    "ReviewStatus": "app.models.enums",
    "RecommendationSource": "app.models.enums",
    "RequestChannel": "app.models.enums",
    "RequestScore": "app.models.requests",
    "RequestStatus": "app.models.enums",
    "RequestTransition": "app.models.requests",
    "ResultIndicator": "app.models.results",
    "ResultLevel": "app.models.enums",
    "SYSTEM_FIELDS": "app.models.base",
    "Sex": "app.models.enums",
    "SharedRecord": "app.models.base",
    "StakeholderMeeting": "app.models.missions",
    "StakeholderType": "app.models.reference",
    "SyncConflict": "app.models.sync",
    "SyncLostChange": "app.models.sync",
    "SyncInbound": "app.models.sync",
    "SyncOutbound": "app.models.sync",
    "SyncPeer": "app.models.sync",
    "SyncRefusal": "app.models.sync",
    "ThematicArea": "app.models.reference",
    "Training": "app.models.training",
    "TrainingForm": "app.models.enums",
    "ValidationFailed": "app.models.validation",
    # coordination register
    "Partner": "app.models.coordination",
    "PartnerActivity": "app.models.coordination",
    "PartnerKind": "app.models.enums",
    "PlanStage": "app.models.enums",
    # Several countries (schema 0024)
    "Region": "app.models.regions",
    "Scope": "app.models.enums",
    # National human rights institutions (schema 0026)
    "AccreditationStatus": "app.models.institutions",
    "Institution": "app.models.institutions",
    "InstitutionAccreditation": "app.models.institutions",
    "InstitutionConcern": "app.models.institutions",
    "InstitutionOffice": "app.models.institutions",
    "InstitutionType": "app.models.institutions",
    # National action plans (schema 0025)
    "ActionPlan": "app.models.action_plans",
    "PlanAction": "app.models.action_plans",
    "PlanStatus": "app.models.enums",
    "ActionStatus": "app.models.enums",
}

TABLE_MODULES = ("app.models.action_plans", "app.models.board", "app.models.coordination", "app.models.due",
                 "app.models.fellowship", "app.models.fund", "app.models.grants", "app.models.institutions",
                 "app.models.local", "app.models.local_setting", "app.models.mechanisms", "app.models.missions",
                 "app.models.participants", "app.models.privacy", "app.models.programme", "app.models.reference",
                 "app.models.regions", "app.models.requests", "app.models.results", "app.models.retention",
                 "app.models.reviews", "app.models.sustainability", "app.models.sync", "app.models.training")


__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'app.models' has no attribute {name!r}")


def load_all() -> None:
    """Import every table module, so SQLModel.metadata knows every table."""
    for module in TABLE_MODULES:
        import_module(module)
