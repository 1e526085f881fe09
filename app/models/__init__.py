"""The domain model: SQLModel tables, enums and validation. No Qt here (a test enforces it)."""

from app.models.base import PROGRAMME_OWNER, SYSTEM_FIELDS, SharedRecord
from app.models.enums import (
    ActivityStatus,
    FollowUpStatus,
    FundingSource,
    MissionStatus,
    OfficeRole,
    Priority,
    ProjectStatus,
    RecommendationSource,
    Sex,
    TrainingForm,
)
from app.models.local import ChangeLog, ClockState, LocalSetting
from app.models.missions import FollowUpNote, Mission, MissionFinding, MissionMember, Recommendation, StakeholderMeeting
from app.models.programme import Expert, Project, ProjectBudget
from app.models.reference import Country, Office, StakeholderType, ThematicArea
from app.models.sync import BundleRecord, HeldChange, SyncConflict, SyncInbound, SyncOutbound, SyncPeer
from app.models.training import Attachment, Enrollment, Participant, Training
from app.models.validation import FieldProblem, ValidationFailed

__all__ = [
    "PROGRAMME_OWNER",
    "SYSTEM_FIELDS",
    "ActivityStatus",
    "Attachment",
    "BundleRecord",
    "HeldChange",
    "SyncConflict",
    "SyncInbound",
    "SyncOutbound",
    "SyncPeer",
    "ChangeLog",
    "ClockState",
    "Country",
    "Enrollment",
    "Expert",
    "FieldProblem",
    "FollowUpNote",
    "FollowUpStatus",
    "FundingSource",
    "LocalSetting",
    "Mission",
    "MissionFinding",
    "MissionMember",
    "MissionStatus",
    "Office",
    "OfficeRole",
    "Participant",
    "Priority",
    "Project",
    "ProjectBudget",
    "ProjectStatus",
    "Recommendation",
    "RecommendationSource",
    "Sex",
    "SharedRecord",
    "StakeholderMeeting",
    "StakeholderType",
    "ThematicArea",
    "Training",
    "TrainingForm",
    "ValidationFailed",
]
