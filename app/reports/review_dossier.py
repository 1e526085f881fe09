"""The review dossier: one country and one thematic area (optionally a period), assembled from the day-to-day records
in the manner of the 2003 global review (``app/services/programme/review_dossier.py`` computes every figure). Each
section is filled from the records or says plainly that none are recorded."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.models.enums import (
    ActivityStatus,
    EvaluationKind,
    FollowUpStatus,
    FundingSource,
    MissionStatus,
    ProgressStatus,
    ProjectStatus,
    RecommendationSource,
    RequestStatus,
    ReviewKind,
    ReviewStatus,
    Sex,
    SustainedLevel,
    TrainingForm,
)
from app.reports.lookups import Lookups, ReportRefused
from app.services.programme.review_dossier import DossierRefused, dossier, scope_of

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk
    from app.services.programme.review_dossier import Dossier

TITLE_KEY = "dossier.title"
DASH = "\u2014"
SEXES = ("female", "male", "other", "not_stated")


def build_story(fd: FieldDesk, report: Report, *, country: str | None, theme: str | None,
                date_from: date | None = None, date_to: date | None = None) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    try:
        scope = scope_of(fd, country, theme, date_from, date_to)
    except DossierRefused as e:
        raise ReportRefused(str(e)) from None
    d = dossier(fd, scope)
    period = (tr.date_range(date_from, date_to) if date_from and date_to else
              tr.t("summary.period_from", start=tr.date(date_from)) if date_from else
              tr.t("summary.period_to", end=tr.date(date_to)) if date_to else tr.t("summary.period_all"))
    subject = tr.t("dossier.scope", country=look.country(scope.country_id), theme=look.theme(scope.theme_id))
    report.subject = subject
    report.report_progress(0.3, report.title)
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(f"{subject}, {period}", "subtitle"),
             report.heading(tr.t("summary.overview")),
             report.facts([(tr.t("dossier.requests"), tr.number(len(d.requests))),
                           (tr.t("dossier.missions"), tr.number(len(d.missions))),
                           (tr.t("dossier.trainings"), tr.number(len(d.held))),
                           (tr.t("dossier.reached"), tr.number(d.reached.total)),
                           (tr.t("dossier.projects"), tr.number(len(d.projects))),
                           (tr.t("dossier.recommendations"), tr.number(len(d.recommendations)))], 0.5)]
    story += _reviews(report, d)
    story += _requests(report, d)
    story += _missions(report, d)
    report.report_progress(0.5, report.title)
    story += _trainings(report, look, d)
    story += _projects(report, d)
    report.report_progress(0.7, report.title)
    story += _evaluations(report, d, look)
    story += _followup(report, d)
    return story, 4 + len(d.projects) // 3


def _none(report: Report) -> list:
    return [report.para(report.tr.t("none_recorded"))]


def _reviews(report: Report, d: Dossier) -> list:
    tr = report.tr
    if not d.reviews:
        return []
    rows = [[r["title"], tr.enum(r["kind"], ReviewKind), tr.date_range(r["period_from"], r["period_to"]),
             tr.enum(r["status"], ReviewStatus)] for r in d.reviews]
    return [report.heading(tr.t("dossier.reviews")),
            report.table([tr.t("dossier.title_col"), tr.t("dossier.kind"), tr.t("dossier.period"),
                          tr.t("summary.status")], rows, [0.45, 0.2, 0.2, 0.15])]


def _requests(report: Report, d: Dossier) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.requests_heading"))]
    if not d.requests:
        return out + _none(report)
    rows = [[report.two_line_cell(r["title"], r["requesting_authority"]), tr.date(r["received_date"]),
             tr.enum(r["status"], RequestStatus), tr.date(r["decision_date"]) or DASH,
             r["decision_reasons"] or DASH] for r in d.requests]
    return out + [report.table([tr.t("dossier.request"), tr.t("dossier.received"), tr.t("summary.status"),
                                tr.t("dossier.decided"), tr.t("dossier.reasons")], rows,
                               [0.3, 0.13, 0.15, 0.13, 0.29])]


def _missions(report: Report, d: Dossier) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.missions_heading"))]
    if not d.missions:
        return out + _none(report)
    rows = [[m["title"], tr.date_range(m["start_date"], m["end_date"]), tr.enum(m["status"], MissionStatus),
             m["meetings"], m["findings"]] for m in d.missions]
    return out + [report.table([tr.t("dossier.mission"), tr.t("dossier.dates"), tr.t("summary.status"),
                                tr.t("dossier.meetings"), tr.t("dossier.findings")], rows,
                               [0.4, 0.22, 0.16, 0.11, 0.11], numeric=[3, 4])]


def _trainings(report: Report, look: Lookups, d: Dossier) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.trainings_heading"))]
    if not d.trainings:
        return out + _none(report)
    rows = [[t.title, tr.enum(t.form, TrainingForm), tr.date(t.start_date), tr.enum(t.status, ActivityStatus),
             tr.number(t.enrolled),
             tr.number(t.cost_per_participant) if t.cost_per_participant is not None else tr.t("dossier.no_cost")]
            for t in d.trainings]
    out.append(report.table([tr.t("dossier.training"), tr.t("summary.form"), tr.t("dossier.start"),
                             tr.t("summary.status"), tr.t("summary.enrolments"), tr.t("dossier.per_participant")],
                            rows, [0.3, 0.16, 0.13, 0.11, 0.13, 0.17], numeric=[4, 5]))
    out.append(report.heading(tr.t("dossier.reached_heading"), 2))
    if not d.reached.total:
        out += [report.para(tr.t("dossier.none_reached"))]
    else:
        groups = sorted(d.reached.by_group, key=lambda g: (g is None, look.stakeholder(g) if g else ""))
        rows = [[look.stakeholder(g) if g else tr.t("dossier.group_unknown"),
                 *[tr.number(d.reached.by_group[g][s]) for s in SEXES],
                 tr.number(sum(d.reached.by_group[g].values()))] for g in groups]
        sexes = d.reached.by_sex()
        rows.append([tr.t("total"), *[tr.number(sexes[s]) for s in SEXES], tr.number(d.reached.total)])
        out.append(report.table([tr.t("summary.group"), *[tr.enum(s, Sex) for s in SEXES], tr.t("total")], rows,
                                [0.3, 0.14, 0.14, 0.14, 0.14, 0.14], numeric=[1, 2, 3, 4, 5], total_row=True))
    tested, pre, post = d.learning()
    if tested:
        pre_r, post_r = round(pre, 1), round(post, 1)
        out.append(report.para(tr.t("dossier.learning", tested=tr.number(tested), pre=tr.number(pre_r, 1),
                                    post=tr.number(post_r, 1), gain=tr.number(round(post_r - pre_r, 1), 1))))
    else:
        out.append(report.para(tr.t("dossier.no_tests")))
    cost, enrolled, unknown = d.cost()
    if enrolled:
        out.append(report.para(tr.t("dossier.cost", cost=tr.money(cost), people=tr.number(enrolled),
                                    each=tr.money(cost / enrolled))))
    if unknown:
        out.append(report.para(tr.t("dossier.cost_unknown", n=unknown)))
    return out


def _projects(report: Report, d: Dossier) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.projects_heading"))]
    if not d.projects:
        return out + _none(report)
    for p in d.projects:
        out.append(report.heading(f"{p.code} {p.title}", 2))
        out.append(report.para(tr.t("dossier.project_line", status=tr.enum(p.status, ProjectStatus),
                                    dates=tr.date_range(p.start_date, p.end_date))))
        indicators = [i for r in p.results for i in r.indicators]
        if indicators:
            rows = [[i.name, tr.number(i.baseline, 1), tr.number(i.target, 1),
                     tr.number(i.progress.latest.value, 1) if i.progress.latest else DASH,
                     tr.enum(i.progress.status, ProgressStatus)] for i in indicators]
            out.append(report.table([tr.t("dossier.indicator"), tr.t("dossier.baseline"), tr.t("dossier.target"),
                                     tr.t("dossier.latest"), tr.t("summary.status")], rows,
                                    [0.42, 0.13, 0.13, 0.13, 0.19], numeric=[1, 2, 3]))
        else:
            out.append(report.para(tr.t("dossier.no_indicators")))
        if p.by_source:
            rows = [[tr.enum(b.funding_source, FundingSource), tr.number(b.budget), tr.number(b.spent),
                     tr.percent(b.spent, b.budget)] for b in p.by_source]
            out.append(report.table([tr.t("summary.source"), tr.t("summary.budget"), tr.t("summary.spent"),
                                     tr.t("summary.rate")], rows, [0.46, 0.2, 0.2, 0.14], numeric=[1, 2, 3]))
        else:
            out.append(report.para(tr.t("dossier.no_budget")))
    money = d.budget_by_source()
    if money:
        out.append(report.heading(tr.t("dossier.budget_heading"), 2))
        rows = [[tr.enum(s, FundingSource), tr.number(b), tr.number(e), tr.percent(e, b)]
                for s, (b, e) in money.items()]
        budget, spent = sum(b for b, _ in money.values()), sum(e for _, e in money.values())
        rows.append([tr.t("total"), tr.number(budget), tr.number(spent), tr.percent(spent, budget)])
        out.append(report.table([tr.t("summary.source"), tr.t("summary.budget"), tr.t("summary.spent"),
                                 tr.t("summary.rate")], rows, [0.46, 0.2, 0.2, 0.14], numeric=[1, 2, 3],
                                total_row=True))
    return out


def _evaluations(report: Report, d: Dossier, look: Lookups) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.evaluations_heading"))]
    codes = {p.id: p.code for p in d.projects}
    if d.evaluations:
        rows = [[codes.get(e["project_id"], ""), tr.enum(e["kind"], EvaluationKind), tr.date(e["evaluation_date"]),
                 e["findings"] or DASH, e["lessons"] or DASH] for e in d.evaluations]
        out.append(report.table([tr.t("portfolio.project"), tr.t("dossier.kind"), tr.t("dossier.date"),
                                 tr.t("dossier.findings"), tr.t("dossier.lessons_col")], rows,
                                [0.12, 0.16, 0.12, 0.3, 0.3]))
    else:
        out += _none(report)
    out.append(report.heading(tr.t("dossier.lessons_heading"), 2))
    if d.lessons:
        rows = [[tr.t(f"dossier.lesson.{lesson.kind}"), tr.date(lesson.day) or DASH, lesson.source, lesson.text]
                for lesson in d.lessons]
        out.append(report.table([tr.t("dossier.kind"), tr.t("dossier.date"), tr.t("dossier.source"),
                                 tr.t("dossier.lesson")], rows, [0.14, 0.13, 0.25, 0.48]))
    else:
        out += _none(report)
    out.append(report.heading(tr.t("exit.heading"), 2))
    rows = []
    for p in d.checks:
        for s in p["schedule"]:
            c = s.check
            if c:
                rows.append([f"{p['code']}", tr.t("exit.months_n", n=s.months), tr.date(c["check_date"]),
                             tr.enum(c["partner_running"], SustainedLevel), c["notes"] or DASH])
            else:
                rows.append([f"{p['code']}", tr.t("exit.months_n", n=s.months), tr.t("exit.due", date=tr.date(s.due)),
                             DASH, ""])
    if rows:
        out.append(report.table([tr.t("portfolio.project"), tr.t("exit.when"), tr.t("exit.checked"),
                                 tr.t("exit.partner"), tr.t("exit.notes")], rows, [0.12, 0.12, 0.16, 0.2, 0.4]))
    else:
        out.append(report.para(tr.t("dossier.no_checks")))
    return out


def _followup(report: Report, d: Dossier) -> list:
    tr = report.tr
    out = [report.heading(tr.t("dossier.followup_heading"))]
    if not d.recommendations:
        return out + _none(report)
    counts = d.recommendations_by_status()
    rows = [[tr.enum(s, FollowUpStatus), tr.number(counts[s])] for s in FollowUpStatus.values() if counts.get(s)]
    rows.append([tr.t("total"), tr.number(len(d.recommendations))])
    out.append(report.table([tr.t("summary.status"), tr.t("dossier.recommendations")], rows, [0.6, 0.4],
                            numeric=[1], total_row=True))
    rows = []
    for r in d.recommendations:
        note = r["latest_note"]
        rows.append([r["text"], tr.enum(r["source"], RecommendationSource), tr.enum(r["status"], FollowUpStatus),
                     f"{tr.date(note['note_date'])}: {note['note']}" if note else tr.t("dossier.no_note")])
    out.append(report.table([tr.t("dossier.recommendation"), tr.t("dossier.source"), tr.t("summary.status"),
                             tr.t("dossier.latest_note")], rows, [0.36, 0.16, 0.14, 0.34]))
    return out
