"""Needs assessment mission report: cover (country, dates, requesting authority, team, who prepared it), terms of
reference, stakeholders met (table and counts by type and sex) and what they said, findings by thematic area,
recommendations, and the preparation and approval block to sign."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from app.models import FollowUpStatus, MissionStatus, Priority
from app.reports.layout import Report
from app.reports.lookups import Lookups, children, live_record

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "mission.title"


def build_story(fd: FieldDesk, report: Report, mission_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    mission = live_record(fd.missions, mission_id, "mission")
    members = children(fd.mission_members, "mission_id", mission_id)
    findings = children(fd.mission_findings, "mission_id", mission_id)
    meetings = children(fd.meetings, "mission_id", mission_id)
    recommendations = children(fd.recommendations, "mission_id", mission_id, sort=("issued_date", "created_at"))
    report.report_progress(0.15, tr.t(TITLE_KEY))

    report.subject = mission.title
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(mission.title, "subtitle")]
    team = [_member(tr, look, m) for m in members]
    # the lead prepares the report; a team without a lead named is led by its first member
    prepared_by = "\n".join(_member(tr, look, m) for m in members if m.is_lead) or (team[0] if team else "")
    story.append(report.facts([
        *look.coverage_facts(mission, tr.t("mission.country")),
        (tr.t("mission.dates"), tr.date_range(mission.start_date, mission.end_date)),
        (tr.t("mission.request"), mission.requesting_authority),
        (tr.t("mission.request_date"), tr.date(mission.request_date)),
        (tr.t("mission.status"), tr.enum(mission.status, MissionStatus)),
        (tr.t("mission.themes"), look.themes(mission.theme_ids)),
        (tr.t("mission.projects"), "\n".join(look.project(p) for p in mission.project_ids)),
        (tr.t("mission.team"), "\n".join(team)),
        (tr.t("mission.stakeholders"), tr.t("mission.meetings_total", **_meeting_counts(meetings))),
        (tr.t("mission.findings"), str(len(findings))),
        (tr.t("mission.recommendations"), str(len(recommendations))),
        (tr.t("mission.prepared_by"), prepared_by),
    ]))
    # no page break: the cover's facts take a third of a page, and a page left blank under them looked unfinished

    story.append(report.heading(tr.t("mission.tor")))
    story += _paragraphs(report, mission.terms_of_reference)
    if mission.summary.strip():
        story.append(report.heading(tr.t("mission.summary")))
        story += _paragraphs(report, mission.summary)

    story += _stakeholders(report, look, meetings)
    story += _findings(report, look, findings)
    story += _recommendations(report, recommendations)
    story.append(_sign_off(report, prepared_by))
    return story, 2 + len(meetings) // 10 + len(recommendations) // 15


def _member(tr, look: Lookups, m) -> str:
    name = m.staff_name or look.expert(m.expert_id)
    role = f"{m.role} ({tr.t('mission.lead')})" if m.is_lead and tr.t("mission.lead") not in m.role else m.role
    return f"{name}: {role}" if role else name


def _sign_off(report: Report, prepared_by: str) -> KeepTogether:
    """Who prepared the report signs it, and whoever approves it signs and dates it: the office's signatory when its
    letterhead names one, else whoever writes their name and title in."""
    tr = report.tr
    signatory = report.letterhead.signatory if report.letterhead else ""
    approver = (report.facts([(tr.t("mission.name_title"), signatory)]) if signatory
                else report.sign_lines([tr.t("mission.name_title")], label_width=32 * mm))
    return KeepTogether([
        report.heading(tr.t("mission.sign_off")),
        report.facts([(tr.t("mission.prepared_by"), prepared_by)]),
        report.sign_lines([tr.t("mission.signature"), tr.t("mission.date")], label_width=32 * mm),
        report.spacer(6),
        report.heading(tr.t("mission.approved_by"), 2),
        approver,
        report.sign_lines([tr.t("mission.signature"), tr.t("mission.date")], label_width=32 * mm),
    ])


def _paragraphs(report: Report, text: str) -> list:
    parts = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return [report.para(p) for p in parts] or [report.para(report.tr.t("none_recorded"))]


def _stakeholders(report: Report, look: Lookups, meetings: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("mission.stakeholders"))]
    if not meetings:
        return out + [report.para(tr.t("none_recorded"))]
    counts = _meeting_counts(meetings)
    women, men, others = counts["women"], counts["men"], counts["others"]
    out.append(report.para(tr.t("mission.meetings_total", **counts)))
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for m in meetings:
        row = by_type[m.stakeholder_type_id]
        row[0] += 1
        row[1] += m.women_met
        row[2] += m.men_met
        row[3] += m.others_met
    rows = []
    for type_id in sorted(by_type, key=lambda t: look.stakeholder_order.get(t, 99)):
        n, w, men_met, o = by_type[type_id]
        rows.append([look.stakeholder(type_id), n, w, men_met, o, w + men_met + o])
    rows.append([tr.t("total"), len(meetings), women, men, others, women + men + others])
    out.append(report.heading(tr.t("mission.by_type"), 2))
    out.append(report.table([tr.t("mission.type"), tr.t("mission.meetings"), tr.t("women"), tr.t("men"),
                             tr.t("others"), tr.t("total")], rows, [0.40, 0.12, 0.12, 0.12, 0.12, 0.12],
                            numeric=[1, 2, 3, 4, 5], total_row=True))
    out.append(report.spacer(3))
    detail = [[tr.date(m.meeting_date), m.organisation, look.stakeholder(m.stakeholder_type_id), m.women_met,
               m.men_met, m.others_met] for m in meetings]
    out.append(report.heading(tr.t("mission.meetings"), 2))
    out.append(report.table([tr.t("mission.date"), tr.t("mission.organisation"), tr.t("mission.type"), tr.t("women"),
                             tr.t("men"), tr.t("others")], detail, [0.17, 0.38, 0.18, 0.09, 0.09, 0.09],
                            numeric=[3, 4, 5]))
    return out + _what_was_said(report, look, meetings)


def _what_was_said(report: Report, look: Lookups, meetings: list) -> list:
    """Each meeting's summary, in date order: what the stakeholders said is what the recommendations rest on."""
    tr = report.tr
    said = sorted((m for m in meetings if m.summary.strip()),
                  key=lambda m: (m.meeting_date is None, m.meeting_date or date.min, m.organisation))
    if not said:
        return []
    out = [report.heading(tr.t("mission.said"))]
    for m in said:
        where = tr.join(x for x in (look.stakeholder(m.stakeholder_type_id), tr.date(m.meeting_date)) if x)
        out.append(report.heading(f"{m.organisation} ({where})", 2))
        out += _paragraphs(report, m.summary)
    return out


def _meeting_counts(meetings: list) -> dict[str, int]:
    women = sum(m.women_met for m in meetings)
    men = sum(m.men_met for m in meetings)
    others = sum(m.others_met for m in meetings)
    return {"meetings": len(meetings), "people": women + men + others, "women": women, "men": men, "others": others}


def _findings(report: Report, look: Lookups, findings: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("mission.findings"))]
    if not findings:
        return out + [report.para(tr.t("none_recorded"))]
    by_theme: dict[str, list] = defaultdict(list)
    for f in findings:
        by_theme[f.thematic_area_id].append(f)
    for theme_id in sorted(by_theme, key=lambda t: look.theme_order.get(t, 99)):
        out.append(report.heading(look.theme(theme_id), 2))
        for f in by_theme[theme_id]:
            out += _paragraphs(report, f.text)
    return out


def _recommendations(report: Report, recommendations: list) -> list:
    tr = report.tr
    out = [report.heading(tr.t("mission.recommendations"))]
    if not recommendations:
        return out + [report.para(tr.t("none_recorded"))]
    rows = [[n, r.text, tr.enum(r.priority, Priority), r.target_institution, tr.enum(r.status, FollowUpStatus)]
            for n, r in enumerate(recommendations, start=1)]
    out.append(report.table([tr.t("no"), tr.t("mission.recommendation"), tr.t("mission.priority"),
                             tr.t("mission.target"), tr.t("mission.rec_status")], rows,
                            [0.06, 0.48, 0.11, 0.18, 0.17], numeric=[0]))
    return out
