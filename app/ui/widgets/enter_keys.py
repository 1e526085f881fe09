"""Enter never cancels or quits a dialog. Qt lets a button with the focus take Enter for itself ("auto default"), and
moves the focus by itself when the field that had it is disabled (a dialog at work, a throttled passphrase): Enter
typed then pressed Cancel or Quit, and the unlock dialog quit FieldDesk. Such a button is pressed with a click or
Space, and Esc cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def enter_never_rejects(box: QDialogButtonBox) -> None:
    """Every Cancel, Quit or Close button of ``box`` (its reject role) leaves Enter to the dialog's default button."""
    for button in box.buttons():
        if isinstance(button, QPushButton) and box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
            button.setAutoDefault(False)
            button.setDefault(False)
