"""Subject access report: everything this site holds about one participant (the person's right to see it), in the
chosen language: every field of the record, every activity with attendance and scores, the attached files, and
every recorded change to the record (who, when, from which office), and the backups that still hold a copy (with
when each goes). An erased person's report says so, and shows what remains."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import Sex
from app.reports.layout import Report
from app.reports.lookups import Lookups, ReportRefused
from app.reports.subject_fellowships import section
from app.services import ListQuery
from app.services.errors import NotFound
from app.services.privacy.backup_holding import holding, server_backups
from app.services.privacy.erasure import erasure_of
from app.services.store.history import record_history
from app.services.store.lookups import activities_of
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "subject.title"
FIELDS = ("full_name", "sex", "organisation", "position", "stakeholder_type_id", "country_id", "consent_contact",
          "consent_share_name", "consent_date", "email", "phone")


def build_story(fd: FieldDesk, report: Report, record_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    try:
        row = fd.participants.get_row(record_id)
    except NotFound:
        raise ReportRefused(problem("no_parent", entity="participant", id=record_id)) from None
    report.subject = row["full_name"]
    with fd.reading() as conn:
        erased = erasure_of(conn, record_id)
    report.report_progress(0.1, report.title)

    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(row["full_name"], "subtitle"),
             report.para(tr.t("subject.intro", date=tr.date(report.generated_on)))]
    if erased:
        from datetime import date

        story.append(report.para(tr.t("subject.erased", date=tr.date(date.fromisoformat(erased["erased_at"][:10])))))
    if row["deleted"]:
        story.append(report.para(tr.t("subject.deleted")))

    def shown(column: str, value) -> str:
        if value is None or value == "":
            return ""
        if column == "sex":
            return tr.enum(value, Sex)
        if column == "stakeholder_type_id":
            return look.stakeholder(value)
        if column == "country_id":
            return look.country(value)
        if column == "consent_date":
            from datetime import date

            return tr.date(value if isinstance(value, date) else date.fromisoformat(str(value)[:10]))
        if column in ("consent_contact", "consent_share_name", "deleted"):
            return tr.t("yes") if value else tr.t("subject.no")
        return str(value)

    def label(column: str) -> str:
        return tr.t(f"subject.field.{column}")

    facts = [(label(c), shown(c, row[c])) for c in FIELDS]
    facts += [(tr.t("subject.record_id"), record_id), (tr.t("subject.office"), look.office(row["owner_office"])),
              (tr.t("subject.created"),
               f"{row['created_at'][:10]} ({look.author(row['created_by'], row['owner_office'])})"),
              (tr.t("subject.updated"), row["updated_at"][:10])]
    story += [report.heading(tr.t("subject.record")), report.facts(facts)]

    activities = activities_of(fd, record_id)
    story.append(report.heading(tr.t("subject.activities")))
    if activities:
        rows = []
        for a in activities:
            marks = [m for m in (a.get("attendance") or []) if m is not None]
            attended = tr.t("subject.days", present=sum(1 for m in marks if m), expected=len(marks)) if marks else ""
            rows.append([a["title"], tr.date_range(a["start_date"], a["end_date"]), attended,
                         tr.number(a["pre_score"]) if a["pre_score"] is not None else "",
                         tr.number(a["post_score"]) if a["post_score"] is not None else "",
                         str(a["evaluation_score"] or ""), tr.t("yes") if a["certificate_issued"] else ""])
        w = report.frame_width
        story.append(report.table(
            [tr.t("subject.activity"), tr.t("subject.dates"), tr.t("subject.attendance"), tr.t("subject.pre"),
             tr.t("subject.post"), tr.t("subject.evaluation"), tr.t("subject.certificate")],
            rows, [w * 0.3, w * 0.2, w * 0.14, w * 0.08, w * 0.08, w * 0.1, w * 0.1]))
    else:
        story.append(report.para(tr.t("none_recorded")))
    story += section(fd, report, record_id)
    report.report_progress(0.4, report.title)

    files = fd.attachments.rows(fd.attachments.ids(ListQuery(filters={"record_table": "participant",
                                                                      "record_id": record_id})))
    story.append(report.heading(tr.t("subject.attachments")))
    story.append(report.para(tr.join(f["filename"] for f in files) if files else tr.t("none_recorded")))

    story += _backups(fd, report, record_id)
    history = record_history(fd, "participant", record_id)
    story.append(report.heading(tr.t("subject.history")))
    rows = []
    for entry in history:
        changed = "; ".join(f"{label(c.field)}: {shown(c.field, c.new) or chr(0x2014)}" for c in entry.changes
                            if c.field in FIELDS or (c.field == "deleted" and entry.op != "create"))
        rows.append([entry.at[:16].replace("T", " "), look.author(entry.author, entry.office), entry.office,
                     changed or "\u2014"])
    w = report.frame_width
    story.append(report.table([tr.t("subject.when"), tr.t("subject.who"), tr.t("subject.where"),
                               tr.t("subject.what")], rows, [w * 0.18, w * 0.22, w * 0.12, w * 0.48])
                 if rows else report.para(tr.t("none_recorded")))
    report.report_progress(0.8, report.title)
    return story, 2 + len(history) // 25



def _backups(fd: FieldDesk, report: Report, record_id: str) -> list:
    """The backups of this profile that still hold the person, each with when it goes (backup_holding.py): on a
    PostgreSQL server, what its profile folder kept, and a word on the server's own backups."""
    from datetime import date

    tr = report.tr
    out = [report.heading(tr.t("subject.backups"))]
    held, server = holding(fd, record_id), server_backups(fd, record_id)
    if server is not None:
        out.append(report.para(tr.t("subject.server_backups_erased", date=tr.date(date.fromisoformat(
            server.erased_on))) if server.erased_on else tr.t("subject.server_backups")))
        if not held:
            return out
    if not held:
        return [*out, report.para(tr.t("subject.no_backups"))]
    rows = []
    for h in held:
        if h.state == "unreachable":
            until = tr.t("subject.backup_copy_unreachable", folder=h.folder)
        elif h.state == "unreadable":
            until = tr.t("subject.backup_unreadable")
        elif h.where == "moved":
            until = tr.t("subject.backup_moved")
        elif h.where == "copy":
            until = tr.t("subject.backup_copy", folder=h.folder)
        elif h.automatic and not h.rotations_left:
            until = tr.t("subject.backup_before_move")
        elif h.automatic:
            until = tr.t("subject.backup_rotated", n=tr.number(h.rotations_left))
        elif h.goes_on:
            until = tr.t("subject.backup_proposed", date=tr.date(date.fromisoformat(h.goes_on)))
        else:
            until = tr.t("subject.backup_kept")
        rows.append([h.created_at[:16].replace("T", " "), until])
    w = report.frame_width
    out.append(report.table([tr.t("subject.backup_made"), tr.t("subject.backup_until")], rows, [w * 0.25, w * 0.75]))
    return out
