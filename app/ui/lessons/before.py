"""A record's "Lessons from before" tab (missions, requests, projects): the findings, evaluation lessons and follow-up
notes recorded for the same country and thematic areas, so that what was learned is in view when new work starts.
Enter or a double-click opens the record a lesson comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.programme.lessons import lessons_before
from app.ui.due.common import open_item
from app.ui.i18n.formats import format_date, format_number
from app.ui.lessons.page import KIND_NAMES
from app.ui.widgets.rows_model import ROW_ROLE, OpenKeys, RowsModel

if TYPE_CHECKING:
    from app.services.programme.lessons import Lesson
    from app.ui.context import AppContext


class LessonsBefore(QWidget):
    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.record_id: str | None = None
        self.note = QLabel("")
        self.note.setWordWrap(True)
        headers = [QCoreApplication.translate("Lessons", "Date"), QCoreApplication.translate("Lessons", "Kind"),
                   QCoreApplication.translate("Lessons", "Text"), QCoreApplication.translate("Lessons", "From")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("Lessons", "Lessons from before"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 240)
        self.view.doubleClicked.connect(self._activate)
        self.view.installEventFilter(OpenKeys(self.view, self._activate))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def set_record(self, record_id: str | None, writable: bool) -> None:
        self.record_id = record_id
        if record_id is None:
            self.model.set_items([])
            self.note.setText(QCoreApplication.translate(
                "Lessons", "Once saved, the lessons recorded for the same country and thematic areas show here."))
            return
        table = self.table

        def read(fd):
            return lessons_before(fd, table, record_id)

        self.ctx.read(read, lambda found: self._show(record_id, found), owner=self)

    def _show(self, record_id: str, found: list[Lesson]) -> None:
        if record_id != self.record_id:
            return
        self.model.set_items(found)
        self.note.setText(QCoreApplication.translate(
            "Lessons", "Lessons recorded for the same country and thematic areas: %1")
            .replace("%1", format_number(len(found))))

    def _activate(self, index) -> None:
        lesson = index.data(ROW_ROLE)
        if lesson is not None:
            open_item(self, lesson)

    def _cell(self, lesson: Lesson, column: int) -> str:
        if column == 0:
            return format_date(lesson.day) if lesson.day else ""
        if column == 1:
            return QCoreApplication.translate("Lessons", KIND_NAMES.get(lesson.kind, lesson.kind))
        if column == 2:
            return " ".join(lesson.text.split())
        return lesson.source
