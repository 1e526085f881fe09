"""The Reference lists page: headquarters adds a thematic area with the keyboard, names it in other languages in the
grid and retires it; a code already used is refused with a message; a field office only reads the lists."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.ids import reference_id
from tests.ui.uihelpers import press_in, settle, type_text

KEYS = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}


def type_keys(text: str) -> None:
    """Each key to the widget that has the focus when it is pressed (the grid, then the cell being typed in)."""
    for character in text:
        if character in KEYS or character.isascii():
            QTest.keyClick(QApplication.focusWidget(), KEYS.get(character, character))
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # a letter no test keyboard has (ó)
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                                         character))


def test_headquarters_adds_translates_and_retires_a_theme(open_window, hq_profile, qtbot):
    window, ctx = open_window(hq_profile, "lists")
    page = window.current_page
    assert page.new_button.isVisible() and page.model.rowCount() == 10
    page.view.setFocus()
    press_in(qtbot, window, "Ctrl+N")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    type_text(qtbot, dialog.code, "migration")
    type_text(qtbot, dialog.name, "Migration and human rights")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    entry_id = reference_id("thematic_area", "migration")
    qtbot.waitUntil(lambda: page.model.rowCount() == 11 and page.view.currentIndex().row() == 10, timeout=5000)
    assert page.view.currentIndex().column() == 2  # French, next to type
    qtbot.waitUntil(page.view.hasFocus, timeout=5000)

    # French, Enter, Spanish, Enter; Tab past Russian, Arabic, Chinese and the order to Retired, "x" checks it
    type_keys("Migrations et droits de l'homme\nMigración y derechos humanos\n\t\t\t\tx")
    settle(qtbot, ctx)
    entry = ctx.fd.thematic_areas.get(entry_id)
    assert entry.names == {"fr": "Migrations et droits de l'homme", "es": "Migración y derechos humanos"}
    assert entry.retired and entry.owner_office == "*"
    assert entry_id not in dict(ctx.refs.items("thematic_area")), "a retired entry is not offered for new records"
    assert ctx.refs.name("thematic_area", entry_id) == "Migration and human rights"

    press_in(qtbot, window, "Ctrl+N")  # the same code again, in capitals: refused, nothing written
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    type_text(qtbot, dialog.code, "MIGRATION")
    type_text(qtbot, dialog.name, "Another")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "already used" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and len(ctx.fd.thematic_areas.ids()) == 11


def test_a_field_office_reads_the_lists_only(open_window, qtbot):
    window, ctx = open_window("field", "lists")
    page = window.current_page
    assert not page.new_button.isVisible() and not page.can("new")
    first = page.model.index(0, 1)
    assert first.data() == "National human rights institutions"
    assert page.model.index(0, 2).data() == "Institutions nationales des droits de l'homme"  # shipped, shown grey
    page.view.setFocus()
    type_keys("Renamed\n")
    settle(qtbot, ctx)
    assert ctx.fd.thematic_areas.get(reference_id("thematic_area", "nhri")).name == "National human rights institutions"
