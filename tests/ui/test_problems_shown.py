"""Problems as data, shown in the interface language: every problem of every field at once, from what is typed."""

from __future__ import annotations

from uihelpers import press_in, type_text


def test_a_participant_form_shows_every_problem_at_once_in_french(open_window, qtbot):
    window, ctx = open_window("field", "participants", language="fr")
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")  # New
    form = editor.form
    type_text(qtbot, form.inputs["full_name"].widget, "x")
    type_text(qtbot, form.inputs["full_name"].widget, "")
    type_text(qtbot, form.inputs["email"].widget, "pas une adresse")
    shown = {key: error.text() for key, error in form.errors.items() if not error.isHidden()}
    assert shown == {
        "full_name": "Nom complet : ce champ est obligatoire.",
        "email": "Ce n’est pas une adresse électronique (nom@exemple.org).",
        "consent_contact": "Les coordonnées ne peuvent être conservées qu’avec le consentement du participant.",
    }
    assert not editor.save_button.isEnabled() and ctx.fd.participants.count() == 0


def test_the_e_mail_problem_typed_in_an_arabic_window_is_arabic(open_window, qtbot):
    """Issue 17's 'done when': the participant e-mail message is said in the window's language (French above)."""
    window, ctx = open_window("field", "participants", language="ar")
    press_in(qtbot, window, "Ctrl+N")  # New
    form = window.current_page.editor.form
    type_text(qtbot, form.inputs["email"].widget, "ليس عنوانًا")
    assert form.errors["email"].text() == "هذا ليس عنوان بريد إلكتروني (name@example.org)."
    assert not form.errors["email"].isHidden() and ctx.fd.participants.count() == 0
