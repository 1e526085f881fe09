"""The running application around the main window: preferences, backups, the idle lock, and building the window
again (in a new language, or over a restored backup) after the user has saved or discarded any changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.services.profile.throttle import UnlockThrottle
from app.ui.i18n.formats import format_number, format_timestamp
from app.ui.safety.lock import IdleLock
from app.ui.settings.options import LANGUAGE, TEXT_SIZE
from app.ui.settings.text_size import apply_text_size
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.messages import inform

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.profile.backup import BackupInfo
    from app.ui.context import AppContext
    from app.ui.i18n.translations import Translations
    from app.ui.preferences.dialog import PreferencesDialog
    from app.ui.safety.backups import BackupsDialog


class Shell(QObject):
    window_opened = Signal(object)

    def __init__(self, ctx: AppContext, translations: Translations, parent: QObject | None = None,
                 throttle: UnlockThrottle | None = None):
        super().__init__(parent)
        self.ctx, self.translations = ctx, translations
        self.window: MainWindow | None = None
        self.preferences: PreferencesDialog | None = None
        self.backups: BackupsDialog | None = None
        if throttle is None:
            throttle = UnlockThrottle()
        self.throttle = throttle  # shared by the lock and the passphrase dialogs
        self._lock: IdleLock | None = None

    @property
    def lock(self) -> IdleLock:
        """The idle lock, made on first use (after the window shows: its module is not needed to show it)."""
        if self._lock is None:
            self._lock = IdleLock(self.ctx, lambda: self.window, self.throttle, self)
        return self._lock

    def open_window(self, start_page: str | None = None, defer_start: bool = False,
                    frame: MainWindow | None = None) -> MainWindow:
        """The main window, shown; ``frame``: the bare window start-up has already shown, to be filled."""
        if frame is None:
            window = MainWindow(self.ctx, start_page=start_page, defer_start=defer_start)
        else:
            window = frame
            window.assemble(self.ctx, start_page=start_page, defer_start=defer_start)
        window.preferences_requested.connect(self.open_preferences)
        window.backups_requested.connect(self.open_backups)
        self.window = window
        window.show()
        if self._lock is not None and self._lock.locked:
            self._lock.cover_new_windows()
        self.window_opened.emit(window)
        return window

    def open_preferences(self) -> PreferencesDialog:
        # imported here: start-up: the first screen (participants) does not load ui.preferences
        from app.ui.preferences.dialog import PreferencesDialog

        before, before_size = self.ctx.settings.get(LANGUAGE), self.ctx.settings.get(TEXT_SIZE)
        dialog = PreferencesDialog(self.ctx.settings, self.window, ctx=self.ctx, throttle=self.throttle)
        dialog.finished.connect(lambda result: self._preferences_closed(result, before, before_size))
        self.preferences = dialog
        dialog.open()
        return dialog

    def _preferences_closed(self, result: int, before: str, before_size: int) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        # imported here: a test replaces ui.i18n.translations.catalogue_path
        from app.ui.i18n.translations import catalogue_path, missing_catalogue_text, resolve

        self.preferences = None
        self.lock.reload()
        if result != QDialog.DialogCode.Accepted:
            return
        if self.ctx.settings.get(TEXT_SIZE) != before_size:
            apply_text_size(QApplication.instance(), self.ctx.settings)
            self.rebuild_window()
        if self.ctx.settings.get(LANGUAGE) == before:
            return
        chosen = resolve(self.ctx.settings.get(LANGUAGE))
        if chosen != "en" and not catalogue_path(chosen).is_file():
            QMessageBox.warning(self.window, self.tr("Language"), missing_catalogue_text(chosen))
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
        self.rebuild_window()

    def rebuild_window(self) -> MainWindow:
        window = self.window
        start = window.current_key if window is not None else None
        if window is not None:
            window.close()
            window.deleteLater()
        return self.open_window(start)

    # ------------------------------------------------------------ backups
    def open_backups(self) -> BackupsDialog:
        # imported here: start-up: the first screen (participants) does not load ui.safety.backups
        from app.ui.safety.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self.window, leave=self.leave_pages)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(lambda _result: setattr(self, "backups", None))
        self.backups = dialog
        dialog.open()
        return dialog

    def leave_pages(self, proceed: Callable[[], None]) -> None:
        """``proceed`` once no page holds unsaved changes (each is saved or discarded as the user says)."""
        window = self.window
        page = window.unsaved_page() if window is not None else None
        if page is None:
            proceed()
            return
        if page is not window.current_page:
            window.show_page(page.key)
        page.request_leave(lambda: self.leave_pages(proceed))

    def _restored(self, before: BackupInfo) -> None:
        """The profile was opened again over the restored database: every screen is built again from it."""
        for dialog in (self.backups, self.preferences):
            if dialog is not None:
                dialog.done(0)
        self.backups = self.preferences = None

        def references_loaded() -> None:
            window = self.rebuild_window()
            text = (self.tr("The backup was restored. The data as it was just before is kept as the backup of %1.")
                    .replace("%1", format_timestamp(before.created_at)))
            inform(window, self.tr("Backups"), "\n\n".join([text, *self._restore_sync_notes(before)]))

        self.ctx.load_references(references_loaded)

    def _restore_sync_notes(self, before: BackupInfo) -> list[str]:
        """What the restore means for sync (app/services/store/incarnation.py), in counts of this office's own
        changes."""
        sync = before.restore_sync
        if sync is None:
            return []
        notes = [self.tr("Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for "
                         "one sent before.")]
        if sync.will_come_back:
            notes.append(self.tr("Changes made here after this backup that headquarters had already received: %1. "
                                 "They come back with the next bundle from headquarters.")
                         .replace("%1", format_number(sync.will_come_back)))
        if sync.not_sent:
            notes.append(self.tr("Changes made here after this backup that headquarters had not acknowledged: %1. "
                                 "They are kept in the backup made before the restore, and come back if a bundle "
                                 "that carries them still reaches headquarters.")
                         .replace("%1", format_number(sync.not_sent)))
        if sync.to_send:
            notes.append(self.tr("Changes in this backup not yet acknowledged, sent with the next bundle: %1.")
                         .replace("%1", format_number(sync.to_send)))
        return notes

    def close(self) -> None:
        if self._lock is not None:
            self._lock.shutdown()
