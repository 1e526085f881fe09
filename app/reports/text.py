"""Text as it goes on the page: escaped for ReportLab's paragraph markup, and right-to-left scripts (Arabic) shaped
and put in visual order.

A PDF holds the glyphs in the order they are drawn, so a reader's viewer would search and copy right-to-left text
backwards and as presentation forms. Every right-to-left line is therefore drawn inside a marked-content span whose
``/ActualText`` is the logical text (PDF 32000-1, 14.9.4): viewers and ``pdftotext`` search and copy that instead.

Reordering a whole paragraph and then letting ReportLab wrap it puts the lines in the wrong order (the first line on
the page would show the end of the text). ``RtlParagraph`` therefore wraps in logical order first, measuring the
shaped words, and reorders each line on its own.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    return bool(text) and _RTL_CHARS.search(text) is not None


# A run of left-to-right words inside right-to-left text: from its first strong left-to-right letter (Latin,
# Greek, Cyrillic) to its last letter or digit, with what lies between that is not right-to-left (spaces, digits,
# brackets), and the ellipsis that ends a shortened run ("…" is neutral: left alone it went to the run's far side).
_LTR_LETTER = "A-Za-z\u00c0-\u02af\u0370-\u052f\u1e00-\u1fff"
_LTR_RUN = re.compile(f"[{_LTR_LETTER}](?:[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\n]*[{_LTR_LETTER}0-9])?\u2026?")
_LRE, _PDF = "\u202a", "\u202c"
_BRACKETS = {"(": ")", "[": "]", "{": "}"}


def _embed_ltr_runs(text: str) -> str:
    """Mark each left-to-right run as an embedding (LRE ... PDF), taking in a closing bracket whose opening one is
    in the run. python-bidi's algorithm predates the paired-bracket rule: in "office (GT-01)، ..." it gave the
    closing bracket the paragraph's direction, moved it out of the run and mirrored it, printing "(office (GT-01"."""

    def embed(match: re.Match) -> str:
        run = match.group()
        end = match.end()
        for opening, closing in _BRACKETS.items():
            while run.count(opening) > run.count(closing) and text[end:end + 1] == closing:
                run += closing
                end += 1
        return f"{_LRE}{run}{_PDF}"

    out, last = [], 0
    for match in _LTR_RUN.finditer(text):
        if match.start() < last:
            continue
        out.append(text[last:match.start()])
        embedded = embed(match)
        out.append(embedded)
        last = match.start() + len(embedded) - 2
    out.append(text[last:])
    return "".join(out)


def visual(text: str, rtl_base: bool = False) -> str:
    """One line of text in display order: Arabic letters joined, right-to-left runs reversed, brackets mirrored.
    Text without any right-to-left character comes back unchanged (and costs one regular-expression search)."""
    if not text or not has_rtl(text):
        return text  # left-to-right text keeps its own direction, in a right-to-left report too
    import arabic_reshaper
    from bidi.algorithm import get_display  # python-bidi's reference implementation: it also mirrors brackets

    shown = get_display(arabic_reshaper.reshape(_embed_ltr_runs(text)), base_dir="R" if rtl_base else "L")
    return shown.replace(_LRE, "").replace(_PDF, "")  # the marks have no glyph


def _actual_text(logical: str) -> str:
    """The text string of an /ActualText entry: UTF-16BE with its byte-order mark, written in hexadecimal so that no
    character of the text needs escaping in the content stream."""
    return "<FEFF" + logical.encode("utf-16-be").hex().upper() + ">"


def draw_line(canvas, align: str, x: float, y: float, logical: str, rtl: bool = False) -> None:
    """Draw one line of text, given in logical order, at ``x`` (``align``: "left", "right" or "centre" of the line),
    shaped and reordered for display; a line with right-to-left text carries its logical text as /ActualText so that it
    can be searched and copied as it was written."""
    draw = {"left": canvas.drawString, "right": canvas.drawRightString, "centre": canvas.drawCentredString}[align]
    shown = visual(logical, rtl)
    if shown == logical:
        draw(x, y, shown)
        return
    begin_actual_text(canvas, logical)
    draw(x, y, shown)
    end_actual_text(canvas)


def begin_actual_text(canvas, logical: str) -> None:
    """What is drawn until ``end_actual_text`` reads, when searched or copied, as ``logical``."""
    canvas.addLiteral(f"/Span <</ActualText {_actual_text(logical)}>> BDC")


def end_actual_text(canvas) -> None:
    canvas.addLiteral("EMC")


def markup(text: str) -> str:
    """Plain text -> paragraph markup (escaped, line breaks kept)."""
    return escape(text or "").replace("\n", "<br/>")


class RtlParagraph(Flowable):
    """A right-aligned, wrapped paragraph of right-to-left text that splits across pages line by line."""

    def __init__(self, text: str, style, lines: list[str] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._width = 0.0

    def _wrap_lines(self, width: float) -> list[str]:
        style = self.style
        out: list[str] = []
        for paragraph in (self.text or "").split("\n"):
            current: list[str] = []
            for word in paragraph.split(" "):  # not str.split(): it would break at no-break spaces too
                if not word:
                    continue
                trial = " ".join([*current, word])
                if current and stringWidth(visual(trial, True), style.fontName, style.fontSize) > width:
                    out.append(" ".join(current))
                    current = [word]
                else:
                    current.append(word)
            out.append(" ".join(current))
        return out

    def wrap(self, availWidth, availHeight):
        self._width = availWidth
        if self._lines is None:
            self._lines = self._wrap_lines(availWidth)
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        return [RtlParagraph(self.text, self.style, self._lines[:fit]),
                RtlParagraph(self.text, self.style, self._lines[fit:])]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        canvas = self.canv
        style = self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in self._lines or []:
            if style.alignment == 1:  # TA_CENTER
                draw_line(canvas, "centre", self._width / 2, y, line, True)
            else:
                draw_line(canvas, "right", self._width, y, line, True)
            y -= style.leading
