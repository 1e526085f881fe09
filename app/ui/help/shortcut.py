"""F1 in a dialog: the guide at the dialog's own section (Backups, Import from Excel), in a window of the dialog's own,
since a modal dialog would block the main window's guide. The guide's window is made when F1 is first pressed. A dialog
with tabs passes a function naming the section of the tab shown (Preferences)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut

from app.ui.help.window import HelpWindow
from app.ui.i18n.report_language import ui_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from app.ui.context import AppContext


def guide_on_f1(dialog: QDialog, ctx: AppContext, section: str | Callable[[], str]) -> QShortcut:
    def show() -> None:
        lang = ui_language(ctx.settings)
        guide = dialog.findChild(HelpWindow)
        if guide is None or guide.lang != lang:
            guide = HelpWindow(lang, dialog)
        guide.show_section(section() if callable(section) else section)
        guide.show()
        guide.raise_()

    return QShortcut(QKeySequence("F1"), dialog, show)
