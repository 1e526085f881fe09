"""The attendance sheet as a facilitator uses it: working days only (the office's weekend), names by surname with
accents ignored, blank rows for walk-ins, a title and the facilitator's certification, long text wrapped."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import pdf_pages, pdf_text

from app.cli import main
from app.reports import ReportError, attendance, build_report
from app.reports.i18n import Translator
from app.reports.layout import CELL_FONT_SIZE, Report
from app.services import FieldDesk
from app.services.profile import site_settings
from app.services.store.seed import country_id


def _course(fd, start: str, end: str, names: list[str], organisation: str = "Court") -> str:
    course = fd.trainings.create({"title": "Fair trial course", "form": "training_course", "status": "ongoing",
                                  "country_id": country_id("GT"), "start_date": start, "end_date": end})
    people = fd.participants.create_many([{"full_name": n, "organisation": organisation} for n in names])
    fd.enrollments.create_many([{"training_id": course, "participant_id": p} for p in people])
    return course


def test_the_columns_are_the_working_days_of_the_offices_weekend(fd, tmp_path):
    course = _course(fd, "2026-03-05", "2026-03-10", ["Ana Ávila"])  # Thursday to Tuesday
    out = tmp_path / "a.pdf"
    build_report(fd, "attendance", out, record_id=course)
    first, second = (" ".join(p.split()) for p in pdf_pages(out))
    assert "Day 1 05.03" in first and "Day 2 06.03" in first and "Day 3" not in first
    assert "Day 3 09.03" in second and "Day 4 10.03" in second  # a sheet per working week, weekend left out
    assert "07.03" not in pdf_text(out) and "08.03" not in pdf_text(out)

    site_settings.set_weekend(fd, "Friday-Saturday")
    build_report(fd, "attendance", out, record_id=course)
    text = pdf_text(out)
    assert "05.03" in text and "08.03" in text and "09.03" in text and "10.03" in text
    assert "06.03" not in text and "07.03" not in text
    assert len(pdf_pages(out)) == 2  # Thursday; then Sunday to Tuesday, one week that starts on Sunday

    build_report(fd, "attendance", out, record_id=course, all_days=True)
    assert all(f"{d:02d}.03" in pdf_text(out) for d in range(5, 11))


def test_a_weekend_only_activity_keeps_its_days_and_weekends_are_checked():
    saturday = date(2026, 3, 7)
    assert attendance.sheet_days(saturday, saturday, (5, 6)) == [saturday]
    sunday, monday = date(2026, 9, 13), date(2026, 9, 14)  # the activity's own first and last days are signed
    assert attendance.sheet_days(sunday, monday, (5, 6)) == [sunday, monday]
    assert attendance.weeks([sunday, monday], (5, 6)) == [[sunday, monday]], "one sheet, not a sheet for Sunday"
    assert attendance.sheet_days(date(2026, 9, 11), monday, (5, 6)) == [date(2026, 9, 11), monday]
    assert attendance.sheet_days(date(2026, 9, 12), date(2026, 9, 20), (5, 6)) == [
        date(2026, 9, 12), *(date(2026, 9, d) for d in range(14, 19)), date(2026, 9, 20)]
    with pytest.raises(site_settings.SettingRefused, match="'thursday' is not a weekend"):
        site_settings.set_weekend(None, "thursday")


def test_names_sort_by_surname_with_accents_ignored(fd, tmp_path):
    course = _course(fd, "2026-03-02", "2026-03-03", ["Tomás Zapata", "Édgar Zapata", "Bruno Baca", "Ana Ávila"])
    out = tmp_path / "a.pdf"
    build_report(fd, "attendance", out, record_id=course)
    text = pdf_text(out)
    order = [text.index(n) for n in ("Ana Ávila", "Bruno Baca", "Édgar Zapata", "Tomás Zapata")]
    assert order == sorted(order)


def test_title_blank_rows_certification_and_wrapped_organisation(fd, tmp_path):
    long_org = "Procuraduría de los Derechos Humanos, Dirección de Promoción y Educación en Derechos Humanos"
    course = _course(fd, "2026-03-02", "2026-03-03", ["Ana Ávila", "Bruno Baca"], organisation=long_org)
    out = tmp_path / "a.pdf"
    build_report(fd, "attendance", out, record_id=course)
    flat = " ".join(pdf_text(out).split())
    assert flat.startswith("Attendance sheet Fair trial course")  # the page's own title, before the header's
    assert "I certify that the persons above attended the activity on the days they signed." in flat
    assert "Facilitator" in flat and "Not on the list?" in flat
    assert long_org in flat  # wrapped, whole

    story = _story(fd, course, blank_rows=5)
    table = next(f for f in story if hasattr(f, "_cellvalues"))
    assert len(table._cellvalues) == 1 + 2 + 5
    assert [row[0] for row in table._cellvalues[1:]] == [str(n) for n in range(1, 8)]
    org = table._cellvalues[1][2]
    assert org.style.fontSize == CELL_FONT_SIZE  # not shrunk: the row grows instead
    assert table._argH[1] > attendance.ROW_HEIGHT and table._argH[-1] == attendance.ROW_HEIGHT
    assert len(next(f for f in _story(fd, course, blank_rows=0) if hasattr(f, "_cellvalues"))._cellvalues) == 3


def _story(fd, course: str, blank_rows: int) -> list:
    report = Report(tr=Translator("en"), title="Attendance sheet", office_label="GT", generated_on=date(2026, 3, 1),
                    landscape=True)
    story, _ = attendance.build_story(fd, report, course, blank_rows=blank_rows)
    return story


def test_the_command_line_takes_blank_rows_and_all_days(field_profile, tmp_path, capsys):
    with FieldDesk.open(field_profile) as fd:
        course = _course(fd, "2026-03-06", "2026-03-09", ["Ana Ávila"])
    out = tmp_path / "a.pdf"
    argv = ["--profile", str(field_profile), "report", "attendance", course, "--out", str(out)]
    assert main([*argv, "--blank-rows", "5", "--all-days"]) == 0
    assert "07.03" in pdf_text(out)
    assert main([*argv, "--blank-rows", "many"]) == 2
    assert "'many' is not a number of blank rows" in capsys.readouterr().err
    with FieldDesk.open(field_profile) as fd, pytest.raises(ReportError, match="between 0 and 100"):
        build_report(fd, "attendance", out, record_id=course, blank_rows=101)


def test_the_russian_name_column_says_what_is_printed(fd, tmp_path):
    course = _course(fd, "2026-03-02", "2026-03-02", ["Анна Петрова"])
    out = tmp_path / "a.pdf"
    build_report(fd, "attendance", out, record_id=course, lang="ru")
    text = pdf_text(out)
    assert "Имя и фамилия" in text and "Анна Петрова" in text and "Фамилия, имя" not in text
