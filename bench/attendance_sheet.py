"""The attendance-sheet benchmark of the ``reports`` suite on its own, for quick checks while working on the reports:
a 1,000-participant sheet against a bare ReportLab table of the same cells, measured in the same run.
Run: .venv/bin/python bench/attendance_sheet.py  (prints the times and their ratio)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_reports import attendance_pair


def main() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        full, bare = attendance_pair(Path(tmp))
    print(f"bare table {bare:.3f} s, attendance sheet {full:.3f} s, ratio {full / bare:.2f}")
    return full / bare


if __name__ == "__main__":
    main()
