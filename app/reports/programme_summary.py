"""Programme summary for a period and an office (or all offices at headquarters), in the spirit of the 1997 report
on the technical cooperation programme: missions undertaken by country, trainings by form and target group,
participants reached (unique people and by sex), projects by status and funding source, expenditure by source.

"Undertaken" and "reached" count held activities (completed) and missions that went to the field and came back;
planned, ongoing and in-the-field ones are shown apart, under their own names. Every count is grouped the language's
way and every column says what it counts."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from app.models import ActivityStatus, FundingSource, MissionStatus, ProjectStatus, Sex, TrainingForm
from app.models.coverage import GLOBAL, SEVERAL
from app.reports import charts
from app.reports.fellowship_summary import section
from app.reports.layout import Report
from app.reports.lookups import Lookups
from app.services.programme import programme_stats
from app.services.programme.stats import Period, TestResults

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
    held = period.held()  # "reached" and "undertaken" count what took place; the rest is shown apart, by name
    scope = tr.t("summary.scope", office=look.office(office), period=_period_text(report, date_from, date_to))
    report.subject = scope
    figures = {
        "missions": fd.stats.missions_by_country(held),
        "mission_scopes": fd.stats.missions_by_scope(held),
        "activities_by_country": fd.stats.activities_by_country(held),
        "activity_scopes": fd.stats.activities_by_scope(held),
        "mission_status": fd.stats.missions_by_status(period),
        "activity_status": fd.stats.activities_by_status(period),
        "forms": fd.stats.activities_by_form(held),
        "groups": programme_stats.activities_by_target_group(fd, held),
        "themes": fd.stats.activities_by_theme(held),
        "quarters": fd.stats.activities_by_quarter(held),
        "tests": fd.stats.test_results(held),
        "by_sex": fd.stats.participants_by_sex(held),
        "unique": fd.stats.unique_participants(held),
        "projects": programme_stats.projects_by_status_and_source(fd, period),
        "budget": programme_stats.budget_by_source(fd, period),
    }
    report.report_progress(0.15, report.title)

    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(scope, "subtitle")]
    story += _overview(report, look, figures)
    story += _missions(report, look, figures["missions"], figures["mission_scopes"], figures["mission_status"])
    story += _trainings(report, look, figures)
    story += _participants(report, figures["by_sex"], figures["unique"])
    story += section(fd, report, period)
    story += _test_results(report, figures["tests"])
    story += _projects(report, figures["projects"])
    story += _expenditure(report, figures["budget"])
    return story, 4


def _not_held(statuses: dict, *names: str) -> int:
    return sum(statuses.get(s, 0) for s in names)


def _overview(report: Report, look: Lookups, f: dict) -> list:
    tr = report.tr
    n = tr.number
    out = [report.heading(tr.t("summary.overview"))]
    missions = f["missions"]
    if missions:
        countries = tr.join(f"{look.country(c)} ({n(k)})" for c, k in _by_count(missions, look.country))
        out.append(report.para(tr.t("summary.text_missions", missions=n(sum(f["mission_scopes"].values())),
                                    countries=countries)))
    else:
        out.append(report.para(tr.t("summary.text_no_missions")))
    in_field = _not_held(f["mission_status"], MissionStatus.IN_THE_FIELD.value)
    to_come = _not_held(f["mission_status"], MissionStatus.REQUESTED.value, MissionStatus.PLANNED.value)
    if in_field or to_come:
        out.append(report.para(tr.t("summary.text_missions_apart", in_field=n(in_field), planned=n(to_come))))
    out.append(report.para(tr.t("summary.text_trainings", activities=n(sum(f["forms"].values())), people=n(f["unique"]),
                                women=n(f["by_sex"].get("female", 0)))))
    ongoing = _not_held(f["activity_status"], ActivityStatus.ONGOING.value)
    planned = _not_held(f["activity_status"], ActivityStatus.PLANNED.value)
    if ongoing or planned:
        out.append(report.para(tr.t("summary.text_trainings_apart", ongoing=n(ongoing), planned=n(planned))))
    spent = defaultdict(float)
    for _year, source, _budget, expenditure in f["budget"]:
        spent[source] += expenditure
    out.append(report.para(tr.t("summary.text_expenditure", total=n(sum(spent.values())),
                                regular=n(spent["regular_budget"]), voluntary=n(spent["voluntary_fund"]))))
    active = sum(k for (status, _), k in f["projects"].items() if status in ("ongoing", "approved"))
    out.append(report.para(tr.t("summary.text_projects", n=n(active))))
    return out


def _by_count(counts: dict, name) -> list[tuple]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], name(kv[0])))


def _counts_with_chart(report: Report, header: list[str], rows: list[tuple[str, int]], total: int | None = None,
                      with_total: bool = True) -> list:
    """A table of counts beside its bar chart. ``total`` when the rows count some records more than once and the
    records are counted once below (a regional activity under each of its countries); ``with_total=False`` where
    no total makes sense (an activity under each of its thematic areas)."""
    tr = report.tr
    half = report.frame_width * 0.5 - 8
    body = [[label, tr.number(k)] for label, k in rows]
    if with_total:
        body.append([tr.t("total"), tr.number(sum(k for _, k in rows) if total is None else total)])
    table = report.table(header, body, [half * 0.75, half * 0.25], numeric=[1], total_row=with_total)
    chart = charts.bar_chart([label for label, _ in rows], [k for _, k in rows], half, number=tr.number,
                             font=report.family.regular)
    return [report.side_by_side(table, chart)]


def _by_country(report: Report, look: Lookups, counts: dict, scopes: dict, what: str) -> list:
    """Counts by country where a regional or interregional record is under each of its countries and a global one
    under "Global"; the total counts each record once, and a note says so."""
    tr = report.tr
    rows = [(look.country(c), k) for c, k in _by_count(counts, look.country)]
    if scopes.get(GLOBAL):
        rows.append((tr.t("summary.global"), scopes[GLOBAL]))
    out = _counts_with_chart(report, [tr.t("summary.country"), what], rows, total=sum(scopes.values()))
    if any(scopes.get(s) for s in SEVERAL):
        out.append(report.para(tr.t("summary.counted_once"), "small"))
    return out


def _missions(report: Report, look: Lookups, missions: dict, scopes: dict, statuses: dict) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.missions_by_country"))]
    if missions or scopes:
        out += _by_country(report, look, missions, scopes, tr.t("summary.missions_undertaken"))
    else:
        out.append(report.para(tr.t("none_recorded")))
    if not statuses:
        return out
    out.append(report.heading(tr.t("summary.missions_by_status"), 2))
    rows = [[tr.enum(s, MissionStatus), tr.number(statuses[s])] for s in MissionStatus.values() if statuses.get(s)]
    rows.append([tr.t("total"), tr.number(sum(statuses.values()))])
    out.append(report.table([tr.t("summary.status"), tr.t("summary.missions_all")], rows, [0.4, 0.2], numeric=[1],
                            total_row=True))
    return out


def _trainings(report: Report, look: Lookups, f: dict) -> list:
    tr = report.tr
    forms, statuses = f["forms"], f["activity_status"]
    out = [report.heading(tr.t("summary.trainings_by_status"))]
    if not statuses:
        return out + [report.para(tr.t("none_recorded"))]
    rows = [[tr.enum(s, ActivityStatus), tr.number(statuses[s])] for s in ActivityStatus.values() if statuses.get(s)]
    rows.append([tr.t("total"), tr.number(sum(statuses.values()))])
    out.append(report.table([tr.t("summary.status"), tr.t("summary.activities_all")], rows, [0.4, 0.2], numeric=[1],
                            total_row=True))
    out.append(report.heading(tr.t("summary.trainings_by_form"), 2))
    if not forms:
        return out + [report.para(tr.t("summary.none_held"))]
    out += _counts_with_chart(report, [tr.t("summary.form"), tr.t("summary.activities_held")],
                              [(tr.enum(k, TrainingForm), forms[k]) for k in TrainingForm.values() if forms.get(k)])
    out.append(report.heading(tr.t("summary.trainings_by_country"), 2))
    out += _by_country(report, look, f["activities_by_country"], f["activity_scopes"], tr.t("summary.activities_held"))
    out.append(report.heading(tr.t("summary.trainings_by_group"), 2))
    rows = sorted(((look.stakeholder(g), k) for g, k in f["groups"].items()), key=lambda x: (-x[1], x[0]))
    if rows:
        out.append(report.table([tr.t("summary.group"), tr.t("summary.activities_held")],
                                [[label, tr.number(k)] for label, k in rows], [0.4, 0.2], numeric=[1]))
    else:
        out.append(report.para(tr.t("none_recorded")))
    out.append(report.heading(tr.t("summary.trainings_by_theme"), 2))
    themes = sorted(f["themes"].items(), key=lambda kv: (look.theme_order.get(kv[0], 99), look.theme(kv[0])))
    if themes:
        out += _counts_with_chart(report, [tr.t("summary.theme"), tr.t("summary.activities_held")],
                                  [(look.theme(t), k) for t, k in themes], with_total=False)
        out.append(report.para(tr.t("summary.themes_note")))
    else:
        out.append(report.para(tr.t("none_recorded")))
    out.append(report.heading(tr.t("summary.trainings_by_quarter"), 2))
    out.append(report.table([tr.t("summary.quarter"), tr.t("summary.activities_held"), tr.t("summary.enrolments")],
                            [[_quarter(tr, q), tr.number(a), tr.number(p)] for q, a, p in f["quarters"]],
                            [0.2, 0.2, 0.2], numeric=[1, 2]))
    return out


def _quarter(tr, label: str) -> str:
    """``2026-Q1`` (the statistics' key) as the report's language writes a quarter."""
    year, quarter = label.split("-Q")
    return tr.t("summary.quarter_label", q=quarter, year=year)


def _participants(report: Report, by_sex: dict, unique: int) -> list:
    tr = report.tr
    out = [report.heading(tr.t("summary.participants"))]
    rows = [(tr.enum(s, Sex), by_sex[s]) for s in Sex.values() if by_sex.get(s)]
    half = report.frame_width * 0.5 - 8
    table = report.table([tr.t("training.sex"), tr.t("summary.unique"), tr.t("share")],
                         [[label, tr.number(k), tr.percent(k, unique)] for label, k in rows]
                         + [[tr.t("total"), tr.number(unique), tr.percent(unique, unique)]],
                         [half * 0.5, half * 0.27, half * 0.23], numeric=[1, 2], total_row=True)
    if not rows:
        return [*out, table]
    pie = charts.pie_chart([r[0] for r in rows], [r[1] for r in rows], half, 90, rtl=report.tr.rtl,
                           font=report.family.regular)
    return [*out, report.side_by_side(table, pie)]


def _test_results(report: Report, results: TestResults) -> list:
    """Pre- and post-test averages of held activities, and the gain between the two as printed."""
    tr = report.tr
    out = [report.heading(tr.t("summary.tests"))]
    if not results.tested:
        return out + [report.para(tr.t("none_recorded"))]
    pre, post, gain = results.rounded(1)
    out.append(report.facts([
        (tr.t("summary.tested"), tr.number(results.tested)),
        (tr.t("training.pre_avg"), tr.t("points", n=tr.number(pre, 1))),
        (tr.t("training.post_avg"), tr.t("points", n=tr.number(post, 1))),
        (tr.t("training.gain"), ("+" if gain >= 0 else "") + tr.t("points", n=tr.number(gain, 1))),
    ], label_width=0.35))
    return out


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
            rows.append([tr.enum(status, ProjectStatus), *map(tr.number, counts), tr.number(sum(counts))])
    totals = [sum(projects.get((st, s), 0) for st in ProjectStatus.values()) for s in sources]
    rows.append([tr.t("total"), *map(tr.number, totals), tr.number(sum(totals))])
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
