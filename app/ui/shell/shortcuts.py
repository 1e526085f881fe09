"""Every keyboard shortcut, in one table: the window's actions are built from it (``actions.py``) and Help > Keyboard
shortcuts lists it (``shortcuts_dialog.py``), so what the window does and what it says it does are one fact.

A page's shortcuts work wherever the focus is in the window. A text field may claim some of them for itself (on
Linux a line of text takes Ctrl+E to mean End); ``TextFieldShortcuts`` gives them back to the window while a text
field has the focus, except the keys a text field needs for its own text (Delete)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QStyle, QTextEdit, QWidget
from shiboken6 import Shiboken

translate = QCoreApplication.translate
Key = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's name (``WindowActions`` field, and what a page's ``can()`` answers to)
    text: str  # menu text, with its mnemonic (context "WindowActions")
    tip: str  # what it does, for tooltips and the shortcuts list
    keys: tuple = ()
    icon: Pixmap | None = None
    over_text: bool = False  # wins over a text field's own use of the keys


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new", QT_TRANSLATE_NOOP("WindowActions", "&New"), QT_TRANSLATE_NOOP("WindowActions", "New record"),
             (Key.New,), Pixmap.SP_FileIcon, True),
    Shortcut("save", QT_TRANSLATE_NOOP("WindowActions", "&Save"),
             QT_TRANSLATE_NOOP("WindowActions", "Save the record"), (Key.Save,), Pixmap.SP_DialogSaveButton, True),
    Shortcut("delete", QT_TRANSLATE_NOOP("WindowActions", "&Delete\u2026"),
             QT_TRANSLATE_NOOP("WindowActions", "Delete the record"), (Key.Delete,), Pixmap.SP_TrashIcon),
    Shortcut("next", QT_TRANSLATE_NOOP("WindowActions", "Ne&xt record"),
             QT_TRANSLATE_NOOP("WindowActions", "Next record"), ("Ctrl+PgDown",), Pixmap.SP_ArrowDown, True),
    Shortcut("previous", QT_TRANSLATE_NOOP("WindowActions", "&Previous record"),
             QT_TRANSLATE_NOOP("WindowActions", "Previous record"), ("Ctrl+PgUp",), Pixmap.SP_ArrowUp, True),
    Shortcut("search", QT_TRANSLATE_NOOP("WindowActions", "&Find\u2026"),
             QT_TRANSLATE_NOOP("WindowActions", "Search the list"), (Key.Find,), Pixmap.SP_FileDialogContentsView,
             True),
    Shortcut("export", QT_TRANSLATE_NOOP("WindowActions", "&Export to Excel\u2026"),
             QT_TRANSLATE_NOOP("WindowActions", "Export the list to Excel"), ("Ctrl+E",), Pixmap.SP_DialogSaveButton,
             True),
    Shortcut("import_", QT_TRANSLATE_NOOP("WindowActions", "&Import from Excel\u2026"),
             QT_TRANSLATE_NOOP("WindowActions", "Import records from an Excel file"), ("Ctrl+I",),
             Pixmap.SP_DialogOpenButton, True),
    Shortcut("preferences", QT_TRANSLATE_NOOP("WindowActions", "P&references\u2026"),
             QT_TRANSLATE_NOOP("WindowActions", "Preferences"), ("Ctrl+,",)),
    Shortcut("quit", QT_TRANSLATE_NOOP("WindowActions", "&Quit"), QT_TRANSLATE_NOOP("WindowActions", "Quit FieldDesk"),
             ("Ctrl+Q",)),  # Windows' standard binding for Quit is none
    Shortcut("guide", QT_TRANSLATE_NOOP("WindowActions", "&User guide"),
             QT_TRANSLATE_NOOP("WindowActions", "The user guide, at the part about this page"), ("F1",)),
    Shortcut("shortcuts", QT_TRANSLATE_NOOP("WindowActions", "&Keyboard shortcuts"),
             QT_TRANSLATE_NOOP("WindowActions", "Keyboard shortcuts"), ("Shift+F1",)),
    Shortcut("about", QT_TRANSLATE_NOOP("WindowActions", "&About FieldDesk"),
             QT_TRANSLATE_NOOP("WindowActions", "About FieldDesk")),
)

# Keys that belong to a kind of field rather than to an action: (keys, what they do), listed with the actions.
FIELD_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 \u2026 Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Go to the pages of the side bar, in order")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next or previous field (from a list to its editor and back)")),
    ("Ctrl+Tab, Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next or previous tab")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog without saving; in a grid, cancel the cell being typed")),
    ("Alt+Down, F4", QT_TRANSLATE_NOOP("Shortcuts", "Open a date field's calendar")),
    ("Enter, Tab", QT_TRANSLATE_NOOP("Shortcuts", "In a grid: save the cell and go to the next one")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "In a grid: clear the cell (attendance: not recorded)")),
    ("1, 0, Space", QT_TRANSLATE_NOOP("Shortcuts", "In the attendance grid: present, absent, next state")),
    ("Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "In a grid: paste a column copied from a spreadsheet, from the "
                                              "current cell down")),
)


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """A standard key is its platform's first binding only (X11 also binds Ctrl+D to Delete: a record would go with
    a slip of the finger)."""
    return [QKeySequence(key) for key in shortcut.keys]


TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class TextFieldShortcuts(QObject):
    """While a text field of ``window`` has the focus, the keys of the shortcuts marked ``over_text`` reach the
    window's actions instead of the field. The filter sits on the focused field alone, so other events pay nothing."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.keys = {s[0].toCombined() for sc in SHORTCUTS if sc.over_text for s in key_sequences(sc) if s.count()}
        self.watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if self.watched is not None and Shiboken.isValid(self.watched):
            self.watched.removeEventFilter(self)
        self.watched = None
        if not Shiboken.isValid(self) or not Shiboken.isValid(self.window):
            return
        if isinstance(new, TEXT_FIELDS) and new.window() is self.window:
            new.installEventFilter(self)
            self.watched = new

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination().toCombined() in self.keys:
            commit = getattr(watched, "commit_typing", None)
            if commit is not None:  # a grid's cell gives what was typed in it first: Ctrl+S saves it too
                commit()
            event.ignore()  # not the field's: the window's shortcut runs
            return True
        return False
