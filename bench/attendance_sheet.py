"""Benchmark: a 1,000-participant attendance sheet against a bare ReportLab table of the same cells (the floor),
measured in the same run. Run: .venv/bin/python bench/attendance_sheet.py  (prints the times and their ratio)."""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path


def main(participants: int = 1000, runs: int = 3) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.reports import build_report, fonts
    from app.services import FieldDesk
    from app.services.seed import country_id

    with tempfile.TemporaryDirectory() as tmp, \
            FieldDesk.create(Path(tmp) / "p", office_code="RU-01", office_name="Moscow office", country_code="RU") as fd:
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
            build_report(fd, "attendance", Path(tmp) / "a.pdf", record_id=training)

        def timed(fn) -> float:
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                fn()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        sheet()  # warm up: imports, font parsing
        bare, full = timed(floor), timed(sheet)
    print(f"bare table {bare:.3f} s, attendance sheet {full:.3f} s, ratio {full / bare:.2f}")
    return full / bare


if __name__ == "__main__":
    main()
