"""The letterhead at the top of a report's first page: the office's logo, name and address on the reading side,
the document symbol on the other, drawn into room the first page's frame leaves for it."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports import fonts
from app.reports.text import draw_line

LETTERHEAD_ROOM = 24 * mm  # what the first page's frame gives up
LOGO_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 40 * mm
NAME_SIZE = 12
ADDRESS_SIZE = 8.5  # the body is 10 pt, cells 8.5: the address is never smaller than the tables' text


@dataclass(frozen=True)
class PrintedLetterhead:
    name: str
    address: str = ""
    logo: bytes | None = None
    symbol: str = ""
    signatory: str = ""  # "Name, title" of who approves the office's reports


def _logo(data: bytes | None):
    if not data:
        return None
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(data))


def draw_logo(canvas: Canvas, data: bytes, centre_x: float, top: float, height: float) -> float:
    """Draw the logo centred on ``centre_x`` below ``top``, ``height`` high at most; returns the y under it."""
    image = _logo(data)
    width, pixels_high = image.getSize()
    shown_w = min(LOGO_MAX_WIDTH, height * width / pixels_high)
    shown_h = shown_w * pixels_high / width
    canvas.drawImage(image, centre_x - shown_w / 2, top - shown_h, shown_w, shown_h, mask="auto")
    return top - shown_h


def draw_letterhead(canvas: Canvas, head: PrintedLetterhead, *, left: float, right: float, top: float, rtl: bool,
                    symbol_label: str, ink, muted, family: fonts.Family = fonts.LATIN) -> None:
    """Draw the letterhead below ``top`` between ``left`` and ``right`` (mirrored for right-to-left reports)."""
    canvas.saveState()
    image = _logo(head.logo)
    indent = 0.0  # the text stands beside the logo
    if image is not None:
        width, height = image.getSize()
        shown_w = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * width / height)
        shown_h = shown_w * height / width
        x = right - shown_w if rtl else left
        canvas.drawImage(image, x, top - shown_h, shown_w, shown_h, mask="auto")
        indent = shown_w + 4 * mm
    x = right - indent if rtl else left + indent
    side = "right" if rtl else "left"
    y = top - NAME_SIZE
    canvas.setFillColor(ink)
    canvas.setFont(family.bold, NAME_SIZE)
    draw_line(canvas, side, x, y, head.name, rtl)
    canvas.setFillColor(muted)
    canvas.setFont(family.regular, ADDRESS_SIZE)
    for line in head.address.split("\n")[:3]:
        if line:
            y -= ADDRESS_SIZE + 2
            draw_line(canvas, side, x, y, line, rtl)
    if head.symbol:
        end, end_x = ("left", left) if rtl else ("right", right)
        canvas.setFont(family.regular, ADDRESS_SIZE)
        draw_line(canvas, end, end_x, top - NAME_SIZE, symbol_label, rtl)
        canvas.setFillColor(ink)
        canvas.setFont(family.bold, ADDRESS_SIZE + 1)
        draw_line(canvas, end, end_x, top - NAME_SIZE - ADDRESS_SIZE - 3, head.symbol, rtl)
    canvas.restoreState()
