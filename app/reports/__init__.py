"""PDF reports (ReportLab) and spreadsheets (openpyxl), Qt-free: the GUI and the command line call them.

- ``app.reports.build_report(fd, kind, out_path, ...)``: mission, training, attendance, certificates, summary,
  followup, requests (ranking), request (assessment sheet), project (progress), portfolio reports, with a progress
  callback.
- ``app.reports.xlsx_export.export_list`` / ``export_database``: lists and whole databases to .xlsx.
- ``app.reports.xlsx_import``: plan, preview and commit an import of participants, trainings or missions.
"""

from app.reports.build import REPORT_KINDS, ReportError, ReportResult, build_report
from app.reports.i18n import LANGUAGES

__all__ = ["LANGUAGES", "REPORT_KINDS", "ReportError", "ReportResult", "build_report"]
