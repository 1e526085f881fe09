"""The national action plan report (``fielddesk report plan ID``): the plan's facts, its actions grouped by status,
the overdue ones (past their deadline, neither done nor dropped) and the recommendations to the plan's country that
no action of any of its plans answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import ActionStatus, FollowUpStatus, PlanStatus
from app.reports.lookups import Lookups, ReportRefused
from app.services.errors import NotFound
from app.services.programme.action_plans import monitor
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk

TITLE_KEY = "plan.title"
TOP = [("VALIGN", (0, 1), (-1, -1), "TOP")]


def document(rec: dict) -> str:
    return rec["document_symbol"] + (f", \u00b6\u00a0{rec['paragraph']}" if rec["paragraph"] else "")


def build_story(fd: FieldDesk, report: Report, plan_id: str) -> tuple[list, int]:
    tr, look = report.tr, Lookups(fd, report.tr)
    try:
        plan = fd.action_plans.get_row(plan_id)
    except NotFound:
        raise ReportRefused(problem("no_parent", entity="action plan", id=plan_id)) from None
    if plan["deleted"]:
        raise ReportRefused(problem("report.record_deleted", what="action plan", id=plan_id))
    seen = monitor(fd, plan_id)
    country = look.country(plan["country_id"])
    report.subject = plan["title"]
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(plan["title"], "subtitle"),
             report.facts([(tr.t("plan.country"), country),
                            (tr.t("plan.period"), tr.date_range(plan["period_start"], plan["period_end"])),
                            (tr.t("plan.status"), tr.enum(plan["status"], PlanStatus)),
                            (tr.t("plan.coordinating_body"), plan["coordinating_body"] or "\u2014"),
                            (tr.t("plan.adopted"), tr.date(plan["adoption_date"]) or "\u2014"),
                            (tr.t("plan.office"), look.office(plan["owner_office"]))]),
             report.spacer(2), report.para(tr.t("plan.as_of", date=tr.date(seen.today)))]
    report.report_progress(0.2, report.title)
    recs = {r["id"]: r for r in fd.recommendations.rows(
        sorted({i for a in seen.actions for i in a["recommendation_ids"] or []}),
        ["document_symbol", "paragraph", "text"])}

    def answers(action: dict) -> str:
        return tr.join([document(recs[i]) or recs[i]["text"][:60] for i in action["recommendation_ids"] or []
                        if i in recs], strong=True) or "\u2014"

    def projects(action: dict) -> str:
        return tr.join([look.project(p) for p in action["project_ids"] or []], strong=True) or "\u2014"

    story.append(report.heading(tr.t("plan.by_status")))
    if not seen.actions:
        story.append(report.para(tr.t("plan.no_actions")))
    else:
        counts = [[tr.enum(s.value, ActionStatus), len(seen.by_status[s.value])] for s in ActionStatus]
        story.append(report.table([tr.t("plan.status"), tr.t("plan.count")],
                                  [*counts, [tr.t("plan.total"), len(seen.actions)]], [0.4, 0.15], numeric=[1],
                                  total_row=True))
        number = {a["id"]: n for n, a in enumerate(seen.actions, start=1)}
        for status in ActionStatus:
            actions = seen.by_status[status.value]
            if not actions:
                continue
            story.append(report.heading(tr.enum(status.value, ActionStatus), 2))
            rows = [[number[a["id"]], report.para(a["text"], "cell"), a["responsible"], tr.date(a["deadline"]),
                     report.para(a["indicator"], "cell"), answers(a), projects(a)] for a in actions]
            story.append(report.table([tr.t("no"), tr.t("plan.action"), tr.t("plan.responsible"),
                                       tr.t("plan.deadline"), tr.t("plan.indicator"), tr.t("plan.answers"),
                                       tr.t("plan.projects")], rows, [0.04, 0.28, 0.14, 0.1, 0.16, 0.16, 0.12],
                                      numeric=[0], extra_style=TOP))
    report.report_progress(0.5, report.title)
    story.append(report.heading(tr.t("plan.overdue")))
    if seen.overdue:
        story.append(report.para(tr.t("plan.overdue_note", date=tr.date(seen.today))))
        rows = [[n, report.para(a["text"], "cell"), a["responsible"], tr.date(a["deadline"]),
                 tr.number((seen.today - a["deadline"]).days), tr.enum(a["status"], ActionStatus)]
                for n, a in enumerate(seen.overdue, start=1)]
        story.append(report.table([tr.t("no"), tr.t("plan.action"), tr.t("plan.responsible"), tr.t("plan.deadline"),
                                   tr.t("plan.days_late"), tr.t("plan.status")], rows,
                                  [0.04, 0.42, 0.18, 0.12, 0.1, 0.14], numeric=[0, 4], extra_style=TOP))
    else:
        story.append(report.para(tr.t("plan.none_overdue")))
    story.append(report.heading(tr.t("plan.unanswered")))
    if seen.unanswered:
        story.append(report.para(tr.t("plan.unanswered_note", country=country)))
        rows = [[n, report.para(r["text"], "cell"), document(r) or "\u2014", tr.enum(r["status"], FollowUpStatus)]
                for n, r in enumerate(seen.unanswered, start=1)]
        story.append(report.table([tr.t("no"), tr.t("plan.recommendation"), tr.t("plan.document"),
                                   tr.t("plan.followup")], rows, [0.05, 0.6, 0.2, 0.15], numeric=[0],
                                  extra_style=TOP))
    elif seen.recommendations:
        story.append(report.para(tr.t("plan.all_answered", country=country)))
    else:
        story.append(report.para(tr.t("plan.no_recommendations", country=country)))
    return story, 2 + len(seen.actions) // 8 + len(seen.unanswered) // 12
