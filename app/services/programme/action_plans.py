"""National action plans and their actions: who owns a plan, the rules an action keeps (its recommendations and
projects are of the plan's country; a deadline outside the plan's period is a warning, not a refusal), and the
questions other parts ask: which actions answer a recommendation, which recommendations some action answers, what a
plan's monitor sees (actions by status, overdue ones, the country's recommendations no action answers)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from app.models.action_plans import CLOSED_ACTION_STATES, is_overdue
from app.models.enums import ActionStatus
from app.models.validation import FieldProblem
from app.services.programme.due import DueItem, today_of
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.models.action_plans import PlanAction
    from app.services.core import FieldDesk

PLAN_COLUMNS = ["owner_office", "country_id", "title", "period_start", "period_end", "status", "coordinating_body",
                "adoption_date", "note"]
ACTION_COLUMNS = ["plan_id", "text", "responsible", "deadline", "indicator", "status", "recommendation_ids",
                  "project_ids", "sort_order"]


# ------------------------------------------------------------------------------------------------------- owner
def owner_for(fd: FieldDesk, country_id: str) -> str | None:
    """The office a plan of ``country_id`` belongs to: at headquarters the field office of that country (the first
    by code when there are several; None when it has none: headquarters'), at a field office the office itself
    (None: the usual owner). Reads inside the writer's transaction when there is one."""
    if not fd.site.is_hq:
        return None
    offices = fd.offices.matching_rows(ListQuery(filters={"country_id": country_id, "role": "field"}, sort=("code",)),
                                       ["code"])
    return offices[0]["code"] if offices else None


def create_plan(fd: FieldDesk, data: dict[str, Any]) -> str:
    """Record a plan, owned by the office of its country (``RecordService`` asks ``owner_for`` for every new plan,
    however it is made)."""
    return fd.action_plans.create(data)


# ------------------------------------------------------------------------------------------------------- rules
def same_country_problems(conn: Connection, rows: list[dict[str, Any]]) -> list[FieldProblem]:
    """An action answers recommendations of its plan's country and is supported by projects working there
    (called by ``rules.check_batch`` for every write of an action)."""
    plans = BY_NAME["action_plan"].table
    plan_ids = {r["plan_id"] for r in rows if r.get("plan_id")}
    country_of = dict(conn.execute(select(plans.c.id, plans.c.country_id).where(plans.c.id.in_(plan_ids))).all())
    rec_ids = {i for r in rows for i in (r.get("recommendation_ids") or [])}
    project_ids = {i for r in rows for i in (r.get("project_ids") or [])}
    recs = BY_NAME["recommendation"].table
    rec_country = dict(conn.execute(select(recs.c.id, recs.c.country_id).where(recs.c.id.in_(rec_ids))).all()) \
        if rec_ids else {}
    projects = BY_NAME["project"].table
    project_countries: dict[str, set[str]] = {}
    if project_ids:
        for pid, country, listed in conn.execute(select(projects.c.id, projects.c.country_id, projects.c.country_ids)
                                                 .where(projects.c.id.in_(project_ids))):
            project_countries[pid] = {country, *(listed or [])}
    found: list[FieldProblem] = []
    for row in rows:
        country = country_of.get(row.get("plan_id"))
        if country is None:
            continue
        for rid in row.get("recommendation_ids") or []:
            if rid in rec_country and rec_country[rid] != country:
                found.append(FieldProblem("recommendation_ids", problem("plan_other_country_recommendation", id=rid)))
        for pid in row.get("project_ids") or []:
            if pid in project_countries and country not in project_countries[pid]:
                found.append(FieldProblem("project_ids", problem("plan_other_country_project", id=pid)))
    return found


def projects_for_country(fd: FieldDesk, country_id: str) -> list[dict[str, Any]]:
    """The live projects an action of a plan of ``country_id`` may name (``same_country_problems`` accepts them):
    those held there and those that list it among the countries they cover, whatever their scope; by code."""
    from sqlalchemy import String, cast, or_

    projects = BY_NAME["project"].table
    listed = cast(projects.c.country_ids, String).contains(f'"{country_id}"')  # JSON text of UUIDs on both engines
    stmt = (select(projects.c.id, projects.c.code, projects.c.title)
            .where(projects.c.deleted == False, or_(projects.c.country_id == country_id, listed))  # noqa: E712
            .order_by(projects.c.code))
    with fd.reading() as c:
        return [dict(row) for row in c.execute(stmt).mappings()]


def plan_country_problems(conn: Connection, rows: list[dict[str, Any]]) -> list[FieldProblem]:
    """A plan's country changes only while none of its actions answers another country's recommendation."""
    actions, recs = BY_NAME["plan_action"].table, BY_NAME["recommendation"].table
    found: list[FieldProblem] = []
    for row in rows:
        if not row.get("id") or not row.get("country_id"):
            continue
        listed = conn.execute(select(actions.c.recommendation_ids).where(
            actions.c.plan_id == row["id"], actions.c.deleted == False)).scalars().all()  # noqa: E712
        ids = {i for ids in listed for i in (ids or [])}
        if ids and conn.execute(select(recs.c.id).where(recs.c.id.in_(ids), recs.c.country_id != row["country_id"])
                                .limit(1)).first() is not None:
            found.append(FieldProblem("country_id", problem("plan_country_has_actions")))
    return found


def action_warnings(plan: dict[str, Any], action: dict[str, Any]) -> list[ProblemText]:
    """What a monitor should look at again, without refusing the action: a deadline outside the plan's period."""
    deadline = action.get("deadline")
    if deadline is None:
        return []
    if deadline < plan["period_start"]:
        return [problem("deadline_before_plan", date=deadline.isoformat(), start=plan["period_start"].isoformat())]
    if plan.get("period_end") and deadline > plan["period_end"]:
        return [problem("deadline_after_plan", date=deadline.isoformat(), end=plan["period_end"].isoformat())]
    return []


def add_action(fd: FieldDesk, plan_id: str, data: dict[str, Any]) -> tuple[str, list[ProblemText]]:
    """Record an action at the end of the plan's list; returns its id and the warnings it raises."""
    with fd.writing():
        plan = fd.action_plans.get_row(plan_id)
        order = next_order(fd, plan_id)
        action_id = fd.plan_actions.create({"sort_order": order, **data, "plan_id": plan_id})
        return action_id, action_warnings(plan, fd.plan_actions.get_row(action_id))


# ------------------------------------------------------------------------------------------------------- reads
def next_order(fd: FieldDesk, plan_id: str) -> int:
    """The position after the plan's last live action (a count would repeat one once an action is deleted)."""
    return max((a["sort_order"] or 0 for a in plan_actions(fd, plan_id)), default=-1) + 1


def plan_actions(fd: FieldDesk, plan_id: str) -> list[dict[str, Any]]:
    return fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan_id}), ACTION_COLUMNS)


def actions_answering(session: FieldDesk, recommendation_id: str) -> list[PlanAction]:
    """The live actions (of live plans) that answer ``recommendation_id``, in their plan's order."""
    fd = session
    ids = fd.plan_actions.ids(ListQuery(filters={"recommendation_ids": recommendation_id}))
    actions = [fd.plan_actions.get(i) for i in ids]
    live_plans = set(fd.action_plans.ids(ListQuery(filters={"id": sorted({a.plan_id for a in actions})}))) \
        if actions else set()
    return [a for a in actions if a.plan_id in live_plans]


def recommendation_ids_with_actions(session: FieldDesk, country_id: str | None = None) -> set[str]:
    """The recommendations some live action of a live plan answers (of plans of ``country_id`` when given)."""
    fd = session
    filters: dict[str, Any] = {"country_id": country_id} if country_id else {}
    plan_ids = fd.action_plans.ids(ListQuery(filters=filters))
    if not plan_ids:
        return set()
    rows = fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan_ids}), ["recommendation_ids"])
    return {rid for r in rows for rid in (r["recommendation_ids"] or [])}


def actions_by_recommendation(fd: FieldDesk, country_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """recommendation id -> the actions answering it (with their plan's title), for the implementation matrix."""
    filters: dict[str, Any] = {"country_id": country_id} if country_id else {}
    plans = {p["id"]: p for p in fd.action_plans.matching_rows(ListQuery(filters=filters), ["title"])}
    out: dict[str, list[dict[str, Any]]] = {}
    if not plans:
        return out
    for row in fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": list(plans)}), ACTION_COLUMNS):
        for rid in row["recommendation_ids"] or []:
            out.setdefault(rid, []).append({**row, "plan_title": plans[row["plan_id"]]["title"]})
    return out


def actions_due(fd: FieldDesk, days: int) -> list[DueItem]:
    """What is due (``services/programme/due.py``, rule ``plan_action``): each action of a live plan with a deadline,
    neither done nor dropped, due ``days`` after its deadline; it opens on its plan's Actions tab."""
    plans = {p["id"]: p for p in fd.action_plans.matching_rows(ListQuery(), ["title", "country_id", "owner_office"])}
    if not plans:
        return []
    open_states = [s.value for s in ActionStatus if s.value not in CLOSED_ACTION_STATES]
    rows = fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": list(plans), "status": open_states}),
                                         ["plan_id", "text", "deadline"])
    return [DueItem("plan_action", "action_plan", r["plan_id"], r["text"], plans[r["plan_id"]]["title"],
                    r["deadline"] + timedelta(days=days), plans[r["plan_id"]]["owner_office"],
                    plans[r["plan_id"]]["country_id"], part_id=r["id"]) for r in rows if r["deadline"]]


@dataclass
class PlanMonitor:
    """What ``fielddesk report plan`` shows: the plan, its actions by status, the overdue ones and the country's
    recommendations that no action of any plan answers."""

    plan: dict[str, Any]
    actions: list[dict[str, Any]]
    today: date
    by_status: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    overdue: list[dict[str, Any]] = field(default_factory=list)
    unanswered: list[dict[str, Any]] = field(default_factory=list)
    recommendations: int = 0  # recorded for the plan's country

def monitor(fd: FieldDesk, plan_id: str, today: date | None = None) -> PlanMonitor:
    plan = fd.action_plans.get_row(plan_id)
    day = today or today_of(fd)
    actions = plan_actions(fd, plan_id)
    result = PlanMonitor(plan, actions, day)
    for status in ActionStatus:
        result.by_status[status.value] = [a for a in actions if a["status"] == status.value]
    result.overdue = sorted((a for a in actions if is_overdue(a, day)), key=lambda a: a["deadline"])
    answered = recommendation_ids_with_actions(fd, plan["country_id"])
    recs = fd.recommendations.matching_rows(ListQuery(filters={"country_id": plan["country_id"]}),
                                            ["text", "document_symbol", "paragraph", "status", "issued_date"])
    result.unanswered = [r for r in recs if r["id"] not in answered]
    result.recommendations = len(recs)
    return result


def fill_overdue(fd: FieldDesk, rows: list[dict[str, Any]]) -> None:
    """Each plan row's number of overdue actions under "overdue" (the Plans list's column; computed, not stored)."""
    day, counts = today_of(fd), Counter()
    if rows:
        for action in fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": [r["id"] for r in rows]}),
                                                    ["plan_id", "deadline", "status"]):
            counts[action["plan_id"]] += is_overdue(action, day)
    for row in rows:
        row["overdue"] = counts[row["id"]]
