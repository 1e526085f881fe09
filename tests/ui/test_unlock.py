"""Opening an encrypted profile in the GUI: the passphrase dialog (a wrong passphrase named beside the field and
nothing changed; waits after several wrong tries; the recovery key, then a new passphrase), the passphrase given by
file or environment (the window opens without asking, and --quit-when-idle still ends it), a missing passphrase."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from safetyhelpers import PASSPHRASE, FakeClock, modal_of
from uihelpers import click, tick, type_text

from app.services.profile import opening
from app.services.profile.throttle import UnlockThrottle
from app.services.profile.vault import Keyring, WrongPassphrase
from app.ui.safety import flows
from app.ui.safety.passphrase_dialog import NewPassphraseDialog
from app.ui.safety.unlock_dialog import UnlockDialog
from app.ui.tasks.taskman import TaskManager


def test_a_wrong_passphrase_is_named_beside_the_field_and_changes_nothing(qtbot, encrypted_profile):
    folder, _ = encrypted_profile
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    tasks = TaskManager()
    dialog = UnlockDialog(tasks, lambda secret: opening.open_profile(folder, secret), folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.label.buddy() is dialog.secret.edit and dialog.secret.edit.accessibleName() == "Passphrase"
    assert dialog.secret.edit.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, dialog.secret.toggle)
    assert dialog.secret.edit.echoMode() == QLineEdit.EchoMode.Normal and dialog.secret.toggle.text() == "Hide"
    assert not dialog.unlock_button.isEnabled(), "nothing typed yet"
    type_text(qtbot, dialog.secret.edit, "correct horse battery")
    click(qtbot, dialog.unlock_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert dialog.error.text() == "The passphrase is not right. Nothing was changed."
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.secret.edit.selectedText() == "correct horse battery", "selected, to be typed again"
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    type_text(qtbot, dialog.secret.edit, PASSPHRASE)
    assert dialog.error.isHidden()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)  # Enter in the field unlocks too
    fd = dialog.result_value
    assert fd.vault is not None and fd.participants.count() > 0 and dialog.recovery_used is None
    assert dialog.secret.text() == ""
    fd.close()
    tasks.shutdown()


def test_after_several_wrong_tries_the_dialog_counts_down_with_unlock_disabled(qtbot):
    clock = FakeClock()
    throttle = UnlockThrottle(clock=clock)
    tasks = TaskManager()

    def verify(secret):
        if secret != "the right one":
            raise WrongPassphrase("no")
        return "opened"

    dialog = UnlockDialog(tasks, verify, throttle)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(UnlockThrottle.FREE_TRIES):
        type_text(qtbot, dialog.secret.edit, "a wrong one")
        with qtbot.waitSignal(tasks.idle, timeout=5000):
            click(qtbot, dialog.unlock_button)
    assert dialog.wait.text() == "Several wrong tries: the next one is possible in 1 s."
    assert not dialog.unlock_button.isEnabled()
    type_text(qtbot, dialog.secret.edit, "the right one")
    qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)  # Enter while waiting: it quit FieldDesk (Quit was default)
    click(qtbot, dialog.unlock_button)
    assert not tasks.busy and dialog.isVisible(), "no try while waiting, and still there"
    clock.now += 1
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=2000)
    assert dialog.wait.isHidden()
    type_text(qtbot, dialog.secret.edit, "still wrong")
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)
    assert "possible in 2 s" in dialog.wait.text(), "each wrong try waits longer"
    clock.now += 2
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=2000)
    type_text(qtbot, dialog.secret.edit, "the right one")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        click(qtbot, dialog.unlock_button)
    assert dialog.result_value == "opened" and throttle.failures == 0
    tasks.shutdown()


def test_the_recovery_key_opens_the_profile_then_a_new_passphrase_is_set(qtbot, encrypted_profile, dialogs):
    folder, recovery = encrypted_profile
    tasks = TaskManager()
    dialog = UnlockDialog(tasks, lambda secret: opening.open_profile(folder, secret), folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    tick(qtbot, dialog.recovery)
    assert dialog.label.text() == "&Recovery key:" and dialog.secret.edit.accessibleName() == "Recovery key"
    assert dialog.secret.edit.echoMode() == QLineEdit.EchoMode.Normal and dialog.recovery_note.isVisible()
    type_text(qtbot, dialog.secret.edit, "my passphrase")
    click(qtbot, dialog.unlock_button)
    assert dialog.error.text().startswith("This is not a recovery key") and not tasks.busy
    typed = recovery.lower().replace("-", " ")  # as read from the sheet: case and separators do not matter
    type_text(qtbot, dialog.secret.edit, typed)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click(qtbot, dialog.unlock_button)
    dialog.result_value.close()
    assert dialog.recovery_used == typed

    new = flows.new_passphrase_after_recovery(tasks, folder, dialog.recovery_used, None)
    qtbot.addWidget(new)
    assert new.form.current is None and not new.ok.isEnabled()
    type_text(qtbot, new.form.first.edit, "a brand new passphrase")
    type_text(qtbot, new.form.second.edit, "a brand new passphrase")
    with qtbot.waitSignal(new.accepted, timeout=10000):
        click(qtbot, new.ok)
    assert dialogs.of("information")[-1][2] == "The new passphrase is set. The recovery key still works."
    keyring = Keyring(folder)
    assert keyring.unlock("a brand new passphrase") == keyring.unlock(recovery)
    tasks.shutdown()


def test_at_start_the_dialog_opens_the_profile_and_quit_leaves(qtbot, encrypted_profile, dialogs):
    """``open_existing`` as run_gui calls it: the dialog, then (after the recovery key) the new passphrase."""
    from app.ui.main import open_existing

    folder, recovery = encrypted_profile
    tasks = TaskManager()
    args = SimpleNamespace(profile=str(folder), passphrase_file=None, quit_when_idle=False)

    def answer(kind, steps):
        def step():
            dialog = modal_of(kind)
            if dialog is None:
                QTimer.singleShot(20, step)
                return
            steps(dialog)
        QTimer.singleShot(0, step)

    answer(UnlockDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert open_existing(folder, args, tasks, UnlockThrottle()) is None, "Quit"

    def with_recovery(dialog):
        tick(qtbot, dialog.recovery)
        type_text(qtbot, dialog.secret.edit, recovery)
        answer(NewPassphraseDialog, new_passphrase)
        click(qtbot, dialog.unlock_button)

    def new_passphrase(dialog):
        type_text(qtbot, dialog.form.first.edit, "passphrase number two")
        type_text(qtbot, dialog.form.second.edit, "passphrase number two")
        click(qtbot, dialog.ok)

    answer(UnlockDialog, with_recovery)
    fd = open_existing(folder, args, tasks, UnlockThrottle())
    assert fd is not None and fd.vault is not None
    fd.close()
    Keyring(folder).unlock("passphrase number two")
    tasks.shutdown()


def test_a_locked_profile_without_a_passphrase_is_refused_when_nobody_can_type_it(encrypted_profile, dialogs,
                                                                                monkeypatch):
    from app.ui.main import run_gui

    monkeypatch.delenv("FIELDDESK_PASSPHRASE_FILE", raising=False)
    folder, _ = encrypted_profile
    code = run_gui(SimpleNamespace(profile=str(folder), passphrase_file=None, quit_when_idle=True,
                                   startup_times=False))
    assert code == 1
    [(kind, _title, text)] = dialogs.seen
    assert kind == "critical" and "is encrypted" in text and "--passphrase-file" in text


def test_a_passphrase_file_that_cannot_be_read_is_one_message(encrypted_profile, dialogs, tmp_path):
    from app.ui.main import run_gui

    folder, _ = encrypted_profile
    code = run_gui(SimpleNamespace(profile=str(folder), passphrase_file=str(tmp_path / "missing.txt"),
                                   quit_when_idle=True, startup_times=False))
    assert code == 1
    [(kind, _title, text)] = dialogs.seen
    assert kind == "critical" and "missing.txt cannot be read" in text


def test_a_wrong_passphrase_in_a_file_is_one_message_and_opens_nothing(encrypted_profile, dialogs, tmp_path):
    """The key is derived in a thread of its own while the window starts: its refusal still reaches the user."""
    from app.ui.main import run_gui

    folder, _ = encrypted_profile
    secret = tmp_path / "secret.txt"
    secret.write_text("not the passphrase\n")
    code = run_gui(SimpleNamespace(profile=str(folder), passphrase_file=str(secret), quit_when_idle=True,
                                   startup_times=False))
    assert code == 1
    [(kind, _title, text)] = dialogs.seen
    assert kind == "critical" and "passphrase" in text.lower()


def run_app(folder, tmp_path, extra_args=(), env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("FIELDDESK_PASSPHRASE_FILE", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "app", "--profile", str(folder), *extra_args, "--quit-when-idle",
                           "--startup-times"], capture_output=True, text=True, env=env, timeout=120)


def test_with_a_passphrase_file_the_window_opens_without_asking_and_quits_when_idle(encrypted_profile, tmp_path):
    folder, _ = encrypted_profile
    shutil.rmtree(folder / "backups")  # none made today yet
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    for extra, env in ((["--passphrase-file", str(secret)], None), ([], {"FIELDDESK_PASSPHRASE_FILE": str(secret)})):
        done = run_app(folder, tmp_path, extra, env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1].startswith("data shown: ") and "Traceback" not in done.stderr
    daily = [p for p in (folder / "backups").glob("*.json") if "daily" in p.name]
    assert len(daily) == 1, "the day's backup, made once after the first screen"
    assert not (folder / "backups" / daily[0].name.replace(".json", ".db")).read_bytes().startswith(b"SQLite")


def test_an_encryption_a_power_cut_interrupted_is_finished_by_the_passphrase(qtbot, field_profile, monkeypatch,
                                                                           tmp_path):
    """Encrypting from Preferences was cut short: at the next start the passphrase finishes it (the CLI is not
    needed), and a new recovery key is made to be shown; a wrong passphrase changes nothing."""
    import pytest

    from app.services.profile import encryption

    monkeypatch.setattr(encryption, "_encrypt_database_file", lambda *a: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        encryption.encrypt_profile(field_profile, PASSPHRASE)
    monkeypatch.undo()
    assert opening.interrupted_encryption(field_profile)
    keyring = (field_profile / "keyring.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        opening.open_profile(field_profile, "not the passphrase")
    assert (field_profile / "keyring.json").read_bytes() == keyring

    from app.services.errors import ProfileError
    from app.ui.main import open_existing
    from app.ui.safety.recovery import RecoveryKeyDialog

    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE)
    args = SimpleNamespace(profile=str(field_profile), passphrase_file=str(secret), quit_when_idle=True)
    tasks = TaskManager()
    with pytest.raises(ProfileError, match="interrupted"):
        open_existing(field_profile, args, tasks, UnlockThrottle())  # unattended: nobody would see the new key
    assert (field_profile / "keyring.json").read_bytes() == keyring

    shown = []

    def keep_the_key():
        dialog = modal_of(RecoveryKeyDialog)
        if dialog is None:
            QTimer.singleShot(20, keep_the_key)
            return
        shown.append(dialog.panel.key)
        tick(qtbot, dialog.panel.confirmed)
        click(qtbot, dialog.close_button)

    QTimer.singleShot(0, keep_the_key)
    args.quit_when_idle = False
    fd = open_existing(field_profile, args, tasks, UnlockThrottle())
    assert fd.vault is not None and fd.recovery_key is None and fd.offices.count() == 1
    assert shown and Keyring(field_profile).unlock(shown[0]) == Keyring(field_profile).unlock(PASSPHRASE)
    fd.close()
    tasks.shutdown()
    assert not opening.interrupted_encryption(field_profile)
