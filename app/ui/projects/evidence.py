"""The evidence of a check after the exit, as files: the national budget line's page, the partner's annual report, a
photograph of the trained staff's roster. Kept on the check itself (attachments of the ``sustainability_check``
record), so they travel and are erased with it, like any record's files."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.ui.widgets.attachments import AttachmentsTab


class EvidenceDialog(QDialog):
    def __init__(self, ctx, check: dict, writable: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence of the check at %1 months")
                            .replace("%1", str(check.get("months_after", ""))))
        note = QLabel(self.tr("Files that show what the check found: a budget page, a report, a list of staff."))
        note.setWordWrap(True)
        self.files = AttachmentsTab(ctx, "sustainability_check", self)
        self.files.set_record(check["id"], writable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)
