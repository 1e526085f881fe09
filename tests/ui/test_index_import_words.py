"""The Index import window in French (issue 17): each row's problem is said in the interface's language, where it
was "row 3, column 'Country': ..." in English; the refused import and the import done say so in French too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import choose_menu_action, click, settle


def test_the_index_import_names_each_problem_in_french(open_window, field_profile, qtbot, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("Recommendation,Document symbol,Country\nFree all detainees,,Guatemala\n"
                      "Ratify the Optional Protocol,A/HRC/1,Atlantis\n", encoding="utf-8")
    window, ctx = open_window(field_profile, "recommendations", language="fr")
    settle(qtbot, ctx)
    qtbot.waitUntil(window.actions_.import_.isEnabled)
    choose_menu_action(qtbot, window, window.actions_.import_)
    qtbot.waitUntil(lambda: _dialog(window) is not None)
    dialog = _dialog(window)
    dialog.file.setFocus()
    QTest.keyClicks(dialog.file, str(export))
    QTest.keyClick(dialog.file, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.details.toPlainText() != "", timeout=10000)
    lines = dialog.details.toPlainText().splitlines()
    assert lines[0].startswith("Ligne 2, Document symbol : ") and "row" not in dialog.details.toPlainText()
    assert lines[1].startswith("Ligne 3, Country : ") and "Atlantis" in lines[1]
    assert not dialog.import_button.isEnabled() and ctx.fd.recommendations.count() == 0
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Close))


def _dialog(window):
    from app.ui.recommendations.index_import import IndexImportDialog

    return next((w for w in window.findChildren(IndexImportDialog) if w.isVisible()), None)
