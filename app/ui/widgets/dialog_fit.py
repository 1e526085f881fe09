"""A dialog that grows with what it shows: when a message appears (a wrong passphrase, a wait after several tries,
a translated note longer than the English one), the dialog takes the height its content needs at its width, up to
the screen's available height, instead of squeezing its inputs to a few pixels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def needed_height(window: QWidget) -> int:
    layout = window.layout()
    if layout is None:
        return window.sizeHint().height()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(window.width())
    return layout.totalMinimumSize().height()


def grow_to_content(window: QWidget) -> None:
    """Make ``window`` as tall as its content needs (never smaller than it is), within the screen."""
    needed = needed_height(window)
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height() - 40)
    if needed > window.height():
        window.resize(window.width(), needed)


class _Fitter(QObject):
    def eventFilter(self, watched, event) -> bool:
        # the layout has handled the request already (Qt gives it the event before the filters)
        if event.type() == QEvent.Type.LayoutRequest and watched.isVisible():
            grow_to_content(watched)
        return False


def keep_fitting(dialog: QWidget) -> None:
    dialog.installEventFilter(_Fitter(dialog))
