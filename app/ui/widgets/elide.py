"""Text too long for its cell, cut at the end of its own reading order: a Latin title in the Arabic window keeps its
beginning ("BA-2021-00 – Support to…"), an Arabic one its right-hand start, whatever the window's direction (Qt's
elision follows the window's direction, which cut Latin titles at both ends in Arabic). The whole text is the
item's tooltip."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

LRM, RLM = "\u200e", "\u200f"


def right_to_left(text: str) -> bool:
    """The direction of a text's first strong character (Unicode's rule for a paragraph)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class ReadingOrderElide(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text:
            return
        style = option.widget.style() if option.widget is not None else None
        if style is None:
            return
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1)
        if option.fontMetrics.horizontalAdvance(text) > room:
            # cut the logical end: for either direction that is where the reading stops
            text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            # the ellipsis is a neutral character: marks of the text's own direction keep it at the text's end
            mark = RLM if right_to_left(text) else LRM
            option.text = mark + text + mark
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option, index):
        """No wider than the view: a long text is cut at its end rather than scrolled out of sight sideways."""
        size = super().sizeHint(option, index)
        view = self.parent()
        if view is not None and hasattr(view, "viewport"):
            size.setWidth(min(size.width(), view.viewport().width()))
        return size
