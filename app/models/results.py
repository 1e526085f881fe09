"""A project's cycle and results: dated status transitions, the results framework (objective, expected results,
indicators and their measured values), risks and evaluations."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import EvaluationKind, Priority, ProjectStatus, ResultLevel
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class ProjectTransition(SharedRecord, table=True):
    """A dated change of a project's status and who made it (recorded by FieldDesk with every status change)."""

    __tablename__ = "project_transition"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    from_status: ProjectStatus | None = Field(default=None, sa_type=ENUM_TEXT, title="From")
    to_status: ProjectStatus = Field(sa_type=ENUM_TEXT, title="To")
    transition_date: date = Field(title="Date")
    made_by: str = Field(default="", max_length=120, title="By")
    note: str = Field(default="", max_length=5000, title="Note")


class ProjectResult(SharedRecord, table=True):
    """The project's objective or one of its expected results, with the activities that serve it."""

    __tablename__ = "project_result"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    level: ResultLevel = Field(sa_type=ENUM_TEXT, default=ResultLevel.EXPECTED_RESULT, title="Level")
    code: str = Field(default="", max_length=20, title="Number")
    statement: str = Field(min_length=1, max_length=2000, title="Statement")
    training_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                    title="Activities serving it")
    mission_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Missions serving it")
    sort_order: int = Field(default=0, title="Order")


class ResultIndicator(SharedRecord, table=True):
    """How a result is measured: from a baseline to a target, by a date (the project's dates when none is given)."""

    __tablename__ = "result_indicator"

    result_id: str = Field(foreign_key="project_result.id", index=True, title="Result")
    name: str = Field(min_length=1, max_length=500, title="Indicator")
    unit: str = Field(default="", max_length=60, title="Unit")
    baseline: float = Field(default=0, title="Baseline")
    target: float = Field(title="Target")
    baseline_date: date | None = Field(default=None, title="Baseline date")
    target_date: date | None = Field(default=None, title="Target date")
    sort_order: int = Field(default=0, title="Order")

    @model_validator(mode="after")
    def _target_differs(self):
        if self.target == self.baseline:
            raise ProblemError("target", "target_is_baseline")
        check_date_order(self.baseline_date, self.target_date, end_field="target_date")
        return self


class IndicatorValue(SharedRecord, table=True):
    """The actual value of an indicator for one period (a year, a half-year...), as measured on a date."""

    __tablename__ = "indicator_value"

    indicator_id: str = Field(foreign_key="result_indicator.id", index=True, title="Indicator")
    period: str = Field(min_length=1, max_length=40, title="Period")
    measured_on: date = Field(title="Measured on")
    value: float = Field(title="Actual value")
    note: str = Field(default="", max_length=2000, title="Note")


class ProjectRisk(SharedRecord, table=True):
    __tablename__ = "project_risk"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    description: str = Field(min_length=1, max_length=2000, title="Risk")
    likelihood: Priority = Field(sa_type=ENUM_TEXT, default=Priority.MEDIUM, title="Likelihood")
    impact: Priority = Field(sa_type=ENUM_TEXT, default=Priority.MEDIUM, title="Impact")
    mitigation: str = Field(default="", max_length=2000, title="Mitigation")
    closed: bool = Field(default=False, title="No longer a risk")


class ProjectEvaluation(SharedRecord, table=True):
    """A mid-term or end-of-project evaluation: what was found and what was learnt."""

    __tablename__ = "project_evaluation"

    project_id: str = Field(foreign_key="project.id", index=True, title="Project")
    kind: EvaluationKind = Field(sa_type=ENUM_TEXT, default=EvaluationKind.END_OF_PROJECT, title="Evaluation")
    evaluation_date: date = Field(title="Date")
    evaluators: str = Field(default="", max_length=300, title="Evaluators")
    findings: str = Field(default="", max_length=20000, title="Findings")
    lessons: str = Field(default="", max_length=20000, title="Lessons learnt")
