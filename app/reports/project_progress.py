"""Project progress report: the project and who takes over from it, the results framework with each indicator's
progress (table and chart), the activities delivered, budget execution by year and funding source, risks,
evaluations, the checks after its exit, and the project's status history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import (
    ActivityStatus,
    EvaluationKind,
    FundingSource,
    MissionStatus,
    Priority,
    ProjectStatus,
    ResultLevel,
    TrainingForm,
)
from app.reports import after_exit, charts
from app.reports.layout import Report
from app.reports.lookups import Lookups, live_record
from app.reports.programme_text import progress_text, value_text
from app.services.programme.results import project_summary

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "project.title"


def build_story(fd: FieldDesk, report: Report, project_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    project = live_record(fd.projects, project_id, "project")
    data = project_summary(fd, project_id)
    report.subject = f"{project.code} {project.title}"
    report.report_progress(0.2, tr.t(TITLE_KEY))

    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(f"{project.code} \u2013 {project.title}", "subtitle")]
    counts = data["indicators"]
    story.append(report.facts([
        *look.coverage_facts(project, tr.t("project.country")),
        (tr.t("project.status"), tr.enum(project.status, ProjectStatus)),
        (tr.t("project.dates"), tr.date_range(project.start_date, project.end_date)),
        (tr.t("project.funding"), tr.enum(project.funding_source, FundingSource)),
        (tr.t("project.themes"), look.themes(project.theme_ids)),
        (tr.t("project.partner"), project.national_partner),
        (tr.t("project.exit_date"), tr.date(project.exit_date)),
        (tr.t("project.indicators"), tr.t("project.indicator_counts", achieved=counts.get("achieved", 0),
                                          on=counts.get("on_track", 0), off=counts.get("off_track", 0),
                                          none=counts.get("not_measured", 0))),
    ], label_width=0.24))
    if project.exit_plan.strip():
        story += [report.heading(tr.t("project.exit_plan"), 2), report.para(project.exit_plan)]
    story += _results(report, data["results"])
    story += _activities(report, data["activities"], data["results"])
    story += _budget(report, data["budget"])
    story += _risks(report, data["risks"])
    story += _evaluations(report, data["evaluations"])
    story += after_exit.section(fd, report, [project_id], one_project=True)
    story += _history(report, look, data["transitions"])
    return story, 3


def _results(report: Report, results) -> list:
    tr = report.tr
    out = [report.heading(tr.t("project.results"))]
    if not results:
        return out + [report.para(tr.t("project.no_results"))]
    rows, chart_rows = [], []
    for result in results:
        label = tr.enum(result.level, ResultLevel) + (f" {result.code}" if result.code else "")
        rows.append([report.two_line_cell(result.statement, label), "", "", "", "", ""])
        for i in result.indicators:
            latest = i.progress.latest
            rows.append([f"\u2003{i.name}", value_text(tr, i.baseline, i.unit), value_text(tr, i.target, i.unit),
                         value_text(tr, latest.value if latest else None, i.unit), latest.period if latest else "",
                         progress_text(tr, i)])
            chart_rows.append((i.name, i.progress.share, i.progress.expected, i.progress.status.value))
    bold = [("SPAN", (0, r), (-1, r)) for r, row in enumerate(rows, start=1) if row[1] == "" and row[2] == ""]
    out.append(report.table([tr.t("project.result_indicator"), tr.t("project.baseline"), tr.t("project.target"),
                             tr.t("project.actual"), tr.t("project.period"), tr.t("project.progress")], rows,
                            [0.38, 0.11, 0.11, 0.11, 0.09, 0.2], numeric=[1, 2, 3], extra_style=bold))
    if chart_rows:
        out.append(report.heading(tr.t("project.chart"), 2))
        out.append(charts.progress_chart(chart_rows, report.frame_width, rtl=tr.rtl, font=report.family.regular))
        out.append(report.para(tr.t("project.chart_key"), "small"))
    return out


def _activities(report: Report, activities: list, results) -> list:
    tr = report.tr
    out = [report.heading(tr.t("project.activities"))]
    if not activities:
        return out + [report.para(tr.t("none_recorded"))]
    serves: dict[str, list[str]] = {}
    for result in results:
        for rid in (*result.training_ids, *result.mission_ids):
            serves.setdefault(rid, []).append(result.code or tr.enum(result.level, ResultLevel))
    delivered = sum(1 for a in activities if a["status"] in ("completed", "report_final", "closed"))
    out.append(report.para(tr.t("project.activities_n", n=len(activities), done=delivered)))
    rows = []
    for a in activities:
        if a["kind"] == "training":
            kind, status = tr.enum(a["form"], TrainingForm), tr.enum(a["status"], ActivityStatus)
        else:
            kind, status = tr.t("project.mission"), tr.enum(a["status"], MissionStatus)
        rows.append([tr.date_range(a["start_date"], a["end_date"]), a["title"], kind, status,
                     tr.join(serves.get(a["id"], []))])
    out.append(report.table([tr.t("project.dates"), tr.t("project.activity"), tr.t("project.form"),
                             tr.t("project.status"), tr.t("project.serves")], rows, [0.2, 0.38, 0.16, 0.13, 0.13]))
    return out


def _budget(report: Report, money) -> list:
    tr = report.tr
    out = [report.heading(tr.t("project.budget"))]
    if not money.lines:
        return out + [report.para(tr.t("none_recorded"))]
    total = money.total
    out.append(report.para(tr.t("project.execution", spent=tr.money(total.spent), budget=tr.money(total.budget),
                                rate=tr.percent(total.spent, total.budget))))
    rows = [[str(x.year), tr.enum(x.funding_source, FundingSource), tr.number(x.budget), tr.number(x.spent),
             tr.percent(x.spent, x.budget)] for x in money.lines]
    years = money.by_year()
    for y in years if len(money.lines) > len(years) > 1 else []:  # a year's total, when it has several sources
        rows.append([str(y.year), tr.t("total"), tr.number(y.budget), tr.number(y.spent),
                     tr.percent(y.spent, y.budget)])
    rows.append([tr.t("total"), "", tr.number(total.budget), tr.number(total.spent), tr.percent(total.spent,
                                                                                                 total.budget)])
    out.append(report.table([tr.t("summary.year"), tr.t("summary.source"), tr.t("summary.budget"),
                             tr.t("summary.spent"), tr.t("summary.rate")], rows, [0.1, 0.42, 0.17, 0.17, 0.14],
                            numeric=[2, 3, 4], total_row=True))
    return out


def _risks(report: Report, risks: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("project.risks"))]
    if not risks:
        return out + [report.para(tr.t("none_recorded"))]
    rows = [[r["description"], tr.enum(r["likelihood"], Priority), tr.enum(r["impact"], Priority), r["mitigation"],
             tr.t("project.risk_closed") if r["closed"] else tr.t("project.risk_open")] for r in risks]
    out.append(report.table([tr.t("project.risk"), tr.t("project.likelihood"), tr.t("project.impact"),
                             tr.t("project.mitigation"), tr.t("project.status")], rows, [0.34, 0.11, 0.1, 0.33, 0.12]))
    return out


def _evaluations(report: Report, evaluations: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("project.evaluations"))]
    if not evaluations:
        return out + [report.para(tr.t("project.no_evaluation"))]
    for e in evaluations:
        who = f" \u2013 {e['evaluators']}" if e["evaluators"] else ""
        out.append(report.heading(f"{tr.enum(e['kind'], EvaluationKind)}, {tr.date(e['evaluation_date'])}{who}", 2))
        out += [report.para(f"{tr.t('project.findings')}: {e['findings'] or chr(0x2014)}"),
                report.para(f"{tr.t('project.lessons')}: {e['lessons'] or chr(0x2014)}")]
    return out


def _history(report: Report, look: Lookups, steps: list) -> list:
    tr = report.tr
    rows = [[tr.date(s["transition_date"]), tr.enum(s["from_status"], ProjectStatus) or "\u2014",
             tr.enum(s["to_status"], ProjectStatus), look.author(s["made_by"], s.get("owner_office")), s["note"]]
            for s in steps]
    return [report.heading(tr.t("project.history")),
            report.table([tr.t("assessment.date"), tr.t("assessment.from"), tr.t("assessment.to"),
                          tr.t("assessment.by"), tr.t("assessment.note")], rows, [0.14, 0.15, 0.15, 0.22, 0.34])]

