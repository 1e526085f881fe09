"""A national human rights institution's report (``fielddesk report institution ID``): its profile, its GANHRI
accreditation history (the current status being the latest review's), the Paris Principles concerns (open first),
its regional offices, and the work linked to it by year (projects, missions, training activities,
recommendations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import ActivityStatus, FollowUpStatus, MissionStatus, ProjectStatus
from app.models.institutions import AccreditationStatus, InstitutionType
from app.reports.layout import Report
from app.reports.lookups import live_record
from app.services.programme.institutions import accreditation_rows, concern_rows, linked_work, standing
from app.services.store.lookups import children

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "institution.title"
STATUS_OF = {"project": ProjectStatus, "mission": MissionStatus, "training": ActivityStatus,
             "recommendation": FollowUpStatus}


def build_story(fd: FieldDesk, report: Report, institution_id: str) -> tuple[list, int]:
    tr = report.tr
    institution = live_record(fd.institutions, institution_id, "national institution")
    name = f"{institution.name} ({institution.acronym})" if institution.acronym else institution.name
    report.subject = name
    report.report_progress(0.2, tr.t(TITLE_KEY))
    now = standing(fd, institution_id)
    current = tr.enum(now.status, AccreditationStatus)
    if now.review_date:
        current = tr.t("institution.status_since", status=current, date=tr.date(now.review_date))
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(name, "subtitle")]
    story.append(report.facts([
        (tr.t("institution.country"), tr.country(institution.country_id)),
        (tr.t("institution.type"), tr.enum(institution.institution_type, InstitutionType)),
        (tr.t("institution.legal_basis"), institution.legal_basis),
        (tr.t("institution.established"), tr.date(institution.established)),
        (tr.t("institution.website"), institution.website),
        (tr.t("institution.contact"), institution.contact),
        (tr.t("institution.current"), current),
        (tr.t("institution.next_review"), tr.date(now.next_review)),
    ], label_width=0.26))
    if institution.notes.strip():
        story.append(report.para(institution.notes))

    reviews = accreditation_rows(fd, institution_id)
    story.append(report.heading(tr.t("institution.accreditation")))
    if reviews:
        story.append(report.table(
            [tr.t("institution.review_date"), tr.t("institution.status"), tr.t("institution.next_review"),
             tr.t("institution.concerns_raised"), tr.t("institution.note")],
            [[tr.date(r["review_date"]), tr.enum(r["status"], AccreditationStatus), tr.date(r["next_review"]),
              tr.number(r["concerns"]), r["note"]] for r in reviews],
            [0.15, 0.22, 0.15, 0.13, 0.35], numeric=[3]))
    else:
        story.append(report.para(tr.t("institution.no_reviews")))

    concerns, _reviews, _country = concern_rows(fd, institution_id)
    story.append(report.heading(tr.t("institution.concerns")))
    if concerns:
        concerns.sort(key=lambda c: (c["addressed_date"] is not None, c["raised_date"] or c["created_at"]))
        story.append(report.table(
            [tr.t("institution.concern"), tr.t("institution.raised_by"), tr.t("institution.raised"),
             tr.t("institution.addressed")],
            [[c["text"], _raised_by(tr, c), tr.date(c["raised_date"]),
              tr.date(c["addressed_date"]) if c["addressed_date"] else tr.t("institution.open")] for c in concerns],
            [0.48, 0.22, 0.15, 0.15]))
    else:
        story.append(report.para(tr.t("institution.no_concerns")))

    offices = children(fd, "institution_office", "institution_id", institution_id)
    story.append(report.heading(tr.t("institution.offices")))
    if offices:
        story.append(report.table([tr.t("institution.place"), tr.t("institution.opened"), tr.t("institution.note")],
                                  [[o["place"], tr.date(o["opened"]), o["note"]] for o in offices],
                                  [0.3, 0.18, 0.52]))
    else:
        story.append(report.para(tr.t("institution.no_offices")))

    report.report_progress(0.6, tr.t("institution.work"))
    story += _work(report, linked_work(fd, institution_id))
    return story, 2 + len(reviews) // 20


def _work(report: Report, work) -> list:
    tr = report.tr
    out = [report.heading(tr.t("institution.work"))]
    items = [item for table in ("project", "mission", "training", "recommendation") for item in work[table]]
    if not items:
        return out + [report.para(tr.t("institution.no_work"))]
    out.append(report.para(tr.t("institution.work_counts", projects=tr.number(len(work["project"])),
                                missions=tr.number(len(work["mission"])),
                                trainings=tr.number(len(work["training"])),
                                recommendations=tr.number(len(work["recommendation"])))))
    years = sorted({item.on.year for item in items if item.on}, reverse=True)
    for year in [*years, None]:
        shown = [i for i in items if (i.on.year if i.on else None) == year]
        if not shown:
            continue
        out.append(report.heading(str(year) if year else tr.t("institution.no_date"), 2))
        out.append(report.table(
            [tr.t("institution.kind"), tr.t("institution.reference"), tr.t("institution.what"),
             tr.t("institution.date"), tr.t("institution.status")],
            [[tr.t(f"institution.kind_{i.table}"), i.reference, i.title, tr.date(i.on),
              tr.enum(i.status, STATUS_OF[i.table]) if i.status else ""] for i in sorted(shown, key=_when)],
            [0.15, 0.15, 0.42, 0.13, 0.15]))
    return out


def _when(item):
    return (item.on is None, item.on or 0, item.table)


def _raised_by(tr, concern) -> str:
    review = tr.t("institution.by_review", date=tr.date(concern["review_date"])) if concern["review_date"] else ""
    return tr.join([review, concern["mission_title"]], strong=True)
