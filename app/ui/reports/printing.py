"""Printing a generated report: the print dialog on the GUI thread, then each page rendered by QtPdf and painted
onto the printer on the file worker (painting onto a ``QPrinter`` from another thread is allowed; a long attendance
sheet never freezes the window).

QtPdf renders pages as images, so each page is rendered at the printer's resolution, at most ``MAX_DPI`` (enough
for text on paper, and an A4 page stays a 35 MB image), and scaled to fit the printable area without changing its
shape.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.services.errors import FieldDeskError

MAX_DPI = 300

translate = QCoreApplication.translate


class PrintFailed(FieldDeskError):
    pass


def choose_printer(parent: QWidget | None, pages: int, landscape: bool, title: str) -> QPrinter | None:
    """Ask which printer, pages and copies (the print dialog); None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print %1").replace("%1", title))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def pages_to_print(printer: QPrinter, count: int) -> range:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(printer.fromPage(), count)
        last = min(printer.toPage() or count, count)
        return range(first - 1, max(first, last))
    return range(count)


def open_pdf(document: QPdfDocument, data: bytes) -> tuple[QBuffer, QPdfDocument.Error]:
    """Load ``document`` from the PDF in ``data``, from memory (never a file); the buffer returned must live as long
    as the document reads it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer, document.error()


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Paint the pages of the PDF in ``data`` onto ``printer``; returns how many were printed. Runs on a worker."""
    document = QPdfDocument()
    buffer, error = open_pdf(document, data)
    if error != QPdfDocument.Error.None_:
        raise PrintFailed(translate("Printing", "The report could not be read for printing (%1).")
                          .replace("%1", error.name))
    try:
        pages = pages_to_print(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(translate("Printing", "The printer could not be started. Check that it is "
                                                    "connected and try again."))
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                paint_page(document, index, painter, printer)
                if progress is not None:
                    progress(n + 1, len(pages))
        finally:
            painter.end()
    finally:
        document.close()
        buffer.close()
    return len(pages)


def paint_page(document: QPdfDocument, index: int, painter: QPainter, printer: QPrinter) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(index)
    if points.isEmpty() or area.isEmpty():
        return
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
    dpi = min(printer.resolution(), MAX_DPI)
    pixels = QSize(round(width / printer.resolution() * dpi), round(height / printer.resolution() * dpi))
    painter.drawImage(target, on_white(document.render(index, pixels)))


def on_white(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent; printers (and PDF files) get it white, without an alpha channel."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
