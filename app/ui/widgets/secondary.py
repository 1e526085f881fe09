"""Secondary text (a field's hint, a note under a title): quieter than the main text, yet readable. Its colour is
mixed from the palette's text and background colours, as far towards the background as keeps a contrast of 4.5:1
(WCAG's AA level for normal text); a disabled label's grey came to about 1.6:1."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

MINIMUM_CONTRAST = 4.5
AIM = 5.0  # a margin above the minimum: fonts render thinner than their colour says


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(text: QColor, background: QColor, towards: float) -> QColor:
    return QColor(*(round(a + (b - a) * towards) for a, b in zip(
        (text.red(), text.green(), text.blue()), (background.red(), background.green(), background.blue()),
        strict=True)))


_COLOURS: dict[tuple, QColor] = {}


def secondary_colour(palette: QPalette, background_role=QPalette.ColorRole.Window) -> QColor:
    """The palette's text colour moved towards the background while the contrast stays at AIM or above (worked out
    once a palette: a list asks for it on every row not read yet)."""
    key = (palette.cacheKey(), background_role)
    if key not in _COLOURS:
        if len(_COLOURS) > 64:  # palettes come and go (a theme changed): keep it small
            _COLOURS.clear()
        _COLOURS[key] = _secondary_colour(palette, background_role)
    return QColor(_COLOURS[key])


def _secondary_colour(palette: QPalette, background_role) -> QColor:
    text_role = QPalette.ColorRole.Text if background_role == QPalette.ColorRole.Base else QPalette.ColorRole.WindowText
    text = palette.color(QPalette.ColorGroup.Active, text_role)
    background = palette.color(QPalette.ColorGroup.Active, background_role)
    best = text
    for step in range(1, 11):
        candidate = mix(text, background, step / 20)  # up to half-way
        if contrast(candidate, background) < AIM:
            break
        best = candidate
    return best


class WrappedLabel(QLabel):
    """A word-wrapped label that asks its layout for the height its text needs at its width (a form in a scroll
    area otherwise gives it the height of fewer lines at large text sizes, and its last lines are cut)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def make_secondary(label: QLabel) -> QLabel:
    """Show ``label`` as secondary text (enabled: a screen reader reads it, and its contrast is kept)."""
    palette = label.palette()
    colour = secondary_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    label.setProperty("secondary", True)
    return label
