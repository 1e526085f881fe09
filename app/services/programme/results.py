"""A project's results and money: indicator progress (on or off track), the results framework with the activities
that serve each result, and budget execution by year and funding source.

Progress is the share of the way from baseline to target that the latest measured value has covered (a target
below the baseline works the same way: fewer cases pending, say). The expected share grows in a straight line from
the baseline date (else the project's start) to the target date (else the project's end), judged on the day of the
latest measurement. An indicator is *achieved* once it reaches its target, *on track* while its progress is no more
than ten points (of a hundred) behind the expected share, *off track* otherwise, and *not measured yet* with no value.
Without dates to draw that line, it is on track when it has moved toward its target at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.models.enums import ProgressStatus
from app.services.errors import NotFound
from app.services.store.query import ListQuery
from app.services.store.transitions import history
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TOLERANCE = 0.10


@dataclass(frozen=True)
class Measurement:
    period: str
    measured_on: date
    value: float


@dataclass(frozen=True)
class Progress:
    status: ProgressStatus
    latest: Measurement | None
    share: float | None  # of the way from baseline to target (1.0 = target reached; may be below 0 or above 1)
    expected: float | None  # the share expected by the latest measurement (None without a timeline)


def progress_of(baseline: float, target: float, measurements: list[Measurement], start: date | None = None,
                end: date | None = None) -> Progress:
    """Where an indicator stands, from its baseline, target, timeline and measured values."""
    if not measurements:
        return Progress(ProgressStatus.NOT_MEASURED, None, None, None)
    latest = max(measurements, key=lambda m: (m.measured_on, m.period))
    share = (latest.value - baseline) / (target - baseline)
    expected = None
    if start and end and end > start:
        expected = min(1.0, max(0.0, (latest.measured_on - start).days / (end - start).days))
    if share >= 1.0:
        status = ProgressStatus.ACHIEVED
    elif expected is None:
        status = ProgressStatus.ON_TRACK if share > 0 else ProgressStatus.OFF_TRACK
    elif share >= expected - TOLERANCE and not (expected >= 1.0):
        status = ProgressStatus.ON_TRACK
    else:
        status = ProgressStatus.OFF_TRACK
    return Progress(status, latest, share, expected)


@dataclass(frozen=True)
class IndicatorView:
    id: str
    result_id: str
    name: str
    unit: str
    baseline: float
    target: float
    start: date | None
    end: date | None
    values: tuple[Measurement, ...]
    progress: Progress


@dataclass(frozen=True)
class ResultView:
    id: str
    level: str
    code: str
    statement: str
    indicators: tuple[IndicatorView, ...]
    training_ids: tuple[str, ...]
    mission_ids: tuple[str, ...]


def _children(fd: FieldDesk, table: str, column: str, parent_ids: list[str]) -> list[dict[str, Any]]:
    if not parent_ids:
        return []
    service = fd.service(table)
    return service.rows(service.ids(ListQuery(filters={column: parent_ids})))


def _project(fd: FieldDesk, project_id: str) -> dict[str, Any]:
    try:
        return fd.projects.get_row(project_id)
    except NotFound:
        raise NotFound(problem("no_parent", entity="project", id=project_id)) from None


def results_framework(fd: FieldDesk, project_id: str) -> list[ResultView]:
    """The project's objective and expected results, each with its indicators' progress, in their order."""
    return frameworks(fd, [project_id]).get(project_id, [])


def frameworks(fd: FieldDesk, project_ids: list[str]) -> dict[str, list[ResultView]]:
    """Results frameworks of many projects at once (the portfolio), read in a few queries."""
    projects = {p["id"]: p for p in fd.projects.rows(project_ids, ["start_date", "end_date"])}
    results = _children(fd, "project_result", "project_id", list(projects))
    indicators = _children(fd, "result_indicator", "result_id", [r["id"] for r in results])
    values = _children(fd, "indicator_value", "indicator_id", [i["id"] for i in indicators])
    by_indicator: dict[str, list[Measurement]] = defaultdict(list)
    for v in values:
        by_indicator[v["indicator_id"]].append(Measurement(v["period"], v["measured_on"], v["value"]))
    result_project = {r["id"]: r["project_id"] for r in results}
    by_result: dict[str, list[IndicatorView]] = defaultdict(list)
    for i in indicators:
        project = projects[result_project[i["result_id"]]]
        start, end = i["baseline_date"] or project["start_date"], i["target_date"] or project["end_date"]
        measured = sorted(by_indicator[i["id"]], key=lambda m: (m.measured_on, m.period))
        by_result[i["result_id"]].append(IndicatorView(
            i["id"], i["result_id"], i["name"], i["unit"], i["baseline"], i["target"], start, end, tuple(measured),
            progress_of(i["baseline"], i["target"], measured, start, end)))
    out: dict[str, list[ResultView]] = defaultdict(list)
    for r in sorted(results, key=lambda r: (r["level"] != "objective", r["sort_order"], r["code"], r["created_at"])):
        out[r["project_id"]].append(ResultView(r["id"], r["level"], r["code"], r["statement"],
                                               tuple(by_result[r["id"]]), tuple(r["training_ids"] or []),
                                               tuple(r["mission_ids"] or [])))
    return dict(out)


def indicator_counts(views: list[ResultView]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for result in views:
        for indicator in result.indicators:
            counts[indicator.progress.status.value] += 1
    return dict(counts)


@dataclass(frozen=True)
class BudgetLine:
    year: int
    funding_source: str
    budget: float
    spent: float

    @property
    def rate(self) -> float | None:
        """Execution rate: expenditure as a share of budget (None without a budget)."""
        return self.spent / self.budget if self.budget else None


@dataclass
class BudgetExecution:
    lines: list[BudgetLine] = field(default_factory=list)

    def _sum(self, lines: list[BudgetLine]) -> BudgetLine:
        return BudgetLine(0, "", sum(x.budget for x in lines), sum(x.spent for x in lines))

    @property
    def total(self) -> BudgetLine:
        return self._sum(self.lines)

    def by_year(self) -> list[BudgetLine]:
        years = sorted({x.year for x in self.lines})
        return [BudgetLine(y, "", *_money([x for x in self.lines if x.year == y])) for y in years]

    def by_source(self) -> list[BudgetLine]:
        sources = sorted({x.funding_source for x in self.lines})
        return [BudgetLine(0, s, *_money([x for x in self.lines if x.funding_source == s])) for s in sources]


def _money(lines: list[BudgetLine]) -> tuple[float, float]:
    return sum(x.budget for x in lines), sum(x.spent for x in lines)


def budget_execution(fd: FieldDesk, project_id: str) -> BudgetExecution:
    return budgets(fd, [project_id]).get(project_id, BudgetExecution())


def budgets(fd: FieldDesk, project_ids: list[str]) -> dict[str, BudgetExecution]:
    out: dict[str, BudgetExecution] = defaultdict(BudgetExecution)
    rows = _children(fd, "project_budget", "project_id", project_ids)
    for row in sorted(rows, key=lambda r: (r["year"], r["funding_source"])):
        out[row["project_id"]].lines.append(BudgetLine(row["year"], row["funding_source"], row["budget_usd"] or 0.0,
                                                       row["expenditure_usd"] or 0.0))
    return dict(out)


def activities_of_project(fd: FieldDesk, project_id: str) -> list[dict[str, Any]]:
    """Training activities and advisory services of the project, and missions linked to it, by date."""
    out = []
    trainings = fd.trainings
    for row in trainings.rows(trainings.ids(ListQuery(filters={"project_id": project_id})),
                              ["title", "form", "start_date", "end_date", "status"]):
        out.append({**row, "kind": "training"})
    missions = fd.missions
    for row in missions.rows(missions.ids(ListQuery(filters={"project_ids": project_id})),
                             ["title", "start_date", "end_date", "status"]):
        out.append({**row, "kind": "mission", "form": None})
    out.sort(key=lambda r: (r["start_date"] or date.max, r["title"]))
    return out


def project_summary(fd: FieldDesk, project_id: str) -> dict[str, Any]:
    """Everything the project's progress report and editor show, in one read."""
    project = _project(fd, project_id)
    framework = results_framework(fd, project_id)
    risks = _children(fd, "project_risk", "project_id", [project_id])
    evaluations = _children(fd, "project_evaluation", "project_id", [project_id])
    return {"project": project, "results": framework, "indicators": indicator_counts(framework),
            "budget": budget_execution(fd, project_id), "activities": activities_of_project(fd, project_id),
            "risks": risks, "evaluations": evaluations, "transitions": history(fd, "project", project_id)}
