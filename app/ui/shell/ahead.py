"""Record pages made ahead, in idle time after the first screen shows its data, so that a page's first visit does
not wait for its modules, its list and its editor to be made (the Activities page's first visit took 0.2-0.45 s).

One page at a time, each only when the user has pressed no key and clicked nothing for half a second, the database
worker is idle and no dialog or popup is open, with a pause between two: the window answers the user between pages, and
the worker is never given more than one page's first list read (one short query) at a time, so what the user asks
meanwhile waits at most for that. Measured on the large profile (bench/editing_probe.py): the first visit's 0.3 s went
to making the page (0.2 s) and to its list's first read and rows (0.1-0.25 s under load); made ahead with its list read,
the first visit is as quick as any other. A page the user opens first is simply skipped."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

# The pages a field officer types into, in the order they are most often first visited.
AHEAD = ("trainings", "missions", "participants", "recommendations", "requests", "projects")
PAUSE_MS = 150  # between two pages, and before trying again while the worker or a dialog is busy
QUIET_S = 0.5  # no key or click for this long: the user is reading, not typing
INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


class PagesAhead(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.waiting = [key for key in AHEAD if any(e.key == key for e in window.entries)]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._next)
        self.last_input = time.monotonic()
        self._watching = False

    def start(self) -> None:
        """After the first screen shows its data (connected once to the start page's ``data_shown``)."""
        if self.waiting and not self.timer.isActive():
            if not self._watching:
                QApplication.instance().installEventFilter(self)  # until every page is made
                self._watching = True
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT:
            self.last_input = time.monotonic()
        return False

    @property
    def done(self) -> bool:
        return not self.waiting

    def _idle(self) -> bool:
        return (time.monotonic() - self.last_input >= QUIET_S and not self.window.ctx.tasks.busy
                and QApplication.activeModalWidget() is None
                and QApplication.activePopupWidget() is None and self.window.isVisible())

    def _next(self) -> None:
        self.waiting = [key for key in self.waiting if key not in self.window.pages]
        if not self.waiting:
            self._stop_watching()
            return
        if self._idle():
            self.window.page(self.waiting.pop(0))
        if self.waiting:
            self.timer.start()
        else:
            self._stop_watching()

    def _stop_watching(self) -> None:
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False
