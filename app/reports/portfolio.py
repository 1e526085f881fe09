"""Portfolio overview for an office, or for every office at headquarters: requests by status, projects by stage,
indicators on and off track, budget execution by year and funding source, each project in one line, and the running
projects that have not yet planned who takes over when they end, and what lasted after the closed ones' exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import FundingSource, ProgressStatus, ProjectStatus, RequestStatus
from app.reports import after_exit, charts
from app.reports.layout import Report
from app.reports.lookups import Lookups
from app.services.programme.portfolio import portfolio

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "portfolio.title"


def build_story(fd: FieldDesk, report: Report, *, office: str | None) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    book = portfolio(fd, office)
    report.subject = look.office(office)
    report.report_progress(0.2, tr.t(TITLE_KEY))
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(look.office(office), "subtitle")]

    running = sum(1 for p in book.projects if p.status in ("approved", "ongoing"))
    open_requests = sum(n for s, n in book.requests.items() if s not in ("approved", "declined", "withdrawn"))
    money = book.money_by_year()
    budget, spent = sum(b for *_, b, _e in money), sum(e for *_, e in money)
    ind = book.indicators
    story += [report.heading(tr.t("summary.overview")),
              report.para(tr.t("portfolio.text", projects=len(book.projects), running=running,
                               requests=open_requests, budget=tr.money(budget), spent=tr.money(spent),
                               rate=tr.percent(spent, budget))),
              report.para(tr.t("portfolio.text_indicators", on=ind.get("on_track", 0) + ind.get("achieved", 0),
                               off=ind.get("off_track", 0), none=ind.get("not_measured", 0)))]

    half = report.frame_width * 0.5 - 8
    story.append(report.heading(tr.t("portfolio.requests")))
    rows = [(tr.enum(s, RequestStatus), book.requests[s]) for s in RequestStatus.values() if book.requests.get(s)]
    story.append(_counts(report, tr.t("portfolio.requests_col"), rows, half))
    story.append(report.heading(tr.t("portfolio.projects_by_stage")))
    stages = book.by_status
    rows = [(tr.enum(s, ProjectStatus), stages[s]) for s in ProjectStatus.values() if stages.get(s)]
    story.append(_counts(report, tr.t("portfolio.projects_col"), rows, half))
    story.append(report.heading(tr.t("portfolio.indicators")))
    rows = [(tr.enum(s, ProgressStatus), ind[s]) for s in ProgressStatus.values() if ind.get(s)]
    if rows:
        table = report.table([tr.t("summary.status"), tr.t("portfolio.indicators_col")],
                             [[label, n] for label, n in rows] + [[tr.t("total"), sum(n for _, n in rows)]],
                             [half * 0.7, half * 0.3], numeric=[1], total_row=True)
        colours = [charts.STATUS_COLOURS[s] for s in ProgressStatus.values() if ind.get(s)]
        story.append(report.side_by_side(table, charts.pie_chart([r[0] for r in rows], [r[1] for r in rows], half,
                                                                 90, rtl=tr.rtl, colours=colours,
                                                                 font=report.family.regular)))
    else:
        story.append(report.para(tr.t("none_recorded")))

    story.append(report.heading(tr.t("portfolio.money")))
    if money:
        table_rows = [[str(y), tr.enum(s, FundingSource), tr.number(b), tr.number(e), tr.percent(e, b)]
                      for y, s, b, e in money]
        table_rows.append([tr.t("total"), "", tr.number(budget), tr.number(spent), tr.percent(spent, budget)])
        story.append(report.table([tr.t("summary.year"), tr.t("summary.source"), tr.t("summary.budget"),
                                   tr.t("summary.spent"), tr.t("summary.rate")], table_rows,
                                  [0.1, 0.42, 0.17, 0.17, 0.14], numeric=[2, 3, 4], total_row=True))
    else:
        story.append(report.para(tr.t("none_recorded")))

    story.append(report.heading(tr.t("portfolio.projects")))
    if book.projects:
        rows = []
        for p in book.projects:
            total = p.budget.total
            rows.append([report.two_line_cell(f"{p.code} {p.title}", look.coverage(p.__dict__)),
                         tr.enum(p.status, ProjectStatus), tr.number(total.budget),
                         tr.percent(total.spent, total.budget),
                         p.indicators.get("on_track", 0) + p.indicators.get("achieved", 0),
                         p.indicators.get("off_track", 0), tr.date(p.exit_date) or "\u2014"])
        story.append(report.table([tr.t("portfolio.project"), tr.t("summary.status"), tr.t("summary.budget"),
                                   tr.t("summary.rate"), tr.t("portfolio.on"), tr.t("portfolio.off"),
                                   tr.t("portfolio.exit")], rows, [0.35, 0.11, 0.12, 0.09, 0.07, 0.07, 0.19],
                                  numeric=[2, 3, 4, 5]))
    else:
        story.append(report.para(tr.t("none_recorded")))

    story.append(report.heading(tr.t("portfolio.sustainability")))
    missing = book.without_exit()
    if missing:
        story.append(report.para(tr.t("portfolio.without_exit", n=len(missing))))
        rows = [[f"{p.code} {p.title}", p.national_partner or "\u2014",
                 tr.t("yes") if p.has_exit_plan else "\u2014", tr.date(p.exit_date) or "\u2014"] for p in missing]
        story.append(report.table([tr.t("portfolio.project"), tr.t("project.partner"), tr.t("project.exit_plan"),
                                   tr.t("portfolio.exit")], rows, [0.45, 0.25, 0.15, 0.15]))
    else:
        story.append(report.para(tr.t("portfolio.all_exit")))
    story += after_exit.section(fd, report, [p.id for p in book.projects if p.status == "closed"])
    return story, 2 + len(book.projects) // 30


def _counts(report: Report, column: str, rows: list[tuple[str, int]], half: float):
    tr = report.tr
    if not rows:
        return report.para(tr.t("none_recorded"))
    table = report.table([tr.t("summary.status"), column],
                         [[label, n] for label, n in rows] + [[tr.t("total"), sum(n for _, n in rows)]],
                         [half * 0.7, half * 0.3], numeric=[1], total_row=True)
    chart = charts.bar_chart([r[0] for r in rows], [r[1] for r in rows], half, font=report.family.regular)
    return report.side_by_side(table, chart)
