"""What a bundle will change, shown before anything is applied (the result of a dry run)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from app.ui.i18n.problems import problem_text
from app.ui.widgets.enter_keys import enter_never_rejects

if TYPE_CHECKING:
    from app.sync.importer import ImportResult


class BundlePreview(QDialog):
    def __init__(self, result: ImportResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bundle"))
        intro = QLabel(self.tr("Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. "
                               "Nothing has been changed yet.").replace("%1", str(result.sequence))
                       .replace("%2", result.sender or ""))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.figures = {
            "created": result.created, "updated": result.updated, "skipped": result.skipped,
            "conflicts": result.conflicts, "held": result.held,
        }
        form.addRow(self.tr("New records:"), QLabel(str(result.created)))
        form.addRow(self.tr("Updated records:"), QLabel(str(result.updated)))
        form.addRow(self.tr("Already up to date:"), QLabel(str(result.skipped)))
        conflicts = QLabel(str(result.conflicts))
        if result.conflicts:
            conflicts.setText(self.tr("%1 (both sides changed the same thing; you will review them on the Conflicts "
                                      "tab)").replace("%1", str(result.conflicts)))
            conflicts.setWordWrap(True)
        form.addRow(self.tr("Conflicts:"), conflicts)
        if result.held:
            form.addRow(self.tr("Waiting for a parent record:"), QLabel(str(result.held)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for warning in result.warnings:
            note = QLabel("\u26a0 " + problem_text(warning, None))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(buttons)  # Enter never cancels
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
