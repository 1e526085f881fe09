"""Finds text that does not fit where it is shown: a label, button, tab, column title or message whose text is wider
(or, wrapped, taller) than its rectangle, a tab row that scrolls, and a widget that lies outside its window."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scrolled_content(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport (or a table's cell widgets): such a widget may lie beyond the visible part."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                text = value
                break
    return f"{type(widget).__name__}({widget.objectName() or ''}) {text[:60]!r}"


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == label.textFormat().RichText or "<" in text and ">" in text:
        return None  # rich text lays itself out in its document
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    margin = label.margin() * 2 + (label.indent() if label.indent() > 0 else 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed} px in {label.height()} px"
        # a single word wider than the label is cut even when wrapping (Chinese breaks between any characters)
        if any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text):
            return None
        # words end at spaces and at zero-width spaces (where a long path may break: formats.shown_path)
        longest = max((metrics.horizontalAdvance(word) for word in re.split(r"[\s\u200b]+", plain(text))),
                      default=0)
        if longest > rect.width() - margin + SLACK:
            return f"a word of {longest} px in {rect.width()} px"
        return None
    lines = plain(text).split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    if wide > rect.width() - margin + SLACK:
        return f"{wide} px of text in {rect.width() - margin} px"
    high = metrics.lineSpacing() * len(lines)
    if high > rect.height() + metrics.leading() + SLACK + 2:
        return f"{high} px of lines in {rect.height()} px"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        hint = button.sizeHint()
        # a push button's hint keeps a minimum width; what matters is the text with the style's margins
        metrics = button.fontMetrics()
        wide = metrics.horizontalAdvance(text)
        if isinstance(button, QPushButton):
            room = button.width() - 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
            if not button.icon().isNull():
                room -= button.iconSize().width() + 4
            if wide > room + SLACK:
                return f"{wide} px of text in {room} px"
            return None
        if hint.width() > button.width() + SLACK:
            return f"needs {hint.width()} px, has {button.width()}"
        return None
    if (isinstance(button, QToolButton) and button.toolButtonStyle() != button.toolButtonStyle().ToolButtonIconOnly
            and button.sizeHint().width() > button.width() + SLACK):
        return f"needs {button.sizeHint().width()} px, has {button.width()}"
    return None


def tabbar_problems(bar: QTabBar) -> list[str]:
    found = []
    scrollers = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if scrollers:
        found.append("the tab row scrolls")
    for n in range(bar.count()):
        if not bar.isTabVisible(n):
            continue
        if bar.tabSizeHint(n).width() > bar.tabRect(n).width() + SLACK:
            found.append(f"tab {bar.tabText(n)!r}: needs {bar.tabSizeHint(n).width()} px, has {bar.tabRect(n).width()}")
        right = bar.tabRect(n).right()
        if right > bar.width() + SLACK or bar.tabRect(n).left() < -SLACK:
            found.append(f"tab {bar.tabText(n)!r} lies outside its row")
        if bar.tabRect(n).bottom() > bar.height() + SLACK:  # tabs down the side
            found.append(f"tab {bar.tabText(n)!r} lies below its column ({bar.tabRect(n).bottom()} > {bar.height()})")
    return found


def header_problems(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    metrics = header.fontMetrics()
    horizontal = header.orientation().value == 1
    count = model.columnCount() if horizontal else model.rowCount()
    for section in range(count):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation())
        if not isinstance(text, str) or not text:
            continue
        size = header.sectionSize(section)
        wide = metrics.horizontalAdvance(text) + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        if header.sortIndicatorSection() == section and header.isSortIndicatorShown():
            wide += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        if horizontal and wide > size + SLACK:
            found.append(f"column {text!r}: {wide} px in {size} px")
        position = header.sectionViewportPosition(section)
        if horizontal and (position < 0 or position + size > header.viewport().width() + SLACK):
            found.append(f"column {text!r} is out of sight (scrolled)")
    return found


READABLE_CHARS = 14  # app/ui/widgets/list_panel.py: a text column is this wide, or folded away


def cut_text_problems(view, whole: frozenset[int] = frozenset()) -> list[str]:
    """Text columns cut to scraps ("Euro…nion"): a shown column narrower than its widest text in view and than
    READABLE_CHARS characters (amounts and dates, ``whole``, are checked by header and size elsewhere)."""
    header, model = view.horizontalHeader(), view.model()
    metrics = view.fontMetrics()
    readable = metrics.averageCharWidth() * READABLE_CHARS
    top = max(view.rowAt(0), 0)
    bottom = view.rowAt(view.viewport().height() - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    found = []
    for section in range(model.columnCount()):
        if header.isSectionHidden(section) or section in whole:
            continue
        texts = [str(model.index(row, section).data() or "") for row in range(top, bottom + 1)]
        widest = max((metrics.horizontalAdvance(t) + 12 for t in texts if t), default=0)
        size = header.sectionSize(section)
        if size + SLACK < min(widest, readable):
            title = model.headerData(section, header.orientation())
            found.append(f"column {title!r} cut to {size} px (its text {widest} px)")
    return found


def outside_window(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return not window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect)


def problems(root: QWidget, columns_of: QWidget | None = None) -> list[str]:
    """Every text in ``root`` (a window or dialog, shown) that does not fit, and every widget outside it; the
    tables inside ``columns_of`` (the root when not given) must also show every column (no sideways scrolling)."""
    columns_of = columns_of or root
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) or widget.window() is not root.window():
            continue
        scrolled = _in_scrolled_content(widget, root)
        if not scrolled and outside_window(widget, root.window()):
            found.append(f"{_name(widget)} lies outside its window")
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = button_problem(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            wide = widget.fontMetrics().horizontalAdvance(plain(widget.title())) + 16
            problem = f"title {wide} px in {widget.width()} px" if wide > widget.width() else None
        elif (isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable()
              and widget.minimumSizeHint().width() > widget.width() + SLACK):
            problem = f"needs {widget.minimumSizeHint().width()} px, has {widget.width()}"
        if problem:
            found.append(f"{_name(widget)}: {problem}")
        if isinstance(widget, QTabBar):
            found += [f"{_name(widget)}: {p}" for p in tabbar_problems(widget)]
        if isinstance(widget, QHeaderView) and columns_of.isAncestorOf(widget) and not scrolled:
            found += [f"{_name(widget.parentWidget())}: {p}" for p in header_problems(widget)]
    return found
