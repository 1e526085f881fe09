"""What the Due page and the dashboard's Due panel share: the kinds' names, a table of due items, and opening an
item's record on its page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.models.enums import GrantReportKind
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.rows_model import ROW_ROLE, OpenKeys, RowsModel

if TYPE_CHECKING:
    from app.services.programme.due import DueItem
    from app.ui.context import AppContext


# The page each record opens on.
PAGE_OF_TABLE = {"review": "reviews", "mission": "missions", "recommendation": "recommendations", "project": "projects",
                 "assistance_request": "requests", "action_plan": "plans"}

KIND_NAMES = {
    "mission_report": QT_TRANSLATE_NOOP("Due", "Mission report"),
    "recommendation_review": QT_TRANSLATE_NOOP("Due", "Follow-up review"),
    "indicator_value": QT_TRANSLATE_NOOP("Due", "Indicator value"),
    "project_report": QT_TRANSLATE_NOOP("Due", "Final project report"),
    "mid_term_evaluation": QT_TRANSLATE_NOOP("Due", "Mid-term evaluation"),
    "final_evaluation": QT_TRANSLATE_NOOP("Due", "End-of-project evaluation"),
    "request_decision": QT_TRANSLATE_NOOP("Due", "Decision on a request"),
    "sustainability_check": QT_TRANSLATE_NOOP("Due", "Sustainability check"),
    "grant_tranche": QT_TRANSLATE_NOOP("Due", "Grant tranche"),
    "grant_report": QT_TRANSLATE_NOOP("Due", "Grant report"),
    "review_synthesis": QT_TRANSLATE_NOOP("Due", "Synthesis of a review"),
    "plan_action": QT_TRANSLATE_NOOP("Due", "Plan action"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Due", KIND_NAMES.get(kind, kind))


# Items opened on a tab of their record's editor: kind -> the editor's attribute holding the tab.
TAB_OF_KIND = {"sustainability_check": "after_exit", "grant_tranche": "grants", "grant_report": "grants",
               "recommendation_review": "recommendations",
               "plan_action": "actions"}  # a mission's recommendations reviewed together


def open_item(widget: QWidget, item: DueItem) -> None:
    """Show the item's record on its own page."""
    window = widget.window()
    key = PAGE_OF_TABLE.get(item.table)
    if key is None or not (hasattr(window, "show_page") and hasattr(window, "page")):
        return
    window.show_page(key)
    if window.current_key == key:  # not when the page left asked to keep unsaved changes
        page = window.page(key)
        tab = getattr(page.editor, TAB_OF_KIND[item.kind], None) if (
            item.kind in TAB_OF_KIND and item.table != "recommendation") else None
        if tab is not None and item.part_id and hasattr(tab, "choose"):
            tab.choose(item.part_id)  # the grant the item is about, among the project's grants
        page.open_record(item.record_id)
        if tab is not None:  # a check after the exit opens on the tab where it is recorded
            page.editor.tabs.setCurrentWidget(tab)


class DueTable(QTableView):
    """Due items in a table: when, what, the record, country (and office at headquarters). Double-click or Enter
    opens the record."""

    opened = Signal(object)  # the DueItem

    def __init__(self, ctx: AppContext, accessible_name: str, show_office: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None
        headers = [QCoreApplication.translate("Due", "Due"), QCoreApplication.translate("Due", "What"),
                   QCoreApplication.translate("Due", "Record"), QCoreApplication.translate("Due", "Country")] + (
            [QCoreApplication.translate("Due", "Office")] if show_office else [])
        self.model_ = RowsModel(headers, self._cell, self, decorate=self._decorate)
        self.setModel(self.model_)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self.activate)
        self.installEventFilter(OpenKeys(self, self.activate))

    def set_items(self, items: list[DueItem], today: date) -> None:
        self.today = today
        self.model_.set_items(items)

    def activate(self, index) -> None:
        item = index.data(ROW_ROLE)
        if item is not None:
            self.opened.emit(item)
            open_item(self, item)

    def _cell(self, item: DueItem, column: int) -> str:
        if column == 0:
            return format_date(item.due)
        if column == 1:
            return kind_name(item.kind)
        if column == 2:
            detail = item.detail
            if item.kind == "sustainability_check":
                detail = QCoreApplication.translate("Due", "%1 months after the exit").replace("%1", detail)
            elif item.kind == "grant_tranche":
                detail = QCoreApplication.translate("Due", "tranche %1").replace("%1", detail)
            elif item.kind == "recommendation_review" and detail:  # a mission's recommendations reviewed together
                detail = QCoreApplication.translate("Due", "recommendations: %1").replace("%1", detail)
            elif item.kind == "grant_report":
                detail = enum_label(GrantReportKind, detail)
            return f"{item.title} \u2013 {detail}" if detail else item.title
        if column == 3:
            return self.ctx.refs.name("country", item.country_id)
        return item.office

    def _decorate(self, item: DueItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0 and self.today is not None:
            late = item.days_late(self.today)
            return QCoreApplication.translate("Due", "Days late: %1").replace("%1", str(late)) if late else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and self.today and item.due < self.today:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#b3261e"))
        return None


def counts_text(groups: dict[str, list]) -> str:
    text = QCoreApplication.translate("Due", "%1 overdue, %2 this week, %3 this month")
    for n, key in enumerate(("overdue", "this_week", "this_month"), start=1):
        text = text.replace(f"%{n}", format_number(len(groups[key])))  # in the interface's digits
    return text
