"""The status bar's count of overdue items ("Overdue: 3"), read on the database worker once the first page has shown
its data and again whenever what is due may have changed. Clicking it opens the Due page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.ui.i18n.formats import format_number

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


FALLBACK_MS = 3000


def _count(fd) -> int:
    # imported here: start-up: the overdue count waits for the first screen's data (docs/ARCHITECTURE.md)
    from app.services.programme.due import overdue_count

    return overdue_count(fd)


class OverdueLabel(QLabel):
    def __init__(self, window: MainWindow):
        super().__init__("")
        self.window_ = window
        self.count: int | None = None
        self._stale = True
        self._asked = False
        self._waiting = None  # the first page shown, whose data the count waits for
        self.reads: set[str] = set()  # the tables counting read: a write to one of them counts again
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(QCoreApplication.translate("Due", "What is due: open the Due page"))
        self.hide()
        window.page_shown.connect(self._page_shown)
        window.ctx.changed.connect(self._data_changed)

    def _page_shown(self, key: str) -> None:
        """Counted once the first page shows its data (never before: the first screen loads only what it needs),
        or when another page is opened first."""
        if not self._stale:
            return
        if not self._asked:
            self._asked = True
            self._waiting = self.window_.pages.get(key)
            if self._waiting is not None:
                self._waiting.data_shown.connect(self._first_data_shown)
                # a page that showed its data while being shown (before this was told) sends no more signal
                QTimer.singleShot(FALLBACK_MS, self._first_data_shown)
                return
        self.reload()

    def _first_data_shown(self) -> None:
        if self._stale:
            self.reload()

    def _data_changed(self, tables) -> None:
        if not self.reads.isdisjoint(tables):
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self._waiting is not None:
            self._waiting.data_shown.disconnect(self._first_data_shown)
            self._waiting = None
        self.window_.ctx.read(_count, self._show, owner=self, reads=self.reads)

    def _show(self, count: int) -> None:
        self.count = count
        self.setText(QCoreApplication.translate("Due", "Overdue: %1").replace("%1", format_number(count)))
        self.setAccessibleName(self.text())
        self.setVisible(count > 0)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.window_.show_page("due")
        super().mouseReleaseEvent(event)
