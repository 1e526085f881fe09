"""Every form saves with the values the person started from: when another write changed the same field between
opening and saving, the later save is in effect and the value it replaced is kept as a conflict to review, for a
part edited in its dialog exactly as for a record edited in its editor. Keys and clicks go to the widgets; what was
saved is read back through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uihelpers import open_tab, press_in, settle, type_text

from app.services.store.seed import country_id
from app.sync.conflicts import list_conflicts


def test_a_part_and_a_record_edited_meanwhile_elsewhere_keep_the_replaced_value_alike(open_window, qtbot):
    window, ctx = open_window("field", "missions")
    fd = ctx.fd
    mission = fd.missions.create({"title": "Needs assessment", "country_id": country_id("GT")})
    member = fd.service("mission_member").create({"mission_id": mission, "staff_name": "Ana Perez"})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(mission)
    settle(qtbot, ctx)

    # the record: opened, changed elsewhere, then saved here
    title = editor.form.inputs["title"].focus_widget
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    fd.missions.update(mission, {"title": "Needs assessment (revised)"})  # another person's save meanwhile
    type_text(qtbot, title, "Needs assessment mission")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)

    # a part: its dialog opened, the part changed elsewhere, then saved in the dialog
    team = editor.parts[0]
    open_tab(qtbot, editor.tabs, team)
    settle(qtbot, ctx)
    qtbot.mouseClick(team.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=team.view.visualRect(team.model.index(0, 0)).center())
    qtbot.mouseClick(team.edit_button, Qt.MouseButton.LeftButton)
    dialog = team.dialog
    name = dialog.form.inputs["staff_name"].focus_widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=5000)
    fd.service("mission_member").update(member, {"staff_name": "Ana María Pérez"})  # meanwhile, elsewhere
    type_text(qtbot, name, "Ana Pérez López")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    settle(qtbot, ctx)

    # both saves are in effect, and both replaced values are kept, said the same way
    assert fd.missions.get_row(mission)["title"] == "Needs assessment mission"
    assert fd.service("mission_member").get_row(member)["staff_name"] == "Ana Pérez López"
    conflicts = {c.table: c for c in list_conflicts(fd)}
    assert set(conflicts) == {"mission", "mission_member"}
    record, part = conflicts["mission"], conflicts["mission_member"]
    assert (record.kind, record.mine, record.theirs) == (
        "concurrent_edit", "Needs assessment mission", "Needs assessment (revised)")
    assert (part.kind, part.mine, part.theirs) == ("concurrent_edit", "Ana Pérez López", "Ana María Pérez")
    said = "Two people changed {} at the same time; the later save is in effect and the value it replaced"
    assert record.describe().startswith(said.format(record.field_label.lower()))
    assert part.describe().startswith(said.format(part.field_label.lower()))
