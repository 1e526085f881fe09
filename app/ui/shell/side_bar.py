"""The side bar: the list of pages. Its rows close up when the window is too short for every entry at its usual height
(a larger text, Arabic's taller script: at 125 % in Arabic on 1366x768 the last entry, "Lists", scrolled out of
sight), down to a readable least; they take their usual height again when there is room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QListWidget

ROOMY = 14  # above and below the text, at the usual height (7 px each)
LEAST = 4  # above and below the text, at the least


class SideBar(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._row = 0
        self._width = 0

    def fit_width(self, least: int, margin: int) -> None:
        """As wide as its longest entry (the usual padding beside it), at least ``least``, plus ``margin``."""
        self._width = max(self.sizeHintForColumn(0), least)
        self.setFixedWidth(self._width + margin)
        self.fit_rows()

    def fit_rows(self) -> None:
        if not self.count():
            return
        text = self.fontMetrics().height()
        room = self.viewport().height() if self.isVisible() else self.count() * (text + ROOMY)
        row = max(text + LEAST, min(text + ROOMY, room // self.count()))
        if row == self._row:
            return
        self._row = row
        for n in range(self.count()):
            self.item(n).setSizeHint(QSize(self._width, row))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._row = 0
            self.fit_rows()
