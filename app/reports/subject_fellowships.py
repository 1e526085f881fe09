"""The subject access report's fellowships: each of the person's fellowships with every field, its learning
objectives, its follow-up contacts (what the person did afterwards) and the files attached to it: all that this site
holds about them as a fellow (and what erasing them scrubs, ``services/privacy/erasure_parts.py``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.models import AppliesLearning, ContactChannel, FellowshipStatus, ObjectiveMet
from app.models.fellowship import Fellowship, FellowshipContact, FellowshipObjective
from app.services import ListQuery
from app.services.programme.fellowships import fellowships_of, parts_of

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk

FIELDS = ("cohort", "host", "country_id", "placement_start", "placement_end", "status", "report_received",
          "report_summary", "notes")
ENUMS = {"status": FellowshipStatus, "met": ObjectiveMet, "channel": ContactChannel, "applies": AppliesLearning}


def section(fd: FieldDesk, report: Report, participant_id: str) -> list:
    tr = report.tr
    out = [report.heading(tr.t("subject.fellowships"))]
    rows = fellowships_of(fd, participant_id)
    if not rows:
        return out + [report.para(tr.t("none_recorded"))]
    objectives, contacts = parts_of(fd, [r["id"] for r in rows])

    def title(model, column: str) -> str:
        return tr.field(model.__tablename__, column, model.model_fields[column].title or column)

    def shown(column: str, value) -> str:
        if value is None or value == "":
            return ""
        if column in ENUMS:
            return tr.enum(value, ENUMS[column])
        if column == "country_id":
            return tr.country(value)
        if isinstance(value, date):
            return tr.date(value)
        return str(value)

    w = report.frame_width
    for row in rows:
        out.append(report.heading(row["cohort"], 2))
        facts = [(title(Fellowship, c), shown(c, row[c])) for c in FIELDS]
        files = fd.attachments.rows(fd.attachments.ids(ListQuery(filters={"record_table": "fellowship",
                                                                          "record_id": row["id"]})))
        facts.append((tr.t("subject.attachments"), tr.join(f["filename"] for f in files)))
        out += [report.facts(facts), report.spacer(3)]
        if found := objectives.get(row["id"]):
            columns = ("objective", "met", "note")
            out.append(report.table([title(FellowshipObjective, c) for c in columns],
                                    [[shown(c, o[c]) for c in columns] for o in found], [w * 0.45, w * 0.15, w * 0.4]))
            out.append(report.spacer(3))
        if found := contacts.get(row["id"]):
            columns = ("contact_date", "channel", "current_role", "applies", "note")
            out.append(report.table([title(FellowshipContact, c) for c in columns],
                                    [[shown(c, o[c]) for c in columns] for o in found],
                                    [w * 0.14, w * 0.12, w * 0.3, w * 0.14, w * 0.3]))
    return out
