"""Retention across sites: headquarters' settings reach the offices in bundles, and what an office's sweep removes
reaches headquarters as an ordinary edit."""

from __future__ import annotations

from app.models.ids import reference_id
from app.services.retention import effects, sweep
from app.services.seed import country_id


def test_settings_travel_to_offices_and_the_sweep_travels_back(net):
    hq, gt = net["HQ"], net["GT-01"]
    gt.wall.shift(days=-40)  # recorded 40 days ago
    pid = gt.participants.create({"full_name": "Ana Quiet", "country_id": country_id("GT"),
                                  "email": "ana@example.org", "consent_contact": True})
    hq.retention_rules.update(reference_id("retention_rule", "contact_details"), {"months": 1})
    net.sync("HQ", "GT-01")
    assert effects(gt)["contact_details"].months == 1
    assert sweep(gt).contacts_removed == []
    gt.wall.shift(days=40)  # today: the month has passed
    assert sweep(gt).contacts_removed == [pid]
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(pid)["email"] == ""
