"""Attendance sheet to print and sign: one row per enrolled participant, one blank signature cell per day.

One table for all participants, so ReportLab splits it across pages and repeats its header row on each. Activities
longer than a week get one table per week of days (a sheet with 30 day columns could not be signed). Rows have a
fixed height (room to sign), which also spares ReportLab measuring every row.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from app.reports.layout import FittingText, Report
from app.reports.lookups import Lookups, enrolled_participant_ids, live_record

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "attendance.title"
DAYS_PER_SHEET = 7
ROW_HEIGHT = 26
ROWS_PER_PAGE = 16  # landscape A4 at ROW_HEIGHT, for the progress estimate


def build_story(fd: FieldDesk, report: Report, training_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    training = live_record(fd.trainings, training_id, "training activity")
    report.subject = training.title
    people = fd.participants.rows(enrolled_participant_ids(fd, training_id), ["full_name", "organisation"])
    people.sort(key=lambda p: (p["full_name"].casefold(), p["organisation"].casefold()))
    report.report_progress(0.15, tr.t(TITLE_KEY))

    days = [training.start_date + timedelta(days=n) for n in range(training.day_count)]
    place = ", ".join(x for x in (training.venue, look.country(training.country_id)) if x)
    heading = [report.para(training.title, "h1"),
               report.para(f"{tr.date_range(training.start_date, training.end_date)} · {place}", "body"),
               report.para(tr.t("attendance.instructions"), "small")]
    if not people:
        return [*heading, report.para(tr.t("attendance.empty"))], 1

    story: list = []
    for start in range(0, len(days), DAYS_PER_SHEET):
        week = days[start : start + DAYS_PER_SHEET]
        if story:
            story.append(PageBreak())
        story += heading
        story.append(_sheet(report, people, week, first_day_number=start + 1))
    sheets = (len(days) + DAYS_PER_SHEET - 1) // DAYS_PER_SHEET
    return story, sheets * (1 + len(people) // ROWS_PER_PAGE)


def _sheet(report: Report, people: list[dict], week: list, first_day_number: int):
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
    rows = [[n, report.fitted_cell(p["full_name"], name_w, ROW_HEIGHT), report.fitted_cell(p["organisation"], org_w, ROW_HEIGHT),
             *blanks] for n, p in enumerate(people, start=1)]
    first_day_col = 3
    grid = [("GRID", (first_day_col, 0), (-1, -1), 0.5, "#5f6b7a"),
            ("BOX", (0, 0), (-1, -1), 0.8, "#1f2933"),
            ("ALIGN", (first_day_col, 0), (-1, 0), "CENTER")]
    if tr.rtl:
        last = len(week) - 1
        grid = [("GRID", (0, 0), (last, -1), 0.5, "#5f6b7a"), ("BOX", (0, 0), (-1, -1), 0.8, "#1f2933"),
                ("ALIGN", (0, 0), (last, 0), "CENTER")]
    return report.table(header, rows, [number_w, name_w, org_w, *([day_w] * len(week))], numeric=[0],
                        row_height=ROW_HEIGHT, zebra=False, extra_style=grid)  # no zebra: people sign on it
