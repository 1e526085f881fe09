"""The participant form's duplicate hint, answered with the keyboard and the mouse: a new record that looks like
someone recorded already is not saved until the hint is answered; "Not the same person" saves it with the decision,
"Use this person" shows the existing record instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import settle, type_text

from app.services.store.matching import similar_participants


def _new_with_name(qtbot, window, ctx, name: str):
    editor = window.current_page.editor
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.mode == "new", timeout=5000)
    field = editor.form.inputs["full_name"].widget
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_text(qtbot, field, name)
    qtbot.waitUntil(lambda: editor.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    return editor


def test_the_form_asks_before_saving_a_probable_duplicate(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    fd = ctx.fd
    known = fd.participants.create({"full_name": "Ivan Petrov"})
    settle(qtbot, ctx)
    editor = _new_with_name(qtbot, window, ctx, "Иван Петров")
    QTest.keyClick(editor.form.inputs["full_name"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert fd.participants.count() == 1 and editor.mode == "new"
    qtbot.mouseClick(editor.duplicates.not_same_button, Qt.MouseButton.LeftButton)
    assert not editor.duplicates.isVisible()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.mode == "existing", timeout=10000)
    settle(qtbot, ctx)
    new = editor.record_id
    assert fd.participants.count() == 2 and fd.participants.get(new).full_name == "Иван Петров"
    assert [m.id for m in similar_participants(fd, "Иван Петров", exclude_id=new)] == []  # not offered again

    # Ctrl+S at once, before the hint had time to look: the save looks first, and asks.
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.mode == "new", timeout=5000)
    field = editor.form.inputs["full_name"].widget
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_text(qtbot, field, "Ivan Petrov")
    QTest.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.duplicates.isVisible() and not ctx.tasks.busy, timeout=10000)
    assert fd.participants.count() == 2 and editor.mode == "new"
    qtbot.mouseClick(editor.duplicates.use_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.mode == "existing", timeout=10000)
    assert editor.record_id in (known, new) and fd.participants.count() == 2
