"""A new record starts blank: after a record was shown, Ctrl+N gives a form with only the new record's defaults, never
the previous person's e-mail, organisation or notes (the form once kept every field no default named)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import choose, press_in, settle, type_text


def test_a_new_participant_after_another_keeps_none_of_their_values(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    page, fd = window.current_page, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = page.editor.form
    type_text(qtbot, form.inputs["full_name"].widget, "Ana López")
    type_text(qtbot, form.inputs["organisation"].widget, "Organismo Judicial")
    type_text(qtbot, form.inputs["email"].widget, "ana@example.org")
    consent = form.inputs["consent_contact"].widget
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton, pos=consent.rect().center())
    choose(qtbot, form.inputs["sex"].widget, "female")
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    assert page.editor.mode != "new" and form.inputs["email"].widget.text() == "ana@example.org"

    press_in(qtbot, window, "Ctrl+N")
    assert page.editor.mode == "new"
    shown = form.values()
    assert (shown["full_name"], shown["organisation"], shown["email"], shown["consent_contact"]) == (
        "", "", "", False), shown
    assert shown["sex"] != "female"
    type_text(qtbot, form.inputs["full_name"].widget, "Bruno Díaz")
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [bruno] = [p for p in map(fd.participants.get, fd.participants.ids()) if p.full_name == "Bruno Díaz"]
    assert not bruno.organisation and not bruno.email and not bruno.consent_contact
