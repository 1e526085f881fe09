"""The participant's consent to share the name, and its date, set in the editor by clicking and typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import press_in, settle, type_text


def test_consent_to_share_the_name_is_set_in_the_editor(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    page, fd = window.current_page, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = page.editor.form
    type_text(qtbot, form.inputs["full_name"].widget, "Ana López")
    shared = form.inputs["consent_share_name"].widget
    assert shared.isChecked(), "shared unless the person says otherwise"
    shared.setFocus()
    QTest.keyClick(shared, Qt.Key.Key_Space)
    assert not shared.isChecked()
    type_text(qtbot, form.inputs["consent_date"].focus_widget, date(2026, 11, 2).strftime("%m/%d/%Y"))
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [pid] = fd.participants.ids()
    person = fd.participants.get(pid)
    assert (person.consent_share_name, person.consent_date) == (False, date(2026, 11, 2))

