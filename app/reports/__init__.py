"""PDF reports (ReportLab) and spreadsheets (openpyxl), Qt-free: the GUI and the command line call them.

- ``app.reports.build_report(fd, kind, out_path, ...)``: mission, training, attendance, certificates, summary,
  followup, requests (ranking), request (assessment sheet), project (progress), portfolio reports, with a progress
  callback.
- ``app.spreadsheets.export.export_list`` / ``export_database``: lists and whole databases to .xlsx.
- ``app.spreadsheets.importer``: plan, preview and commit an import of participants, trainings or missions.

The kinds of report and their options are listed in ``app.reports.kinds``; this package loads ReportLab only when
``build_report`` is first used (PEP 562), so the catalogue costs nothing to whoever only reads it.
"""

import importlib

__all__ = ["LANGUAGES", "REPORT_KINDS", "ReportError", "ReportResult", "build_report"]
_FROM = {"LANGUAGES": "app.reports.i18n", "REPORT_KINDS": "app.reports.kinds", "ReportError": "app.reports.build",
         "ReportResult": "app.reports.build", "build_report": "app.reports.build"}


def __getattr__(name: str):
    if name in _FROM:
        return getattr(importlib.import_module(_FROM[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
