"""Grants across sites (SQLite and PostgreSQL headquarters): an office's grant, its tranches and reports reach
headquarters, which then sees tranche 2 paid and no longer counts it due; another office cannot change the grant."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.models.local import ChangeLog
from app.services.programme.due import due_items, today_of
from app.services.programme.grants import grant_overview
from app.services.store.seed import country_id
from app.services.store.transitions import transition
from app.services.store.wire import Change

LOG = ChangeLog.__table__


def grant_items(fd) -> list[tuple[str, str, str]]:
    return [(i.kind, i.detail, i.office) for i in due_items(fd, horizon_days=0) if i.kind.startswith("grant")]


def test_an_office_records_a_tranche_paid_and_headquarters_receives_it(net):
    from tests.sync.craft import craft_bundle

    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    today = today_of(gt)
    project = gt.projects.create({"code": "GT-2026-03", "title": "Justicia", "country_id": country_id("GT")})
    grant = gt.grants.create({"project_id": project, "grantee_name": "Colectivo Madre Tierra", "amount": 20000})
    transition(gt, "grant_award", grant, "approved", on=today - timedelta(days=90))
    transition(gt, "grant_award", grant, "active", on=today - timedelta(days=80))
    gt.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 10000, "due_date": today - timedelta(days=70),
                              "paid": True, "paid_date": today - timedelta(days=70)})
    second = gt.grant_tranches.create({"grant_id": grant, "number": 2, "amount": 10000,
                                       "due_date": today - timedelta(days=10)})
    gt.grant_reports.create({"grant_id": grant, "kind": "narrative", "due_date": today - timedelta(days=5)})
    net.sync("GT-01", "HQ")
    assert hq.grants.get_row(grant)["owner_office"] == "GT-01"
    assert grant_items(hq) == [("grant_tranche", "2", "GT-01"), ("grant_report", "narrative", "GT-01")]
    gt.grant_tranches.update(second, {"paid": True, "paid_date": today - timedelta(days=1)})
    net.sync("GT-01", "HQ")
    assert hq.grant_tranches.get_row(second)["paid_date"] == today - timedelta(days=1)
    assert grant_items(hq) == [("grant_report", "narrative", "GT-01")]
    assert [o.what for o in grant_overview(hq, grant)["overdue"]] == ["report"]
    # Another office may not change the grant (it never receives it): a change it sends anyway is refused.
    with hq.reading() as conn:
        newest = conn.execute(select(func.max(LOG.c.hlc)).where(LOG.c.record_id == grant)).scalar()
    forged = Change(1, "grant_award", grant, "update", newest + 1, mw.site.site_id, "MW-01", "intruder",
                    "2026-01-01T00:00:00.000Z", {"amount": 1.0}, {"amount": 20000.0})
    result = net.deliver(craft_bundle(net, "MW-01", "HQ", [forged]), "HQ")
    assert result.status == "applied" and result.refused == 1
    assert hq.grants.get_row(grant)["amount"] == 20000
