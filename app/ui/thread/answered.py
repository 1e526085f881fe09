"""A project's "Recommendations" tab: the recommendations it answers (linked to it, or through the mission or the
request it came from; ``app/services/programme/thread/links.py``), read only. Enter or a double click opens one on the
Recommendations page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView

from app.models.enums import FollowUpStatus, RecommendationSource
from app.services.programme.thread import recommendations_answered_by
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import enum_label
from app.ui.thread.panel import CONTEXT, open_record
from app.ui.thread.readout import RecordReadout
from app.ui.widgets.rows_model import ROW_ROLE, RowsModel, rows_view

if TYPE_CHECKING:
    from app.ui.context import AppContext

translate = QCoreApplication.translate


class RecommendationsAnswered(RecordReadout):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        headers = [translate(CONTEXT, "Recommendation"), translate(CONTEXT, "Source"),
                   translate(CONTEXT, "Document"), translate(CONTEXT, "Date"), translate(CONTEXT, "Status")]
        model = RowsModel(headers, self._cell, self)
        view = rows_view(model, "recommendationsAnswered", translate(CONTEXT, "Recommendations this project answers"),
                         self._activate)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lay_out(model, view)

    def read(self, fd, record_id: str) -> list[dict]:
        return recommendations_answered_by(fd, record_id)

    def show_none(self) -> None:
        super().show_none()
        self.note.setText(translate(CONTEXT, "Once saved, the recommendations this project answers show here."))

    def show_read(self, rows: list[dict]) -> None:
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
