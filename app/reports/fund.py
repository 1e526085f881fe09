"""The Voluntary Fund's report for a year (or every year): its position (pledged, received, allocated, spent,
balance, against the regular budget), the contributions by donor in their currency and in US dollars, the allocations
by project, and the regular budget against the Fund by country. A total that lacks a rate of exchange says which."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.models.enums import ContributionStatus, DonorKind, EarmarkKind, FundRegion
from app.reports.layout import Report
from app.reports.lookups import Lookups, ReportRefused
from app.services.programme.fund import (
    contribution_labels,
    contributions_in_usd,
    fund_position,
    regular_budget_against_fund,
)
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "fund.title"


def build_story(fd: FieldDesk, report: Report, *, year: int | None = None) -> tuple[list, int]:
    tr = report.tr
    if year is not None and not 1987 <= year <= 2100:
        raise ReportRefused(problem("fund.not_a_year", year=year))
    report.subject = tr.t("fund.year", year=year) if year else tr.t("fund.all_years")
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(report.subject, "subtitle")]
    years = fund_position(fd, year)
    report.report_progress(0.2, report.title)
    if not years:
        return [*story, report.para(tr.t("fund.none"))], 1
    story += _position(report, years)
    contributions = [c for c in contributions_in_usd(fd) if year is None or c["year"] == year]
    story += _by_donor(fd, report, contributions)
    report.report_progress(0.5, report.title)
    allocations = fd.fund_allocations.matching_rows(
        _query(year), ["year", "amount_usd", "project_id", "contribution_id", "allocation_date"])
    story += _by_project(fd, report, allocations, dict(contribution_labels(fd, tr.lang)))
    sources = [s for s in regular_budget_against_fund(fd) if year is None or s.year == year]
    story += _against(report, sources)
    return story, 2 + (len(contributions) + len(allocations)) // 25


def _query(year: int | None):
    return ListQuery(filters={"year": [year]} if year else {}, sort=("-year",))


def _position(report: Report, years) -> list:
    tr = report.tr
    rows = [[str(y.year), tr.number(y.pledged_usd), tr.number(y.received_usd), tr.number(y.allocated_usd),
             tr.number(y.spent_usd), tr.number(y.balance_usd), tr.number(y.regular_budget_usd)] for y in years]
    out = [report.heading(tr.t("fund.position")), report.para(tr.t("fund.in_usd")),
           report.table([tr.t("fund.year_column"), tr.t("fund.pledged"), tr.t("fund.received"),
                         tr.t("fund.allocated"), tr.t("fund.spent"), tr.t("fund.balance"),
                         tr.t("fund.regular_budget")], rows,
                        [0.09, 0.15, 0.15, 0.15, 0.15, 0.15, 0.16], numeric=[1, 2, 3, 4, 5, 6])]
    missing = sorted({m for y in years for m in y.missing_rates})
    if missing:
        out.append(report.para(tr.t("fund.missing_rates", rates=tr.join(missing))))
    return out


def _earmark(report: Report, look: Lookups, c: dict) -> str:
    tr = report.tr
    if c["earmark"] == "theme":
        return look.theme(c["earmark_theme_id"])
    if c["earmark"] == "country":
        return tr.country(c["earmark_country_id"])
    if c["earmark"] == "region":
        return tr.enum(c["earmark_region"], FundRegion)
    return tr.enum(c["earmark"], EarmarkKind)


def _by_donor(fd: FieldDesk, report: Report, contributions: list[dict]) -> list:
    tr = report.tr
    look = Lookups(fd, tr)
    donors = {d["id"]: d for d in fd.donors.matching_rows(_all(), ["name", "kind"])}
    out = [report.heading(tr.t("fund.by_donor"))]
    if not contributions:
        return [*out, report.para(tr.t("fund.no_contributions"))]
    by_donor: dict[str, list[dict]] = defaultdict(list)
    for c in contributions:
        by_donor[c["donor_id"]].append(c)
    rows, total = [], 0.0
    for donor_id in sorted(by_donor, key=lambda d: donors.get(d, {}).get("name", "")):
        donor = donors.get(donor_id, {"name": "?", "kind": None})
        for c in sorted(by_donor[donor_id], key=lambda c: (c["year"], c["rate_day"])):
            total += c["usd"] or 0.0
            rows.append([report.two_line_cell(donor["name"], tr.enum(donor["kind"], DonorKind)), str(c["year"]),
                         tr.currency(c["amount"], c["currency"]), tr.enum(c["status"], ContributionStatus),
                         tr.number(c["usd"]) if c["usd"] is not None else tr.t("fund.no_rate"),
                         _earmark(report, look, c)])
    rows.append([tr.t("total"), "", "", "", tr.number(total), ""])
    out.append(report.table([tr.t("fund.donor"), tr.t("fund.year_column"), tr.t("fund.amount"),
                             tr.t("fund.status"), tr.t("fund.usd"), tr.t("fund.earmark")], rows,
                            [0.27, 0.08, 0.18, 0.12, 0.15, 0.20], numeric=[2, 4], total_row=True))
    return out


def _all():
    return ListQuery()


def _by_project(fd: FieldDesk, report: Report, allocations: list[dict], labels: dict[str, str]) -> list:
    tr = report.tr
    out = [report.heading(tr.t("fund.by_project"))]
    if not allocations:
        return [*out, report.para(tr.t("fund.no_allocations"))]
    projects = {p["id"]: p for p in fd.projects.rows(sorted({a["project_id"] for a in allocations}),
                                                     ["code", "title", "country_id"])}
    rows, total = [], 0.0
    for a in sorted(allocations, key=lambda a: (projects.get(a["project_id"], {}).get("code", ""), a["year"])):
        p = projects.get(a["project_id"], {"code": "", "title": "", "country_id": None})
        total += a["amount_usd"]
        rows.append([report.two_line_cell(p["code"], p["title"]), tr.country(p["country_id"]), str(a["year"]),
                     tr.number(a["amount_usd"]), labels.get(a["contribution_id"] or "", "")])
    rows.append([tr.t("total"), "", "", tr.number(total), ""])
    out.append(report.table([tr.t("fund.project"), tr.t("fund.country"), tr.t("fund.year_column"),
                             tr.t("fund.usd"), tr.t("fund.drawn_on")], rows,
                            [0.34, 0.16, 0.08, 0.15, 0.27], numeric=[3], total_row=True))
    return out


def _against(report: Report, sources) -> list:
    tr = report.tr
    sources = sorted(sources, key=lambda s: (s.year, s.country_id is None, tr.country(s.country_id, "")))
    out = [report.heading(tr.t("fund.against"))]
    if not sources:
        return [*out, report.para(tr.t("fund.no_budget_lines"))]
    rows = [[str(s.year), tr.country(s.country_id, tr.t("fund.no_country")), tr.number(s.regular_budget_usd),
             tr.number(s.regular_spent_usd), tr.number(s.fund_budget_usd), tr.number(s.fund_spent_usd)]
            for s in sources]
    totals = [sum(getattr(s, f) for s in sources) for f in ("regular_budget_usd", "regular_spent_usd",
                                                          "fund_budget_usd", "fund_spent_usd")]
    rows.append([tr.t("total"), "", *[tr.number(v) for v in totals]])
    out.append(report.table([tr.t("fund.year_column"), tr.t("fund.country"), tr.t("fund.regular_budget"),
                             tr.t("fund.regular_spent"), tr.t("fund.fund_budget"), tr.t("fund.fund_spent")], rows,
                            [0.08, 0.24, 0.17, 0.17, 0.17, 0.17], numeric=[2, 3, 4, 5], total_row=True))
    return out
