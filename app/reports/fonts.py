"""The fonts every report embeds: DejaVu Sans, shipped in ``resources/fonts`` (Latin with accents, Cyrillic, Greek,
Arabic). ReportLab's built-in fonts have no Cyrillic, and nothing may depend on the fonts of the machine."""

from __future__ import annotations

import threading

from app.resources import resource
from app.services.errors import FieldDeskError

REGULAR = "FieldDeskSans"
BOLD = "FieldDeskSans-Bold"
ITALIC = "FieldDeskSans-Oblique"
BOLD_ITALIC = "FieldDeskSans-BoldOblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_registered = False


class FontMissing(FieldDeskError):
    pass


def register_fonts() -> None:
    """Register the family once per process (reports may be built from a worker thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FontMissing(f"The report font {filename} is missing from {path.parent}; reinstall FieldDesk.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
