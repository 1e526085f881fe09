"""Programme summary for a period and an office (or all offices at headquarters), in the spirit of the 1997 report
on the technical cooperation programme: missions undertaken by country, trainings by form and target group,
participants reached (unique people and by sex), projects by status and funding source, expenditure by source."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from app.models import FundingSource, MissionStatus, ProjectStatus, Sex, TrainingForm
from app.reports import charts
from app.reports.layout import Report
from app.reports.lookups import Lookups
from app.services import programme_stats
from app.services.stats import Period

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "summary.title"


def _period_text(report: Report, date_from: date | None, date_to: date | None) -> str:
    tr = report.tr
    if date_from and date_to:
        return tr.date_range(date_from, date_to)
    if date_from:
        return tr.t("summary.period_from", start=tr.date(date_from))
    if date_to:
        return tr.t("summary.period_to", end=tr.date(date_to))
    return tr.t("summary.period_all")


def build_story(fd: FieldDesk, report: Report, *, date_from: date | None, date_to: date | None,
                office: str | None) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    period = Period(date_from=date_from, date_to=date_to, office=office)
    scope = tr.t("summary.scope", office=look.office(office), period=_period_text(report, date_from, date_to))
    report.subject = scope
    missions = fd.stats.missions_by_country(period)
    mission_status = fd.stats.missions_by_status(period)
    forms = fd.stats.activities_by_form(period)
    groups = programme_stats.activities_by_target_group(fd, period)
    by_sex = fd.stats.participants_by_sex(period)
    unique = fd.stats.unique_participants(period)
    projects = programme_stats.projects_by_status_and_source(fd, period)
    budget = programme_stats.budget_by_source(fd, period)
    report.report_progress(0.15, report.title)

    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(scope, "subtitle")]
    story += _overview(report, look, missions, forms, by_sex, unique, projects, budget)
    story += _missions(report, look, missions, mission_status)
    story += _trainings(report, look, forms, groups)
    story += _participants(report, by_sex, unique)
    story += _projects(report, projects)
    story += _expenditure(report, budget)
    return story, 3


def _overview(report, look, missions, forms, by_sex, unique, projects, budget) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.overview"))]
    if missions:
        countries = ", ".join(f"{look.country(c)} ({n})" for c, n in _by_count(missions, look.country))
        out.append(report.para(tr.t("summary.text_missions", missions=sum(missions.values()), countries=countries)))
    else:
        out.append(report.para(tr.t("summary.text_no_missions")))
    out.append(report.para(tr.t("summary.text_trainings", activities=sum(forms.values()), people=unique,
                                women=by_sex.get("female", 0))))
    spent = defaultdict(float)
    for _year, source, _budget, expenditure in budget:
        spent[source] += expenditure
    out.append(report.para(tr.t("summary.text_expenditure", total=tr.number(sum(spent.values())),
                                regular=tr.number(spent["regular_budget"]),
                                voluntary=tr.number(spent["voluntary_fund"]))))
    active = sum(n for (status, _), n in projects.items() if status in ("ongoing", "approved"))
    out.append(report.para(tr.t("summary.text_projects", n=active)))
    return out


def _by_count(counts: dict, name) -> list[tuple]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], name(kv[0])))


def _counts_with_chart(report: Report, header: list[str], rows: list[tuple[str, int]]) -> list:
    tr = report.tr
    half = report.frame_width * 0.5 - 8
    total = sum(n for _, n in rows)
    table = report.table(header, [[label, n] for label, n in rows] + [[tr.t("total"), total]],
                         [half * 0.75, half * 0.25], numeric=[1], total_row=True)
    return [report.side_by_side(table, charts.bar_chart([label for label, _ in rows], [n for _, n in rows], half))]


def _missions(report: Report, look: Lookups, missions: dict, statuses: dict) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.missions_by_country"))]
    if not missions:
        return out + [report.para(tr.t("none_recorded"))]
    out += _counts_with_chart(report, [tr.t("summary.country"), tr.t("summary.missions")],
                              [(look.country(c), n) for c, n in _by_count(missions, look.country)])
    out.append(report.heading(tr.t("summary.missions_by_status"), 2))
    rows = [[tr.enum(s, MissionStatus), statuses[s]] for s in MissionStatus.values() if statuses.get(s)]
    out.append(report.table([tr.t("summary.status"), tr.t("summary.missions")], rows, [0.4, 0.15], numeric=[1]))
    return out


def _trainings(report: Report, look: Lookups, forms: dict, groups: dict) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.trainings_by_form"))]
    if not forms:
        return out + [report.para(tr.t("none_recorded"))]
    out += _counts_with_chart(report, [tr.t("summary.form"), tr.t("summary.activities")],
                              [(tr.enum(f, TrainingForm), forms[f]) for f in TrainingForm.values() if forms.get(f)])
    out.append(report.heading(tr.t("summary.trainings_by_group"), 2))
    rows = sorted(((look.stakeholder(g), n) for g, n in groups.items()), key=lambda x: (-x[1], x[0]))
    out.append(report.table([tr.t("summary.group"), tr.t("summary.activities")], rows, [0.4, 0.15], numeric=[1]))
    return out


def _participants(report: Report, by_sex: dict, unique: int) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.participants"))]
    rows = [(tr.enum(s, Sex), by_sex[s]) for s in Sex.values() if by_sex.get(s)]
    half = report.frame_width * 0.5 - 8
    table = report.table([tr.t("training.sex"), tr.t("summary.participants_col"), tr.t("share")],
                         [[label, n, tr.percent(n, unique)] for label, n in rows] + [[tr.t("summary.unique"), unique,
                                                                                       tr.percent(unique, unique)]],
                         [half * 0.5, half * 0.27, half * 0.23], numeric=[1, 2], total_row=True)
    if not rows:
        return [*out, table]
    return [*out, report.side_by_side(table, charts.pie_chart([r[0] for r in rows], [r[1] for r in rows], half, 90, rtl=report.tr.rtl))]


def _projects(report: Report, projects: dict) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.projects"))]
    if not projects:
        return out + [report.para(tr.t("none_recorded"))]
    sources = [s for s in FundingSource.values() if any(k[1] == s for k in projects)]
    header = [tr.t("summary.status"), *(tr.enum(s, FundingSource) for s in sources), tr.t("total")]
    rows = []
    for status in ProjectStatus.values():
        counts = [projects.get((status, s), 0) for s in sources]
        if any(counts):
            rows.append([tr.enum(status, ProjectStatus), *counts, sum(counts)])
    totals = [sum(projects.get((st, s), 0) for st in ProjectStatus.values()) for s in sources]
    rows.append([tr.t("total"), *totals, sum(totals)])
    first = 0.28
    rest = (1 - first) / (len(sources) + 1)
    out.append(report.table(header, rows, [first, *([rest] * (len(sources) + 1))],
                            numeric=list(range(1, len(sources) + 2)), total_row=True))
    return out


def _expenditure(report: Report, budget: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.expenditure"))]
    if not budget:
        return out + [report.para(tr.t("none_recorded"))]
    rows = [[str(year), tr.enum(source, FundingSource), tr.number(b), tr.number(e), tr.percent(e, b)]
            for year, source, b, e in budget]
    total_b = sum(b for *_, b, _e in budget)
    total_e = sum(e for *_, e in budget)
    rows.append([tr.t("total"), "", tr.number(total_b), tr.number(total_e), tr.percent(total_e, total_b)])
    out.append(report.table([tr.t("summary.year"), tr.t("summary.source"), tr.t("summary.budget"),
                             tr.t("summary.spent"), tr.t("summary.rate")], rows, [0.1, 0.42, 0.17, 0.17, 0.14],
                            numeric=[2, 3, 4], total_row=True))
    return out
