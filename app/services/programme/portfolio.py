"""Portfolio figures for an office (or every office, at headquarters): requests by status, projects by stage,
indicators on or off track, money, and what each project leaves behind (national partner, exit date)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.services.programme.results import BudgetExecution, budgets, frameworks, indicator_counts
from app.services.store.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk


def _filters(office: str | None, country_id: str | None = None) -> dict[str, Any]:
    filters: dict[str, Any] = {"owner_office": office} if office else {}
    if country_id:
        filters["country_id"] = country_id
    return filters


def requests_by_status(fd: FieldDesk, office: str | None = None, country_id: str | None = None) -> dict[str, int]:
    service = fd.requests
    ids = service.ids(ListQuery(filters=_filters(office, country_id)))
    return dict(Counter(r["status"] for r in service.rows(ids, ["status"])))


def projects_by_status(fd: FieldDesk, office: str | None = None, country_id: str | None = None) -> dict[str, int]:
    service = fd.projects
    ids = service.ids(ListQuery(filters=_filters(office, country_id)))
    return dict(Counter(r["status"] for r in service.rows(ids, ["status"])))


def indicators_by_status(fd: FieldDesk, office: str | None = None, country_id: str | None = None) -> dict[str, int]:
    """Indicators of projects that are approved or running, by where they stand."""
    ids = fd.projects.ids(ListQuery(filters={**_filters(office, country_id), "status": ["approved", "ongoing"]}))
    counts: Counter[str] = Counter()
    for views in frameworks(fd, ids).values():
        counts.update(indicator_counts(views))
    return dict(counts)


@dataclass(frozen=True)
class ProjectLine:
    id: str
    code: str
    title: str
    country_id: str | None
    status: str
    owner_office: str
    start_date: date | None
    end_date: date | None
    national_partner: str
    exit_date: date | None
    has_exit_plan: bool
    budget: BudgetExecution
    indicators: dict[str, int]
    scope: str = "national"  # several countries (schema 0024)
    country_ids: tuple[str, ...] = ()


@dataclass
class Portfolio:
    office: str | None
    projects: list[ProjectLine] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)

    @property
    def by_status(self) -> dict[str, int]:
        return dict(Counter(p.status for p in self.projects))

    @property
    def indicators(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for p in self.projects:
            if p.status in ("approved", "ongoing"):
                counts.update(p.indicators)
        return dict(counts)

    def money_by_year(self) -> list[tuple[int, str, float, float]]:
        """(year, funding source, budget, expenditure), year by year."""
        sums: dict[tuple[int, str], list[float]] = {}
        for p in self.projects:
            for line in p.budget.lines:
                pair = sums.setdefault((line.year, line.funding_source), [0.0, 0.0])
                pair[0] += line.budget
                pair[1] += line.spent
        return [(y, s, b, e) for (y, s), (b, e) in sorted(sums.items())]

    def without_exit(self) -> list[ProjectLine]:
        """Running projects with no national partner or no exit plan: assistance that has not planned its end."""
        return [p for p in self.projects if p.status in ("approved", "ongoing")
                and (not p.national_partner.strip() or not p.has_exit_plan or p.exit_date is None)]


def portfolio(fd: FieldDesk, office: str | None = None) -> Portfolio:
    service = fd.projects
    ids = service.ids(ListQuery(filters=_filters(office), sort=("code",)))
    rows = service.rows(ids, ["code", "title", "country_id", "status", "owner_office", "start_date", "end_date",
                              "national_partner", "exit_plan", "exit_date", "scope", "country_ids"])
    money = budgets(fd, ids)
    results = frameworks(fd, ids)
    out = Portfolio(office, requests=requests_by_status(fd, office))
    for r in rows:
        out.projects.append(ProjectLine(
            r["id"], r["code"], r["title"], r["country_id"], r["status"], r["owner_office"], r["start_date"],
            r["end_date"], r["national_partner"] or "", r["exit_date"], bool((r["exit_plan"] or "").strip()),
            money.get(r["id"], BudgetExecution()), indicator_counts(results.get(r["id"], [])), r["scope"] or "national",
            tuple(r["country_ids"] or ())))
    return out
