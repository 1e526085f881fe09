"""Retention across sites: headquarters' settings reach the offices in bundles, and what an office's sweep removes
reaches headquarters as an ordinary edit."""

from __future__ import annotations

from app.models.ids import reference_id
from app.services.privacy.retention import effects, sweep
from app.services.store.seed import country_id


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


def test_an_erasure_record_is_kept_until_every_site_that_must_apply_it_has(net, capsys):
    from app.cli import main
    from app.services.privacy.erasure import erase_participant, pseudonym

    hq, gt = net["HQ"], net["GT-01"]
    gt.wall.shift(days=-73 * 31)  # erased more than 72 months ago
    pid = gt.participants.create({"full_name": "Ana Forgotten", "country_id": country_id("GT")})
    erase_participant(gt, pid, reason="Asked in writing")
    gt.wall.shift(days=73 * 31)
    dry = sweep(gt, dry_run=True)
    assert dry.erasure_records_removed == 0
    assert [(k.pseudonym, k.waiting_for) for k in dry.erasure_records_kept] == [(pseudonym(pid), ["HQ"])]
    assert len(effects(gt)["erasure_records"].kept) == 1
    gt.close()
    net.open.pop("GT-01")
    assert main(["--profile", str(net.root / "GT-01"), "retention", "sweep", "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert f"Kept: the record of the erasure of {pseudonym(pid)}" in said and "until HQ acknowledge" in said
    gt = net["GT-01"]
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")  # headquarters says it holds the erasure
    assert hq.participants.get_row(pid)["full_name"] == pseudonym(pid)
    done = sweep(gt)
    assert (done.erasure_records_removed, done.erasure_records_kept) == (1, [])
