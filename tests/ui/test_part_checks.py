"""A part dialog checks the field being typed in at each key, not the whole record; the whole record is checked when
the dialog opens and when it is saved, and the message beside a field still follows what is typed. Keys go to the
focused widget; what was saved is read back through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import open_tab, settle

from app.services.store.seed import country_id


def test_a_key_typed_in_a_part_dialog_checks_that_field_only(open_window, qtbot):
    window, ctx = open_window("field", "missions")
    mission = ctx.fd.missions.create({"title": "Needs assessment", "country_id": country_id("GT")})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(mission)
    settle(qtbot, ctx)
    team = editor.parts[0]
    open_tab(qtbot, editor.tabs, team)
    settle(qtbot, ctx)
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    dialog = team.dialog
    name = dialog.form.inputs["staff_name"].focus_widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=5000)
    checks = dialog.checks
    assert (checks.whole_checks, checks.field_checks) == (1, 0)  # the record, once, as the dialog opened

    QTest.keyClicks(name, "Ana")
    assert (checks.whole_checks, checks.field_checks) == (1, 3)  # one check of the field a key
    assert dialog.ok_button.isEnabled() and not dialog.form.shown_problems()
    for _ in range(3):
        QTest.keyClick(name, Qt.Key.Key_Backspace)
    assert (checks.whole_checks, checks.field_checks) == (1, 6)
    # emptied: the record's rule speaks beside the field at once, and OK waits
    assert dialog.form.shown_problems() == {
        "staff_name": "Name a staff member or choose an expert from the roster."}
    assert not dialog.ok_button.isEnabled()

    QTest.keyClicks(name, "Ana Perez")
    assert checks.field_checks == 6 + 9 and checks.whole_checks == 1
    assert not dialog.form.shown_problems() and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        QTest.keyClick(name, Qt.Key.Key_Return)
    assert checks.whole_checks == 2  # saving checks the whole record
    settle(qtbot, ctx)
    members = ctx.fd.service("mission_member")
    assert [r["staff_name"] for r in members.rows(members.ids(), ["staff_name"])] == ["Ana Perez"]
