"""The fonts every report embeds: DejaVu Sans, shipped in ``resources/fonts`` (Latin with accents, Cyrillic, Greek,
Arabic), and for Chinese reports WenQuanYi Micro Hei (CJK with Latin, Cyrillic and Greek, one TrueType collection
that ReportLab subsets). ReportLab's built-in fonts have no Cyrillic, and nothing may depend on the fonts of the
machine.

ReportLab draws a run of text in one font and has no fallback from glyph to glyph, so a Chinese report is set in the
CJK font throughout (its Latin and Cyrillic cover names and numbers); DejaVu has no Chinese."""

from __future__ import annotations

import threading
from typing import NamedTuple

from app.resources import resource
from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

REGULAR = "FieldDeskSans"
BOLD = "FieldDeskSans-Bold"
ITALIC = "FieldDeskSans-Oblique"
BOLD_ITALIC = "FieldDeskSans-BoldOblique"
CJK = "FieldDeskCJK"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
CJK_FILE = "wqy-microhei.ttc"  # face 0 is Micro Hei (face 1, its monospaced twin, is not used)
_lock = threading.Lock()
_registered: set[str] = set()


class Family(NamedTuple):
    regular: str
    bold: str
    italic: str
    bold_italic: str


LATIN = Family(REGULAR, BOLD, ITALIC, BOLD_ITALIC)
# Micro Hei has one weight: headings stand out by size and colour
CHINESE = Family(CJK, CJK, CJK, CJK)


class FontMissing(FieldDeskError):
    pass


def family(lang: str) -> Family:
    """The family a report in ``lang`` is set in, registered on first use."""
    if lang == "zh":
        _register_cjk()
        return CHINESE
    register_fonts()
    return LATIN


def _font_path(filename: str):
    path = resource("fonts", filename)
    if not path.is_file():
        raise FontMissing(problem("report.font_missing", file=filename, folder=str(path.parent)))
    return path


def register_fonts() -> None:
    """Register the family once per process (reports may be built from a worker thread)."""
    if REGULAR in _registered:
        return
    with _lock:
        if REGULAR in _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(_font_path(filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered.add(REGULAR)


def _register_cjk() -> None:
    register_fonts()  # a Chinese report may still draw DejaVu (the Confidential mark's default, charts)
    if CJK in _registered:
        return
    with _lock:
        if CJK in _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(CJK, str(_font_path(CJK_FILE)), subfontIndex=0))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _registered.add(CJK)
