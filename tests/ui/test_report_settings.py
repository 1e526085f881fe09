"""Preferences' "Printed reports": the letterhead in two languages, paper, weekend, certificates and the author's
name are typed and chosen with the keyboard and mouse, saved into the profile on OK; a bad logo keeps the dialog
open and changes nothing."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import click_ok, settle, type_text

from app.services.profile import letterhead, site_settings


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box as a user does with the keyboard: focus it and type the item's first letters."""
    combo.setFocus()
    QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a new search, not the end of the last one
    QTest.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def test_report_settings_are_set_in_preferences(open_shell, demo_profile, qtbot, tmp_path):
    Image.new("RGB", (120, 60), (29, 78, 137)).save(tmp_path / "logo.png")
    shell, window, ctx = open_shell(demo_profile, None, "participants")
    dialog = shell.open_preferences()
    section = dialog.reports_section
    settle(qtbot, ctx)
    assert section.isEnabled() and section.symbol.text() == "{office}/{year}/{kind}/{n}"
    type_text(qtbot, section.office_name, "Office in Guatemala")
    type_text(qtbot, section.address, "12 Calle 1-25")
    choose(qtbot, section.language, "Fr")
    assert section.office_name.text() == "", "another language's name starts empty"
    type_text(qtbot, section.office_name, "Bureau au Guatemala")
    choose(qtbot, section.language, "En")  # back to English: what was typed is still there
    assert section.office_name.text() == "Office in Guatemala"
    type_text(qtbot, section.logo_path, str(tmp_path / "logo.png"))
    type_text(qtbot, section.signatory_name, "Ana Pérez")
    type_text(qtbot, section.signatory_title, "Head of Office")
    type_text(qtbot, section.symbol, "{office}-{year}-{n}")
    choose(qtbot, section.paper, "US")
    choose(qtbot, section.weekend, "Fr")
    type_text(qtbot, section.organisation, "UN Human Rights")
    type_text(qtbot, section.author_name, "María López")
    choose(qtbot, section.training_language, "Es")  # the office usually trains in Spanish
    click_ok(qtbot, dialog)
    settle(qtbot, ctx)
    assert not dialog.isVisible()
    fd = ctx.fd
    head = letterhead.letterhead(fd)
    assert head.names == {"en": "Office in Guatemala", "fr": "Bureau au Guatemala"}
    assert head.address("fr") == "12 Calle 1-25" and head.has_logo and head.paper == "letter"
    assert head.signatory() == "Ana Pérez, Head of Office" and head.symbol_pattern == "{office}-{year}-{n}"
    assert site_settings.weekend(fd) == "friday-saturday"
    assert site_settings.organisation_name(fd) == "UN Human Rights"
    assert site_settings.author_names(fd)[fd.author] == "María López"
    assert site_settings.training_language(fd) == "es"

    dialog = shell.open_preferences()  # opened again, it shows what was saved
    settle(qtbot, ctx)
    section = dialog.reports_section
    assert section.office_name.text() == "Office in Guatemala" and section.paper.currentData() == "letter"
    (tmp_path / "notes.png").write_text("not an image")
    type_text(qtbot, section.logo_path, str(tmp_path / "notes.png"))
    type_text(qtbot, section.organisation, "Changed")
    click_ok(qtbot, dialog)
    settle(qtbot, ctx)
    assert dialog.isVisible() and "is not a PNG or JPEG image" in section.error.text()
    assert site_settings.organisation_name(ctx.fd) == "UN Human Rights", "a refused save writes nothing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
