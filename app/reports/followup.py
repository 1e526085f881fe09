"""Recommendation follow-up report for a country (or every country): counts by follow-up status, then each
recommendation with its source, target institution, priority, status and latest follow-up note."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from app.models import FollowUpStatus, Priority, RecommendationSource
from app.models.ids import reference_id
from app.reports import charts
from app.reports.layout import Report
from app.reports.lookups import Lookups, ReportRefused
from app.services import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "followup.title"


def _latest_notes(fd: FieldDesk, recommendation_ids: list[str]) -> dict[str, dict]:
    """The latest follow-up note of each recommendation (by note date, then by when it was written)."""
    latest: dict[str, dict] = {}
    wanted = set(recommendation_ids)
    ids = fd.followup_notes.ids(ListQuery(sort=("note_date", "created_at")))
    for row in fd.followup_notes.rows(ids, ["recommendation_id", "note_date", "status", "note"]):
        if row["recommendation_id"] in wanted:
            latest[row["recommendation_id"]] = row  # rows come oldest first: the last one wins
    return latest


def build_story(fd: FieldDesk, report: Report, *, country: str | None) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    filters = {}
    if country:
        code = country.strip().upper()
        cid = reference_id("country", code)
        if not fd.countries.exists(cid):
            raise ReportRefused(problem("not_country_code", country=country))
        filters["country_id"] = cid
    report.subject = look.country(filters["country_id"]) if country else tr.t("all_countries")
    ids = fd.recommendations.ids(ListQuery(filters=filters, sort=("-issued_date",)))
    recs = fd.recommendations.rows(ids, ["text", "source", "country_id", "target_institution", "priority", "status",
                                         "issued_date"])
    notes = _latest_notes(fd, ids)
    report.report_progress(0.15, report.title)

    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(report.subject, "subtitle")]
    if not recs:
        return [*story, report.para(tr.t("followup.none"))], 1
    story += _status_counts(report, recs)
    by_country: dict[str, list] = defaultdict(list)
    for r in recs:
        by_country[r["country_id"]].append(r)
    story.append(report.heading(tr.t("followup.list")))
    for cid in sorted(by_country, key=look.country):
        if not country:
            story.append(report.heading(look.country(cid), 2))
        story.append(_list_table(report, by_country[cid], notes))
    return story, 2 + len(recs) // 8


def _status_counts(report: Report, recs: list[dict]) -> list:
    tr = report.tr
    counts = Counter(r["status"] for r in recs)
    rows = [(tr.enum(s, FollowUpStatus), counts[s]) for s in FollowUpStatus.values() if counts.get(s)]
    half = report.frame_width * 0.5 - 8
    table = report.table([tr.t("followup.status"), tr.t("count"), tr.t("share")],
                         [[label, n, tr.percent(n, len(recs))] for label, n in rows]
                         + [[tr.t("total"), len(recs), tr.percent(len(recs), len(recs))]],
                         [half * 0.56, half * 0.2, half * 0.24], numeric=[1, 2], total_row=True)
    return [report.heading(tr.t("followup.status_counts")),
            report.side_by_side(table, charts.pie_chart([r[0] for r in rows], [r[1] for r in rows], half, 95,
                                                          rtl=report.tr.rtl, font=report.family.regular))]


def _list_table(report: Report, recs: list[dict], notes: dict[str, dict]):
    tr = report.tr
    rows = []
    for n, r in enumerate(recs, start=1):
        source = tr.enum(r["source"], RecommendationSource)
        issued = tr.t("followup.issued", date=tr.date(r["issued_date"])) if r["issued_date"] else ""
        note = notes.get(r["id"])
        latest = f"{tr.date(note['note_date'])}: {note['note']}" if note else tr.t("followup.no_note")
        rows.append([n, report.two_line_cell(r["text"], f"{source}{', ' + issued if issued else ''}"),
                     r["target_institution"],
                     tr.enum(r["priority"], Priority), tr.enum(r["status"], FollowUpStatus), latest])
    return report.table([tr.t("no"), tr.t("followup.recommendation"), tr.t("followup.target"),
                         tr.t("followup.priority"), tr.t("followup.status"), tr.t("followup.latest")], rows,
                        [0.05, 0.36, 0.14, 0.1, 0.13, 0.22], numeric=[0],
                        extra_style=[("VALIGN", (0, 1), (-1, -1), "TOP")])
