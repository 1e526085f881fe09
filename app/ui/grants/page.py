"""The Grants page: every grant this office manages (every office's at headquarters), filtered by status and to those
with something overdue; what is overdue is said in words (in red as well). Enter or a double-click opens the grant on
its project's Grants tab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.models.enums import GrantStatus
from app.services.programme.grants import grants_list
from app.ui.i18n.formats import format_currency, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.projects.grants import overdue_words
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.freshness import ReloadWhenShown
from app.ui.widgets.page import Page
from app.ui.widgets.rows_model import ROW_ROLE, OpenKeys, RowsModel
from app.ui.widgets.secondary import WrappedLabel, make_secondary

if TYPE_CHECKING:
    from app.ui.context import AppContext

LATE_COLOUR = "#b3261e"


def _t(text: str) -> str:
    return QCoreApplication.translate("Grants", text)


def read_grants(fd, status: str | None, overdue: bool) -> list[dict[str, Any]]:
    office = None if fd.site.is_hq else fd.site.office
    return grants_list(fd, office=office, status=[status] if status else None, overdue_only=overdue)


class GrantsPage(Page):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(_t("Grants"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.status = QComboBox()
        self.status.addItem(_t("All statuses"), None)
        for member in GrantStatus:
            self.status.addItem(enum_label(GrantStatus, member.value), member.value)
        self.status.setAccessibleName(_t("Status"))
        status_label = QLabel(_t("&Status"))
        status_label.setBuddy(self.status)
        self.overdue = QCheckBox(_t("Only grants with something &overdue"))
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.count = QLabel("")
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        headers = [_t("Grantee"), _t("Project"), _t("Country"), _t("Amount"), _t("Paid"), _t("Status"),
                   _t("Overdue")] + ([_t("Office")] if ctx.is_hq else [])
        self.model = RowsModel(headers, self._cell, self, decorate=self._decorate)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_t("Grants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.open_grant)
        self.table.installEventFilter(OpenKeys(self.table, self.open_grant))
        # this page only lists grants: say where one is added (a user looked here for a New that never came)
        self.hint = make_secondary(WrappedLabel(_t(
            "Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a "
            "double-click here opens a grant there.")))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.freshness = ReloadWhenShown(self, ctx, self._read)

    def title(self) -> str:
        return _t("Grants")

    def on_shown(self) -> None:
        self.freshness.reload_if_stale()

    def reload(self) -> None:
        self.freshness.reload()

    def _read(self) -> None:
        status, overdue = self.status.currentData(), self.overdue.isChecked()
        self.freshness.read(lambda fd: read_grants(fd, status, overdue), self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_items(rows)
        fit_columns(self.table)  # every column in view, the widest narrowed (whole in its tooltip)
        self.count.setText(_t("Grants shown: %1").replace("%1", format_number(len(rows))))
        if rows and self.table.currentIndex().row() < 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.data_shown.emit()

    def _cell(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return row["grantee_name"]
        if column == 1:
            return row["project_code"]
        if column == 2:
            return self.ctx.refs.name("country", row["country_id"]) if row["country_id"] else ""
        if column == 3:
            return format_currency(row["amount"], row["currency"])
        if column == 4:
            return format_currency(row["paid_amount"], row["currency"])
        if column == 5:
            return enum_label(GrantStatus, row["status"])
        if column == 6:
            return overdue_words(row["overdue"], dates=False)  # the dates are on the grant
        return row["owner_office"]

    def _decorate(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row["overdue"]:
            return QBrush(QColor(LATE_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def open_grant(self, index) -> None:
        """The grant on its project's Grants tab."""
        row = index.data(ROW_ROLE)
        window = self.window()
        if row is None or not (hasattr(window, "show_page") and hasattr(window, "page")):
            return
        window.show_page("projects")
        if window.current_key != "projects":  # the page left asked to keep unsaved changes
            return
        page = window.page("projects")
        page.editor.grants.choose(row["id"])
        page.open_record(row["project_id"])
        page.editor.tabs.setCurrentWidget(page.editor.grants)
