"""Text too long for its cell, cut at the end of its own reading order: a Latin title in the Arabic window keeps its
beginning ("BA-2021-00 – Support to…"), an Arabic one its right-hand start, whatever the window's direction (Qt's
elision follows the window's direction, which cut Latin titles at both ends in Arabic). The whole text is the
item's tooltip.

Lists and part tables (``CellElide``) keep Qt's elision in the middle for left-to-right text in a left-to-right
window (titles that begin alike stay told apart); in the Arabic window, and for right-to-left text anywhere, a cell is
cut at the end of its own reading order instead, and a text of the other direction than the window's is held
together by marks of its own direction, so its full stop or ellipsis stays at its end."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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


def text_room(option) -> int:
    """The pixels an item's text has in its cell (as Qt's item painting measures them)."""
    style = option.widget.style() if option.widget is not None else QApplication.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width()
    return room - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1)


def cut_in_reading_order(option) -> None:
    """Cut ``option.text`` at the end of its own reading order when it is wider than its room (whole otherwise)."""
    text = option.text
    if not text:
        return
    rtl = right_to_left(text)
    if option.fontMetrics.horizontalAdvance(text) > text_room(option):
        # cut the logical end: for either direction that is where the reading stops
        text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_room(option))
        # the ellipsis is a neutral character: marks of the text's own direction keep it at the text's end
        option.text = (RLM if rtl else LRM) + text + (RLM if rtl else LRM)
    elif rtl != (option.direction == Qt.LayoutDirection.RightToLeft):
        # a Latin title ending in a full stop in the Arabic window: the stop stays at the title's end
        option.text = (RLM if rtl else LRM) + text + (RLM if rtl else LRM)
    option.textElideMode = Qt.TextElideMode.ElideNone


class ReadingOrderElide(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        cut_in_reading_order(option)

    def sizeHint(self, option, index):
        """No wider than the view: a long text is cut at its end rather than scrolled out of sight sideways."""
        size = super().sizeHint(option, index)
        view = self.parent()
        if view is not None and hasattr(view, "viewport"):
            size.setWidth(min(size.width(), view.viewport().width()))
        return size


class CellElide(QStyledItemDelegate):
    """A list's or a part table's cells: in the middle for left-to-right text in a left-to-right window (the view's own
    mode), else at the end of the text's reading order. Only painting cuts: a column's natural width (sizeHint) is
    its whole text's."""

    def shown_text(self, option, index) -> str:
        """The text painted in the cell ``option.rect`` for ``index`` (the elided one, with its direction marks)."""
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        self._cut(option)
        if option.textElideMode != Qt.TextElideMode.ElideNone \
                and option.fontMetrics.horizontalAdvance(option.text) > text_room(option):
            return option.fontMetrics.elidedText(option.text, option.textElideMode, text_room(option))
        return option.text

    def _cut(self, option) -> None:
        if option.direction == Qt.LayoutDirection.RightToLeft or right_to_left(option.text):
            cut_in_reading_order(option)

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        self._cut(option)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)


def cut_cells_in_reading_order(view) -> None:
    """Give ``view`` the reading-order delegate, unless it has its own (a grid's, a check box's)."""
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(CellElide(view))
