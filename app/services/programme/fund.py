"""The Voluntary Fund's figures: its position by year (pledged, received, allocated, spent, balance, against the
regular budget), regular budget against Fund across the programme by year and country, the allocations a project
received, and the warnings an allocation deserves (saved, but said plainly).

Amounts of contributions are in their own currency; totals are in US dollars at the UN operational rate of exchange
headquarters keeps (``exchange_rate``): the rate of the currency in effect on the day that counts (a received
contribution: the day it was received; a pledge: the day it was pledged, else 1 January of its year). A total that
needs a rate nobody recorded leaves that contribution out and names the rate in ``missing_rates`` ("EUR 2026-03-15":
the currency and the day), never counting it as 0 without saying so.

The balance is cumulative: what was received up to the end of the year less what was allocated up to then (money
received in one year and allocated the next is carried over, as the Fund's accounts do)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.enums import FundRegion
from app.services.store.entities import BY_NAME
from app.vocabulary.numerals import currency_text
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk


@dataclass(frozen=True)
class FundYear:
    year: int
    pledged_usd: float  # every contribution of the year (a received one was pledged first)
    received_usd: float  # the contributions received
    allocated_usd: float  # allocations of the Fund's money made for the year
    spent_usd: float  # projects' expenditure on the Voluntary Fund that year (their budget lines)
    balance_usd: float  # received less allocated, up to the end of the year (cumulative)
    regular_budget_usd: float  # projects' regular-budget budget lines that year
    # rates the year's totals need and nobody recorded ("EUR 2026-03-15"), those of earlier years included (the
    # balance carries them); the contributions needing them are left out of the totals
    missing_rates: tuple[str, ...]


@dataclass(frozen=True)
class SourceTotals:
    """Regular budget against the Fund for one year and country (``country_id`` None: projects with no country)."""

    year: int
    country_id: str | None
    regular_budget_usd: float
    regular_spent_usd: float
    fund_budget_usd: float
    fund_spent_usd: float


class Rates:
    """The operational rates of exchange, read once: ``usd(amount, currency, day)`` or None when none applies."""

    def __init__(self, rows: list[dict[str, Any]]):
        self._by_currency: dict[str, tuple[list[date], list[float]]] = {}
        for row in sorted(rows, key=lambda r: (r["currency"], r["effective_date"])):
            days, values = self._by_currency.setdefault(row["currency"], ([], []))
            days.append(row["effective_date"])
            values.append(row["units_per_usd"])

    def units_per_usd(self, currency: str, day: date) -> float | None:
        if currency == "USD":
            return 1.0
        found = self._by_currency.get(currency)
        if not found:
            return None
        i = bisect.bisect_right(found[0], day)
        return found[1][i - 1] if i else None

    def usd(self, amount: float, currency: str, day: date) -> float | None:
        rate = self.units_per_usd(currency, day)
        return None if rate is None else amount / rate


def read_rates(fd: FieldDesk, conn=None) -> Rates:
    table = BY_NAME["exchange_rate"].table
    with fd.reading(conn) as c:
        rows = c.execute(select(table.c.currency, table.c.effective_date, table.c.units_per_usd)
                         .where(table.c.deleted == False)).mappings().all()  # noqa: E712
    return Rates([dict(r) for r in rows])


def rate_day(contribution: dict[str, Any]) -> date:
    """The day whose rate turns a contribution into dollars."""
    if contribution["status"] == "received" and contribution.get("receipt_date"):
        return contribution["receipt_date"]
    return contribution.get("pledge_date") or date(contribution["year"], 1, 1)


def missing_rate_name(currency: str, day: date) -> str:
    return f"{currency} {day.isoformat()}"


def _live(fd: FieldDesk, table_name: str, columns: list[str], conn=None, **equal) -> list[dict[str, Any]]:
    table = BY_NAME[table_name].table
    stmt = select(*[table.c[c] for c in ["id", *columns]]).where(table.c.deleted == False)  # noqa: E712
    for column, value in equal.items():
        stmt = stmt.where(table.c[column] == value)
    with fd.reading(conn) as c:
        return [dict(r) for r in c.execute(stmt).mappings()]


CONTRIBUTION_COLUMNS = ["donor_id", "year", "amount", "currency", "status", "pledge_date", "receipt_date", "earmark",
                        "earmark_theme_id", "earmark_region", "earmark_country_id", "note"]


def contributions_in_usd(fd: FieldDesk, conn=None, rates: Rates | None = None) -> list[dict[str, Any]]:
    """Every live contribution with ``usd`` (None when its rate is missing) and ``rate_day``."""
    rates = rates or read_rates(fd, conn)
    out = []
    for row in _live(fd, "contribution", CONTRIBUTION_COLUMNS, conn):
        day = rate_day(row)
        out.append({**row, "rate_day": day, "usd": rates.usd(row["amount"], row["currency"], day)})
    return out


def _budget_lines(fd: FieldDesk, conn=None) -> list[dict[str, Any]]:
    budget, project = BY_NAME["project_budget"].table, BY_NAME["project"].table
    stmt = (select(budget.c.year, budget.c.funding_source, budget.c.budget_usd, budget.c.expenditure_usd,
                   project.c.country_id)
            .join(project, project.c.id == budget.c.project_id)
            .where(budget.c.deleted == False, project.c.deleted == False))  # noqa: E712
    with fd.reading(conn) as c:
        return [dict(r) for r in c.execute(stmt).mappings()]


def fund_position(fd: FieldDesk, year: int | None = None) -> list[FundYear]:
    """The Fund's position for each year it has figures for (or for ``year`` alone), oldest first."""
    pledged: dict[int, float] = defaultdict(float)
    received: dict[int, float] = defaultdict(float)
    allocated: dict[int, float] = defaultdict(float)
    spent: dict[int, float] = defaultdict(float)
    regular: dict[int, float] = defaultdict(float)
    missing: dict[int, list[str]] = defaultdict(list)
    with fd.reading() as conn:
        contributions = contributions_in_usd(fd, conn)
        allocations = _live(fd, "fund_allocation", ["year", "amount_usd"], conn)
        lines = _budget_lines(fd, conn)
    for c in contributions:
        y = c["year"]
        if c["usd"] is None:
            name = missing_rate_name(c["currency"], c["rate_day"])
            if name not in missing[y]:
                missing[y].append(name)
            pledged[y] += 0.0  # the year has figures, even when this one cannot be counted
            continue
        pledged[y] += c["usd"]
        if c["status"] == "received":
            received[y] += c["usd"]
    for a in allocations:
        allocated[a["year"]] += a["amount_usd"]
    for line in lines:
        if line["funding_source"] == "voluntary_fund":
            spent[line["year"]] += line["expenditure_usd"]
        elif line["funding_source"] == "regular_budget":
            regular[line["year"]] += line["budget_usd"]
    years = sorted(set(pledged) | set(allocated) | set(spent) | set(regular))
    out, balance, missing_so_far = [], 0.0, []
    for y in years:
        balance += received[y] - allocated[y]
        missing_so_far += [m for m in missing[y] if m not in missing_so_far]
        if year is None or y == year:
            # the balance carries the years before it: a rate missing then is missing for it too
            out.append(FundYear(y, round(pledged[y], 2), round(received[y], 2), round(allocated[y], 2),
                                round(spent[y], 2), round(balance, 2), round(regular[y], 2), tuple(missing_so_far)))
    return out


def regular_budget_against_fund(fd: FieldDesk) -> list[SourceTotals]:
    """Projects' budget lines by year and country: regular budget against the Voluntary Fund (budget and spent)."""
    totals: dict[tuple[int, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for line in _budget_lines(fd):
        if line["funding_source"] not in ("regular_budget", "voluntary_fund"):
            continue
        cell = totals[(line["year"], line["country_id"])]
        offset = 0 if line["funding_source"] == "regular_budget" else 2
        cell[offset] += line["budget_usd"]
        cell[offset + 1] += line["expenditure_usd"]
    return [SourceTotals(y, country, *(round(v, 2) for v in values))
            for (y, country), values in sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))]


def project_allocations(fd: FieldDesk, project_id: str) -> list[dict[str, Any]]:
    """The allocations a project received, newest year first (the project editor's read-only list)."""
    rows = _live(fd, "fund_allocation", ["year", "amount_usd", "grant_id", "contribution_id", "allocation_date",
                                          "note"], project_id=project_id)
    return sorted(rows, key=lambda r: (-r["year"], r["allocation_date"] or date.min, r["id"]))


def allocation_warnings(fd: FieldDesk, allocation_id: str) -> list[ProblemText]:
    """What is worth saying about a saved allocation, though it stays saved: the year's allocations exceed what the
    Fund received that year; the contribution it draws on is exceeded, or earmarked to something the project is not."""
    warnings: list[ProblemText] = []
    with fd.reading() as conn:
        row = fd.fund_allocations.get_row(allocation_id, conn)
        if row["deleted"]:
            return []
        rates = read_rates(fd, conn)
        year = row["year"]
        allocated = sum(a["amount_usd"] for a in _live(fd, "fund_allocation", ["amount_usd"], conn, year=year))
        contributions = [c for c in contributions_in_usd(fd, conn, rates) if c["year"] == year]
        received = sum(c["usd"] or 0.0 for c in contributions if c["status"] == "received")
        if allocated > received + 0.005:
            warnings.append(problem("allocation_exceeds_received", year=year, allocated=round(allocated, 2),
                                    received=round(received, 2)))
        if row["contribution_id"]:
            warnings += _contribution_warnings(fd, conn, row, rates)
    return warnings


def _contribution_warnings(fd: FieldDesk, conn, row: dict[str, Any], rates: Rates) -> list[ProblemText]:
    out: list[ProblemText] = []
    contribution = fd.contributions.get_row(row["contribution_id"], conn)
    value = rates.usd(contribution["amount"], contribution["currency"], rate_day(contribution))
    drawn = sum(a["amount_usd"] for a in _live(fd, "fund_allocation", ["amount_usd"], conn,
                                                 contribution_id=row["contribution_id"]))
    if value is not None and drawn > value + 0.005:
        out.append(problem("allocation_over_contribution", allocated=round(drawn, 2), available=round(value, 2)))
    earmark = contribution["earmark"]
    if earmark in ("theme", "country"):
        project = fd.projects.get_row(row["project_id"], conn)
        inside = (contribution["earmark_theme_id"] in (project["theme_ids"] or []) if earmark == "theme"
                  else contribution["earmark_country_id"] == project["country_id"])
        if not inside:
            out.append(problem("allocation_outside_earmark", earmark=earmark_target_name(fd, contribution, conn)))
    # A region earmark is not checked yet: FieldDesk knows no country's region (the seam for the several-countries
    # work: a project's regions, when it has them, are what to compare with ``earmark_region``).
    return out


def earmark_target_name(fd: FieldDesk, contribution: dict[str, Any], conn=None) -> str:
    """What a contribution is earmarked to, in English (the problem's parameter; screens show their own words)."""
    if contribution["earmark"] == "theme":
        return fd.thematic_areas.get_row(contribution["earmark_theme_id"], conn)["name"]
    if contribution["earmark"] == "country":
        return fd.countries.get_row(contribution["earmark_country_id"], conn)["name"]
    if contribution["earmark"] == "region":
        return FundRegion(contribution["earmark_region"]).label
    return ""


def contribution_labels(fd: FieldDesk, lang: str = "en") -> list[tuple[str, str]]:
    """(id, "Norway 2026 NOK 20,000,000") of the live contributions, newest year first, for choosing one; the amount
    written as reports and the screen write amounts in ``lang``."""
    with fd.reading() as conn:
        names = {d["id"]: d["name"] for d in _live(fd, "donor", ["name"], conn)}
        rows = _live(fd, "contribution", ["donor_id", "year", "amount", "currency"], conn)
    rows.sort(key=lambda r: (-r["year"], names.get(r["donor_id"], ""), r["id"]))
    return [(r["id"], f"{names.get(r['donor_id'], '?')} {r['year']} "
                      f"{currency_text(round(r['amount']), r['currency'], lang)}") for r in rows]
