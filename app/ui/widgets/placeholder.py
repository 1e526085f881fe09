"""A page that says what it will hold (for the parts other work brings: sync, reports)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.ui.widgets.page import Page


class PlaceholderPage(Page):
    def __init__(self, heading: str, text: str, parent=None):
        super().__init__(parent)
        self._heading = heading
        title = QLabel(heading)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)

    def title(self) -> str:
        return self._heading

    def on_shown(self) -> None:
        QTimer.singleShot(0, self.data_shown)
