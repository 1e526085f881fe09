"""Helpers for the GUI tests: waiting on the worker, typing, choosing."""

from __future__ import annotations


def settle(qtbot, ctx, timeout: int = 15000) -> None:
    """Wait until the database worker has nothing left to do (a callback may start more work)."""
    while ctx.tasks.busy:
        with qtbot.waitSignal(ctx.tasks.idle, timeout=timeout):
            pass


def type_text(qtbot, widget, text: str) -> None:
    """Replace a line edit's text the way a user does (so textEdited fires)."""
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        from PySide6.QtCore import Qt

        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
