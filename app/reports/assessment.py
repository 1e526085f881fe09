"""One request for assistance on one page: what was asked, by whom and how, its score criterion by criterion with
the evidence, its place among the open requests, its status history and the decision with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import KeepInFrame

from app.models.enums import RequestChannel, RequestStatus
from app.reports.layout import Report
from app.reports.lookups import Lookups, live_record
from app.reports.programme_text import criterion_name, score_reason, tie_text, total_text
from app.services.programme.priorities import rank_requests, score_request
from app.services.store.transitions import OPEN_REQUEST_STATUSES, history

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "assessment.title"
SUMMARY_CHARS = 600  # the sheet stays one page; the full summary is in FieldDesk
MAX_STEPS = 8  # the latest status changes; the full history is in FieldDesk


def build_story(fd: FieldDesk, report: Report, request_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    request = live_record(fd.requests, request_id, "request for assistance")
    card = score_request(fd, request_id)
    steps = history(fd, "assistance_request", request_id)
    place = None
    if request.status in OPEN_REQUEST_STATUSES:
        ranked = rank_requests(fd, office=request.owner_office)
        place = next((r for r in ranked if r.card.request_id == request_id), None)
        of = len(ranked)
    report.subject = request.title
    report.report_progress(0.2, tr.t(TITLE_KEY))

    mission = ""
    if request.mission_id:
        rows = fd.missions.rows([request.mission_id], ["title"])
        mission = rows[0]["title"] if rows else ""
    summary = " ".join(request.summary.split())
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rstrip() + "\u2026"
    decision = ""
    if request.status in ("approved", "declined"):
        decision = tr.t("assessment.decided", status=tr.enum(request.status, RequestStatus),
                        date=tr.date(request.decision_date)) + " " + request.decision_reasons
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(request.title, "subtitle")]
    facts = [
        (tr.t("assessment.authority"), request.requesting_authority),
        (tr.t("assessment.country"), look.country(request.country_id)),
        (tr.t("assessment.received"), tr.date(request.received_date)),
        (tr.t("assessment.channel"), tr.enum(request.channel, RequestChannel)
         + (f" \u2013 {request.reference}" if request.reference else "")),
        (tr.t("assessment.areas"), look.themes(request.theme_ids)),
        (tr.t("assessment.summary"), summary),
        (tr.t("assessment.status"), tr.enum(request.status, RequestStatus)),
        (tr.t("assessment.mission"), mission),
        (tr.t("assessment.projects"), "\n".join(look.project(p) for p in request.project_ids)),
    ]
    if decision:
        facts.append((tr.t("assessment.decision"), decision))
    story.append(report.facts(facts, label_width=0.3))

    story.append(report.heading(tr.t("assessment.scores"), 2))
    names = {}
    rows = []
    for c in sorted(card.criteria, key=lambda c: (-c.weight, c.code)):
        names[c.name] = criterion_name(tr, c.code, c.name)
        rows.append([names[c.name], c.weight, c.score, c.points, score_reason(tr, look, c, max_evidence=1)])
    rows.append([tr.t("total"), "", "", f"{card.points} / {card.max_points}", total_text(tr, card.total)])
    story.append(report.table([tr.t("ranking.criterion"), tr.t("ranking.weight"), tr.t("ranking.score"),
                               tr.t("ranking.points"), tr.t("ranking.why")], rows, [0.28, 0.08, 0.1, 0.08, 0.46],
                              numeric=[1, 2, 3], total_row=True))
    if place is not None:
        line = tr.t("assessment.rank", rank=place.rank, n=of, total=total_text(tr, card.total))
        tie = tie_text(tr, place.tie, names)
        story.append(report.para(f"{line} {tie}".strip()))
    else:
        story.append(report.para(tr.t("assessment.closed", total=total_text(tr, card.total))))

    story.append(report.heading(tr.t("assessment.history"), 2))
    story.append(report.table(
        [tr.t("assessment.date"), tr.t("assessment.from"), tr.t("assessment.to"), tr.t("assessment.by"),
         tr.t("assessment.note")],
        [[tr.date(s["transition_date"]), tr.enum(s["from_status"], RequestStatus) or "\u2014",
          tr.enum(s["to_status"], RequestStatus), look.author(s["made_by"], s["owner_office"]), s["note"]]
         for s in steps[-MAX_STEPS:]],
        [0.15, 0.16, 0.16, 0.22, 0.31]))
    if len(steps) > MAX_STEPS:
        story.append(report.para(tr.t("assessment.earlier", n=len(steps) - MAX_STEPS), "small"))
    # One page: what is left is bounded (a summary cut short, the criteria, the last status changes), so shrinking
    # it to fit keeps it readable.
    return [KeepInFrame(report.frame_width, report.frame_height, story, mode="shrink")], 1
