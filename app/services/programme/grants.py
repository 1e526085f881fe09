"""Grants (a form of assistance): what is paid and owed on each grant, what is overdue, and the lists the Grants page,
the report and "What is due" read.

A tranche is overdue when it is not paid after its due date; a report when it is not received after its due date.
Only approved and active grants owe anything (a proposed grant has not been agreed; a closed or cancelled one is
over). "What is due" adds headquarters' days of grace (``due_rule`` ``grant_tranche`` and ``grant_report``, 0 by
default). A grant belongs to the office that manages its project, so an office sees its own grants' items and
headquarters every office's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.programme.due import DueItem, Rule

OWING = ("approved", "active")  # the statuses of a grant whose tranches and reports fall due
GRANT_COLUMNS = ["owner_office", "project_id", "grantee_name", "grantee_kind", "grantee_country_id", "amount",
                 "currency", "purpose", "start_date", "end_date", "status", "contact"]
TRANCHE_COLUMNS = ["grant_id", "number", "amount", "due_date", "paid", "paid_date", "note"]
REPORT_COLUMNS = ["grant_id", "kind", "due_date", "received_date", "accepted_date", "note"]


@dataclass(frozen=True)
class Overdue:
    what: str  # "tranche" or "report"
    record_id: str
    label: str  # the tranche's number, or the report's kind (narrative, financial)
    due: date
    days_late: int


def _today(fd: FieldDesk) -> date:
    # imported here: a cycle (services.programme.grants -> services.programme.due -> services.programme.grants)
    from app.services.programme.due import today_of

    return today_of(fd)


def tranche_overdue(tranche: dict[str, Any], today: date, grace: int = 0) -> bool:
    return not tranche["paid"] and tranche["due_date"] + timedelta(days=grace) < today


def report_overdue(report: dict[str, Any], today: date, grace: int = 0) -> bool:
    return report["received_date"] is None and report["due_date"] + timedelta(days=grace) < today


def _parts(fd: FieldDesk, grant_ids: list[str]) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    tranches: dict[str, list[dict]] = {g: [] for g in grant_ids}
    reports: dict[str, list[dict]] = {g: [] for g in grant_ids}
    if grant_ids:
        for t in fd.grant_tranches.matching_rows(ListQuery(filters={"grant_id": grant_ids}, sort=("number",)),
                                                 TRANCHE_COLUMNS):
            tranches[t["grant_id"]].append(t)
        for r in fd.grant_reports.matching_rows(ListQuery(filters={"grant_id": grant_ids}, sort=("due_date",)),
                                                REPORT_COLUMNS):
            reports[r["grant_id"]].append(r)
    return tranches, reports


def overdue_of(grant: dict[str, Any], tranches: list[dict], reports: list[dict], today: date) -> list[Overdue]:
    """What is overdue on a grant, oldest first (nothing when the grant owes nothing: proposed, closed, cancelled)."""
    if grant["status"] not in OWING:
        return []
    out = [Overdue("tranche", t["id"], str(t["number"]), t["due_date"], (today - t["due_date"]).days)
           for t in tranches if tranche_overdue(t, today)]
    out += [Overdue("report", r["id"], str(r["kind"]), r["due_date"], (today - r["due_date"]).days)
            for r in reports if report_overdue(r, today)]
    return sorted(out, key=lambda o: (o.due, o.what, o.label))


def summarise(grant: dict[str, Any], tranches: list[dict], reports: list[dict], today: date) -> dict[str, Any]:
    """A grant with its figures: tranches' total and what was paid, whether the tranches add up to the amount, and
    what is overdue."""
    scheduled = round(sum(t["amount"] for t in tranches), 2)
    paid = round(sum(t["amount"] for t in tranches if t["paid"]), 2)
    return {**grant, "tranches": tranches, "reports": reports, "scheduled": scheduled, "paid_amount": paid,
            "sum_differs": bool(tranches) and abs(scheduled - grant["amount"]) >= 0.005,
            "overdue": overdue_of(grant, tranches, reports, today)}


def grant_overview(fd: FieldDesk, grant_id: str) -> dict[str, Any]:
    """One grant as its editor shows it above the tranches and reports."""
    grant = fd.grants.get_row(grant_id)
    tranches, reports = _parts(fd, [grant_id])
    return summarise(grant, tranches[grant_id], reports[grant_id], _today(fd))


def grants_list(fd: FieldDesk, *, office: str | None = None, status: list[str] | None = None,
                overdue_only: bool = False, project_id: str | None = None,
                today: date | None = None) -> list[dict[str, Any]]:
    """Grants with their figures and the project's code, title and country, by project code then grantee: of one
    ``office`` (or all), some statuses (or all), only those with something overdue."""
    today = today or _today(fd)
    filters: dict[str, Any] = {}
    if office:
        filters["owner_office"] = office
    if status:
        filters["status"] = list(status)
    if project_id:
        filters["project_id"] = project_id
    grants = fd.grants.matching_rows(ListQuery(filters=filters), GRANT_COLUMNS)
    tranches, reports = _parts(fd, [g["id"] for g in grants])
    projects = {p["id"]: p for p in fd.projects.rows(sorted({g["project_id"] for g in grants}),
                                                      ["id", "code", "title", "country_id", "deleted"])}
    out = []
    for g in grants:
        project = projects.get(g["project_id"])
        if project is None or project["deleted"]:
            continue
        row = summarise(g, tranches[g["id"]], reports[g["id"]], today)
        row.update(project_code=project["code"], project_title=project["title"],
                   country_id=g["grantee_country_id"] or project["country_id"])
        if overdue_only and not row["overdue"]:
            continue
        out.append(row)
    return sorted(out, key=lambda r: (r["project_code"], r["grantee_name"].casefold(), r["id"]))


def _owing(fd: FieldDesk) -> list[dict[str, Any]]:
    return grants_list(fd, status=list(OWING))


def due_items(fd: FieldDesk, active: dict[str, Rule]) -> list[DueItem]:
    """"What is due": each unpaid tranche and each report not received of an approved or active grant, due the rule's
    days after its due date. It opens the grant's project on its Grants tab, the grant chosen (``part_id``)."""
    # imported here: a cycle (services.programme.grants -> services.programme.due -> services.programme.grants)
    from app.services.programme.due import DueItem

    items: list[DueItem] = []
    tranche_rule, report_rule = active.get("grant_tranche"), active.get("grant_report")
    if tranche_rule is None and report_rule is None:
        return items
    for g in _owing(fd):
        title = f"{g['grantee_name']} ({g['project_code']})"
        if tranche_rule is not None:
            items += [DueItem("grant_tranche", "project", g["project_id"], title, str(t["number"]),
                              t["due_date"] + timedelta(days=tranche_rule.days), g["owner_office"], g["country_id"],
                              g["id"])
                      for t in g["tranches"] if not t["paid"]]
        if report_rule is not None:
            items += [DueItem("grant_report", "project", g["project_id"], title, str(r["kind"]),
                              r["due_date"] + timedelta(days=report_rule.days), g["owner_office"], g["country_id"],
                              g["id"])
                      for r in g["reports"] if r["received_date"] is None]
    return items
