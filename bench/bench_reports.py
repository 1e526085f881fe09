"""Spreadsheets and PDFs at scale: 100,000 enrollments to xlsx, a 1,000-participant attendance sheet, each against
the bare library doing the same output."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from harness import Result, compare
from profiles import large_profile


def xlsx_pair(scratch: Path) -> tuple[float, float, int]:
    from openpyxl import Workbook

    from app.services import FieldDesk
    from app.spreadsheets import export as xlsx_export
    from app.spreadsheets.columns import columns_of
    from app.spreadsheets.export import Exporter, Translator, _rows

    fd = FieldDesk.open(large_profile())
    ids = fd.enrollments.ids()
    columns = columns_of("enrollment")
    cells = list(_rows(fd, "enrollment", ids, columns, Exporter(fd, Translator("en"))))

    def fielddesk() -> None:
        xlsx_export.export_table(fd, "enrollment", scratch / "enrollments.xlsx")

    def floor() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Enrollments")
        ws.append([c.name for c in columns])
        for row in cells:
            ws.append(row)
        wb.save(scratch / "floor.xlsx")

    try:
        mine, theirs = compare(fielddesk, floor, runs=3)
    finally:
        fd.close()
    return mine, theirs, len(ids)


def attendance_pair(scratch: Path, participants: int = 1000) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.reports import build_report, fonts
    from app.services import FieldDesk
    from app.services.store.seed import country_id

    with FieldDesk.create(scratch / "attendance", office_code="RU-01", office_name="Moscow office",
                          country_code="RU") as fd:
        training = fd.trainings.create({"title": "Семинар", "form": "seminar", "country_id": country_id("RU"),
                                        "start_date": "2026-03-02", "end_date": "2026-03-04"})
        people = [{"full_name": f"Иванова Мария {n:04d}", "organisation": f"Суд № {n % 40}"}
                  for n in range(participants)]
        ids = fd.participants.create_many(people)
        fd.enrollments.create_many([{"training_id": training, "participant_id": p} for p in ids])
        fonts.register_fonts()
        rows = [["No.", "Name", "Organisation", "Day 1", "Day 2", "Day 3"]]
        rows += [[n, p["full_name"], p["organisation"], "", "", ""] for n, p in enumerate(people, start=1)]

        def floor() -> None:
            table = Table(rows, repeatRows=1, rowHeights=[None] + [26] * participants)
            table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
            SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4)).build([table])

        def sheet() -> None:
            build_report(fd, "attendance", scratch / "a.pdf", record_id=training)

        return compare(sheet, floor)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        mine, floor, count = xlsx_pair(scratch)
        results = [Result(f"xlsx export, {count:,} enrollments", mine, floor, 1.5,
                          note="floor: openpyxl write-only mode writing the same cells (values prepared in memory)")]
        mine, floor = attendance_pair(scratch)
        results.append(Result("attendance sheet, 1,000 participants", mine, floor, 1.5,
                              note="floor: a bare ReportLab table of the same cells"))
    return results
