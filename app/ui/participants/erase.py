"""Participant > Erase personal data: a confirmation that says what will happen, a reason, then the erasure on the
database worker (app/services/erasure.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from app.ui.widgets.messages import show_error


class EraseDialog(QDialog):
    """Opened window-modal (``open``), never ``exec``: the editor stays responsive while it is shown."""

    erased = Signal(str)  # the record id, once the erasure has committed

    def __init__(self, ctx, record_id: str, name: str, parent=None):
        super().__init__(parent)
        self.ctx, self.record_id = ctx, record_id
        self.setWindowTitle(self.tr("Erase personal data"))
        text = QLabel(self.tr(
            "Erase the personal data of \u201c%1\u201d?\n\n"
            "Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history "
            "of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country "
            "and their activities with attendance and scores are kept, so statistics do not change.\n\n"
            "The erasure goes with the next bundle to every site that holds this participant, and is applied there "
            "too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out."
        ).replace("%1", name))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Why (kept here; do not name the person)"))
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase personal data"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def _erase(self) -> None:
        from app.services.erasure import erase_participant

        record_id, reason = self.record_id, self.reason.text()
        self.erase_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.erase_button.setEnabled(True)
            show_error(self, error)

        def done(_result) -> None:
            self.erased.emit(record_id)
            self.accept()

        self.ctx.write(lambda fd: erase_participant(fd, record_id, reason), done, owner=self, on_error=failed,
                       tables=["participant", "attachment", "enrollment"], label=self.tr("Erasing personal data"))
