"""A dialog that sets a new passphrase (typed twice), optionally after the current one: changing the passphrase,
encrypting a plain profile, and choosing a new one after unlocking with the recovery key. What it sets is done by
``apply(current, new)`` on the worker; a wrong current passphrase is named beside its field."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.profile.throttle import UnlockThrottle
from app.services.profile.vault import WrongPassphrase
from app.ui.safety.passphrase_fields import NewPassphraseForm, error_label, show_message
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.messages import error_text


class NewPassphraseDialog(QDialog):
    def __init__(self, tasks: TaskManager, apply: Callable[[str, str], Any], *, title: str, intro: str,
                 ok_text: str, ask_current: bool = False, throttle: UnlockThrottle | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title)
        self.tasks, self.apply = tasks, apply
        self.throttle = throttle or UnlockThrottle()
        self.busy = False
        self.result_value: Any = None
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form = NewPassphraseForm(ask_current=ask_current)
        self.error = error_label()
        self.working = QLabel(self.tr("Working\u2026 this can take a moment; please wait."))
        self.working.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update)
        self.form.submitted.connect(self.submit)
        self.setMinimumWidth(520)
        self._update()
        (self.form.current or self.form.first).setFocus()

    def _update(self) -> None:
        show_message(self.error, "")
        self.ok.setEnabled(not self.busy and self.form.is_complete())

    def submit(self) -> None:
        if self.busy or not self.form.is_complete():
            return
        wait = math.ceil(self.throttle.wait_seconds())
        if wait > 0:
            self.form.show_current_error(self.tr("Several wrong tries: the next one is possible in %1 s.").replace(
                "%1", str(wait)))
            return
        current, new = self.form.current_secret(), self.form.passphrase()
        self._set_busy(True)
        self.tasks.run(lambda: self.apply(current, new), self._done, self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.working.setVisible(busy)
        self.form.set_enabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.throttle.succeeded()
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase) and self.form.current is not None:
            self.throttle.failed()
            self.form.show_current_error(self.tr("The current passphrase is not right. Nothing was changed."))
        else:
            show_message(self.error, error_text(error))

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
