"""Tabs down the side with their titles written across, for an editor with more parts than a tab row can hold.

A project has a dozen parts (results, budget, risks, grants, the Board's decisions...): in a row, their titles need
more than a 1366-px laptop gives the editor in Russian or Spanish, and a row that scrolls hides parts from the user.
Down the side, each title takes one line whatever its length, and a dozen lines fit the editor's height. Qt draws a
side tab's title turned a quarter; this bar writes it across itself, as in a preferences dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget

# An editor with more tabs than this shows them down the side.
MOST_TABS_IN_A_ROW = 9
# Such an editor beside its page's list needs this many average characters of width (side tabs and parts' grids);
# narrower, the page puts the list above the editor.
SIDE_TABS_EDITOR_CHARS = 110
SIDE_TAB_PADDING = 8  # px above and below a side tab's title, together


class SideTabBar(QTabBar):
    """A tab bar down the side whose titles read across."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        if self._on_the_side():
            size.transpose()  # Qt's hint for a side tab is tall and narrow: the title turned
            # one line of text with a little room: a dozen tabs fit the editor's height at 125 % text size
            size.setHeight(min(size.height(), self.fontMetrics().height() + SIDE_TAB_PADDING))
        return size

    def minimumTabSizeHint(self, index: int) -> QSize:
        return self.tabSizeHint(index)  # a title is never elided

    def paintEvent(self, event) -> None:
        if not self._on_the_side():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionTab()
        for index in range(self.count()):
            self.initStyleOption(option, index)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            # the title across, centred in the tab (the style would turn it a quarter)
            group = QPalette.ColorGroup.Normal if self.isTabEnabled(index) else QPalette.ColorGroup.Disabled
            painter.setPen(option.palette.color(group, QPalette.ColorRole.WindowText))
            painter.drawText(self.tabRect(index), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic,
                             self.tabText(index))

    def _on_the_side(self) -> bool:
        return self._west() or self.shape() in (QTabBar.Shape.RoundedEast, QTabBar.Shape.TriangularEast)

    def _west(self) -> bool:
        return self.shape() in (QTabBar.Shape.RoundedWest, QTabBar.Shape.TriangularWest)


def tabs_on_the_side(tabs: QTabWidget) -> None:
    """Give ``tabs`` a side bar whose titles read across (before any tab is added), on the side where lines start:
    the left, or the right in Arabic (Qt does not mirror a West tab bar)."""
    tabs.setTabBar(SideTabBar(tabs))
    right_to_left = tabs.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tabs.setTabPosition(QTabWidget.TabPosition.East if right_to_left else QTabWidget.TabPosition.West)


class SideTabsScroller(QScrollArea):
    """Holds an editor's side tabs so that, under its page's list (a narrow window, a large text), a tall part (a
    project's budget, its grants) scrolls inside the editor instead of squeezing the list to a row or two; the tabs
    fill it whenever there is room. It is as wide as the tabs need: the editor never scrolls sideways."""

    LEAST_LINES = 8  # the least height it asks for, in lines of text: a few rows of a part in view

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(tabs)
        # a part chosen from a tab far down opens at its top, where its first field is
        tabs.currentChanged.connect(lambda _index: self.verticalScrollBar().setValue(0))

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, min(inner.height(), self.fontMetrics().height() * self.LEAST_LINES))

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()
