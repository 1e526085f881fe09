"""The "After the exit" section of the project progress and portfolio reports: for each closed project, the checks
made (or still due) some months after its exit: is the national partner still running it, is there a national
budget line, are the trained staff still in post, notes; and how many closed projects were sustained at 12 months."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.enums import SustainedLevel
from app.services.programme.sustainability import TILE_MONTHS, after_exit_rows, sustained_at

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk


def section(fd: FieldDesk, report: Report, project_ids: list[str], *, one_project: bool = False) -> list:
    """The heading and the checks of the closed projects among ``project_ids`` (one project: no project column)."""
    tr = report.tr
    out = [report.heading(tr.t("exit.heading"))]
    rows = after_exit_rows(fd, project_ids) if project_ids else []
    if not rows:
        return out + [report.para(tr.t("exit.not_closed" if one_project else "exit.none_closed"))]
    if not one_project:
        counts = sustained_at(fd, TILE_MONTHS, project_ids)
        out.append(report.para(tr.t("exit.sustained_at", months=TILE_MONTHS, sustained=counts["sustained"],
                                    closed=counts["closed"], checked=counts["checked"])))
    table_rows = []
    for p in rows:
        if not p["schedule"]:
            table_rows.append(([f"{p['code']} {p['title']}"] if not one_project else [])
                              + ["\u2014", tr.t("exit.no_exit_date"), "", "", "", ""])
        for s in p["schedule"]:
            c = s.check
            when = tr.date(c["check_date"]) if c else tr.t("exit.due", date=tr.date(s.due))
            cells = [tr.t("exit.months_n", n=s.months), when,
                     tr.enum(c["partner_running"], SustainedLevel) if c else "\u2014",
                     (tr.t("yes") if c["budget_line"] else "\u2014") if c else "",
                     (tr.t("yes") if c["staff_in_post"] else "\u2014") if c else "",
                     c["notes"] if c else ""]
            table_rows.append(([f"{p['code']} {p['title']}"] if not one_project else []) + cells)
    header = [tr.t("exit.when"), tr.t("exit.checked"), tr.t("exit.partner"), tr.t("exit.budget"),
              tr.t("exit.staff"), tr.t("exit.notes")]
    if one_project:
        widths = [0.10, 0.16, 0.17, 0.13, 0.13, 0.31]
    else:
        header = [tr.t("portfolio.project"), *header]
        widths = [0.22, 0.09, 0.14, 0.13, 0.09, 0.09, 0.24]
    out.append(report.table(header, table_rows, widths))
    return out
