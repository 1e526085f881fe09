"""Help > Keyboard shortcuts: the window's actions with the keys they answer to (read from the actions themselves,
which are built from ``shortcuts.SHORTCUTS``), then the keys of fields and grids."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.shell.shortcuts import FIELD_KEYS, SHORTCUTS

translate = QCoreApplication.translate


def shortcut_rows(actions) -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut, in the table's order."""
    rows = []
    for shortcut in SHORTCUTS:
        action = getattr(actions, shortcut.name)
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys:
            rows.append((keys, translate("WindowActions", shortcut.tip)))
    rows.extend((keys, translate("Shortcuts", text)) for keys, text in FIELD_KEYS)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(actions)
        cells = "".join(f"<tr><td style='padding:2px 16px 2px 0'><b>{escape(keys)}</b></td>"
                        f"<td style='padding:2px 0'>{escape(text)}</td></tr>" for keys, text in self.rows)
        self.table = QLabel(f"<table width='100%'>{cells}</table>")
        self.table.setWordWrap(True)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.table)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(680, 520)
