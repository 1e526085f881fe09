"""Sync: exchanging bundle files with headquarters and other offices (built with the sync work; a placeholder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.placeholder import PlaceholderPage

translate = QCoreApplication.translate


def SyncPage(ctx, parent=None) -> PlaceholderPage:
    return PlaceholderPage(
        translate("SyncPage", "Sync"),
        translate("SyncPage", "Here you will make a sync bundle for headquarters (on a USB stick or by e-mail), "
                              "import the bundles you receive, and see which changes are not yet sent and when each "
                              "office last synchronised."),
        parent)
