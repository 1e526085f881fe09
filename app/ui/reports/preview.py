"""A generated report inside the window (QtPdf): its pages with navigation and zoom, Print and Save as.

The report is shown, printed and saved from memory (its bytes, read by ``QPdfDocument`` through a ``QBuffer``):
no working copy is ever written to disk, so an encrypted profile leaves no report in plain text behind, even after
a crash, until the user saves a copy.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.profile import write_file_atomically
from app.ui.reports.files import safe_file_name
from app.ui.reports.page_tracker import PageTracker, PdfPageView
from app.ui.reports.printing import choose_printer, open_pdf, print_pdf
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.reports.runner import GeneratedReport

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class ReportPreview(QWidget):
    shown = Signal(int)  # the number of pages, once a report is on screen
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # where a copy was saved
    problem = Signal(str)  # a print or a copy that failed, with its message
    _print_progress = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: GeneratedReport | None = None
        self.document = QPdfDocument(self)
        self.view = PdfPageView(self)
        self.view.setObjectName("reportPreview")
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        # With "fit the width", a page about as tall as the window makes the scroll bar appear (narrower: the page
        # fits, the bar goes), then vanish (wider: it does not fit), forever: QPdfView's layout never settles and
        # the window freezes. A scroll bar that is always there keeps the width, and so the zoom, still.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # the page the reader is on: the one at the top (QPdfView's navigator counts the one under a line at 40 %
        # of the view's height, a page or two further on where pages are short beside the view)
        self.pages = PageTracker(self.view, self.document)

        self.previous_button = self._tool(self.tr("Previous page"), "\u25b2", lambda: self.go_to(self.page() - 1))
        self.next_button = self._tool(self.tr("Next page"), "\u25bc", lambda: self.go_to(self.page() + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        page_label = QLabel(self.tr("Pag&e"))
        page_label.setBuddy(self.page_spin)
        self.page_count = QLabel()
        self.zoom_out_button = self._tool(self.tr("Zoom out"), "\u2212", lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = self._tool(self.tr("Zoom in"), "+", lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width_button = self._tool(self.tr("Fit the page width to the window"), self.tr("Fit width"),
                                           self.fit_width)
        self.fit_page_button = self._tool(self.tr("Show whole pages"), self.tr("Whole page"), self.fit_page)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("400 %") + 6)
        self.print_button = self._tool(self.tr("Print the report (Ctrl+P)"), self.tr("&Print\u2026"), self.print_report)
        self.save_button = self._tool(self.tr("Save a copy of the report as a PDF file"), self.tr("Save &as\u2026"),
                                      self.save_as)
        for button in (self.print_button, self.save_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.next_button, page_label, self.page_spin, self.page_count):
            bar.addWidget(widget)
        bar.addSpacing(16)
        # the zoom's buttons: beside the page's, or on a row of their own when the preview is too narrow for both
        # (long translations at a large text size): never squeezed until their words are cut
        self.zoom_group = QWidget()
        zoom = QHBoxLayout(self.zoom_group)
        zoom.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                       self.fit_page_button):
            zoom.addWidget(widget)
        zoom.addStretch(1)
        # as wide as its buttons' words at least: the preview, then the page's splitter, make room for them
        self.zoom_group.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.zoom_group, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        self.bar = bar
        self.zoom_row = QHBoxLayout()
        self.zoom_row.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("Choose a report and press Generate: it is shown here, ready to print or save."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(self.zoom_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_report),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP))):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.pages.page_changed.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom())
        self._print_progress.connect(self._show_print_progress)
        self._buffer = None  # the QBuffer the document reads the report from
        self._update_controls()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_zoom()

    def _place_zoom(self) -> None:
        """The zoom's buttons on the page's row when it has room for all, else on a row of their own."""
        in_bar = self.bar.indexOf(self.zoom_group) >= 0
        zoom = self.zoom_group.sizeHint().width() + self.bar.spacing()
        needed = self.bar.sizeHint().width() + (0 if in_bar else zoom)  # the page's row with the zoom in it
        below = self.width() < needed
        if below == (not in_bar):
            return
        if below:
            self.bar.removeWidget(self.zoom_group)
            self.zoom_row.addWidget(self.zoom_group)
        else:
            self.zoom_row.removeWidget(self.zoom_group)
            self.bar.insertWidget(self.bar.indexOf(self.print_button), self.zoom_group, 1)

    def _tool(self, tip: str, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip.replace("&", ""))
        button.setAccessibleName(tip.replace("&", ""))
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------- showing
    def show_report(self, report: GeneratedReport) -> bool:
        """Show ``report`` from memory; False, with a message, when it cannot be read."""
        self.clear()
        self._buffer, error = open_pdf(self.document, report.data)
        if error != QPdfDocument.Error.None_:
            self.clear()
            self.status.setText(self.tr("The report could not be shown (%1).").replace("%1", error.name))
            return False
        self.report = report
        self.page_spin.setMaximum(max(1, self.document.pageCount()))
        self.page_count.setText(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        self.pages.reset()
        self.stack.setCurrentWidget(self.view)
        self.fit_width()
        self.go_to(0)
        self.status.setText(self.tr("%Ln page(s)", "", self.document.pageCount()))
        self._update_controls()
        self.shown.emit(self.document.pageCount())
        return True

    def clear(self) -> None:
        """Close the report shown (its bytes are let go)."""
        self.report = None
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self.pages.reset()
        self.stack.setCurrentWidget(self.empty)
        self.page_count.clear()
        self.status.clear()
        self._update_controls()

    def page_count_shown(self) -> int:
        return self.document.pageCount() if self.report is not None else 0

    # ---------------------------------------------------------- navigation
    def page(self) -> int:
        return self.pages.page()

    def go_to(self, index: int) -> None:
        if self.report is None:
            return
        self.pages.go_to(index)
        self._page_changed(self.pages.page())

    def _page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def zoom_by(self, factor: float) -> None:
        if self.report is None:
            return
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else self._fitted()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], current * factor)))

    def _fitted(self) -> float:
        """The zoom factor a fitting mode shows at, so zooming in from "fit the width" starts where the eye is."""
        size = self.document.pagePointSize(max(0, self.page()))
        if size.isEmpty():
            return 1.0
        dpi = self.logicalDpiX() / 72
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        scale = width / (size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = self.view.viewport().height() - 2 * self.view.documentMargins().top()
            scale = min(scale, height / (size.height() * dpi))
        return max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], scale))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        factor = self.view.zoomFactor() if mode == QPdfView.ZoomMode.Custom else self._fitted()
        self.zoom_label.setText(f"{round(factor * 100)} %" if self.report is not None else "")

    def _update_controls(self) -> None:
        has = self.report is not None
        count = self.document.pageCount() if has else 0
        page = self.page() if has else 0
        self.previous_button.setEnabled(has and page > 0)
        self.next_button.setEnabled(has and page < count - 1)
        self.page_spin.setEnabled(has)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_width_button, self.fit_page_button,
                       self.print_button, self.save_button):
            button.setEnabled(has)
        self._update_zoom()

    # ---------------------------------------------------------- print, save
    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        first = self.document.pagePointSize(0)
        printer = choose_printer(self, self.document.pageCount(), first.width() > first.height(),
                                 report.request.title)
        if printer is None:
            return
        data, send = report.data, self._print_progress.emit
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing\u2026"))

        def progress(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the preview was closed; the print goes on
                send(done, total)

        def finished(pages: int) -> None:
            self._after_print(self.tr("%Ln page(s) sent to the printer.", "", pages))
            self.printed.emit(pages)

        def failed(error: BaseException) -> None:
            self._after_print(error_text(error), error)

        self.ctx.files.run(lambda: print_pdf(data, printer, progress), _if_alive(self, finished),
                           _if_alive(self, failed))

    def _show_print_progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Printing page %1 of %2\u2026").replace("%1", str(done)).replace("%2", str(total)))

    def _after_print(self, text: str, error: BaseException | None = None) -> None:
        self.status.setText(text)
        self._update_controls()
        if error is not None:
            self.problem.emit(text)

    def suggested_name(self) -> str:
        return safe_file_name(self.report.request.title if self.report else "report") + ".pdf"

    def save_as(self) -> None:
        report = self.report
        if report is None:
            return
        folder = Path(self.ctx.settings.get(REPORTS_FOLDER) or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(folder / self.suggested_name()),
                                                self.tr("PDF files (*.pdf)"))
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        data = report.data

        def copy():
            write_file_atomically(Path(target), data)
            return target

        def done(where: str) -> None:
            self.status.setText(self.tr("Saved to %1.").replace("%1", where))
            self.saved.emit(where)

        def failed(error: BaseException) -> None:
            text = error_text(error)
            self.status.setText(text)
            self.problem.emit(text)

        self.ctx.files.run(copy, _if_alive(self, done), _if_alive(self, failed))


def _if_alive(widget: QWidget, fn):
    """A callback for file work that runs ``fn`` only if ``widget`` still exists (the work may outlive the preview
    that started it: a print goes on after its preview is closed)."""
    from shiboken6 import Shiboken

    def callback(value) -> None:
        if Shiboken.isValid(widget):
            fn(value)

    return callback
