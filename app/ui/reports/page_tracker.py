"""Which page of a ``QPdfView`` in MultiPage mode the reader is on, and going to a page, reliably.

QPdfView's own navigator calls "current" the page under a line at 40 % of the view's height. When pages are short
beside the view (landscape pages in a narrow preview: a small screen, a large text size, the splitter dragged) that
line lies on the second or third page while the first is at the top: a report opened "on page 2", and Next (which
scrolls the next page to the top) skipped one. Here the current page is the one the reader sees at the top: the one
a jump scrolled there, or, once the reader scrolls, the first page with more than half of itself (or 40 % of the
view) below the view's top. Zooming or resizing keeps the reader on the same place of the same page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from shiboken6 import Shiboken


class PdfPageView(QPdfView):
    """A QPdfView that says when it has laid its pages out again for a new size."""

    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PageTracker(QObject):
    page_changed = Signal(int)

    def __init__(self, view: PdfPageView, document: QPdfDocument):
        super().__init__(view)
        self.view = view
        self.document = document
        self._page = 0
        self._fraction = 0.0  # how far into the page the view's top is (0: the page's top)
        self._moving = False  # the scrolling is ours: not the reader's
        self._bar = view.verticalScrollBar()
        self._bar.valueChanged.connect(self._scrolled)
        view.resized.connect(self._keep_place)
        view.zoomFactorChanged.connect(lambda _z: self._keep_place())
        view.zoomModeChanged.connect(lambda _m: self._keep_place())

    def _count(self) -> int:
        # (the view may still scroll while its window is taken down, its document already gone)
        return self.document.pageCount() if Shiboken.isValid(self.document) else 0

    def page(self) -> int:
        return self._page

    def reset(self) -> None:
        self._page, self._fraction = 0, 0.0

    def go_to(self, index: int) -> None:
        """Scroll page ``index`` to the top of the view (as far as the scroll bar goes); it is the current page."""
        count = self._count()
        if count <= 0:
            return
        self._set(max(0, min(index, count - 1)), 0.0)
        self._show()

    # ----------------------------------------------------------- internals
    def _set(self, page: int, fraction: float) -> None:
        self._fraction = fraction
        if page != self._page:
            self._page = page
            self.page_changed.emit(page)

    def _show(self) -> None:
        pages = self.page_geometry()
        if self._page >= len(pages):
            return
        top, height = pages[self._page]
        self._moving = True
        try:
            self._bar.setValue(top + round(self._fraction * height))
        finally:
            self._moving = False

    def _keep_place(self) -> None:
        if self._count() > 0:
            self._show()

    def _scrolled(self, value: int) -> None:
        if self._moving or self._count() <= 0:
            return
        pages = self.page_geometry()
        reach = 0.4 * self.view.viewport().height()
        for page, (top, height) in enumerate(pages):
            if top + height > value + min(reach, height / 2) or page == len(pages) - 1:
                self._set(page, (value - top) / height if height else 0.0)
                return

    def page_geometry(self) -> list[tuple[int, int]]:
        """Each page's top and height in the scrolled area, laid out as QPdfView lays them out in MultiPage
        mode: below one another, each scaled by the zoom mode, with the document's margins and the page spacing."""
        view, document = self.view, self.document
        margins, spacing = view.documentMargins(), view.pageSpacing()
        viewport = view.viewport().size()
        resolution = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        mode, zoom = view.zoomMode(), view.zoomFactor()
        width = viewport.width() - margins.left() - margins.right()
        pages, y = [], margins.top()
        for page in range(self._count()):
            points = document.pagePointSize(page)
            if mode == QPdfView.ZoomMode.Custom:
                size = QSizeF(points * resolution * zoom).toSize()
            else:
                size = QSizeF(points * resolution).toSize()
                if mode == QPdfView.ZoomMode.FitToWidth and size.width() > 0:
                    size = size * (width / size.width())
                elif mode == QPdfView.ZoomMode.FitInView:
                    size = size.scaled(QSize(width, viewport.height() - spacing), Qt.AspectRatioMode.KeepAspectRatio)
            pages.append((y, size.height()))
            y += size.height() + spacing
        return pages
