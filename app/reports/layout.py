"""What every report shares: page furniture (header and footer with the office and date, "Page X of Y", the optional
Confidential marking), styles in the embedded font, tables that split across pages with their header repeated, and
the progress callback.

Table cells are plain strings whenever the text fits its column (ReportLab lays those out several times faster than
paragraphs); only text too long for its column becomes a wrapped paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from app.reports import fonts, typeset
from app.reports.i18n import Translator
from app.reports.letterhead_block import LETTERHEAD_ROOM, PrintedLetterhead, draw_letterhead
from app.reports.text import RtlParagraph, begin_actual_text, draw_line, end_actual_text, has_rtl, markup, visual
from app.services.profile import write_file_atomically

# progress(fraction between 0 and 1, what is being done)
ProgressCallback = Callable[[float, str], None]

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#9aa5b1")
HEADER_BG = colors.HexColor("#dde6f0")
ZEBRA = colors.HexColor("#f4f6f8")
CONFIDENTIAL_RED = colors.HexColor("#b3261e")

CELL_PAD = 3
CELL_FONT_SIZE = 8.5


class ReportCell(CellStyle):
    """What every cell of a report's tables shares, as defaults: a style command for each would set it on every
    cell one by one (on a 1,000-row attendance sheet, a tenth of the time it takes to make)."""

    fontname = fonts.REGULAR
    fontsize = CELL_FONT_SIZE
    color = INK
    valign = "MIDDLE"
    leftPadding = CELL_PAD
    rightPadding = CELL_PAD
    topPadding = 2
    bottomPadding = 2.5


def _mirror_spans(data: list[list], commands: list[tuple], ncols: int) -> list[tuple]:
    """Spans of a right-to-left table: its columns were reversed, so a span's columns are mirrored and its text
    moved into the span's first (leftmost) cell, the one ReportLab draws (else a spanned row printed empty)."""
    out = []
    for command in commands:
        if command[0] != "SPAN":
            out.append(command)  # callers give the other commands for the table as drawn
            continue
        (c0, r0), (c1, r1) = command[1], command[2]
        c0, c1 = c0 % ncols, c1 % ncols
        left, right = ncols - 1 - c1, ncols - 1 - c0
        if left != right:
            for r in range(r0 % len(data), r1 % len(data) + 1):
                data[r][left], data[r][right] = data[r][right], ""
        out.append(("SPAN", (left, r0), (right, r1)))
    return out


@cache
def _cell_class(font: str) -> type[ReportCell]:
    """ReportCell in another report font (a Chinese report's), still a class default: one object per cell, since a
    table's style commands change the cells' objects one by one."""
    return ReportCell if font == fonts.REGULAR else type(f"ReportCell-{font}", (ReportCell,), {"fontname": font})


class FittingText(str):
    """Cell text known to fit its column, which ``Report.table`` draws as it is without measuring it (again): text
    ``Report.cell`` measured already (an attendance sheet's names are fitted to their row first), or a header's
    short lines. Right-to-left text is held in display order, with its ``logical`` text for searching and copying."""

    logical: str | None = None

    @classmethod
    def shaped(cls, shown: str, logical: str) -> FittingText:
        text = cls(shown)
        if shown != logical:
            text.logical = logical
        return text


MIN_ROWS_APART = 2  # a table split across pages leaves at least this many rows on each side (or all it has)


class ReportTable(Table):
    """A table whose right-to-left text cells read, when searched or copied, in logical order (see text.py), and
    that never leaves one row alone at the foot of a page or the head of the next (a total row by itself)."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        body = len(self._cellvalues) - self.repeatRows
        if len(parts[0]._cellvalues) - self.repeatRows < min(MIN_ROWS_APART, body):
            return []  # the whole table starts on the next page
        if len(parts[1]._cellvalues) - self.repeatRows < MIN_ROWS_APART <= body - MIN_ROWS_APART:
            shorter = super().split(availWidth, availHeight - parts[0]._rowHeights[-1])
            if len(shorter) == 2:
                return self.split(availWidth, availHeight - parts[0]._rowHeights[-1])
        return parts

    def _drawCell(self, cellval, cellstyle, pos, size):
        logical = getattr(cellval, "logical", None)
        if logical is None:
            return super()._drawCell(cellval, cellstyle, pos, size)
        begin_actual_text(self.canv, logical)
        try:
            return super()._drawCell(cellval, cellstyle, pos, size)
        finally:
            end_actual_text(self.canv)


def page_size(paper: str, turned: bool) -> tuple[float, float]:
    """A4 or US Letter ("letter"), turned to landscape when ``turned``: the PDF's and the Word copy's page."""
    size = LETTER if paper == "letter" else A4
    return landscape(size) if turned else size


def _styles(rtl: bool, family: fonts.Family, cjk: bool = False) -> dict[str, ParagraphStyle]:
    align = TA_RIGHT if rtl else TA_LEFT
    # Chinese breaks between characters; no word is ever cut in two (columns are fitted to their words instead)
    base = ParagraphStyle("body", fontName=family.regular, fontSize=10, leading=13.5, textColor=INK, alignment=align,
                          spaceAfter=5, wordWrap="CJK" if cjk else None, splitLongWords=0)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=family.bold, fontSize=19, leading=24, textColor=ACCENT,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=12),
        "h1": ParagraphStyle("h1", parent=base, fontName=family.bold, fontSize=13, leading=17, textColor=ACCENT,
                             spaceBefore=12, spaceAfter=6, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=family.bold, fontSize=10.5, leading=14, spaceBefore=8,
                             spaceAfter=4, keepWithNext=True),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=CELL_FONT_SIZE, leading=CELL_FONT_SIZE + 2, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=family.bold, fontSize=CELL_FONT_SIZE,
                                    leading=CELL_FONT_SIZE + 2, spaceAfter=0),
        "cell_head_right": ParagraphStyle("cell_head_right", parent=base, fontName=family.bold, fontSize=CELL_FONT_SIZE,
                                          leading=CELL_FONT_SIZE + 2, spaceAfter=0, alignment=TA_RIGHT),
        "cell_head_center": ParagraphStyle("cell_head_center", parent=base, fontName=family.bold,
                                           fontSize=CELL_FONT_SIZE,
                                           leading=CELL_FONT_SIZE + 2, spaceAfter=0, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


@dataclass
class Report:
    """One report being built: the language, the page furniture and the helpers that make flowables."""

    tr: Translator
    title: str
    office_label: str
    generated_on: date
    confidential: bool = False
    landscape: bool = False
    subject: str = ""  # what the report is about (a mission's or activity's title), shown in every page header
    progress: ProgressCallback | None = None
    # pages of their own design (certificates are handed out): no running header or footer, narrow margins
    plain_pages: bool = False
    letterhead: PrintedLetterhead | None = None  # drawn at the top of the first page (not on plain pages)
    paper: str = "a4"  # or "letter" (US Letter)
    styles: dict[str, ParagraphStyle] = field(init=False)
    family: fonts.Family = field(init=False)

    def __post_init__(self):
        self.family = fonts.family(self.tr.lang)
        self.styles = _styles(self.tr.rtl, self.family, cjk=self.tr.lang == "zh")

    @property
    def pagesize(self) -> tuple[float, float]:
        return page_size(self.paper, self.landscape)

    @property
    def has_letterhead(self) -> bool:
        return self.letterhead is not None and not self.plain_pages

    @property
    def header_text(self) -> str:
        return f"{self.title}: {self.subject}" if self.subject else self.title

    @property
    def margins(self) -> tuple[float, float, float]:
        """(left and right, top, bottom): room for the running header and footer unless the pages are plain."""
        return (PLAIN_MARGIN,) * 3 if self.plain_pages else (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margins[0]

    @property
    def frame_height(self) -> float:
        """The height a page's frame offers for sure (the first page's, under its letterhead, is the smallest)."""
        room = LETTERHEAD_ROOM if self.has_letterhead else 0
        return self.pagesize[1] - self.margins[1] - self.margins[2] - room

    def report_progress(self, fraction: float, message: str) -> None:
        if self.progress:
            self.progress(max(0.0, min(1.0, fraction)), message)

    # ------------------------------------------------------------ flowables
    def para(self, text: str, style: str = "body") -> Flowable:
        st = self.styles[style]
        if self.tr.rtl or has_rtl(text):
            return RtlParagraph(text, st) if self.tr.rtl else Paragraph(markup(visual(text)), st)
        return Paragraph(markup(text), st)

    def heading(self, text: str, level: int = 1) -> Flowable:
        return self.para(text, "h1" if level == 1 else "h2")

    def spacer(self, height_mm: float = 4) -> Flowable:
        return Spacer(1, height_mm * mm)

    def cell(self, value: Any, width: float, style: str = "cell") -> Any:
        """A table cell: a plain string when it fits on one line, else a wrapped paragraph."""
        if isinstance(value, (Flowable, FittingText)):
            return value
        text = "" if value is None else str(value)
        st = self.styles[style]
        if len(text) * st.fontSize <= width - 2 * CELL_PAD and "\n" not in text and not self.tr.rtl and text.isascii():
            return text  # no glyph is wider than 1 em: it fits without measuring (row numbers, blanks, codes)
        rtl_text = self.tr.rtl or has_rtl(text)
        shown = visual(text, self.tr.rtl) if rtl_text else text
        if "\n" not in text and stringWidth(shown, st.fontName, st.fontSize) <= width - 2 * CELL_PAD:
            return FittingText.shaped(shown, text)
        room = width - 2 * CELL_PAD
        longest = typeset.longest_word([shown], st.fontName, st.fontSize)
        if longest > room and not style.startswith("cell_head"):
            # a word wider than its column even after the columns were fitted: a smaller font, never a cut word
            size = max(5.5, st.fontSize * room / longest)
            st = ParagraphStyle(f"{st.name}-{size:.1f}", parent=st, fontSize=size, leading=size + 2)
        if self.tr.rtl:
            return RtlParagraph(text, st)
        return Paragraph(markup(shown), st)

    def two_line_cell(self, text: str, detail: str) -> Flowable:
        """A cell with a main text and, under it, a detail in small grey type."""
        if self.tr.rtl or has_rtl(text + detail):
            return self.para(f"{text}\n{detail}", "cell")
        return Paragraph(f"{markup(text)}<br/><font size='7' color='#5f6b7a'>{markup(detail)}</font>",
                         self.styles["cell"])

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
              numeric: Sequence[int] = (), total_row: bool = False, row_height: float | None = None,
              row_heights: Sequence[float] | None = None, zebra: bool = True,
              extra_style: Sequence[tuple] = ()) -> Table:
        """A table that splits across pages with its header row repeated. ``widths`` are fractions of the frame
        width when they add up to 1 or less, else points. ``numeric`` columns are right-aligned. Rows are
        ``row_height`` high, or each its own of ``row_heights``, or as high as their cells."""
        if sum(widths) <= 1.0001:
            widths = [w * self.frame_width for w in widths]
        widths = self._fit_columns(header, rows, widths)
        head = [self.cell(h, w, "cell_head_right" if i in numeric and not self.tr.rtl else "cell_head")
                if not isinstance(h, Flowable) else h for i, (h, w) in enumerate(zip(header, widths, strict=True))]
        body = [[self.cell(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
        data = [head, *body]
        ncols = len(widths)
        numeric = list(numeric)
        if self.tr.rtl:  # read from the right: first column on the right
            data = [list(reversed(r)) for r in data]
            widths = list(reversed(widths))
            numeric = [ncols - 1 - i for i in numeric]
            extra_style = _mirror_spans(data, list(extra_style), ncols)
        style = [  # the font, colour, padding and alignment every cell shares are ReportCell's defaults
            ("FONTNAME", (0, 0), (-1, 0), self.family.bold),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        if self.tr.rtl:
            style.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))
        if zebra and len(data) > 3:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        for i in numeric:
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
        if total_row and body:
            style += [("FONTNAME", (0, -1), (-1, -1), self.family.bold), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                      ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
        style += list(extra_style)
        heights = None if row_height is None else [None] + [row_height] * len(body)
        if row_heights is not None:
            heights = [None, *row_heights]
        cell_class = _cell_class(self.family.regular)
        cell_styles = [[cell_class("cell") for _ in range(ncols)] for _ in data]
        table = ReportTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, cellStyles=cell_styles,
                      hAlign="RIGHT" if self.tr.rtl else "LEFT")
        table.setStyle(TableStyle(style))
        return table

    def _fit_columns(self, header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: list[float]) -> list[float]:
        """Widths from content: each column at least as wide as its longest word (headers in bold at the body's
        size: a header is never made smaller), taken from the columns with room to spare."""
        size, rtl = CELL_FONT_SIZE, self.tr.rtl
        needs = []
        for i, _ in enumerate(widths):
            column = [row[i] for row in rows if not isinstance(row[i], (Flowable, FittingText))]
            head = header[i] if isinstance(header[i], str) else ""
            word = max(typeset.longest_word([head], self.family.bold, size, rtl),
                       typeset.longest_word(column, self.family.regular, size, rtl))
            needs.append(word + 2 * CELL_PAD + 1)
        return typeset.content_widths(widths, needs)

    def side_by_side(self, left: Flowable, right: Flowable) -> Table:
        """Two flowables in the two halves of the frame (a table and its chart)."""
        cells = [[right, left]] if self.tr.rtl else [[left, right]]
        table = Table(cells, colWidths=[self.frame_width * 0.5] * 2, hAlign="LEFT")
        # the font of cells that hold flowables is still set when they are drawn: the report's, not Helvetica
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return table

    def sign_lines(self, labels: Sequence[str], label_width: float = 28 * mm) -> Table:
        """Lines to fill in by hand (a name, a signature, a date), each after its label, across the frame."""
        line_width = self.frame_width / len(labels) - label_width
        cells: list = []
        widths: list[float] = []
        for label in labels:
            cells += [self.cell(label, label_width, "cell_head"), ""]
            widths += [label_width, line_width]
        line_cols = list(range(1, len(cells), 2))
        if self.tr.rtl:
            cells, widths = list(reversed(cells)), list(reversed(widths))
            line_cols = [len(cells) - 1 - c for c in line_cols]
        table = ReportTable([cells], colWidths=widths, hAlign="RIGHT" if self.tr.rtl else "LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
                                   ("TEXTCOLOR", (0, 0), (-1, -1), MUTED), ("TOPPADDING", (0, 0), (-1, -1), 14),
                                   *[("LINEBELOW", (c, 0), (c, 0), 0.6, INK) for c in line_cols]]))
        return table

    def facts(self, pairs: Sequence[tuple[str, str]], label_width: float = 0.28) -> Table:
        """Label / value pairs (a cover page's details)."""
        widths = [label_width * self.frame_width, (1 - label_width) * self.frame_width]
        rows = []
        for label, value in pairs:
            rows.append([self.cell(label, widths[0], "cell_head"), self.cell(value or "—", widths[1])])
        if self.tr.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
        table = ReportTable(rows, colWidths=widths, hAlign="RIGHT" if self.tr.rtl else "LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT" if self.tr.rtl else "LEFT"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    # ------------------------------------------------------------ output
    def render(self, story: list[Flowable], out_path: Path | str | BinaryIO, *, estimated_pages: int = 1,
               first_page_furniture: bool = True) -> int:
        """Lay out ``story`` and write the PDF (atomically: never half a file under the final name), or into
        ``out_path`` when it is a binary stream (a preview kept in memory). Returns the number of pages."""
        buffer = io.BytesIO()
        page_count = {"n": 0}
        doc = _Document(buffer, self)
        span = max(1, estimated_pages)

        def on_progress(kind: str, value: int) -> None:
            if kind == "PAGE":
                page_count["n"] = value
                self.report_progress(0.2 + 0.75 * min(1.0, value / span),
                                     self.tr.t("page_of", page=value, pages=f"~{span}"))

        doc.setProgressCallBack(on_progress)
        doc.build(story, canvasmaker=_canvas_maker(self))
        if hasattr(out_path, "write"):
            out_path.write(buffer.getvalue())
        else:
            write_file_atomically(Path(out_path), buffer.getvalue())
        self.report_progress(1.0, self.title)
        return page_count["n"]


MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
PLAIN_MARGIN = 12 * mm


class KeepWithStart(KeepTogether):
    """Headings (``keepWithNext``) kept with the start of what follows them, not with all of it: ReportLab's
    KeepTogether moves a heading and its whole table to the next page when the table does not fit below it, leaving
    the rest of this page empty. Here they stay when the heading fits with a first part of what follows (a table's
    header and first rows, a paragraph's first lines); only a heading that would be left alone moves on."""

    def split(self, aW, aH):
        *heads, last = self._content
        room = aH
        for flowable in heads:
            room -= flowable.wrap(aW, room)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        room -= last.getSpaceBefore()
        if heads and room > 0 and last.wrap(aW, room)[1] > room and last.split(aW, room):
            return self._content[:]  # the heading here, and what follows starts under it and splits
        return super().split(aW, aH)


class _Document(BaseDocTemplate):
    def __init__(self, buffer, report: Report):
        width, height = report.pagesize
        side, top, bottom = report.margins
        super().__init__(buffer, pagesize=report.pagesize, leftMargin=side, rightMargin=side,
                         topMargin=top, bottomMargin=bottom, title=report.header_text,
                         author=report.letterhead.name if report.letterhead else report.office_label,
                         creator="FieldDesk", subject=report.subject or report.title,
                         lang=report.tr.lang, initialFontName=report.family.regular,
                         keepTogetherClass=KeepWithStart)  # not Helvetica: embed every font
        frame = Frame(side, bottom, width - 2 * side, height - top - bottom, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="page", frames=[frame])]
        if report.has_letterhead:  # the first page's frame starts under the letterhead; the next pages' do not
            first = Frame(side, bottom, width - 2 * side, height - top - bottom - LETTERHEAD_ROOM, id="first",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.insert(0, PageTemplate(id="first", frames=[first], autoNextPageTemplate="page"))
        self.addPageTemplates(templates)


def _canvas_maker(report: Report):
    """A canvas that keeps each page until the end, so every footer can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, report, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _fit(text: str, width: float, size: float, font: str = fonts.REGULAR) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while len(text) > 1 and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_furniture(canvas: Canvas, report: Report, page: int, pages: int) -> None:
    if report.plain_pages:
        if report.confidential:
            _draw_confidential(canvas, report, report.pagesize[1] - PLAIN_MARGIN / 2 - 3, PLAIN_MARGIN / 2 - 3)
        return
    tr = report.tr
    width, height = report.pagesize
    left, right = MARGIN_X, width - MARGIN_X
    top_y = height - 12 * mm
    bottom_y = 10 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top_y - 2.5 * mm, right, top_y - 2.5 * mm)
    canvas.line(left, bottom_y + 4 * mm, right, bottom_y + 4 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(report.family.regular, 8)
    start, end = ("right", "left") if tr.rtl else ("left", "right")
    start_x, end_x = (right, left) if tr.rtl else (left, right)
    draw_line(canvas, start, start_x, top_y, report.office_label, tr.rtl)
    room = (right - left) / 2 - (30 * mm if report.confidential else 0)
    draw_line(canvas, end, end_x, top_y, _fit(report.header_text, room, 8, report.family.regular), tr.rtl)
    draw_line(canvas, start, start_x, bottom_y, tr.t("generated", date=tr.date(report.generated_on)), tr.rtl)
    draw_line(canvas, end, end_x, bottom_y, tr.t("page_of", page=page, pages=pages), tr.rtl)
    if page == 1 and report.has_letterhead:
        draw_letterhead(canvas, report.letterhead, left=left, right=right, top=height - MARGIN_TOP + 2 * mm,
                        rtl=tr.rtl, symbol_label=tr.t("letterhead.symbol"), ink=INK, muted=MUTED,
                        family=report.family)
    canvas.restoreState()
    if report.confidential:
        _draw_confidential(canvas, report, top_y, bottom_y)


def _draw_confidential(canvas: Canvas, report: Report, top_y: float, bottom_y: float) -> None:
    width, height = report.pagesize
    mark = report.tr.t("confidential")
    canvas.saveState()
    canvas.setFillColor(CONFIDENTIAL_RED)
    canvas.setFont(report.family.bold, 9)
    draw_line(canvas, "centre", width / 2, top_y, mark, report.tr.rtl)
    draw_line(canvas, "centre", width / 2, bottom_y, mark, report.tr.rtl)
    # a faint diagonal mark across the page, under nothing important (drawn last, very light)
    canvas.setFillColor(CONFIDENTIAL_RED, alpha=0.07)
    canvas.setFont(report.family.bold, 64)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    draw_line(canvas, "centre", 0, -20, mark, report.tr.rtl)
    canvas.restoreState()
