"""National human rights action plans: a country's plan (title, period, status, the body that coordinates it, when it
was adopted) and its actions (what is to be done, by which institution, by when, the indicator that shows it done,
its status, the recommendations it answers and the projects of the programme that support it).

A plan is an office's own work (``OFFICE`` governance), owned by the office of its country (recorded at headquarters
for a country with an office, it is that office's: ``app.services.programme.action_plans.owner_for``); its actions
follow it. An action whose deadline has passed and that is neither done nor dropped is *overdue*: computed, never
stored."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import ActionStatus, PlanStatus
from app.models.validation import check_date_order

# An action in these states is finished with: never overdue.
CLOSED_ACTION_STATES = frozenset({ActionStatus.DONE.value, ActionStatus.DROPPED.value})


class ActionPlan(SharedRecord, table=True):
    __tablename__ = "action_plan"

    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    title: str = Field(min_length=1, max_length=300, title="Title")
    period_start: date = Field(title="Period from")
    period_end: date | None = Field(default=None, title="Period to")
    status: PlanStatus = Field(sa_type=ENUM_TEXT, default=PlanStatus.DRAFTING, index=True, title="Status")
    coordinating_body: str = Field(default="", max_length=300, title="Coordinating body")
    adoption_date: date | None = Field(default=None, title="Adopted on")
    note: str = Field(default="", max_length=20000, title="Note")

    @model_validator(mode="after")
    def _period_in_order(self):
        check_date_order(self.period_start, self.period_end, end_field="period_end")
        return self


class PlanAction(SharedRecord, table=True):
    __tablename__ = "plan_action"

    plan_id: str = Field(foreign_key="action_plan.id", index=True, title="Action plan")
    text: str = Field(min_length=1, max_length=5000, title="Action")
    responsible: str = Field(default="", max_length=300, title="Responsible institution")
    deadline: date | None = Field(default=None, title="Deadline")
    indicator: str = Field(default="", max_length=1000, title="Indicator")
    status: ActionStatus = Field(sa_type=ENUM_TEXT, default=ActionStatus.NOT_STARTED, index=True, title="Status")
    recommendation_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                          title="Recommendations it answers")
    project_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                   title="Projects that support it")
    sort_order: int = Field(default=0, title="Order")


def is_overdue(action: dict | PlanAction, today: date) -> bool:
    """Past its deadline and neither done nor dropped."""
    get = action.get if isinstance(action, dict) else lambda k: getattr(action, k)
    deadline, status = get("deadline"), get("status")
    return deadline is not None and deadline < today and str(status) not in CLOSED_ACTION_STATES
