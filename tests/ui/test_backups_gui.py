"""Backups from the GUI (File > Backups): the list, backing up now and to a folder, and restoring, which asks
first, asks again when headquarters has not acknowledged every change, waits for unsaved edits, and shows every
screen over the restored data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from safetyhelpers import PASSPHRASE
from uihelpers import choose_menu_action, press_in, settle, type_text

from app.services import ListQuery
from app.services.profile.backup import list_backups

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def click_row(qtbot, dialog, row):
    rect = dialog.view.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_backing_up_and_restoring_with_the_unsynced_guard(open_shell, demo_profile, qtbot, dialogs, tmp_path,
                                                          monkeypatch):
    shell, window, ctx = open_shell(demo_profile, None, "participants")
    choose_menu_action(qtbot, window, window.backups_action)
    dialog = shell.backups
    settle(qtbot, ctx)
    assert dialog.model.rowCount() == 0 and not dialog.restore.isEnabled()
    assert "headquarters has not yet acknowledged" in dialog.unsynced.text() and dialog.unsynced.isVisible()

    qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dialog.model.rowCount() == 1 and dialog.status.text().startswith("Backed up")
    model = dialog.model
    assert [model.index(0, c).data() for c in (1, 2)] == ["By hand", "Made by hand"]
    assert model.index(0, 3).data().endswith(("KB", "MB"))

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    qtbot.mouseClick(dialog.to_folder, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dialog.model.rowCount() == 2 and str(usb) in dialog.status.text()
    assert "not encrypted: anyone who has the copy can read it" in dialog.status.text()
    assert sorted(p.suffix for p in usb.iterdir()) == [".db", ".json"]

    ctx.write(lambda fd: fd.participants.create({"full_name": "Recorded after the backup"}))
    settle(qtbot, ctx)
    click_row(qtbot, dialog, 1)  # the first backup, made by hand
    assert dialog.restore.isEnabled()

    dialogs.answers = [Yes, No]  # restore? yes; headquarters has not acknowledged the changes: no
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    questions = [text for _k, _t, text in dialogs.of("question")]
    assert questions[0].startswith("Replace the profile's data with the backup made")
    assert "headquarters has not acknowledged" in questions[1] and questions[1].endswith("Restore anyway?")
    assert dialog.status.text() == "Nothing was restored." and shell.window is window
    assert ctx.fd.participants.ids(ListQuery(search="recorded after"))

    dialogs.answers = [Yes, Yes]
    with qtbot.waitSignal(shell.window_opened, timeout=30000):
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    new = shell.window
    assert new is not window and new.current_key == "participants" and shell.backups is None
    message = dialogs.of("information")[-1][2]
    assert message.startswith("The backup was restored.")
    # What the restore means for sync: the participant recorded after the backup never reached headquarters.
    assert "new sync incarnation" in message
    assert "Changes made here after this backup that headquarters had not acknowledged: 1." in message
    assert not ctx.fd.participants.ids(ListQuery(search="recorded after"))
    page = new.current_page
    assert page.panel.model.rowCount() == ctx.fd.participants.count()
    assert "before-restore" in [info.reason for info in list_backups(ctx.fd.folder)]


def test_restoring_waits_for_unsaved_changes_and_cancel_restores_nothing(open_shell, encrypted_profile, qtbot,
                                                                         dialogs):
    folder, _ = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE, "experts")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")  # before the backups dialog: it holds the window while it is open
    settle(qtbot, ctx)
    phone = page.editor.form.inputs["phone"]
    type_text(qtbot, phone.widget, "+41 22 917 90 00")
    assert page.editor.is_dirty()
    choose_menu_action(qtbot, window, window.backups_action)
    dialog = shell.backups
    settle(qtbot, ctx)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 2).data() == "Before encrypting"
    click_row(qtbot, dialog, 0)
    dialogs.answers = [Yes, QMessageBox.StandardButton.Cancel]  # restore? yes; unsaved changes: cancel
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dialogs.of("question")[-1][1] == "Unsaved changes" and not dialog.busy
    assert phone.widget.text() == "+41 22 917 90 00" and shell.window is window
    assert "before-restore" not in [info.reason for info in list_backups(ctx.fd.folder)], "nothing was started"

    # an encrypted profile is opened again with the key it was unlocked with: no passphrase asked
    dialogs.answers = [Yes, QMessageBox.StandardButton.Discard, Yes]
    with qtbot.waitSignal(shell.window_opened, timeout=30000):
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.fd.vault is not None and ctx.fd.experts.count() > 0
