"""Headquarters' setting "require user-signed bundles" on the Sync page's Keys tab (app/sync/hq_policy.py).

At headquarters it is shown and changed here (``fielddesk keys require-user-signatures on|off`` does the same): the
root key signs the change, from this profile folder or lent from the file 'keys root export' wrote, asked for like
``--root FILE`` and kept for this change only. At an office it is shown as received, read-only: headquarters
decides it, and it arrives with headquarters' bundles.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.ui.i18n.formats import format_timestamp
from app.ui.sync.exchange import left_aligned
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from app.sync.hq_policy import PolicyState
    from app.ui.context import AppContext


class UserSignaturesBox(QGroupBox):
    """The setting in force here, and at headquarters the button that changes it."""

    changed = Signal(bool)  # the new setting, once signed and saved

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Bundles signed by headquarters' root key alone"))
        self.state: PolicyState | None = None
        self.dialog: UserSignaturesDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.ask_change)
        self.change_button.hide()
        self.done = QLabel()
        self.done.setWordWrap(True)
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.who)
        layout.addWidget(left_aligned(self.change_button))
        layout.addWidget(self.done)

    def reload(self) -> None:
        # imported here: it loads cryptography (with sync.hq_policy)
        from app.sync.hq_policy import state

        self.ctx.read(state, self._arrived, owner=self, on_error=self._unreadable)

    def _unreadable(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.change_button.hide()

    def _arrived(self, state: PolicyState) -> None:
        self.state = state
        since = (" " + self.tr("(since %1)").replace("%1", format_timestamp(state.decided_at))
                 if state.decided_at else "")
        if state.required and state.is_hq:
            text = self.tr("Required: offices refuse a headquarters bundle signed by the root key alone; every "
                           "bundle must be signed by a certified user's own key.")
        elif state.required:
            text = self.tr("Required: this office refuses a headquarters bundle signed by the root key alone; every "
                           "bundle must be signed by a certified headquarters user's own key.")
        elif state.is_hq:
            text = self.tr("Not required: offices accept headquarters bundles signed by the root key alone.")
        else:
            text = self.tr("Not required: this office accepts headquarters bundles signed by the root key alone.")
        self.status.setText(text + since)
        if state.is_hq:
            self.who.setText(self.tr("Headquarters decides this with its root key; the setting reaches each office "
                                     "with the next bundle sent to it."))
            # not Alt+R: the Record menu's
            self.change_button.setText(self.tr("&Accept root-signed bundles again\u2026") if state.required
                                       else self.tr("Re&quire user-signed bundles\u2026"))
            self.change_button.show()
        else:
            self.who.setText(self.tr("Headquarters decides this setting, and it reaches this office with "
                                     "headquarters' bundles; it cannot be changed here."))
            self.change_button.hide()

    def ask_change(self) -> None:
        if self.state is None or not self.state.is_hq:
            return
        self.done.hide()
        self.dialog = UserSignaturesDialog(self.ctx, self.state, self)
        self.dialog.changed.connect(self._changed)
        self.dialog.open()

    def _changed(self, required: bool) -> None:
        self.done.setText(self.tr("Saved. Offices refuse bundles signed by the root key alone from the next bundle "
                                  "each receives.") if required else
                          self.tr("Saved. Offices accept bundles signed by the root key alone again from the next "
                                  "bundle each receives."))
        self.done.show()
        self.reload()
        self.changed.emit(required)


class UserSignaturesDialog(QDialog):
    """What the change does, the root key when this folder does not hold it, then the change on the worker. A
    refusal (wrong passphrase, another site's key, an unreadable file) is said in the dialog, which stays open."""

    changed = Signal(bool)

    def __init__(self, ctx: AppContext, state: PolicyState, parent=None):
        super().__init__(parent)
        self.ctx, self.required = ctx, not state.required
        self.root_needed = not state.root_here
        self.setWindowTitle(self.tr("Require user-signed bundles") if self.required
                            else self.tr("Accept root-signed bundles again"))
        if self.required:
            what = self.tr("Offices will refuse any headquarters bundle signed by the root key alone, from the next "
                           "bundle each receives: every bundle must then be signed by a certified user's own key.")
            if not state.own_user:
                what += "\n\n" + self.tr("This profile folder holds no certified user key: it will make no bundle "
                                         "until one is certified for it ('fielddesk keys user add NAME').")
        else:
            what = self.tr("Offices will accept headquarters bundles signed by the root key alone again, from the "
                           "next bundle each receives.")
        explanation = QLabel(what)
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        self.root_file = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        if self.root_needed:
            root = QLabel(self.tr("Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' "
                                  "wrote and its passphrase: the key is used for this change only and is not kept in "
                                  "this profile folder."))
            root.setWordWrap(True)
            layout.addWidget(root)
            form = QFormLayout()
            self.root_file.setAccessibleName(self.tr("Root key file"))
            browse = QPushButton(self.tr("&Browse\u2026"))
            browse.setAutoDefault(False)
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.root_file, 1)
            row.addWidget(browse)
            file_label = QLabel(self.tr("Root key &file:"))
            file_label.setBuddy(self.root_file)
            form.addRow(file_label, row)
            self.passphrase.setAccessibleName(self.tr("Passphrase of the root key file"))
            passphrase_label = QLabel(self.tr("&Passphrase:"))
            passphrase_label.setBuddy(self.passphrase)
            form.addRow(passphrase_label, self.passphrase)
            layout.addLayout(form)
        else:
            here = QLabel(self.tr("Headquarters' root key in this profile folder signs the change."))
            here.setWordWrap(True)
            layout.addWidget(here)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(self.buttons)  # Enter never cancels
        self.apply_button = self.buttons.addButton(
            self.tr("&Require user-signed bundles") if self.required else self.tr("&Accept root-signed bundles"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.apply_button.setDefault(True)  # Enter in a field applies (once in the dialog: it must find it)
        (self.root_file if self.root_needed else self.apply_button).setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Headquarters' root key file"),
                                              self.root_file.text() or str(Path.home()),
                                              self.tr("All files (*)"))
        if path:
            self.root_file.setText(path)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()

    def _apply(self) -> None:
        root_file, passphrase = self.root_file.text().strip(), self.passphrase.text()
        if self.root_needed and not root_file:
            self._say(self.tr("Give the root key file (written by 'fielddesk keys root export'). Nothing was "
                              "changed."))
            self.root_file.setFocus()
            return
        if self.root_needed and not passphrase:
            self._say(self.tr("Type the passphrase of the root key file. Nothing was changed."))
            self.passphrase.setFocus()
            return
        required = self.required
        self.apply_button.setEnabled(False)
        self.error.hide()

        def change(fd):
            # imported here: it loads cryptography (with sync.hq_policy)
            from app.sync.hq_policy import change as change_setting

            return change_setting(fd, required, root_file or None, passphrase)

        def failed(error: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self._say(error_text(error))
            self.passphrase.clear()

        def done(_statement) -> None:
            self.changed.emit(required)
            self.accept()

        self.ctx.write(change, done, owner=self, on_error=failed,
                       label=self.tr("Signing the setting with the root key"))
