"""The running application around the main window: preferences, and switching the language at once by building
the window again in the new language (after the user has saved or discarded any changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from app.ui.settings.options import LANGUAGE
from app.ui.settings.preferences import PreferencesDialog
from app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.i18n.translations import Translations


class Shell(QObject):
    window_opened = Signal(object)

    def __init__(self, ctx: AppContext, translations: Translations, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.translations = ctx, translations
        self.window: MainWindow | None = None
        self.preferences: PreferencesDialog | None = None

    def open_window(self, start_page: str | None = None) -> MainWindow:
        window = MainWindow(self.ctx, start_page=start_page)
        window.preferences_requested.connect(self.open_preferences)
        self.window = window
        window.show()
        self.window_opened.emit(window)
        return window

    def open_preferences(self) -> PreferencesDialog:
        before = self.ctx.settings.get(LANGUAGE)
        dialog = PreferencesDialog(self.ctx.settings, self.window)
        dialog.finished.connect(lambda result: self._preferences_closed(result, before))
        self.preferences = dialog
        dialog.open()
        return dialog

    def _preferences_closed(self, result: int, before: str) -> None:
        self.preferences = None
        if result != QDialog.DialogCode.Accepted or self.ctx.settings.get(LANGUAGE) == before:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Language"),
            self.tr("Show FieldDesk in the new language now? The window is opened again; nothing is lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_language()

    def apply_language(self) -> None:
        window = self.window
        if window is not None:
            page = window.unsaved_page()
            if page is not None:
                if page is not window.current_page:
                    window.show_page(page.key)
                page.request_leave(self.apply_language)
                return
        code = self.translations.apply(self.ctx.settings.get(LANGUAGE))
        self.ctx.refs.set_language(code)
        start = window.current_key if window is not None else None
        if window is not None:
            window.close()
            window.deleteLater()
        self.open_window(start)
