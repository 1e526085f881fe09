"""A form refuses a bidi override or a control character typed or pasted into a text field, beside the field, and
saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uihelpers import press_in, type_text


def test_a_bidi_override_typed_into_a_name_is_refused_beside_the_field(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    editor, fd = window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["full_name"].widget, "Ali \u202eexe.live Hassan")
    assert form.inputs["full_name"].widget.text() == "Ali \u202eexe.live Hassan", "the key reached the field"
    assert form.errors["full_name"].text() == (
        "Full name contains a character that is not allowed: U+202E (RIGHT-TO-LEFT OVERRIDE). Remove it.")
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert fd.participants.count() == 0
    type_text(qtbot, form.inputs["full_name"].widget, "Ali Hassan")
    assert form.errors["full_name"].text() == "" and editor.save_button.isEnabled()


def test_a_control_character_pasted_into_a_field_is_refused(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["full_name"].widget, "Ana López")
    field = form.inputs["organisation"].widget
    # Text copied in another program (an e-mail, a web page) sits on the system clipboard; the person pastes it.
    QApplication.clipboard().setText("Org\u2066anismo")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "\u2066" in field.text()
    assert "U+2066 (LEFT-TO-RIGHT ISOLATE)" in form.errors["organisation"].text()
    assert not editor.save_button.isEnabled()


def test_the_refusal_is_shown_in_the_interface_language(open_window, qtbot):
    window, _ctx = open_window("field", "participants", language="fr")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    type_text(qtbot, editor.form.inputs["full_name"].widget, "Ali \u202eexe.live")
    text = editor.form.errors["full_name"].text()
    assert "contient un caractère interdit : U+202E (RIGHT-TO-LEFT OVERRIDE). Supprimez-le." in text
