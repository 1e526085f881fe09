"""The window's actions (menus, toolbar and keyboard shortcuts share them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

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
    about: QAction
    guide: QAction

    def record_actions(self) -> dict[str, QAction]:
        """Actions that act on the current page, by the name a page's ``can()`` answers to."""
        return {"new": self.new, "save": self.save, "delete": self.delete, "next": self.next,
                "previous": self.previous, "search": self.search, "export": self.export, "import": self.import_}


def build_actions(window: QWidget) -> WindowActions:
    style = window.style()

    def make(text: str, shortcuts: list, icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon is not None:
            action.setIcon(style.standardIcon(icon))
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tip or text.replace("&", "").rstrip("\u2026")
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.setStatusTip(tip)
        window.addAction(action)
        return action

    sp = QStyle.StandardPixmap
    return WindowActions(
        new=make(translate("WindowActions", "&New"), [QKeySequence.StandardKey.New], sp.SP_FileIcon, translate("WindowActions", "New record")),
        save=make(translate("WindowActions", "&Save"), [QKeySequence.StandardKey.Save], sp.SP_DialogSaveButton, translate("WindowActions", "Save the record")),
        delete=make(translate("WindowActions", "&Delete\u2026"), [QKeySequence.StandardKey.Delete], sp.SP_TrashIcon,
                    translate("WindowActions", "Delete the record")),
        next=make(translate("WindowActions", "Ne&xt record"), ["Ctrl+PgDown"], sp.SP_ArrowDown, translate("WindowActions", "Next record")),
        previous=make(translate("WindowActions", "&Previous record"), ["Ctrl+PgUp"], sp.SP_ArrowUp, translate("WindowActions", "Previous record")),
        search=make(translate("WindowActions", "&Find\u2026"), [QKeySequence.StandardKey.Find], sp.SP_FileDialogContentsView,
                    translate("WindowActions", "Search the list")),
        export=make(translate("WindowActions", "&Export to Excel\u2026"), ["Ctrl+E"], sp.SP_DialogSaveButton, translate("WindowActions", "Export the list to Excel")),
        import_=make(translate("WindowActions", "&Import from Excel\u2026"), ["Ctrl+I"], sp.SP_DialogOpenButton,
                     translate("WindowActions", "Import records from an Excel file")),
        preferences=make(translate("WindowActions", "P&references\u2026"), ["Ctrl+,"], None, translate("WindowActions", "Preferences")),
        quit=make(translate("WindowActions", "&Quit"), [QKeySequence.StandardKey.Quit], None, translate("WindowActions", "Quit FieldDesk")),
        about=make(translate("WindowActions", "&About FieldDesk"), [], None, translate("WindowActions", "About FieldDesk")),
        guide=make(translate("WindowActions", "&User guide"), ["F1"], None,
                   translate("WindowActions", "The user guide, at the part about this page")),
    )
