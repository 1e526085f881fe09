"""The passphrase dialog: at start for an encrypted profile, and over the locked window. The check (scrypt, a tenth
of a second or more) runs on a worker thread; a wrong passphrase is named beside the field and changes nothing;
after a few wrong tries the dialog counts down before the next one (``UnlockThrottle``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.profile.throttle import UnlockThrottle
from app.services.profile.vault import RECOVERY_PREFIX, WrongPassphrase, is_recovery_key
from app.ui.i18n.formats import shown_path
from app.ui.safety.passphrase_fields import SecretField, error_label, show_message
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.dialog_fit import keep_fitting
from app.ui.widgets.messages import error_text

TICK_MS = 250


class UnlockDialog(QDialog):
    """``verify(secret)`` runs on the worker: its result is kept in ``result_value`` and the dialog is accepted; a
    ``WrongPassphrase`` keeps it open. ``locked=True`` is the lock screen's dialog, which cannot be dismissed."""

    unlocked = Signal(object)

    def __init__(self, tasks: TaskManager, verify: Callable[[str], Any], throttle: UnlockThrottle | None = None, *,
                 locked: bool = False, folder: Path | None = None, title: str | None = None,
                 intro: str | None = None, ok_text: str | None = None, cancel_text: str | None = None,
                 allow_recovery: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.tasks, self.verify = tasks, verify
        self.throttle = throttle or UnlockThrottle()
        self.locked = locked
        self.busy = False
        self.result_value: Any = None
        self.recovery_used: str | None = None  # the recovery key, when it was what opened the profile
        if locked:
            self.setWindowTitle(title or self.tr("FieldDesk is locked"))
            intro = intro or self.tr("FieldDesk was locked because it was not used for a while. Type the "
                                     "passphrase to go on; nothing you were doing is lost.")
        else:
            self.setWindowTitle(title or self.tr("Open FieldDesk"))
            intro = intro or self.tr("The profile in %1 is encrypted. Type its passphrase to open it.").replace(
                "%1", shown_path(folder or ""))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)

        self.secret = SecretField(self.tr("Passphrase"))
        self.label = QLabel(self.tr("&Passphrase:"))
        self.label.setBuddy(self.secret.edit)
        self.error = error_label()
        self.error.setObjectName("unlockError")
        self.recovery = QCheckBox(self.tr("Use the &recovery key instead"))
        self.recovery_note = QLabel(self.tr("The recovery key is on the sheet kept when the profile was made: FDRK "
                                            "and 40 letters and digits. Dashes and spaces do not matter. You will "
                                            "then choose a new passphrase."))
        self.recovery_note.setWordWrap(True)
        self.recovery_note.hide()
        self.wait = QLabel()
        self.wait.setObjectName("unlockWait")
        self.wait.setWordWrap(True)
        self.wait.hide()

        field_box = QWidget()
        column = QVBoxLayout(field_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.secret)
        column.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.label, field_box)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(ok_text or self.tr("&Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = None
        if not locked:
            self.quit_button = self.buttons.addButton(cancel_text or self.tr("&Quit"),
                                                      QDialogButtonBox.ButtonRole.RejectRole)
            self.quit_button.clicked.connect(self.reject)
            # never the default: Enter typed while Unlock waits (after wrong tries) must not quit FieldDesk
            self.quit_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.recovery)
        layout.addWidget(self.recovery_note)
        self.recovery.setVisible(allow_recovery)
        layout.addWidget(self.wait)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.secret.edited.connect(self._edited)
        self.secret.submitted.connect(self.try_unlock)
        self.recovery.toggled.connect(self._recovery_mode)
        self.setMinimumWidth(480)
        keep_fitting(self)  # a message or the recovery note makes it taller, never squeezes the field
        self._tick()
        self.secret.setFocus()

    # ------------------------------------------------------------- state
    def _recovery_mode(self, on: bool) -> None:
        self.label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.secret.set_name(self.tr("Recovery key") if on else self.tr("Passphrase"))
        self.secret.edit.setPlaceholderText(f"{RECOVERY_PREFIX}-XXXXX-XXXXX-\u2026" if on else "")
        self.secret.set_shown(on)  # typed from paper: seeing it helps more than it risks
        self.recovery_note.setVisible(on)
        self.secret.clear()
        show_message(self.error, "")
        self.secret.setFocus()

    def _edited(self) -> None:
        show_message(self.error, "")
        self._update_button()

    def _update_button(self) -> None:
        waiting = self.throttle.wait_seconds() > 0
        self.unlock_button.setEnabled(not self.busy and not waiting and bool(self.secret.text()))
        self.secret.edit.setReadOnly(self.busy)

    def _tick(self) -> None:
        seconds = math.ceil(self.throttle.wait_seconds())
        if seconds > 0:
            self.wait.setText(self.tr("Several wrong tries: the next one is possible in %1 s.").replace(
                "%1", str(seconds)))
            self.wait.show()
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
            if not self.busy:
                self.wait.hide()
        self._update_button()

    # ---------------------------------------------------------- checking
    def try_unlock(self) -> None:
        secret = self.secret.text()
        if self.busy or not secret or self.throttle.wait_seconds() > 0:
            return
        if self.recovery.isChecked() and not is_recovery_key(secret):
            show_message(self.error, self.tr("This is not a recovery key: it starts with FDRK, followed by 40 "
                                             "letters and digits."))
            return
        self.busy = True
        self.wait.setText(self.tr("Checking\u2026"))
        self.wait.show()
        self._update_button()
        self.tasks.run(lambda: self.verify(secret), lambda result: self._done(secret, result),
                       lambda error: self._failed(secret, error), owner=self)

    def _done(self, secret: str, result: Any) -> None:
        self.busy = False
        self.throttle.succeeded()
        self.result_value = result
        self.recovery_used = secret if is_recovery_key(secret) else None
        self.secret.clear()
        self._tick()
        self.unlocked.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, secret: str, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, WrongPassphrase):
            self.throttle.failed()
            if is_recovery_key(secret):
                text = self.tr("This recovery key does not open the profile. Check it against the sheet (letters "
                               "and digits only; dashes do not matter). Nothing was changed.")
            else:
                text = self.tr("The passphrase is not right. Nothing was changed.")
        else:
            text = error_text(error)
        show_message(self.error, text)
        self._tick()
        self.secret.edit.selectAll()
        self.secret.setFocus()

    # ----------------------------------------------------- dismissing
    def reject(self) -> None:
        if not self.locked and not self.busy:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked or self.busy:
            event.ignore()
            return
        super().closeEvent(event)
