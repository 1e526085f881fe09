"""The Voluntary Fund at headquarters: the rules of donors, contributions, rates and allocations (each refusal a
problem in words), the warnings an allocation is saved with, and the Fund's position against amounts summed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.validation import ValidationFailed
from app.services.errors import NotAllowed
from app.services.programme.fund import (
    allocation_warnings,
    fund_position,
    project_allocations,
    regular_budget_against_fund,
)
from app.services.store.seed import country_id, theme_id


def problems(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.message.code for p in exc.value.problems}


def donors(hq) -> dict[str, str]:
    return {
        "NO": hq.donors.create({"name": "Norway", "kind": "government", "country_id": country_id("NO")}),
        "EU": hq.donors.create({"name": "European Union", "kind": "intergovernmental"}),
    }


def test_contributions_and_rates_refuse_what_is_wrong_in_words(hq, fd):
    with pytest.raises(ValidationFailed) as exc:
        hq.donors.create({"name": "Ruritania", "kind": "government"})
    assert problems(exc) == {"country_id": "donor_state_country"}
    donor = donors(hq)["NO"]
    base = {"donor_id": donor, "year": 2026, "amount": 1000.0, "currency": "NOK"}
    with pytest.raises(ValidationFailed) as exc:
        hq.contributions.create({**base, "currency": "XYZ", "amount": 0})
    assert problems(exc) == {"currency": "not_a_currency", "amount": "positive"}
    assert hq.contributions.get_row(hq.contributions.create({**base, "currency": " nok"}))["currency"] == "NOK"
    with pytest.raises(ValidationFailed) as exc:
        hq.contributions.create({**base, "status": "received"})
    assert problems(exc) == {"receipt_date": "received_needs_date"}
    with pytest.raises(ValidationFailed) as exc:
        hq.contributions.create({**base, "status": "received", "pledge_date": date(2026, 3, 1),
                                 "receipt_date": date(2026, 2, 1)})
    assert problems(exc) == {"receipt_date": "receipt_before_pledge"}
    with pytest.raises(ValidationFailed) as exc:
        hq.contributions.create({**base, "earmark": "country"})
    assert problems(exc) == {"earmark_country_id": "earmark_needs_target"}
    kept = hq.contributions.create({**base, "earmark": "country", "earmark_country_id": country_id("GT")})
    hq.contributions.update(kept, {"earmark": "none"})  # the target goes with the earmark
    assert hq.contributions.get_row(kept)["earmark_country_id"] is None
    with pytest.raises(ValidationFailed) as exc:
        hq.exchange_rates.create({"currency": "XYZ", "effective_date": date(2026, 1, 1), "units_per_usd": -1})
    assert set(problems(exc)) == {"currency", "units_per_usd"}
    hq.exchange_rates.create({"currency": "NOK", "effective_date": date(2026, 1, 1), "units_per_usd": 10.0})
    with pytest.raises(ValidationFailed) as exc:
        hq.exchange_rates.create({"currency": "NOK", "effective_date": date(2026, 1, 1), "units_per_usd": 11.0})
    assert problems(exc) == {"effective_date": "duplicate"}
    with pytest.raises(NotAllowed):  # an office reads the Fund; headquarters keeps it
        fd.donors.create({"name": "Guatemala", "kind": "government", "country_id": country_id("GT")})


def test_the_position_against_sums_made_by_hand(hq):
    d = donors(hq)
    project = hq.projects.create({"code": "GT-26", "title": "Justicia", "country_id": country_id("GT"),
                                  "theme_ids": [theme_id("justice")]})
    other = hq.projects.create({"code": "MW-26", "title": "Prisons", "country_id": country_id("MW")})
    for currency, day, rate in [("NOK", date(2025, 1, 1), 10.0), ("NOK", date(2026, 3, 1), 8.0),
                                ("EUR", date(2026, 1, 1), 0.8)]:
        hq.exchange_rates.create({"currency": currency, "effective_date": day, "units_per_usd": rate})
    hq.contributions.create({"donor_id": d["NO"], "year": 2025, "amount": 1_000_000.0, "currency": "NOK",
                             "status": "received", "receipt_date": date(2025, 5, 2)})  # 100 000 USD at 10
    hq.contributions.create({"donor_id": d["NO"], "year": 2026, "amount": 800_000.0, "currency": "NOK",
                             "status": "received", "pledge_date": date(2026, 1, 10),
                             "receipt_date": date(2026, 3, 15)})  # 100 000 USD at 8 (March's rate)
    eu = hq.contributions.create({"donor_id": d["EU"], "year": 2026, "amount": 40_000.0, "currency": "EUR",
                                  "status": "received", "receipt_date": date(2026, 2, 1), "earmark": "country",
                                  "earmark_country_id": country_id("GT")})  # 50 000 USD at 0.8
    hq.contributions.create({"donor_id": d["EU"], "year": 2026, "amount": 64_000.0, "currency": "EUR",
                             "pledge_date": date(2026, 6, 1)})  # pledged only: 80 000 USD
    hq.contributions.create({"donor_id": d["NO"], "year": 2026, "amount": 5_000.0, "currency": "CHF",
                             "pledge_date": date(2026, 7, 1)})  # no CHF rate: named, not counted as 0
    a1 = hq.fund_allocations.create({"year": 2025, "amount_usd": 60_000.0, "project_id": other})
    a2 = hq.fund_allocations.create({"year": 2026, "amount_usd": 120_000.0, "project_id": project,
                                     "contribution_id": eu, "allocation_date": date(2026, 4, 1)})
    for pid, year, source, budget, spent in [(project, 2026, "voluntary_fund", 90_000.0, 30_000.0),
                                             (other, 2026, "regular_budget", 70_000.0, 20_000.0),
                                             (other, 2025, "voluntary_fund", 50_000.0, 45_000.0)]:
        hq.project_budgets.create({"project_id": pid, "year": year, "funding_source": source,
                                   "budget_usd": budget, "expenditure_usd": spent})
    y2025, y2026 = fund_position(hq)
    assert (y2025.pledged_usd, y2025.received_usd, y2025.allocated_usd, y2025.spent_usd, y2025.balance_usd,
            y2025.regular_budget_usd, y2025.missing_rates) == (100_000, 100_000, 60_000, 45_000, 40_000, 0, ())
    assert (y2026.pledged_usd, y2026.received_usd, y2026.allocated_usd, y2026.spent_usd, y2026.regular_budget_usd) \
        == (100_000 + 50_000 + 80_000, 150_000, 120_000, 30_000, 70_000)
    assert y2026.balance_usd == 40_000 + 150_000 - 120_000  # carried over from 2025
    assert y2026.missing_rates == ("CHF 2026-07-01",)
    assert fund_position(hq, 2026) == [y2026]
    # 120 000 allocated against 150 000 received: nothing to say, but more than the EU's 50 000 it draws on
    assert [w.code for w in allocation_warnings(hq, a2)] == ["allocation_over_contribution"]
    a3 = hq.fund_allocations.create({"year": 2026, "amount_usd": 40_000.0, "project_id": other,
                                     "contribution_id": eu})
    assert [w.code for w in allocation_warnings(hq, a3)] == ["allocation_exceeds_received",
                                                             "allocation_over_contribution",
                                                             "allocation_outside_earmark"]
    assert "Guatemala" in allocation_warnings(hq, a3)[2]
    assert allocation_warnings(hq, a1) == []
    assert [r["id"] for r in project_allocations(hq, other)] == [a3, a1]
    by_country = {(t.year, t.country_id): t for t in regular_budget_against_fund(hq)}
    assert by_country[(2026, country_id("MW"))].regular_budget_usd == 70_000
    assert by_country[(2026, country_id("GT"))].fund_spent_usd == 30_000


def test_an_allocation_for_a_grant_is_for_the_grants_project(hq):
    """Headquarters allocates Fund money to a project's grant (an NGO's tranche money); the grant of another project
    is refused in words, nothing saved."""
    ombudsman = hq.projects.create({"code": "GT-2026-01", "title": "Ombudsman", "country_id": country_id("GT")})
    prisons = hq.projects.create({"code": "GT-2026-02", "title": "Prisons", "country_id": country_id("GT")})
    grant = hq.grants.create({"project_id": ombudsman, "grantee_name": "Colectivo Madre Tierra", "amount": 40000,
                              "grantee_kind": "ngo", "grantee_country_id": country_id("GT")})
    base = {"year": 2026, "amount_usd": 40000.0, "grant_id": grant}
    with pytest.raises(ValidationFailed) as exc:
        hq.fund_allocations.create({**base, "project_id": prisons})
    assert problems(exc) == {"grant_id": "grant_of_another_project"}
    assert hq.fund_allocations.count() == 0
    saved = hq.fund_allocations.create({**base, "project_id": ombudsman})
    assert hq.fund_allocations.get_row(saved)["grant_id"] == grant
