"""A project's "Recommendations" tab: the recommendations it answers (linked to it, or through the mission or the
request it came from; ``app/services/thread/links.py``), read only. Enter or a double click opens one on the
Recommendations page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.models.enums import FollowUpStatus, RecommendationSource
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.thread.panel import CONTEXT, open_record
from app.ui.widgets.rows_model import ROW_ROLE, RowsModel, rows_view

if TYPE_CHECKING:
    from app.ui.context import AppContext

translate = QCoreApplication.translate
WATCHED = {"recommendation", "mission", "assistance_request", "project"}


class RecommendationsAnswered(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.note = QLabel("")
        self.note.setWordWrap(True)
        headers = [translate(CONTEXT, "Recommendation"), translate(CONTEXT, "Source"),
                   translate(CONTEXT, "Document"), translate(CONTEXT, "Date"), translate(CONTEXT, "Status")]
        self.model = RowsModel(headers, self._cell, self)
        self.view = rows_view(self.model, "recommendationsAnswered",
                              translate(CONTEXT, "Recommendations this project answers"), self._activate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        ctx.changed.connect(self._data_changed)

    def set_record(self, record_id: str | None, _writable: bool = True) -> None:
        self.record_id = record_id
        if record_id is None:
            self.model.set_items([])
            self.note.setText(translate(CONTEXT, "Once saved, the recommendations this project answers show here."))
            return

        def read(fd):
            from app.services.thread import recommendations_answered_by

            return recommendations_answered_by(fd, record_id)

        self.ctx.read(read, lambda rows: self._show(record_id, rows), owner=self)

    def _data_changed(self, tables) -> None:
        if self.record_id and WATCHED & set(tables):
            self.set_record(self.record_id)

    def _show(self, record_id: str, rows: list[dict]) -> None:
        if record_id != self.record_id:
            return
        self.model.set_items(rows)
        if rows:
            self.note.setText(translate(CONTEXT, "Recommendations this project answers (linked to it, or through "
                                                 "its mission or request): %1. Enter or a double click opens one.")
                              .replace("%1", format_number(len(rows))))
        else:
            self.note.setText(translate(CONTEXT, "This project answers no recommendation yet: link it on a "
                                                 "recommendation (\u201cProjects that answer it\u201d)."))

    def _activate(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            open_record(self, "recommendation", row["id"])

    def _cell(self, row: dict, column: int) -> str:
        if column == 0:
            text = " ".join(str(row["text"]).split())
            return text if len(text) < 120 else text[:119] + "\u2026"
        if column == 1:
            return enum_label(RecommendationSource, row["source"])
        if column == 2:
            return row["document_symbol"] + (f", \u00b6\u00a0{row['paragraph']}" if row["paragraph"] else "")
        if column == 3:
            return format_date(row["issued_date"]) if row["issued_date"] else ""
        return enum_label(FollowUpStatus, row["status"])
