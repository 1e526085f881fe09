"""The Fund travels from headquarters (SQLite or PostgreSQL) to the offices: donors, contributions, rates and
allocations arrive read-only, and the office's figures are headquarters' figures."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import NotAllowed
from app.services.programme.fund import fund_position, project_allocations
from app.services.store.seed import country_id


def test_every_fund_record_reaches_an_office(net):
    hq, gt = net["HQ"], net["GT-01"]
    project = gt.projects.create({"code": "GT-2026-07", "title": "Justicia", "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    donor = hq.donors.create({"name": "Norway", "kind": "government", "country_id": country_id("NO")})
    hq.exchange_rates.create({"currency": "NOK", "effective_date": date(2026, 1, 1), "units_per_usd": 10.0})
    contribution = hq.contributions.create({"donor_id": donor, "year": 2026, "amount": 2_000_000.0,
                                            "currency": "NOK", "status": "received",
                                            "receipt_date": date(2026, 2, 3)})
    allocation = hq.fund_allocations.create({"year": 2026, "amount_usd": 150_000.0, "project_id": project,
                                             "contribution_id": contribution})
    net.sync("HQ", "GT-01")
    assert gt.donors.get_row(donor)["name"] == "Norway"
    assert gt.exchange_rates.count() == 1
    assert [r["id"] for r in project_allocations(gt, project)] == [allocation]
    assert fund_position(gt) == fund_position(hq)
    assert fund_position(gt)[0].received_usd == 200_000 and fund_position(gt)[0].balance_usd == 50_000
    with pytest.raises(NotAllowed):
        gt.fund_allocations.update(allocation, {"amount_usd": 1.0})
    hq.fund_allocations.update(allocation, {"amount_usd": 180_000.0})
    hq.donors.delete(donor)  # its contributions go with it
    net.sync("HQ", "GT-01")
    assert gt.fund_allocations.get_row(allocation)["amount_usd"] == 180_000
    assert gt.contributions.get_row(contribution)["deleted"]
