"""The wizard's passphrase page (encryption is the default; a plain profile only by ticking a box, with a warning)
and the page that shows the recovery key once, which cannot be left until the key is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWizard, QWizardPage

from app.ui.safety.passphrase_fields import NewPassphraseForm
from app.ui.safety.recovery import RecoveryKeyPanel
from app.ui.tasks.taskman import TaskManager
from app.ui.widgets.form import ERROR_STYLE


class PassphrasePage(QWizardPage):
    def __init__(self, final_id: int, status_area: type, parent=None):
        super().__init__(parent)
        self.recovery_id = final_id
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The profile is encrypted with this passphrase: without it, nobody can read the "
                                 "data, even with this computer in hand."))
        self.form = NewPassphraseForm()
        self.plain = QCheckBox(self.tr("&Do not encrypt (training or demo use only)"))
        self.warning = QLabel(self.tr("Without encryption, anyone who has this computer, or its disk, can read every "
                                      "name and finding in the profile. Use this only for training or "
                                      "demonstrations; the profile can be encrypted later from Preferences."))
        self.warning.setObjectName("plainWarning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.status_area = status_area()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.plain)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.status_area)
        self.form.changed.connect(self.completeChanged)
        self.plain.toggled.connect(self._plain_toggled)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the profile"))

    def _plain_toggled(self, plain: bool) -> None:
        self.form.set_enabled(not plain)
        self.warning.setVisible(plain)
        self.setCommitPage(not plain)  # a plain profile is made by Finish, and there is no key to show after
        self.completeChanged.emit()

    def passphrase(self) -> str | None:
        return None if self.plain.isChecked() else self.form.passphrase()

    def isComplete(self) -> bool:
        return self.plain.isChecked() or self.form.is_complete()

    def nextId(self) -> int:
        return -1 if self.plain.isChecked() else self.recovery_id


class RecoveryPage(QWizardPage):
    def __init__(self, tasks: TaskManager, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("The profile is made and encrypted. Keep its recovery key before you go on."))
        self.panel = RecoveryKeyPanel(tasks)
        self.panel.confirmed_changed.connect(self.completeChanged)
        QVBoxLayout(self).addWidget(self.panel)

    def isComplete(self) -> bool:
        return self.panel.is_confirmed()

    def nextId(self) -> int:
        return -1
