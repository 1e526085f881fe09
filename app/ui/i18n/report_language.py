"""The language reports and spreadsheets are written in, chosen from the interface's: one helper for the report
windows, the import window and the help (kept out of the list pages so that none of them imports another)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.ui.settings.options import LANGUAGE


def ui_language(settings) -> str:
    """The language reports and spreadsheets are written in: the interface's (English when it follows the system)."""
    # imported here: start-up: the first screen (participants) does not load reports.i18n
    from app.reports.i18n import LANGUAGES  # a small module: no ReportLab

    code = settings.get(LANGUAGE) or QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"
