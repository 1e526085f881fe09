"""After the exit: when a project closes, its sustainability is checked some months after its exit date (by default
6, 12 and 24; headquarters' rule ``sustainability_check``): is the national partner still running what it set in
motion, is there a national budget line, are the trained staff still in post. This module computes the schedule of
a project's checks, the checks due (a kind of "What is due"), and the figures the reports and the dashboard show."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.programme.due import DueItem, Rule

KIND = "sustainability_check"
TILE_MONTHS = 12  # the dashboard's tile: closed projects sustained at 12 months
CHECK_COLUMNS = ["project_id", "months_after", "check_date", "partner_running", "budget_line", "staff_in_post",
                 "evidence", "notes"]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days: 31 Aug + 6 months = 28 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def exit_of(project: dict[str, Any]) -> date | None:
    """When assistance ended: the exit date, else the end date."""
    return project.get("exit_date") or project.get("end_date")


@dataclass(frozen=True)
class Scheduled:
    months: int
    falls: date  # months after the exit
    due: date  # falls + the rule's days
    check: dict[str, Any] | None  # the check recorded for it, if any


def _rule(fd: FieldDesk) -> Rule | None:
    # imported here: a cycle (services.programme.sustainability -> services.programme.due -> ... -> services.programm...
    from app.services.programme.due import rules

    rule = rules(fd).get(KIND)
    return rule if rule and rule.enabled else None


def _closed_projects(fd: FieldDesk, ids: list[str] | None = None) -> list[dict[str, Any]]:
    filters: dict[str, Any] = {"status": ["closed"]}
    if ids is not None:
        filters["id"] = ids
    return fd.projects.matching_rows(ListQuery(filters=filters),
                                     ["owner_office", "code", "title", "country_id", "theme_ids", "national_partner",
                                      "end_date", "exit_date"])


def _checks_by_project(fd: FieldDesk, project_ids: list[str]) -> dict[str, dict[int, dict[str, Any]]]:
    out: dict[str, dict[int, dict[str, Any]]] = {}
    if not project_ids:
        return out
    rows = fd.sustainability_checks.matching_rows(ListQuery(filters={"project_id": project_ids}), CHECK_COLUMNS)
    for row in rows:
        out.setdefault(row["project_id"], {})[row["months_after"]] = row
    return out


def schedule_of(project: dict[str, Any], rule: Rule | None, checks: dict[int, dict[str, Any]]) -> list[Scheduled]:
    """The checks of a closed project: those the rule schedules, and any other recorded, by months after the exit."""
    exit_day = exit_of(project)
    if exit_day is None or rule is None:
        return []
    months = sorted(set(rule.months) | set(checks))
    return [Scheduled(m, add_months(exit_day, m), add_months(exit_day, m) + timedelta(days=rule.days), checks.get(m))
            for m in months]


def project_schedule(fd: FieldDesk, project_id: str) -> dict[str, Any]:
    """What the project editor's "After the exit" tab shows above the checks: is the project closed, its exit, and
    when each check falls (with whether it was recorded)."""
    row = fd.projects.get_row(project_id)
    closed = row["status"] == "closed"
    rule = _rule(fd)
    checks = _checks_by_project(fd, [project_id]).get(project_id, {})
    return {"closed": closed, "exit": exit_of(row), "days": rule.days if rule else None,
            "schedule": schedule_of(row, rule, checks) if closed else []}


def checks_due(fd: FieldDesk, rule: Rule) -> list[DueItem]:
    """Each scheduled check of a closed project not yet recorded, due the rule's days after it falls."""
    # imported here: a cycle (services.programme.sustainability -> services.programme.due -> ... -> services.programm...
    from app.services.programme.due import DueItem

    projects = _closed_projects(fd)
    checks = _checks_by_project(fd, [p["id"] for p in projects])
    items = []
    for p in projects:
        name = f"{p['code']} {p['title']}".strip()
        for s in schedule_of(p, rule, checks.get(p["id"], {})):
            if s.check is None and s.months in rule.months:
                items.append(DueItem(KIND, "project", p["id"], name, f"{s.months}", s.due, p["owner_office"],
                                     p["country_id"]))
    return items


def sustained_at(fd: FieldDesk, months: int = TILE_MONTHS, project_ids: list[str] | None = None,
                 today: date | None = None) -> dict[str, int]:
    """Closed projects whose check at ``months`` has fallen by ``today``: how many, how many were checked, and how
    many of those found the national partner still running it (sustained), partly or not."""
    # imported here: a cycle (services.programme.sustainability -> services.programme.due -> ... -> services.programm...
    from app.services.programme.due import today_of

    today = today or today_of(fd)
    projects = [p for p in _closed_projects(fd, project_ids)
                if exit_of(p) and add_months(exit_of(p), months) <= today]
    checks = _checks_by_project(fd, [p["id"] for p in projects])
    out = {"closed": len(projects), "checked": 0, "sustained": 0, "partly": 0, "not_sustained": 0}
    for p in projects:
        check = checks.get(p["id"], {}).get(months)
        if check:
            out["checked"] += 1
            out[check["partner_running"]] = out.get(check["partner_running"], 0) + 1
    return out


def after_exit_rows(fd: FieldDesk, project_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """For the reports: each closed project (of ``project_ids``, or all) with its exit, national partner and its
    scheduled checks, recorded or not."""
    projects = _closed_projects(fd, project_ids)
    rule = _rule(fd)
    checks = _checks_by_project(fd, [p["id"] for p in projects])
    out = []
    for p in sorted(projects, key=lambda p: (p["code"], p["title"])):
        out.append({**p, "exit": exit_of(p), "schedule": schedule_of(p, rule, checks.get(p["id"], {}))})
    return out
