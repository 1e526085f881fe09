"""Attendance sheet to print and sign: one row per enrolled participant (sorted by surname), blank rows for walk-ins,
one signature cell per working day, and the facilitator's certification under it.

One table for all participants, so ReportLab splits it across pages and repeats its header row on each. Each sheet
covers one week of the activity: the office's working days by default (its weekend is a site setting), every day
when asked. Rows are as high as a signature needs, and higher only where a long name or organisation wraps: text is
never shrunk below the body size to fit (a clerk must read it back).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Table

from app.reports.collation import surname_key
from app.reports.kinds import DEFAULT_BLANK_ROWS
from app.reports.layout import CELL_PAD, FittingText, Report
from app.reports.lookups import Lookups, enrolled_participant_ids, live_record
from app.services.profile import site_settings

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "attendance.title"
ROW_HEIGHT = 26
ROWS_PER_PAGE = 15  # landscape A4 at ROW_HEIGHT under the title, for the progress estimate
_CELL_V_PAD = 4.5  # a cell's top and bottom padding (ReportCell)


def sheet_days(start: date, end: date, weekend: tuple[int, ...], all_days: bool = False) -> list[date]:
    """The days that get a signature column: the working days, or every day when asked. The first and last days are
    the activity's own, so they are kept even on a weekend (a course from Sunday to Monday is signed on both days,
    as its cover and certificates say "2 days"); only weekend days in between are left out."""
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    if all_days:
        return days
    return [d for d in days if d.weekday() not in weekend or d in (start, end)]


def weeks(days: list[date], weekend: tuple[int, ...]) -> list[list[date]]:
    """The days by working week, one sheet each: a week starts the day after the weekend (Monday after a
    Saturday-Sunday weekend, Sunday after Friday-Saturday), so a sheet is signed through one week."""
    first_weekday = (max(weekend) + 1) % 7 if weekend else 0
    out: dict[date, list[date]] = {}
    for d in days:
        out.setdefault(d - timedelta(days=(d.weekday() - first_weekday) % 7), []).append(d)
    sheets = list(out.values())
    # an activity that starts (or ends) on a weekend day signs that day on the sheet of the week it runs into
    if len(sheets) > 1 and all(d.weekday() in weekend for d in sheets[0]):
        sheets[:2] = [sheets[0] + sheets[1]]
    if len(sheets) > 1 and all(d.weekday() in weekend for d in sheets[-1]):
        sheets[-2:] = [sheets[-2] + sheets[-1]]
    return sheets


def build_story(fd: FieldDesk, report: Report, training_id: str, *, blank_rows: int = DEFAULT_BLANK_ROWS,
                all_days: bool = False) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    training = live_record(fd.trainings, training_id, "training activity")
    report.subject = training.title
    people = fd.participants.rows(enrolled_participant_ids(fd, training_id), ["full_name", "organisation"])
    people.sort(key=lambda p: (surname_key(p["full_name"]), surname_key(p["organisation"])))
    report.report_progress(0.15, tr.t(TITLE_KEY))

    weekend = site_settings.weekend_days(fd)
    days = sheet_days(training.start_date, training.end_date, weekend, all_days)
    place = tr.join(x for x in (training.venue, look.country(training.country_id)) if x)
    instructions = tr.t("attendance.instructions")
    if blank_rows:
        instructions += " " + tr.t("attendance.walk_ins")
    heading = [report.para(tr.t(TITLE_KEY), "title"), report.para(training.title, "h1"),
               report.para(f"{tr.date_range(training.start_date, training.end_date)} · {place}", "body"),
               report.para(instructions, "small")]
    if not people:  # still a sheet when there are blank rows: everyone may sign in on the day
        heading.append(report.para(tr.t("attendance.empty")))
        if not blank_rows:
            return heading, 1

    story: list = []
    number = 1
    for week in weeks(days, weekend):
        if story:
            story.append(PageBreak())
        story += heading
        story.append(_sheet(report, people, week, number, blank_rows))
        story.append(_certification(report))
        number += len(week)
    sheets = len(weeks(days, weekend))
    return story, sheets * (1 + (len(people) + blank_rows) // ROWS_PER_PAGE)


def _height(cell, width: float) -> float:
    """The height a cell needs: plain text fits the standard row, a paragraph as many lines as it wraps to."""
    if isinstance(cell, str):
        return 0
    return cell.wrap(width - 2 * CELL_PAD, 10_000)[1] + _CELL_V_PAD + 2


def _sheet(report: Report, people: list[dict], week: list[date], first_day_number: int, blank_rows: int) -> Table:
    tr = report.tr
    width = report.frame_width
    number_w = 10 * mm
    day_w = min(32 * mm, (width * 0.55) / len(week))
    text_w = width - number_w - day_w * len(week)
    name_w, org_w = text_w * 0.55, text_w * 0.45
    header = [tr.t("no"), tr.t("attendance.name"), tr.t("attendance.organisation")]
    days = [f"{tr.t('attendance.day', n=first_day_number + i)}\n{d.day:02d}.{d.month:02d}" for i, d in enumerate(week)]
    if tr.rtl:
        header += [report.cell(day, day_w, "cell_head_center") for day in days]
    else:  # two short lines: plain text, centred by the table's style (a paragraph per header cell and page costs)
        header += [FittingText(day) for day in days]
    blanks = [""] * len(week)
    rows, heights = [], []
    for n, p in enumerate(people, start=1):
        name, org = report.cell(p["full_name"], name_w), report.cell(p["organisation"], org_w)
        rows.append([n, name, org, *blanks])
        heights.append(max(ROW_HEIGHT, _height(name, name_w), _height(org, org_w)))
    for n in range(len(people) + 1, len(people) + blank_rows + 1):  # walk-ins write themselves in
        rows.append([n, "", "", *blanks])
        heights.append(ROW_HEIGHT)
    first_day_col = 3
    grid = [("GRID", (first_day_col, 0), (-1, -1), 0.5, "#5f6b7a"),
            ("BOX", (0, 0), (-1, -1), 0.8, "#1f2933"),
            ("ALIGN", (first_day_col, 0), (-1, 0), "CENTER")]
    if blank_rows:  # the walk-ins' name and organisation are written by hand: give them a line to write on
        grid.append(("GRID", (0, len(people) + 1), (first_day_col - 1, -1), 0.5, "#5f6b7a"))
    if tr.rtl:
        last = len(week) - 1
        grid = [("GRID", (0, 0), (last, -1), 0.5, "#5f6b7a"), ("BOX", (0, 0), (-1, -1), 0.8, "#1f2933"),
                ("ALIGN", (0, 0), (last, 0), "CENTER")]
        if blank_rows:
            grid.append(("GRID", (last + 1, len(people) + 1), (-1, -1), 0.5, "#5f6b7a"))
    return report.table(header, rows, [number_w, name_w, org_w, *([day_w] * len(week))], numeric=[0],
                        row_heights=heights, zebra=False, extra_style=grid)  # no zebra: people sign on it


def _certification(report: Report) -> KeepTogether:
    """The facilitator certifies the sheet: a sentence, then name, signature and date lines to fill in."""
    tr = report.tr
    lines = report.sign_lines([tr.t("attendance.facilitator"), tr.t("attendance.signature"), tr.t("attendance.date")])
    return KeepTogether([report.spacer(3), report.para(tr.t("attendance.certify"), "body"), lines])
