"""Generating a report in the background: ``build_report`` on the database worker, its progress back to the GUI
thread by signal, and Cancel.

Reports run on the database worker, not on a pool of their own: ``build_report`` reads the records through the
services while it lays the pages out, and the worker is the one thread that talks to the database (see
docs/ARCHITECTURE.md). Cancel sets a flag that the progress callback checks on every page; it raises, the report is
abandoned before anything is shown and the worker moves on.

The PDF is made in memory and handed to the preview as bytes: a report is never written to disk until the user
saves a copy (an encrypted profile keeps the names it holds off the disk; see docs/DATA-SAFETY.md).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import Shiboken

from app.reports.kinds import REPORT_KINDS

if TYPE_CHECKING:
    from app.ui.context import AppContext

PROGRESS_STEP = 0.01  # send progress to the GUI thread when it has moved by at least this much


def report_label(kind: str) -> str:
    """The kind's name in the interface language (the catalogue's English, translated in context "Reports")."""
    return QCoreApplication.translate("Reports", REPORT_KINDS[kind].label)


def report_description(kind: str) -> str:
    return QCoreApplication.translate("Reports", REPORT_KINDS[kind].description)


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    record_id: str | None = None
    lang: str = "en"
    confidential: bool = False
    date_from: date | None = None
    date_to: date | None = None
    office: str | None = None
    country: str | None = None  # ISO 3166 code
    theme: str | None = None  # a thematic area's code
    sdg: str | None = None  # an SDG target's code
    year: int | None = None  # one year (the Voluntary Fund's report)
    cohort: str | None = None  # a cohort of fellows, by its name
    paper: str | None = None  # a4 or letter; None: the office's
    blank_rows: int | None = None  # the attendance sheet's rows for walk-ins (None: the default)
    all_days: bool = False  # the attendance sheet's weekends too
    overdue: bool = False  # the grants report: only the grants with something overdue
    subject: str = ""  # the record's title, for the window and the file name offered when saving

    def with_(self, **changes) -> ReportRequest:
        return replace(self, **changes)

    @property
    def title(self) -> str:
        label = report_label(self.kind)
        return f"{label} \u2013 {self.subject}" if self.subject else label


@dataclass(frozen=True)
class GeneratedReport:
    request: ReportRequest
    data: bytes = field(repr=False)  # the PDF, in memory only
    pages: int = 0


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


class _ProgressRelay(QObject):
    """Carries a report's progress from the database worker to its runner. It lives as long as the application: the
    worker must never emit on the runner itself, which the GUI thread deletes when its window closes, maybe while
    the worker is emitting (a crash, not an error Python could catch)."""

    progress = Signal(object, int, float)

    def __init__(self):
        super().__init__(QCoreApplication.instance())
        self.progress.connect(self._deliver)  # queued: emitted on the worker, delivered on the GUI thread

    @staticmethod
    def _deliver(runner: ReportRunner, generation: int, fraction: float) -> None:
        if Shiboken.isValid(runner):
            runner._relay_progress(generation, fraction)


_relay: _ProgressRelay | None = None


def progress_relay() -> _ProgressRelay:
    """The one relay, made on the GUI thread when a report is first started."""
    global _relay
    if _relay is None or not Shiboken.isValid(_relay):
        _relay = _ProgressRelay()
    return _relay


class ReportRunner(QObject):
    """Runs one report at a time; starting another abandons the one before. Signals come on the GUI thread."""

    started = Signal()
    progress = Signal(float)  # 0..1
    finished = Signal(object)  # GeneratedReport
    failed = Signal(object)  # the error (a FieldDeskError has a message for the user)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._cancel: threading.Event | None = None
        self.running = False

    def start(self, request: ReportRequest) -> None:
        # imported here: start-up: the first screen (participants) does not load reports.build
        from app.reports import build_report

        self.cancel(quietly=True)
        self._generation += 1
        generation = self._generation
        cancel = self._cancel = threading.Event()
        relay = progress_relay()
        last = [-1.0]

        def progress(fraction: float, _message: str) -> None:
            if cancel.is_set() or not Shiboken.isValid(self):  # the screen that asked is gone: nobody wants it
                raise ReportCancelled()
            if fraction - last[0] >= PROGRESS_STEP or fraction >= 1.0:
                last[0] = fraction
                relay.progress.emit(self, generation, fraction)

        def build(fd):
            if cancel.is_set():
                raise ReportCancelled()
            buffer = io.BytesIO()
            result = build_report(fd, request.kind, buffer, record_id=request.record_id, lang=request.lang,
                                confidential=request.confidential, progress=progress, date_from=request.date_from,
                                date_to=request.date_to, office=request.office, country=request.country,
                                paper=request.paper, blank_rows=request.blank_rows, all_days=request.all_days,
                                theme=request.theme, sdg=request.sdg, year=request.year,
                                overdue=request.overdue, cohort=request.cohort)
            return buffer.getvalue(), result.pages

        def done(result) -> None:
            if not Shiboken.isValid(self) or generation != self._generation or cancel.is_set():
                if Shiboken.isValid(self) and generation == self._generation:
                    self.running = False
                    self.cancelled.emit()  # cancelled after its last page: the report is not wanted either
                return
            self.running = False
            data, pages = result
            self.finished.emit(GeneratedReport(request, data, pages))

        def failed(error: BaseException) -> None:
            if not Shiboken.isValid(self) or generation != self._generation:
                return
            self.running = False
            if isinstance(error, ReportCancelled):
                self.cancelled.emit()
            else:
                self.failed.emit(error)

        self.running = True
        self.started.emit()
        # no owner: the callbacks always run, so a report finished for a closed screen is dropped at once
        self.ctx.read(build, done, on_error=failed,
                      label=QCoreApplication.translate("Reports", "Generating the report\u2026"))

    def cancel(self, quietly: bool = False) -> None:
        if self._cancel is not None and self.running:
            self._cancel.set()
            if quietly:
                self._generation += 1  # its callbacks find themselves stale and only clean up
                self.running = False

    def _relay_progress(self, generation: int, fraction: float) -> None:
        if generation == self._generation:
            self.progress.emit(fraction)
