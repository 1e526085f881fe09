"""The Due page: what is overdue, due this week and due this month, each item one Enter or double-click away from
its record; at headquarters, how many items each office has overdue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.services.programme.due import due_summary, grouped
from app.ui.due.common import DueTable, counts_text
from app.ui.widgets.freshness import ReloadWhenShown
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.ui.context import AppContext

SECTIONS = (("overdue", QT_TRANSLATE_NOOP("Due", "Overdue")), ("this_week", QT_TRANSLATE_NOOP("Due", "This week")),
            ("this_month", QT_TRANSLATE_NOOP("Due", "This month")))


def read_due(fd) -> dict[str, Any]:
    return due_summary(fd)


class DuePage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary: dict[str, Any] | None = None
        heading = QLabel(QCoreApplication.translate("Due", "What is due"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.counts = QLabel("")
        self.offices = QLabel("")
        self.offices.setWordWrap(True)
        self.offices.hide()
        self.rules_button = QPushButton(QCoreApplication.translate("Due", "&Rules…"))
        self.rules_button.setToolTip(QCoreApplication.translate("Due", "How many days after what each item is due"))
        self.rules_button.clicked.connect(self.show_rules)
        self.rules: QDialog | None = None
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.offices)
        self.boxes: dict[str, QGroupBox] = {}
        self.tables: dict[str, DueTable] = {}
        for key, title in SECTIONS:
            box = QGroupBox(QCoreApplication.translate("Due", title))
            table = DueTable(ctx, QCoreApplication.translate("Due", title), show_office=ctx.is_hq)
            QVBoxLayout(box).addWidget(table)
            layout.addWidget(box, 2 if key == "overdue" else 1)
            self.boxes[key], self.tables[key] = box, table
        self.freshness = ReloadWhenShown(self, ctx, self._read)

    def show_rules(self) -> QDialog:
        # imported here: start-up: the first screen (dashboard) does not load ui.due.rules
        from app.ui.due.rules import DueRulesDialog

        if self.rules is None:
            self.rules = DueRulesDialog(self.ctx, self)
        else:
            self.rules.reload()
        self.rules.show()
        self.rules.raise_()
        return self.rules

    def title(self) -> str:
        return QCoreApplication.translate("Due", "Due")

    def on_shown(self) -> None:
        self.freshness.reload_if_stale()

    def reload(self) -> None:
        self.freshness.reload()

    def _read(self) -> None:
        self.freshness.read(read_due, self._show,
                           label=QCoreApplication.translate("Due", "Finding what is due\u2026"))

    def _show(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        today = summary["today"]
        groups = grouped(summary["items"], today)
        self.counts.setText(counts_text(groups))
        for key, title in SECTIONS:
            self.boxes[key].setTitle(f"{QCoreApplication.translate('Due', title)} ({len(groups[key])})")
            self.tables[key].set_items(groups[key], today)
        per_office = summary["overdue_by_office"]
        if summary["is_hq"] and per_office:
            self.offices.setText(QCoreApplication.translate("Due", "Overdue per office: %1").replace(
                "%1", ", ".join(f"{office} {n}" for office, n in per_office.items())))
            self.offices.show()
        else:
            self.offices.hide()
        first = next((self.tables[k] for k, _ in SECTIONS if groups[k]), None)
        if first is not None and first.currentIndex().row() < 0:
            first.setCurrentIndex(first.model().index(0, 0))
        self.data_shown.emit()
