"""Project results: indicator progress (achieved, on track, off track, not measured) computed from baseline, target,
timeline and measured values; the results framework with its activities; budget execution; portfolio figures."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import ProgressStatus as PS
from app.services import ValidationFailed
from app.services.programme.portfolio import indicators_by_status, portfolio, projects_by_status
from app.services.programme.results import (
    Measurement,
    budget_execution,
    progress_of,
    project_summary,
    results_framework,
)
from app.services.store.check import check_profile
from app.services.store.seed import country_id

START, END = date(2025, 1, 1), date(2026, 12, 31)  # 729 days


def m(day: date, value: float, period: str = "") -> Measurement:
    return Measurement(period or str(day.year), day, value)


def test_no_measurement_means_not_measured():
    assert progress_of(0, 10, [], START, END).status == PS.NOT_MEASURED


def test_progress_is_the_share_of_the_way_from_baseline_to_target():
    half = date(2025, 12, 31)  # 364 of 729 days: about half the way expected
    p = progress_of(20, 60, [m(half, 40)], START, END)
    assert p.share == pytest.approx(0.5) and p.expected == pytest.approx(364 / 729)
    assert p.status == PS.ON_TRACK
    assert progress_of(20, 60, [m(half, 36)], START, END).status == PS.ON_TRACK  # 0.40: within ten points
    assert progress_of(20, 60, [m(half, 34)], START, END).status == PS.OFF_TRACK  # 0.35: more than ten behind
    assert progress_of(20, 60, [m(half, 60)], START, END).status == PS.ACHIEVED


def test_a_falling_target_works_the_same_way():
    # case backlog from 800 down to 200: 500 at mid-term is half the way
    p = progress_of(800, 200, [m(date(2025, 12, 31), 500)], START, END)
    assert p.share == pytest.approx(0.5) and p.status == PS.ON_TRACK
    assert progress_of(800, 200, [m(date(2025, 12, 31), 900)], START, END).status == PS.OFF_TRACK  # moved away


def test_the_latest_measurement_counts_and_the_target_date_is_the_deadline():
    values = [m(date(2026, 6, 30), 55, "2026 H1"), m(date(2025, 6, 30), 10, "2025 H1")]  # out of order
    p = progress_of(0, 100, values, START, END)
    assert p.latest.period == "2026 H1" and p.share == pytest.approx(0.55)
    late = progress_of(0, 100, [m(date(2027, 3, 1), 95)], START, END)
    assert late.expected == 1.0 and late.status == PS.OFF_TRACK  # the deadline passed short of the target


def test_without_a_timeline_moving_toward_the_target_is_on_track():
    assert progress_of(0, 10, [m(date(2025, 5, 1), 1)]).status == PS.ON_TRACK
    assert progress_of(0, 10, [m(date(2025, 5, 1), 0)]).status == PS.OFF_TRACK


def test_an_indicator_needs_a_target_other_than_its_baseline(fd):
    pid = fd.projects.create({"code": "P", "title": "T"})
    rid = fd.project_results.create({"project_id": pid, "statement": "Result"})
    with pytest.raises(ValidationFailed) as same:
        fd.indicators.create({"result_id": rid, "name": "Cases", "baseline": 5, "target": 5})
    assert same.value.by_field() == {"target": "The target must differ from the baseline, or progress cannot be "
                                               "measured."}


def build_project(fd) -> dict[str, str]:
    pid = fd.projects.create({"code": "MW-2025-01", "title": "Fair trial", "country_id": country_id("MW"),
                              "start_date": START, "end_date": END, "status": "ongoing",
                              "national_partner": "Malawi Human Rights Commission"})
    course = fd.trainings.create({"title": "Fair trial standards", "country_id": country_id("MW"), "project_id": pid,
                                  "start_date": date(2025, 3, 3), "end_date": date(2025, 3, 5), "status": "completed"})
    objective = fd.project_results.create({"project_id": pid, "level": "objective", "statement": "Fair trials"})
    result = fd.project_results.create({"project_id": pid, "code": "1", "statement": "Magistrates trained",
                                        "training_ids": [course]})
    trained = fd.indicators.create({"result_id": result, "name": "Magistrates trained", "unit": "people",
                                    "baseline": 0, "target": 200})
    backlog = fd.indicators.create({"result_id": objective, "name": "Remand backlog", "baseline": 800, "target": 200})
    fd.indicators.create({"result_id": objective, "name": "Complaints answered", "baseline": 0, "target": 100})
    fd.indicator_values.create({"indicator_id": trained, "period": "2025", "measured_on": date(2025, 12, 31),
                                "value": 110})
    fd.indicator_values.create({"indicator_id": backlog, "period": "2025", "measured_on": date(2025, 12, 31),
                                "value": 780})
    fd.project_budgets.create({"project_id": pid, "year": 2025, "funding_source": "voluntary_fund",
                               "budget_usd": 100000, "expenditure_usd": 80000})
    fd.project_budgets.create({"project_id": pid, "year": 2026, "funding_source": "voluntary_fund",
                               "budget_usd": 120000, "expenditure_usd": 30000})
    fd.project_budgets.create({"project_id": pid, "year": 2026, "funding_source": "other_donor",
                               "budget_usd": 50000, "expenditure_usd": 0})
    return {"project": pid, "course": course, "objective": objective, "result": result}


def test_the_results_framework_puts_the_objective_first_with_each_indicators_progress(fd):
    ids = build_project(fd)
    framework = results_framework(fd, ids["project"])
    assert [(r.level, r.statement) for r in framework] == [("objective", "Fair trials"),
                                                           ("expected_result", "Magistrates trained")]
    objective, result = framework
    assert {i.name: i.progress.status for i in objective.indicators} == {
        "Remand backlog": PS.OFF_TRACK, "Complaints answered": PS.NOT_MEASURED}
    assert result.indicators[0].progress.status == PS.ON_TRACK  # 55 % done at 50 % of the time
    assert result.training_ids == (ids["course"],)
    summary = project_summary(fd, ids["project"])
    assert summary["indicators"] == {"off_track": 1, "not_measured": 1, "on_track": 1}
    assert [a["title"] for a in summary["activities"]] == ["Fair trial standards"]
    assert check_profile(fd) == []


def test_budget_execution_by_year_source_and_in_all(fd):
    ids = build_project(fd)
    money = budget_execution(fd, ids["project"])
    assert [(y.year, y.budget, y.spent) for y in money.by_year()] == [(2025, 100000, 80000), (2026, 170000, 30000)]
    assert money.by_year()[0].rate == pytest.approx(0.8)
    assert [(s.funding_source, s.rate) for s in money.by_source()] == [("other_donor", 0.0),
                                                                       ("voluntary_fund", pytest.approx(0.5))]
    assert money.total.rate == pytest.approx(110000 / 270000)


def test_portfolio_figures_and_projects_without_an_exit_plan(fd):
    build_project(fd)
    fd.projects.create({"code": "MW-2026-02", "title": "Pipeline idea"})
    assert projects_by_status(fd) == {"ongoing": 1, "pipeline": 1}
    assert indicators_by_status(fd) == {"on_track": 1, "off_track": 1, "not_measured": 1}
    book = portfolio(fd, "GT-01")
    assert [p.code for p in book.projects] == ["MW-2025-01", "MW-2026-02"]
    assert book.money_by_year() == [(2025, "voluntary_fund", 100000, 80000), (2026, "other_donor", 50000, 0),
                                    (2026, "voluntary_fund", 120000, 30000)]
    assert [p.code for p in book.without_exit()] == ["MW-2025-01"]  # a partner, but no exit plan or date
    assert portfolio(fd, "MW-01").projects == []


def test_results_belong_to_the_projects_office(hq):
    pid = hq.projects.create({"code": "GT-1", "title": "For Guatemala"}, owner_office="GT-01")
    rid = hq.project_results.create({"project_id": pid, "statement": "Everywhere"})
    iid = hq.indicators.create({"result_id": rid, "name": "Laws adopted", "target": 2})
    assert hq.project_results.get(rid).owner_office == "GT-01" and hq.indicators.get(iid).owner_office == "GT-01"
