"""The Fund's position by year (pledged, received, allocated, spent, balance, against the regular budget), and the
regular budget against the Fund by year and country: read on the worker, redrawn when the Fund or budgets change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.programme.fund import SourceTotals, fund_position, regular_budget_against_fund
from app.ui.i18n.formats import format_money, format_plain_number
from app.ui.widgets.freshness import ReloadWhenShown
from app.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from app.ui.context import AppContext


def read_position(fd) -> dict[str, Any]:
    return {"years": fund_position(fd), "sources": regular_budget_against_fund(fd)}


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # amounts are never cut
    header.setStretchLastSection(False)  # amounts keep their width; the room left stays after the last
    view.setAlternatingRowColors(True)
    return view


class PositionTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.years = RowsModel([self.tr("Year"), self.tr("Pledged"), self.tr("Received"), self.tr("Allocated"),
                                self.tr("Spent"), self.tr("Balance"), self.tr("Regular budget")], self._year_cell,
                               self, decorate=self._align)
        self.sources = RowsModel([self.tr("Year"), self.tr("Country"), self.tr("Regular budget"),
                                  self.tr("Regular budget spent"), self.tr("Voluntary Fund budget"),
                                  self.tr("Voluntary Fund spent")], self._source_cell, self, decorate=self._align)
        self.note = QLabel(self.tr("US dollars at the UN operational rates of exchange. The balance is what was "
                                   "received less what was allocated, up to the end of the year."))
        self.note.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setObjectName("missingRates")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        self.missing.hide()
        position = QGroupBox(self.tr("The Fund's position by year"))
        box = QVBoxLayout(position)
        box.addWidget(_table(self.years, "fund_position"))
        box.addWidget(self.missing)
        against = QGroupBox(self.tr("Regular budget against the Fund, by year and country"))
        QVBoxLayout(against).addWidget(_table(self.sources, "fund_sources"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(position, 1)
        layout.addWidget(against, 1)
        self.freshness = ReloadWhenShown(self, ctx, self._read)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.freshness.reload_if_stale()

    def reload(self) -> None:
        self.freshness.reload()

    def _read(self) -> None:
        self.freshness.read(read_position, self._arrived)

    def _arrived(self, data: dict[str, Any]) -> None:
        self.years.set_items(data["years"])
        # by year, then by the country's name in the interface language's collation (no country last)
        rank = {country: n for n, country in enumerate(self.ctx.refs.name_order("country"))}
        self.sources.set_items(sorted(data["sources"], key=lambda s: (s.year, s.country_id is None,
                                                                      rank.get(s.country_id, len(rank)))))
        missing = sorted({m for y in data["years"] for m in y.missing_rates})
        self.missing.setText(self.tr("Not counted, for want of a rate of exchange: %1. Record the rates on the "
                                     "Rates tab.").replace("%1", ", ".join(missing)))
        self.missing.setVisible(bool(missing))

    def _year_cell(self, y, column: int) -> str:
        if column == 0:
            return format_plain_number(y.year)
        value = (y.pledged_usd, y.received_usd, y.allocated_usd, y.spent_usd, y.balance_usd,
                 y.regular_budget_usd)[column - 1]
        return format_money(round(value)) + (" *" if y.missing_rates and column in (1, 2, 5) else "")

    def _source_cell(self, s, column: int) -> str:
        if column == 0:
            return format_plain_number(s.year)
        if column == 1:
            return self._country_name(s) or "\u2014"
        return format_money(round((s.regular_budget_usd, s.regular_spent_usd, s.fund_budget_usd,
                                   s.fund_spent_usd)[column - 2]))

    def _country_name(self, s: SourceTotals) -> str:
        return self.ctx.refs.name("country", s.country_id) if s.country_id else ""

    @staticmethod
    def _align(item, column: int, role: int):
        first_amount = 2 if isinstance(item, SourceTotals) else 1
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= first_amount:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
