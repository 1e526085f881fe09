"""Fellowships report (``fielddesk report fellowships [--cohort TEXT]``): the fellows of a cohort (or of every
cohort), each with the host, placement and its weeks, status, objectives met and final report; then what each
completed fellow did afterwards, from the follow-up contacts."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from app.models import AppliesLearning, ContactChannel, FellowshipStatus
from app.reports.layout import Report
from app.reports.sharing import shown, withheld
from app.services.errors import NotFound
from app.services.programme.fellowships import cohorts, report_rows
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "fellowships.title"


def build_story(fd: FieldDesk, report: Report, *, cohort: str | None = None,
                office: str | None = None) -> tuple[list, int]:
    tr = report.tr
    rows = shown(fd, report_rows(fd, cohort=cohort, office=office), "participant_id")
    hidden = withheld(fd, {r["participant_id"] for r in rows})
    rows = [{**r, "contacts": [{**c, "current_role": "", "note": ""} for c in r["contacts"]]}  # may name them too
            if r["participant_id"] in hidden else r for r in rows]
    named = cohort.strip() if cohort and cohort.strip() else ""
    if named and not rows:
        _known_cohort(fd, named)
    # the cohort as it is recorded, whatever case it was asked for in
    report.subject = (rows[0]["cohort"] if rows else named) if named else tr.t("fellowships.all_cohorts")
    report.report_progress(0.15, report.title)
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(report.subject, "subtitle")]
    if not rows:
        return [*story, report.para(tr.t("fellowships.none"))], 1
    counts = Counter(r["status"] for r in rows)
    story.append(report.para(tr.t("fellowships.counts", **{s: tr.number(counts.get(s, 0))
                                                          for s in FellowshipStatus.values()})))
    cohorts = list(dict.fromkeys(r["cohort"] for r in rows))
    for name in cohorts:
        if len(cohorts) > 1 or not cohort:
            story.append(report.heading(name))
        story.append(_fellows_table(report, [r for r in rows if r["cohort"] == name]))
    story.append(report.heading(tr.t("fellowships.followup")))
    for row in rows:
        if row["status"] != FellowshipStatus.COMPLETED.value and not row["contacts"]:
            continue
        story.append(report.heading(f"{row['full_name']} \u2014 {row['cohort']}", 2))
        if not row["contacts"]:
            story.append(report.para(tr.t("fellowships.no_contact")))
            continue
        story.append(report.table(
            [tr.t("fellowships.date"), tr.t("fellowships.channel"), tr.t("fellowships.now"),
             tr.t("fellowships.applies"), tr.t("fellowships.note")],
            [[tr.date(c["contact_date"]), tr.enum(c["channel"], ContactChannel), c["current_role"],
              tr.enum(c["applies"], AppliesLearning), c["note"]]
             for c in sorted(row["contacts"], key=lambda c: c["contact_date"])],
            [0.13, 0.12, 0.3, 0.13, 0.32]))
    return story, max(1, len(rows) // 6 + 1)


def _fellows_table(report: Report, rows: list[dict]):
    tr = report.tr
    body = []
    for r in rows:
        placement = tr.date_range(r["placement_start"], r["placement_end"]) if r["placement_start"] else ""
        met = sum(1 for o in r["objectives"] if o["met"] == "yes")
        objectives = tr.t("fellowships.objectives_met", met=tr.number(met), n=tr.number(len(r["objectives"]))) \
            if r["objectives"] else ""
        received = tr.date(r["report_received"]) if r["report_received"] else \
            tr.t("fellowships.not_received") if r["status"] == FellowshipStatus.IN_PLACEMENT.value else ""
        body.append([r["full_name"], r["host"], placement,
                     tr.number(r["weeks"], 1) if r["weeks"] is not None else "",
                     tr.enum(r["status"], FellowshipStatus), objectives, received])
    return report.table([tr.t("fellowships.fellow"), tr.t("fellowships.host"), tr.t("fellowships.placement"),
                         tr.t("fellowships.weeks"), tr.t("fellowships.status"), tr.t("fellowships.objectives"),
                         tr.t("fellowships.report")], body, [0.17, 0.2, 0.19, 0.08, 0.11, 0.11, 0.14], numeric=[3])


def _known_cohort(fd: FieldDesk, named: str) -> None:
    """A cohort nobody recorded is a typing mistake, said as such (not an empty report that looks like the truth)."""
    known = cohorts(fd)
    if named.casefold() not in {c.casefold() for c in known}:
        raise NotFound(problem("no_such_cohort", cohort=named, known="; ".join(known) or "\u2014"))
