"""The Voluntary Fund's report for a year: position, contributions by donor (a missing rate named), allocations by
project and the regular budget against the Fund, in English and in Arabic; the command line takes --year. The
whole-database spreadsheet and the json export hold the Fund's records."""

from __future__ import annotations

import json
from datetime import date

import arabic_reshaper
from openpyxl import load_workbook
from report_helpers import pdf_text

from app.cli import main
from app.reports import build_report
from app.services.store.export import export_json_text
from app.services.store.seed import country_id
from app.spreadsheets.export import export_database


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_fund_report_of_a_year(hq, hq_profile, tmp_path):
    donor = hq.donors.create({"name": "Norway", "kind": "government", "country_id": country_id("NO")})
    hq.exchange_rates.create({"currency": "NOK", "effective_date": date(2026, 1, 1), "units_per_usd": 10.0})
    drawn = hq.contributions.create({"donor_id": donor, "year": 2026, "amount": 2_000_000.0, "currency": "NOK",
                                     "status": "received", "receipt_date": date(2026, 3, 2)})
    hq.contributions.create({"donor_id": donor, "year": 2026, "amount": 50_000.0, "currency": "CHF"})
    project = hq.projects.create({"code": "GT-2026-01", "title": "Justicia", "country_id": country_id("GT")})
    hq.fund_allocations.create({"year": 2026, "amount_usd": 120_000.0, "project_id": project,
                                "contribution_id": drawn})
    hq.project_budgets.create({"project_id": project, "year": 2026, "funding_source": "regular_budget",
                               "budget_usd": 40_000.0, "expenditure_usd": 10_000.0})
    out = tmp_path / "fund.pdf"
    build_report(hq, "fund", out, year=2026)
    text = flat(out)
    for needle in ("The Voluntary Fund for Technical Cooperation", "Year 2026", "The Fund's position",
                   "200,000 120,000 0 80,000 40,000",  # received, allocated, spent, balance, regular budget
                   "Not counted, for want of a rate of exchange: CHF 2026-01-01", "NOK 2,000,000", "no rate",
                   "GT-2026-01", "Norway 2026 NOK 2,000,000", "Regular budget against the Fund, by country",
                   "Guatemala"):
        assert needle in text, needle
    sheets = tmp_path / "all.xlsx"
    export_database(hq, sheets, lang="fr")
    assert {"Donateurs", "Contributions", "Taux de change", "Allocations du Fonds"} <= \
        set(load_workbook(sheets, read_only=True).sheetnames)
    tables = json.loads(export_json_text(hq))["tables"]
    assert [len(tables[t]) for t in ("donor", "contribution", "exchange_rate", "fund_allocation")] == [1, 2, 1, 1]
    build_report(hq, "fund", out, year=2025, lang="ar")
    assert arabic_reshaper.reshape("ليس للصندوق مساهمات") in flat(out)  # shaped as drawn
    hq.close()
    assert main(["--profile", str(hq_profile), "report", "fund", "--year", "2026", "--lang", "fr",
                 "--out", str(out)]) == 0
    assert "Annoncé" in flat(out) and "Allocations par projet" in flat(out)
    # the review: "NOK 2,000,000" here against "18,000 EUR" in the grants report; one formatter, the language's order
    assert "2 000 000 NOK" in flat(out).replace("\xa0", " ")
