"""Headquarters' view of the offices: each office's last bundle, missing bundles, what it has not confirmed (changes,
and erasures of people's personal data), and offices silent for 30 days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.sync.gaps import format_gaps
from app.ui.i18n.formats import format_timestamp
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.ui.context import AppContext


class OfficesTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        headers = [self.tr("Office"), self.tr("Name"), self.tr("Last bundle received"), self.tr("Bundles received"),
                   self.tr("Missing bundles"), self.tr("Not yet confirmed by the office"),
                   self.tr("Erasures not yet confirmed"), self.tr("Records"),
                   self.tr("Status")]
        self.model = RowsModel(headers, self._cell, self, decorate=self._decorate)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Offices"))
        note = QLabel(self.tr("Each office's data can be viewed on the list pages with the Office filter."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        self._counts: dict[str, int] = {}

    def reload(self) -> None:
        def load(fd):
            # imported here: it loads cryptography (with sync.status)
            from app.sync.status import office_record_counts, peer_status

            return [s for s in peer_status(fd) if s.role == "field"], office_record_counts(fd)

        self.ctx.read(load, self._arrived, owner=self)

    def _arrived(self, loaded) -> None:
        statuses, self._counts = loaded
        self.model.set_items(statuses)

    def _cell(self, s, column: int) -> str:
        if column == 0:
            return s.office
        if column == 1:
            return s.name
        if column == 2:
            return format_timestamp(s.last_received_at) if s.last_received_at else self.tr("never")
        if column == 3:
            return str(s.received)
        if column == 4:
            return format_gaps(s.missing_bundles)
        if column == 5:
            return str(s.unacknowledged)
        if column == 6:
            return str(s.erasures_unacknowledged)
        if column == 7:
            return str(self._counts.get(s.office, 0))
        return self.tr("silent for more than 30 days") if s.silent else self.tr("in touch")

    def _decorate(self, s, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and s.silent:
            return QBrush(QColor("#b00020"))
        return None
