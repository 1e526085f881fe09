"""What the Reports page and a record's report window share: the report languages, and the strip that runs a report
(progress after half a second, Cancel, the message when it fails) and hands the result to the preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.reports.i18n import LANGUAGES
from app.ui.i18n.report_language import ui_language
from app.ui.reports.preview import ReportPreview
from app.ui.reports.runner import GeneratedReport, ReportRequest, ReportRunner
from app.ui.tasks.taskman import PROGRESS_DELAY_MS
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from app.ui.context import AppContext


def report_languages() -> list[tuple[str, str]]:
    """(code, the language's own name) of the languages reports are written in."""
    return list(LANGUAGES.items())


def paper_items() -> list[tuple[str | None, str]]:
    """The paper sizes a report may be printed on (``--paper``): the office's own (see its letterhead) first."""
    translate = QCoreApplication.translate
    return [(None, translate("Reports", "The office's paper")), ("a4", translate("Reports", "A4")),
            ("letter", translate("Reports", "US Letter"))]


def default_report_language(ctx: AppContext) -> str:
    return ui_language(ctx.settings)


class GenerateStrip(QWidget):
    """Progress and Cancel of the report being generated; the finished report goes to ``preview``."""

    generated = Signal(object)  # GeneratedReport, once it is in the preview
    running_changed = Signal(bool)

    def __init__(self, ctx: AppContext, preview: ReportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.runner = ReportRunner(ctx, self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Progress of the report"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop generating the report"))
        self.cancel_button.clicked.connect(self.cancel)
        self.busy = QWidget()
        row = QHBoxLayout(self.busy)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        # progress shows only once generating has taken half a second: quick reports never flash a bar
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self.busy.show)
        self.runner.progress.connect(lambda f: self.bar.setValue(round(f * 100)))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: self._stopped(self.tr("Cancelled: no report was made.")))

    @property
    def running(self) -> bool:
        return self.runner.running

    def run(self, request: ReportRequest) -> None:
        self.message.hide()
        self.bar.setValue(0)
        self._delay.start()
        self.runner.start(request)
        self.running_changed.emit(True)

    def cancel(self) -> None:
        self.runner.cancel()

    def _finished(self, report: GeneratedReport) -> None:
        self._stopped("")
        if self.preview.show_report(report):
            self.generated.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._stopped(error_text(error), problem=True)

    def _stopped(self, text: str, problem: bool = False) -> None:
        self._delay.stop()
        self.busy.hide()
        self.message.setStyleSheet(ERROR_STYLE if problem else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.running_changed.emit(False)
