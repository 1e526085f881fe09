"""A request's, mission's or project's "Others working on this" tab: the coordination register's activities in the
same country and thematic areas, running in the same period or planned, most relevant first. Enter or a
double-click opens the activity on the Coordination page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.enums import PlanStage
from app.services.programme.coordination import others_working_on
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.widgets.rows_model import ROW_ROLE, OpenKeys, RowsModel

if TYPE_CHECKING:
    from app.services.programme.coordination import Overlap
    from app.ui.context import AppContext

translate = QCoreApplication.translate


def open_activity(widget: QWidget, activity_id: str) -> None:
    """Show a partner's activity on the Coordination page."""
    window = widget.window()
    if not (hasattr(window, "show_page") and hasattr(window, "page")):
        return
    window.show_page("coordination")
    if window.current_key == "coordination":  # not when the page left asked to keep unsaved changes
        window.page("coordination").open_record(activity_id)


class OthersWorking(QWidget):
    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.record_id: str | None = None
        self.note = QLabel("")
        self.note.setWordWrap(True)
        headers = [translate("Coordination", "Partner"), translate("Coordination", "Activity"),
                   translate("Coordination", "Existing or planned"), translate("Coordination", "Period"),
                   translate("Coordination", "Thematic areas in common")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = QTableView()
        self.view.setObjectName("othersWorking")
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("Coordination", "Others working on this"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the activity's title takes the room
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, max(160, header.sectionSizeHint(4)))  # the title in every language
        self.view.doubleClicked.connect(self._activate)
        self.view.installEventFilter(OpenKeys(self.view, self._activate))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.reads: set[str] = set()  # the tables its read read: a write to one of them reads again
        ctx.changed.connect(self._data_changed)

    def set_record(self, record_id: str | None, writable: bool = True) -> None:
        self.record_id = record_id
        if record_id is None:
            self.model.set_items([])
            self.note.setText(translate(
                "Coordination", "Once saved, the partners working in the same country and thematic areas show here."))
            return
        table = self.table

        def read(fd):
            return others_working_on(fd, table, record_id)

        self.ctx.read(read, lambda found: self._show(record_id, found), owner=self, reads=self.reads)

    def _data_changed(self, tables) -> None:
        if self.record_id and not self.reads.isdisjoint(tables):
            self.set_record(self.record_id)

    def _show(self, record_id: str, found: list[Overlap]) -> None:
        if record_id != self.record_id:
            return
        self.model.set_items(found)
        self.note.setText(translate(
            "Coordination", "Others working on this (the coordination register: the same country and thematic "
            "areas, in the same period or planned): %1").replace("%1", format_number(len(found))))

    def _activate(self, index) -> None:
        overlap = index.data(ROW_ROLE)
        if overlap is not None:
            open_activity(self, overlap.activity_id)

    def _cell(self, o: Overlap, column: int) -> str:
        if column == 0:
            return o.partner
        if column == 1:
            return o.title
        if column == 2:
            return enum_label(PlanStage, o.stage)
        if column == 3:
            return " \u2013 ".join(format_date(d) if d else "\u2026" for d in (o.start, o.end))
        return ", ".join(self.ctx.refs.name("thematic_area", t) for t in o.shared_theme_ids)
