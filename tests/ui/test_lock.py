"""The idle lock: an encrypted profile's windows are covered after the idle time and come back, unsaved changes
and all, with the passphrase; a wrong one changes nothing; activity puts the lock off; a plain profile never locks."""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from safetyhelpers import PASSPHRASE
from uihelpers import click, enter, press_in, settle, tick, type_text

from app.ui.settings.options import LOCK_MINUTES


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a user could read in the window now."""
    texts = []
    for child in widget.findChildren(QWidget):
        if child.isVisible():
            for attr in ("text", "toPlainText"):
                value = getattr(child, attr, None)
                if callable(value):
                    with contextlib.suppress(TypeError):
                        texts.append(value())
    return [t for t in texts if isinstance(t, str) and t]


def test_the_window_locks_when_idle_and_comes_back_with_unsaved_changes(open_shell, encrypted_profile, qtbot):
    folder, _ = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE, "participants")
    assert ctx.settings.get(LOCK_MINUTES) == 10 and shell.lock.timeout_ms == 600_000, "ten minutes unless set"
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    name = page.editor.form.inputs["full_name"].widget.text()
    position = page.editor.form.inputs["position"]
    enter(qtbot, position, "Judge of the court of appeal")
    assert page.has_unsaved_changes()
    preferences = shell.open_preferences()  # another window open at the time: covered too

    shell.lock.set_timeout_ms(50)
    qtbot.waitUntil(lambda: shell.lock.locked, timeout=5000)
    shell.lock.set_timeout_ms(600_000)
    dialog = shell.lock.dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert dialog.quit_button is None, "the lock cannot be dismissed"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not preferences.language.isVisible()
    texts = visible_texts(window) + visible_texts(preferences)
    assert "FieldDesk is locked" in texts
    assert not [t for t in texts if name in t or "court of appeal" in t], "no data visible"

    type_text(qtbot, dialog.secret.edit, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert dialog.error.text() == "The passphrase is not right. Nothing was changed." and shell.lock.locked

    type_text(qtbot, dialog.secret.edit, PASSPHRASE)
    with qtbot.waitSignal(shell.lock.locked_changed, timeout=10000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not shell.lock.locked and window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert preferences.language.isVisible()
    assert position.widget.text() == "Judge of the court of appeal" and page.has_unsaved_changes()
    assert page.editor.form.inputs["full_name"].widget.text() == name
    qtbot.keyClick(preferences, Qt.Key.Key_Escape)


def test_activity_puts_the_lock_off_and_a_wake_from_sleep_locks_at_once(open_shell, encrypted_profile, qtbot):
    folder, _ = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE, "dashboard")
    lock = shell.lock
    lock.set_timeout_ms(60_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    handle = window.windowHandle()

    lock._last = (time.monotonic() - 30, time.time() - 30)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, move)
    assert lock.idle_ms() < 1000 and not lock.locked, "a mouse move is activity"

    # the laptop slept: the monotonic clock may not have moved, the wall clock has
    lock._last = (time.monotonic(), time.time() - 3600)
    assert lock.idle_ms() >= 3_600_000
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert QApplication.sendEvent(handle, key) is True, "the first key press after waking is not let through"
    assert lock.locked
    type_text(qtbot, lock.dialog.secret.edit, PASSPHRASE)
    with qtbot.waitSignal(lock.locked_changed, timeout=10000):
        click(qtbot, lock.dialog.unlock_button)


def test_a_plain_profile_never_locks(open_shell, demo_profile, qtbot):
    shell, window, ctx = open_shell(demo_profile, None, "dashboard")
    lock = shell.lock
    lock.set_timeout_ms(1)
    for _ in range(3):
        with qtbot.waitSignal(lock.timer.timeout, timeout=2000):
            pass
    lock.lock()
    assert not lock.locked and not lock.active and window.centralWidget().isVisible()


def test_unlocking_the_lock_with_the_recovery_key_asks_for_a_new_passphrase(open_shell, encrypted_profile, qtbot,
                                                                             dialogs):
    from app.services.profile.vault import Keyring
    from app.ui.safety.passphrase_dialog import NewPassphraseDialog

    folder, recovery = encrypted_profile
    shell, window, ctx = open_shell(folder, PASSPHRASE, "dashboard")
    shell.lock.lock()
    dialog = shell.lock.dialog
    tick(qtbot, dialog.recovery)
    type_text(qtbot, dialog.secret.edit, recovery)
    with qtbot.waitSignal(shell.lock.locked_changed, timeout=10000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    new = window.findChild(NewPassphraseDialog)
    assert new is not None and new.isVisible()
    for field in (new.form.first, new.form.second):
        type_text(qtbot, field.edit, "after the recovery key")
    with qtbot.waitSignal(new.accepted, timeout=10000):
        qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    Keyring(folder).unlock("after the recovery key")
