"""Reports: mission reports, training reports, attendance sheets, certificates and summaries (built with the
reports work; a placeholder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.placeholder import PlaceholderPage

translate = QCoreApplication.translate


def ReportsPage(ctx, parent=None) -> PlaceholderPage:
    return PlaceholderPage(
        translate("ReportsPage", "Reports"),
        translate("ReportsPage", "Here you will print mission reports, training reports, attendance sheets, "
                                 "certificates of participation and summaries for a period, as PDF files."),
        parent)
