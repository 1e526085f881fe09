"""No two widgets a window shows share a mnemonic (the underlined letter of Alt+letter), in any language.

Each screen gives its labels and buttons their letters as it is made, not knowing what else the window shows beside
it (the menus, a list's filters, the editor's form, a part's buttons), and a translation may pick any letter. Two
holders of one letter make Alt+letter ambiguous: Qt then moves between them, or types into the wrong field. So
whenever what a window shows changes (a page, an editor's tab, a dialog opening), ``MnemonicKeeper`` looks at the
widgets it shows and gives each letter to its first holder: the menu bar first, then buttons and tabs, then field
labels. A later holder takes another letter of its own text that is free, else (a "(&F)" of a Chinese text, or a
text of no letter a keyboard types) any free Latin letter, else it loses its mnemonic.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

BRACKETED = re.compile(r"\(&(\w)\)")
MOVED_FROM = "mnemonicMovedFrom"  # a widget's text as the catalogue gave it, when its letter had to move


def mnemonic(text: str) -> str | None:
    """The letter after a single "&", folded; None without one."""
    n = 0
    while n < len(text) - 1:
        if text[n] == "&":
            if text[n + 1] != "&":
                return text[n + 1].casefold()
            n += 1
        n += 1
    return None


def typeable(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x0590


def moved(text: str, used: set[str]) -> str:
    """``text`` with its mnemonic on a letter not in ``used`` (or none)."""
    bracket = BRACKETED.search(text)
    if bracket:
        for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
            if letter not in used:
                return text[:bracket.start()] + f"(&{letter.upper()})" + text[bracket.end():]
        return text[:bracket.start()] + text[bracket.end():]
    bare = text.replace("&&", "\0").replace("&", "")
    for n, ch in enumerate(bare):
        if typeable(ch) and ch.casefold() not in used:
            bare = bare[:n] + "&" + bare[n:]
            break
    return bare.replace("\0", "&&")


def shown_widgets(window: QWidget) -> list[QWidget]:
    """The widgets ``window`` shows (hidden pages and tabs are skipped whole, and other windows)."""
    shown, stack = [], [window]
    while stack:
        for child in stack.pop().children():
            if isinstance(child, QWidget) and not child.isWindow() and child.isVisible():
                shown.append(child)
                stack.append(child)
    return shown


def holders(window: QWidget) -> list[tuple[int, QWidget, int | None, str]]:
    """(rank, widget, tab index, text) of every shown text with a mnemonic in ``window``, best holders first."""
    found = []
    for widget in shown_widgets(window):
        if isinstance(widget, QMenuBar):
            found += [(0, widget, n, a.text()) for n, a in enumerate(widget.actions()) if a.isVisible()]
        elif isinstance(widget, QAbstractButton):
            found.append((1, widget, None, widget.text()))
        elif isinstance(widget, QTabBar):
            found += [(2, widget, n, widget.tabText(n)) for n in range(widget.count()) if widget.isTabVisible(n)]
        elif isinstance(widget, QGroupBox):
            found.append((3, widget, None, widget.title()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((4, widget, None, widget.text()))
    found = [f for f in found if mnemonic(f[3])]
    found.sort(key=lambda f: f[0])
    return found


def set_text(widget: QWidget, index: int | None, text: str) -> None:
    if isinstance(widget, QMenuBar):
        widget.actions()[index].setText(text)
    elif isinstance(widget, QTabBar):
        widget.setTabText(index, text)
    elif isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)


def settle_mnemonics(window: QWidget) -> None:
    found = holders(window)
    used = {mnemonic(text) for *_rest, text in found}
    taken: set[str] = set()
    for rank, widget, index, text in found:
        letter = mnemonic(text)
        if letter not in taken:
            taken.add(letter)
            continue
        if rank == 0:
            continue  # the menus keep their letters
        new = moved(text, taken | used)
        set_text(widget, index, new)
        if index is None and widget.property(MOVED_FROM) is None:
            widget.setProperty(MOVED_FROM, text)  # the catalogue's letter clashed: a translation to correct
        if mnemonic(new):
            taken.add(mnemonic(new))


class MnemonicKeeper(QObject):
    """Settles the mnemonics of every window of the application shortly after what it shows changes: a page or tab
    shown (a stack or a tab widget changing), a window shown, the focus moving to another window."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.pending: set[int] = set()
        self.windows: dict[int, QWidget] = {}
        self.watched: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.settle)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def schedule(self, widget: QWidget | None) -> None:
        if widget is None or not Shiboken.isValid(self) or not Shiboken.isValid(widget):
            return
        window = widget.window()
        self.windows[id(window)] = window
        self.pending.add(id(window))
        self.timer.start()

    def _focus_changed(self, old, new) -> None:
        if new is not None and (old is None or old.window() is not new.window()):
            self.schedule(new)  # another window (a dialog) has the focus

    def settle(self) -> None:
        pending, self.pending = self.pending, set()
        for key in pending:
            window = self.windows.pop(key, None)
            if window is None or not Shiboken.isValid(window) or not window.isVisible():
                continue
            if key not in self.watched:
                self.watch(window)
            settle_mnemonics(window)

    def watch(self, root: QWidget) -> None:
        """Follow what changes the shown set under ``root`` (a window, or a page made later): stacks, tab widgets
        and checkable tool buttons (a filter bar)."""
        self.watched.add(id(root))
        root.destroyed.connect(lambda _o=None, key=id(root): self.watched.discard(key))
        switches = root.findChildren(QStackedWidget) + root.findChildren(QTabWidget)
        toggles = [b for b in root.findChildren(QToolButton) if b.isCheckable()]
        for widget in switches + toggles:
            if id(widget) in self.watched:
                continue
            if isinstance(widget, QToolButton):
                widget.toggled.connect(lambda _on, w=widget: self.schedule(w))
            else:
                widget.currentChanged.connect(lambda _n, w=widget: self.schedule(w))
            self.watched.add(id(widget))
            widget.destroyed.connect(lambda _o=None, key=id(widget): self.watched.discard(key))
