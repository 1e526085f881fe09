"""Preferences for data safety: the idle time, encrypting a plain profile (the screens go on over the encrypted
one), changing the passphrase (a wrong current one changes nothing), and a new recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from safetyhelpers import PASSPHRASE
from uihelpers import click_ok, enter, press_in, settle, tick, type_text

from app.services import FieldDesk, ListQuery
from app.services.profile.vault import Keyring, ProfileLocked, WrongPassphrase
from app.ui.safety.passphrase_dialog import NewPassphraseDialog
from app.ui.safety.recovery import RecoveryKeyDialog
from app.ui.safety.unlock_dialog import UnlockDialog
from app.ui.settings.options import LOCK_MINUTES


def test_the_idle_time_is_set_in_preferences(open_shell, encrypted_profile, qtbot):
    folder, _ = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE)
    preferences = shell.open_preferences()
    safety = preferences.safety
    assert safety.lock_minutes.value() == 10 and safety.lock_minutes.accessibleName()
    assert safety.change.isVisible() and safety.recovery.isVisible() and not safety.encrypt.isVisible()
    enter(qtbot, safety.lock_minutes, 3)
    click_ok(qtbot, preferences)
    assert ctx.settings.get(LOCK_MINUTES) == 3 and shell.lock.timeout_ms == 180_000
    preferences = shell.open_preferences()
    minutes = preferences.safety.lock_minutes
    minutes.setFocus()
    for _ in range(minutes.value()):
        qtbot.keyClick(minutes, Qt.Key.Key_Down)  # down to its least: never
    assert preferences.safety.lock_minutes.text() == "Never"
    click_ok(qtbot, preferences)
    assert shell.lock.timeout_ms == 0 and not shell.lock.active


def test_encrypting_a_plain_profile_from_preferences(open_shell, demo_profile, qtbot, dialogs):
    shell, window, ctx = open_shell(demo_profile, None, "participants")
    page = window.current_page
    count = page.panel.model.rowCount()
    assert not shell.lock.active, "a plain profile does not lock"
    preferences = shell.open_preferences()
    safety = preferences.safety
    assert "not encrypted" in safety.state.text() and safety.encrypt.isVisible() and not safety.change.isVisible()
    qtbot.mouseClick(safety.encrypt, Qt.MouseButton.LeftButton)
    dialog = preferences.findChild(NewPassphraseDialog)
    assert dialog.isVisible() and "A backup is made first" in dialog.findChildren(type(safety.state))[0].text()
    for field in (dialog.form.first, dialog.form.second):
        type_text(qtbot, field.edit, "a new passphrase here")
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        # queued behind the encryption on the worker: runs against the profile opened again, encrypted
        ctx.write(lambda fd: fd.participants.create({"full_name": "Queued while encrypting"}))
    settle(qtbot, ctx)
    assert ctx.fd.vault is not None and shell.lock.active
    assert ctx.fd.participants.ids(ListQuery(search="queued while")), "the queued write was not lost"
    count += 1
    shown = preferences.findChild(RecoveryKeyDialog)
    recovery = shown.panel.key
    assert not shown.close_button.isEnabled()
    tick(qtbot, shown.panel.confirmed)
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert "is encrypted" in safety.state.text() and safety.change.isVisible() and not safety.encrypt.isVisible()
    click_ok(qtbot, preferences)

    # the screens go on over the profile opened again, encrypted
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert page.editor.form.inputs["full_name"].widget.text()
    page.panel.apply_query()
    settle(qtbot, ctx)
    assert page.panel.model.rowCount() == count
    assert not (demo_profile / "fielddesk.db").read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(ProfileLocked):
        FieldDesk.open(demo_profile)
    assert Keyring(demo_profile).unlock(recovery) == Keyring(demo_profile).unlock("a new passphrase here")
    backups = [p for p in (demo_profile / "backups").glob("*before-encrypt.db")]
    assert len(backups) == 1 and not backups[0].read_bytes().startswith(b"SQLite format 3")


def test_changing_the_passphrase_from_preferences(open_shell, encrypted_profile, qtbot, dialogs):
    folder, recovery = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE)
    keyring = (folder / "keyring.json").read_bytes()
    preferences = shell.open_preferences()
    qtbot.mouseClick(preferences.safety.change, Qt.MouseButton.LeftButton)
    dialog = preferences.findChild(NewPassphraseDialog)
    assert dialog.form.current is not None
    type_text(qtbot, dialog.form.current.edit, "not the passphrase")
    for field in (dialog.form.first, dialog.form.second):
        type_text(qtbot, field.edit, "the changed passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.current_error.isVisible(), timeout=10000)
    assert dialog.form.current_error.text() == "The current passphrase is not right. Nothing was changed."
    assert (folder / "keyring.json").read_bytes() == keyring and dialog.isVisible()
    type_text(qtbot, dialog.form.current.edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialogs.of("information")[-1][2] == "The passphrase was changed. The recovery key is unchanged."
    with pytest.raises(WrongPassphrase):
        Keyring(folder).unlock(PASSPHRASE)
    assert Keyring(folder).unlock("the changed passphrase") == Keyring(folder).unlock(recovery)
    qtbot.keyClick(preferences, Qt.Key.Key_Escape)


def test_a_new_recovery_key_from_preferences(open_shell, encrypted_profile, qtbot, dialogs):
    folder, old_recovery = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE)
    preferences = shell.open_preferences()
    qtbot.mouseClick(preferences.safety.recovery, Qt.MouseButton.LeftButton)
    ask = preferences.findChild(UnlockDialog)
    assert ask.windowTitle() == "New recovery key" and ask.recovery.isHidden()
    type_text(qtbot, ask.secret.edit, PASSPHRASE)
    with qtbot.waitSignal(ask.accepted, timeout=10000):
        qtbot.mouseClick(ask.unlock_button, Qt.MouseButton.LeftButton)
    shown = preferences.findChild(RecoveryKeyDialog)
    key = shown.panel.key
    assert key != old_recovery and shown.panel.key_label.text().startswith("FDRK")
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # closing without ticking the box asks first
    assert shown.isVisible() and "shown only now" in dialogs.of("question")[-1][2]
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    with pytest.raises(WrongPassphrase):
        Keyring(folder).unlock(old_recovery)
    Keyring(folder).unlock(key)
    qtbot.keyClick(preferences, Qt.Key.Key_Escape)
