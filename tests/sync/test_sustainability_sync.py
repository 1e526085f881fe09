"""After the exit across sites (SQLite and PostgreSQL headquarters): headquarters' months reach the offices, an
office's checks reach headquarters, which then no longer counts them due, and their notes reach its lessons."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.programme.due import due_items, today_of
from app.services.programme.lessons import search_lessons
from app.services.programme.sustainability import add_months, sustained_at
from app.services.store.seed import country_id, due_rule_id
from app.services.store.transitions import transition


def test_checks_travel_both_ways(net):
    hq, gt = net["HQ"], net["GT-01"]
    hq.due_rules.update(due_rule_id("sustainability_check"), {"check_months": "12, 36"})
    net.sync("HQ", "GT-01")
    exit_day = add_months(today_of(gt), -13)  # the clocks stay as they are: bundles are stamped with them
    project = gt.projects.create({"code": "GT-2023-02", "title": "Justicia", "country_id": country_id("GT"),
                                  "start_date": date(2023, 1, 1), "end_date": exit_day, "exit_date": exit_day})
    for status in ("approved", "ongoing", "completed", "closed"):
        transition(gt, "project", project, status, on=exit_day)
    assert [(i.detail, i.office) for i in due_items(gt) if i.kind == "sustainability_check"] == [("12", "GT-01")]
    gt.sustainability_checks.create({"project_id": project, "months_after": 12,
                                     "check_date": today_of(gt) - timedelta(days=5),
                                     "partner_running": "sustained", "budget_line": True, "staff_in_post": True,
                                     "notes": "El ministerio mantiene la línea presupuestaria; traspaso cumplido."})
    net.sync("GT-01", "HQ")
    assert [i for i in due_items(hq) if i.kind == "sustainability_check"] == []
    assert sustained_at(hq)["sustained"] == 1
    assert [x.source for x in search_lessons(hq, "linea presupuestaria")] == ["GT-2023-02 Justicia"]
