"""The "Data safety" part of Preferences: the idle lock's time, whether the profile is encrypted, and the buttons
to encrypt it (a plain profile) or to change its passphrase and recovery key (an encrypted one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.services.profile.throttle import UnlockThrottle
from app.ui.safety import flows
from app.ui.safety.passphrase_fields import OK_STYLE
from app.ui.settings.options import LOCK_MINUTES
from app.ui.widgets.form import ERROR_STYLE

if TYPE_CHECKING:
    from app.ui.context import AppContext

MAX_LOCK_MINUTES = 24 * 60


class SafetySection(QGroupBox):
    def __init__(self, ctx: AppContext, throttle: UnlockThrottle | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Data safety"))
        self.ctx = ctx
        self.throttle = throttle or UnlockThrottle()
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(min(max(ctx.settings.get(LOCK_MINUTES), 0), MAX_LOCK_MINUTES))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setAccessibleName(self.tr("Lock the window after minutes without use"))
        lock_label = QLabel(self.tr("Loc&k the window after:"))
        lock_label.setBuddy(self.lock_minutes)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        lock_box = QWidget()
        lock_column = QVBoxLayout(lock_box)
        lock_column.setContentsMargins(0, 0, 0, 0)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.lock_minutes)
        spin_row.addStretch(1)
        lock_column.addLayout(spin_row)
        lock_column.addWidget(self.lock_note)
        form = QFormLayout()
        form.addRow(lock_label, lock_box)

        self.state = QLabel()
        self.state.setObjectName("encryptionState")
        self.state.setWordWrap(True)
        self.encrypt = QPushButton(self.tr("&Encrypt this profile\u2026"))
        self.encrypt.clicked.connect(self._encrypt)
        self.change = QPushButton(self.tr("C&hange passphrase\u2026"))
        self.change.clicked.connect(lambda: flows.change_passphrase(self.ctx, self.throttle, self.window()))
        self.recovery = QPushButton(self.tr("New reco&very key\u2026"))
        self.recovery.clicked.connect(lambda: flows.new_recovery_key(self.ctx, self.throttle, self.window()))
        buttons = QHBoxLayout()
        for button in (self.encrypt, self.change, self.recovery):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.refresh()

    @property
    def encrypted(self) -> bool:
        return self.ctx.fd.vault is not None

    def refresh(self) -> None:
        encrypted = self.encrypted
        if encrypted:
            self.state.setStyleSheet(OK_STYLE)
            self.state.setText(self.tr("This profile is encrypted: its database, backups, attachments and keys "
                                       "cannot be read without the passphrase or the recovery key."))
            self.lock_note.setText(self.tr("Locking hides every window until the passphrase is typed again; "
                                           "nothing is closed or lost."))
        else:
            self.state.setStyleSheet(ERROR_STYLE)
            self.state.setText(self.tr("This profile is not encrypted: anyone who has this computer, or its disk, "
                                       "can read it. Encrypt it for real work."))
            self.lock_note.setText(self.tr("Only an encrypted profile locks (a plain one has no passphrase to ask "
                                           "for)."))
        self.encrypt.setVisible(not encrypted)
        self.change.setVisible(encrypted)
        self.recovery.setVisible(encrypted)

    def _encrypt(self) -> None:
        flows.encrypt_profile(self.ctx, self.window(), on_done=self.refresh)

    def save(self) -> None:
        self.ctx.settings.set(LOCK_MINUTES, self.lock_minutes.value())
