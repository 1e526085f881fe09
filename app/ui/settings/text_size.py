"""Preferences > Text size: the whole interface's font, scaled from the system's (100 %, 125 %, 150 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.settings.options import TEXT_SIZE

SIZES = (100, 125, 150)
_BASE_PROPERTY = "fielddeskBaseFontSize"  # the system's font size, before any scaling


def text_size(settings) -> int:
    value = settings.get(TEXT_SIZE)
    return value if value in SIZES else 100


def apply_text_size(app: QApplication, settings) -> int:
    """Scale the application's font (every widget without a font of its own follows it); returns the percentage."""
    percent = text_size(settings)
    base = app.property(_BASE_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_PROPERTY, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    return percent
