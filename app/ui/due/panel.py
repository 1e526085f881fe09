"""The dashboard's Due panel: how many items are overdue, due this week and this month, and the most urgent of them
(overdue first), each one Enter or double-click away from its record; "All that is due" opens the Due page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.services.programme.due import grouped
from app.ui.due.common import DueTable, counts_text
from app.ui.due.page import read_due
from app.ui.widgets.freshness import ReloadWhenShown

if TYPE_CHECKING:
    from app.ui.context import AppContext

SHOWN = 8  # the panel lists the most urgent; the page lists all


class DuePanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(QCoreApplication.translate("Due", "Due"), parent)
        self.ctx = ctx
        self.summary: dict[str, Any] | None = None
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        self.offices = QLabel("")
        self.offices.setWordWrap(True)
        self.offices.hide()
        self.table = DueTable(ctx, QCoreApplication.translate("Due", "Most urgent items due"), show_office=ctx.is_hq)
        self.table.setMinimumHeight(140)
        self.all_button = QPushButton(QCoreApplication.translate("Due", "&All that is due\u2026"))
        self.all_button.clicked.connect(self._show_page)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offices)
        layout.addWidget(self.table)
        self.freshness = ReloadWhenShown(self, ctx, self._read)

    def reload(self) -> None:
        self.freshness.reload()

    def reload_if_stale(self) -> None:
        self.freshness.reload_if_stale()

    def _read(self) -> None:
        self.freshness.read(read_due, self._show)

    def _show(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        today = summary["today"]
        groups = grouped(summary["items"], today)
        self.counts.setText(counts_text(groups))
        urgent = (groups["overdue"] + groups["this_week"] + groups["this_month"])[:SHOWN]
        self.table.set_items(urgent, today)
        per_office = summary["overdue_by_office"]
        self.offices.setVisible(bool(summary["is_hq"] and per_office))
        if summary["is_hq"] and per_office:
            self.offices.setText(QCoreApplication.translate("Due", "Overdue per office: %1").replace(
                "%1", ", ".join(f"{office} {n}" for office, n in per_office.items())))

    def _show_page(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("due")
