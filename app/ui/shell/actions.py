"""The window's actions (menus, toolbar and keyboard shortcuts share them), built from the one table of shortcuts
(``shortcuts.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.shell.shortcuts import SHORTCUTS, key_sequences

translate = QCoreApplication.translate


@dataclass
class WindowActions:
    new: QAction
    save: QAction
    delete: QAction
    next: QAction
    previous: QAction
    search: QAction
    export: QAction
    import_: QAction
    preferences: QAction
    quit: QAction
    shortcuts: QAction
    about: QAction
    guide: QAction

    def record_actions(self) -> dict[str, QAction]:
        """Actions that act on the current page, by the name a page's ``can()`` answers to."""
        return {"new": self.new, "save": self.save, "delete": self.delete, "next": self.next,
                "previous": self.previous, "search": self.search, "export": self.export, "import": self.import_}


def build_actions(window: QWidget) -> WindowActions:
    style = window.style()
    made = {}
    for shortcut in SHORTCUTS:
        text = translate("WindowActions", shortcut.text)
        action = QAction(text, window)
        sequences = key_sequences(shortcut)
        if sequences:
            action.setShortcuts(sequences)
        if shortcut.icon is not None:
            action.setIcon(style.standardIcon(shortcut.icon))
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = translate("WindowActions", shortcut.tip)
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.setStatusTip(tip)
        window.addAction(action)
        made[shortcut.name] = action
    return WindowActions(**made)
