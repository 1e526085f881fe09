"""After the exit: the schedule of sustainability checks after a closed project's exit (headquarters' months and
days), the checks due until recorded, the figures of the dashboard's tile, and their notes in the lessons search."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.due import parse_months
from app.models.validation import ValidationFailed
from app.services.errors import NotAllowed
from app.services.programme.due import due_items
from app.services.programme.lessons import search_lessons
from app.services.programme.sustainability import add_months, project_schedule, sustained_at
from app.services.store.seed import country_id, due_rule_id
from app.services.store.transitions import transition
from tests.test_due import set_today


def closed_project(fd, code: str, exit_day: date | None, end: date = date(2025, 6, 30)) -> str:
    project = fd.projects.create({"code": code, "title": "Prisons", "country_id": country_id("MW"),
                                  "start_date": date(2023, 1, 1), "end_date": end, "exit_date": exit_day,
                                  "national_partner": "Prison service"})
    transition(fd, "project", project, "approved", on=date(2022, 12, 1))
    transition(fd, "project", project, "ongoing", on=date(2023, 1, 5))
    transition(fd, "project", project, "completed", on=end)
    transition(fd, "project", project, "closed", on=end)
    return project


def checks(fd) -> list[tuple[str, str, date]]:
    return [(i.title, i.detail, i.due) for i in due_items(fd, horizon_days=500) if i.kind == "sustainability_check"]


def test_months_are_read_as_people_write_them():
    assert parse_months("6, 12, 24") == (6, 12, 24)
    assert parse_months("24 6;12 6") == (6, 12, 24)
    assert parse_months("") == ()
    assert parse_months("6, a year") is None and parse_months("0") is None and parse_months("121") is None
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 12, 15), 12) == date(2026, 12, 15)


def test_checks_fall_after_the_exit_until_recorded(fd):
    set_today(fd, date(2026, 7, 1))
    project = closed_project(fd, "MW-01", date(2025, 9, 30))
    closed_project(fd, "MW-02", None, end=date(2025, 12, 31))  # no exit date: the end date
    running = fd.projects.create({"code": "MW-03", "title": "Running", "exit_date": date(2025, 1, 1)})
    assert running
    assert checks(fd) == [
        ("MW-01 Prisons", "6", date(2026, 4, 29)),  # 30 Mar + 30 days
        ("MW-02 Prisons", "6", date(2026, 7, 30)),
        ("MW-01 Prisons", "12", date(2026, 10, 30)),
        ("MW-02 Prisons", "12", date(2027, 1, 30)),
        ("MW-01 Prisons", "24", date(2027, 10, 30)),
    ]
    assert [i.kind for i in due_items(fd, horizon_days=0)] == ["sustainability_check"]  # overdue: MW-01's first
    fd.sustainability_checks.create({"project_id": project, "months_after": 6, "check_date": date(2026, 4, 2),
                                     "partner_running": "partly", "budget_line": True,
                                     "notes": "The hand-over to the prison service held; training continues."})
    assert ("MW-01 Prisons", "6", date(2026, 4, 29)) not in checks(fd)
    shown = project_schedule(fd, project)
    assert shown["closed"] and shown["exit"] == date(2025, 9, 30)
    assert [(s.months, s.falls, s.check is not None) for s in shown["schedule"]] == [
        (6, date(2026, 3, 30), True), (12, date(2026, 9, 30), False), (24, date(2027, 9, 30), False)]
    with pytest.raises(ValidationFailed):  # one check per point of the schedule
        fd.sustainability_checks.create({"project_id": project, "months_after": 6, "check_date": date(2026, 5, 1)})
    # The notes join the lessons.
    found = search_lessons(fd, "hand-over")
    assert [(x.kind, x.source) for x in found] == [("sustainability", "MW-01 Prisons")]
    # Indicators keep receiving values after closure.
    result = fd.project_results.create({"project_id": project, "statement": "Inspections go on."})
    indicator = fd.indicators.create({"result_id": result, "name": "Prisons inspected", "target": 12})
    fd.indicator_values.create({"indicator_id": indicator, "period": "2026", "measured_on": date(2026, 6, 30),
                                "value": 9})


def test_headquarters_sets_when_the_checks_fall(fd, hq):
    rule = due_rule_id("sustainability_check")
    assert hq.due_rules.get_row(rule)["check_months"] == "6, 12, 24"
    with pytest.raises(ValidationFailed, match="months"):
        hq.due_rules.update(rule, {"check_months": "six"})
    hq.due_rules.update(rule, {"check_months": "12", "days": 0})
    with pytest.raises(NotAllowed):
        fd.due_rules.update(rule, {"check_months": "3"})
    set_today(hq, date(2026, 7, 1))
    closed_project(hq, "MW-01", date(2025, 9, 30))
    assert checks(hq) == [("MW-01 Prisons", "12", date(2026, 9, 30))]


def test_the_tile_counts_closed_projects_sustained_at_twelve_months(fd):
    set_today(fd, date(2027, 1, 15))
    a = closed_project(fd, "MW-01", date(2025, 9, 30))
    b = closed_project(fd, "MW-02", date(2025, 10, 31))
    closed_project(fd, "MW-03", date(2025, 12, 31))  # its 12-month check has fallen and is not recorded
    closed_project(fd, "MW-04", date(2026, 6, 30))  # not yet at 12 months
    for project, level in ((a, "sustained"), (b, "not_sustained")):
        fd.sustainability_checks.create({"project_id": project, "months_after": 12, "check_date": date(2026, 11, 1),
                                         "partner_running": level})
    assert sustained_at(fd) == {"closed": 3, "checked": 2, "sustained": 1, "partly": 0, "not_sustained": 1}
    assert sustained_at(fd, project_ids=[a])["sustained"] == 1
