"""Grants report: an office's grants (or every office's at headquarters), each with its grantee, project, amount and
what was paid, its status and, in words, what is overdue (a tranche not paid, a report not received after its due
date); ``overdue`` keeps only the grants with something overdue. Amounts stay in their own currency, totalled per
currency."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.models import GranteeKind, GrantReportKind, GrantStatus
from app.reports.layout import Report
from app.reports.lookups import Lookups
from app.services.programme.grants import grants_list

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "grants.title"


def overdue_text(tr, overdue) -> str:
    parts = []
    for o in overdue:
        what = (tr.t("grants.tranche", number=o.label) if o.what == "tranche"
                else tr.enum(o.label, GrantReportKind))
        parts.append(tr.t("grants.overdue_item", what=what, date=tr.date(o.due), n=o.days_late))
    return "; ".join(parts)


def amount(tr, value: float, currency: str) -> str:
    return tr.currency(value, currency)


def build_story(fd: FieldDesk, report: Report, *, office: str | None, overdue: bool = False) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    rows = grants_list(fd, office=office, overdue_only=overdue)
    report.subject = look.office(office)
    report.report_progress(0.2, tr.t(TITLE_KEY))
    subtitle = look.office(office) + (f" \u2013 {tr.t('grants.overdue_only')}" if overdue else "")
    story = [report.para(tr.t(TITLE_KEY), "title"), report.para(subtitle, "subtitle")]
    if not rows:
        return [*story, report.para(tr.t("grants.none"))], 1
    active = sum(1 for r in rows if r["status"] == "active")
    late = sum(1 for r in rows if r["overdue"])
    story.append(report.para(tr.t("grants.text", n=len(rows), active=active, overdue=late)))
    table_rows = []
    for n, r in enumerate(rows, start=1):
        who = report.two_line_cell(r["grantee_name"], ", ".join(
            x for x in (tr.enum(r["grantee_kind"], GranteeKind), tr.country(r["grantee_country_id"])) if x))
        project = report.two_line_cell(r["project_code"], r["project_title"])
        paid = amount(tr, r["paid_amount"], r["currency"])
        if r["sum_differs"]:
            paid = report.two_line_cell(paid, tr.t("grants.sum_differs",
                                                   total=amount(tr, r["scheduled"], r["currency"])))
        late_text = overdue_text(tr, r["overdue"]) or "\u2014"
        table_rows.append([n, who, project, amount(tr, r["amount"], r["currency"]), paid,
                           tr.enum(r["status"], GrantStatus), late_text])
    story += [report.heading(tr.t("grants.list")),
              report.table([tr.t("no"), tr.t("grants.grantee"), tr.t("grants.project"), tr.t("grants.amount"),
                            tr.t("grants.paid"), tr.t("grants.status"), tr.t("grants.overdue")], table_rows,
                           [0.04, 0.22, 0.17, 0.11, 0.13, 0.09, 0.24], numeric=[0, 3, 4],
                           extra_style=[("VALIGN", (0, 1), (-1, -1), "TOP")])]
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        totals[r["currency"]][0] += r["amount"]
        totals[r["currency"]][1] += r["paid_amount"]
    story += [report.heading(tr.t("grants.totals")),
              report.table([tr.t("grants.currency"), tr.t("grants.amount"), tr.t("grants.paid")],
                           [[c, amount(tr, a, c), amount(tr, p, c)] for c, (a, p) in sorted(totals.items())],
                           [0.2, 0.3, 0.3], numeric=[1, 2])]
    return story, 1 + len(rows) // 10
