"""One worker thread for all database and file work, results back on the GUI thread (after Anki's
``qt/aqt/taskman.py``).

A single thread keeps SQLite simple (one connection at a time, writes in the order they were asked for) and keeps
the GUI thread free: the window never waits for the disk. Callbacks run on the GUI thread; a callback whose owner
widget has been deleted meanwhile is dropped instead of touching a dead C++ object.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from shiboken6 import Shiboken

from app.services.errors import FieldDeskError

PROGRESS_DELAY_MS = 500


class TaskManager(QObject):
    """``run(fn, on_done, on_error)`` runs ``fn()`` on the worker and ``on_done(result)`` on the GUI thread.

    ``busy_changed(True, label)`` is emitted only when work has been pending for ``PROGRESS_DELAY_MS`` (so quick
    operations never flash a progress bar), ``busy_changed(False, "")`` when it ends; ``idle`` when nothing is left.
    Errors go to ``on_error`` or, without one, to the ``failed`` signal (the main window shows them).
    """

    idle = Signal()
    busy_changed = Signal(bool, str)
    failed = Signal(object)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, progress_delay_ms: int = PROGRESS_DELAY_MS,
                 name: str = "fielddesk-db"):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.pending = 0
        self._label = ""
        self._busy_shown = False
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(progress_delay_ms)
        self._progress_timer.timeout.connect(self._show_busy)
        self._closed = False

    # ------------------------------------------------------------------ API
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, owner: QObject | None = None,
            label: str = "") -> None:
        if self._closed:
            return
        self.pending += 1
        if label:
            self._label = label
        if self.pending == 1:
            self._progress_timer.start()
        future = self._executor.submit(fn)
        future.add_done_callback(lambda fut: self._finished.emit((fut, on_done, on_error, owner)))

    def shutdown(self) -> None:
        """Finish the running task, drop the rest, and stop the thread (before the profile is closed)."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._progress_timer.stop()

    @property
    def busy(self) -> bool:
        return self.pending > 0

    # ------------------------------------------------------------- internals
    def _deliver(self, payload: tuple[Future, Callable | None, Callable | None, QObject | None]) -> None:
        future, on_done, on_error, owner = payload
        try:
            if future.cancelled() or (owner is not None and not Shiboken.isValid(owner)):
                return
            error = future.exception()
            if error is None:
                if on_done is not None:
                    on_done(future.result())
            elif on_error is not None:
                on_error(error)
            else:
                self.report(error)
        except Exception as error:  # a bug in a callback: say so rather than leave the task counted forever
            self.report(error)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self._progress_timer.stop()
                self._label = ""
                if self._busy_shown:
                    self._busy_shown = False
                    self.busy_changed.emit(False, "")
                self.idle.emit()

    def report(self, error: BaseException) -> None:
        """Says a task failed (the window shows it), for tasks that had nobody of their own to tell."""
        if not isinstance(error, FieldDeskError):
            traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
        self.failed.emit(error)

    def _show_busy(self) -> None:
        if self.pending:
            self._busy_shown = True
            self.busy_changed.emit(True, self._label)
