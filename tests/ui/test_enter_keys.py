"""Enter never cancels a dialog (``app/ui/widgets/enter_keys.py``): with the focus moved onto Cancel (Tab, or by Qt
when the field that had it is disabled), Enter went to Cancel and the new passphrase typed so far was lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from uihelpers import type_text

from app.ui.safety.passphrase_dialog import NewPassphraseDialog
from app.ui.tasks.taskman import TaskManager


def test_enter_on_the_new_passphrase_dialog_s_cancel_does_not_cancel(qtbot):
    tasks = TaskManager()
    applied = []
    dialog = NewPassphraseDialog(tasks, lambda current, new: applied.append(new), title="Encrypt", intro="Choose one.",
                                 ok_text="Encrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.form.first.edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.form.first.edit, "correct horse battery staple 42")
    for _ in range(8):  # Tab on, past the second field and the Show buttons, to Cancel
        if QApplication.focusWidget() is cancel:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cancel
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.keyClick(cancel, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.result() == 0 and applied == []
    qtbot.keyClick(cancel, Qt.Key.Key_Space)  # Cancel is still pressed as a button is
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    tasks.shutdown()
