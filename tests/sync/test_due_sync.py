"""What is due across sites: headquarters' rules reach the offices in bundles, and headquarters counts each office's
overdue items as their bundles arrive."""

from __future__ import annotations

from datetime import timedelta

from app.services.programme.due import due_items, overdue_by_office, today_of
from app.services.store.seed import country_id, due_rule_id


def test_rules_travel_to_offices_and_overdue_items_reach_headquarters(net):
    hq, gt = net["HQ"], net["GT-01"]
    hq.due_rules.update(due_rule_id("mission_report"), {"days": 10})
    net.sync("HQ", "GT-01")
    assert gt.due_rules.get(due_rule_id("mission_report")).days == 10
    today = today_of(gt)
    gt.missions.create({"title": "Mission to Quiché", "country_id": country_id("GT"), "status": "in_the_field",
                        "start_date": today - timedelta(days=20), "end_date": today - timedelta(days=15)})
    [item] = due_items(gt)
    assert item.due == today - timedelta(days=5), "the office holds its report to headquarters' ten days"
    assert overdue_by_office(due_items(hq), today_of(hq)) == {}
    net.sync("GT-01", "HQ")
    assert overdue_by_office(due_items(hq), today_of(hq)) == {"GT-01": 1}
