"""Training activities (courses, workshops, seminars, fellowships...), the enrollment of participants in them, and
files attached to records. The participants themselves are in ``participants.py``."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.coverage import check_coverage
from app.models.enums import ActivityStatus, Scope, TrainingForm
from app.models.participants import Participant  # noqa: F401 - the table an enrollment's foreign key names
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError

MAX_ACTIVITY_DAYS = 366


class Training(SharedRecord, table=True):
    """A training activity. Its days run from start to end date; attendance is kept per day."""

    __tablename__ = "training"

    title: str = Field(min_length=1, max_length=300, title="Title")
    form: TrainingForm = Field(sa_type=ENUM_TEXT, default=TrainingForm.TRAINING_COURSE, title="Form")
    target_group_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                        title="Target groups")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Thematic areas")
    project_id: str | None = Field(default=None, foreign_key="project.id", index=True, title="Project")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    venue: str = Field(default="", max_length=300, title="Venue")
    start_date: date = Field(index=True, title="Start date")
    end_date: date = Field(title="End date")
    facilitators: str = Field(default="", max_length=2000, title="Facilitators")
    language: str = Field(default="en", max_length=16, title="Language")
    cost_usd: float = Field(default=0, ge=0, title="Cost (USD)")
    status: ActivityStatus = Field(sa_type=ENUM_TEXT, default=ActivityStatus.PLANNED, index=True, title="Status")
    description: str = Field(default="", max_length=50000, title="Description")
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
        if (self.end_date - self.start_date).days >= MAX_ACTIVITY_DAYS:
            raise ProblemError("end_date", "activity_too_long", days=MAX_ACTIVITY_DAYS)
        return self

    @model_validator(mode="after")
    def _countries_covered(self):
        check_coverage(self.scope, self.country_ids, self.region_ids)
        return self

    @property
    def day_count(self) -> int:
        return (self.end_date - self.start_date).days + 1


class Enrollment(SharedRecord, table=True):
    """A participant in an activity: attendance per day (True/False/None by day index), tests and evaluation."""

    __tablename__ = "enrollment"

    training_id: str = Field(foreign_key="training.id", index=True, title="Activity")
    participant_id: str = Field(foreign_key="participant.id", index=True, title="Participant")
    attendance: list[bool | None] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                          title="Attendance")
    pre_score: float | None = Field(default=None, ge=0, le=100, title="Pre-test score")
    post_score: float | None = Field(default=None, ge=0, le=100, title="Post-test score")
    evaluation_score: int | None = Field(default=None, ge=1, le=5, title="Evaluation (1-5)")
    certificate_issued: bool = Field(default=False, title="Certificate issued")


class Attachment(SharedRecord, table=True):
    """A file kept in the profile under its SHA-256, linked to any record."""

    __tablename__ = "attachment"

    record_table: str = Field(max_length=40, title="Record type")
    record_id: str = Field(max_length=36, index=True, title="Record")
    sha256: str = Field(min_length=64, max_length=64, index=True, title="SHA-256")
    filename: str = Field(min_length=1, max_length=255, title="File name")
    size: int = Field(ge=0, title="Size (bytes)")
    mime_type: str = Field(default="application/octet-stream", max_length=120, title="Type")
    description: str = Field(default="", max_length=2000, title="Description")
