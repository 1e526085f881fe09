"""A recommendation's follow-up: dated notes, oldest first, drawn as a timeline; the latest note's status becomes the
recommendation's status (the services do that)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.enums import FollowUpStatus
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import LongTextInput, enum_input
from app.ui.widgets.form import FieldSpec

STATUS_COLOURS = {
    "not_started": "#9e9e9e",
    "in_progress": "#1e88e5",
    "partially_implemented": "#f9a825",
    "implemented": "#2e7d32",
    "no_longer_relevant": "#6d4c41",
}


class TimelineDelegate(QStyledItemDelegate):
    """Paints a line through the rows and a dot coloured by the note's status before the date."""

    def __init__(self, section: FollowUpTimeline):
        super().__init__(section)
        self.section = section

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = self.section.model.rows[index.row()]
        rows = len(self.section.model.rows)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        gutter = option.rect.height()
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        centre_x = option.rect.right() - gutter // 2 if rtl else option.rect.left() + gutter // 2
        centre = QPointF(centre_x, option.rect.center().y())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#b0b0b0"), 2))
        top = option.rect.top() if index.row() > 0 else centre.y()
        bottom = option.rect.bottom() if index.row() < rows - 1 else centre.y()
        painter.drawLine(QPointF(centre_x, top), QPointF(centre_x, bottom))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(row.get("status"), "#9e9e9e")))
        radius = max(4, gutter // 5)
        painter.drawEllipse(centre, radius, radius)
        painter.restore()
        text_rect = QRect(option.rect)
        if rtl:
            text_rect.setRight(option.rect.right() - gutter)
        else:
            text_rect.setLeft(option.rect.left() + gutter)
        shifted = QStyleOptionViewItem(option)
        shifted.rect = text_rect
        super().paint(painter, shifted, index)

    def sizeHint(self, option: QStyleOptionViewItem, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + option.fontMetrics.height() * 2)
        return size


class FollowUpTimeline(PartsSection):
    table = "followup_note"
    parent_column = "recommendation_id"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.view.setItemDelegateForColumn(0, TimelineDelegate(self))
        self.view.setShowGrid(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2)

    def make_columns(self) -> list[Column]:
        return [Column("note_date", self.tr("Date")),
                Column("status", self.tr("Status")),
                Column("note", self.tr("Note"))]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("note_date", self.tr("Date"), lambda: DateInput()),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(FollowUpStatus)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(4)),
        ]

    def noun(self) -> str:
        return self.tr("follow-up note")

    def note(self) -> str:
        return self.tr("Each step in following up this recommendation, oldest first. The latest note sets the "
                       "recommendation's status.")

    def defaults(self) -> dict[str, Any]:
        return {"note_date": date.today(), "status": FollowUpStatus.IN_PROGRESS.value}
