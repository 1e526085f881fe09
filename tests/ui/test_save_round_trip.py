"""A save's round trip does only what the save can change: the list shows the new value in place (no reset: it
keeps its place, its selection and its columns), and the tabs a save of the person's own fields cannot change are
not read again. Keys and clicks only; what was saved is read back through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import settle

from app.services import FieldDesk
from app.services.store.seed import country_id


def test_a_save_changes_the_list_in_place_and_reads_only_what_it_can_change(open_window, qtbot, field_profile):
    with FieldDesk.open(field_profile) as fd:
        training = fd.trainings.create({"title": "Fair trial workshop", "form": "workshop",
                                        "country_id": country_id("GT"), "start_date": date(2026, 5, 4),
                                        "end_date": date(2026, 5, 6)})
        people = [fd.participants.create({"full_name": name, "organisation": "Supreme Court"})
                  for name in ("Ana Lopez", "Berta Ruiz", "Carla Soto")]
        fd.enrollments.create({"training_id": training, "participant_id": people[1]})
    window, ctx = open_window("field", "participants")
    page = window.current_page
    panel, editor = page.panel, page.editor
    qtbot.waitUntil(lambda: panel.model.row_of(people[1]) >= 0, timeout=10000)
    view = panel.view
    rect = view.visualRect(panel.proxy.index(panel.proxy.row_of(people[1]), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor.record_id == people[1] and not ctx.tasks.busy, timeout=10000)
    settle(qtbot, ctx)
    assert [r["title"] for r in editor.activities.model.rows] == ["Fair trial workshop"]

    resets, activity_updates = [], []
    panel.model.modelReset.connect(lambda: resets.append(1))
    editor.activities.model.modelReset.connect(lambda: activity_updates.append("reset"))
    editor.activities.model.dataChanged.connect(lambda *_: activity_updates.append("changed"))
    name = editor.form.inputs["full_name"].focus_widget
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    QTest.keyClick(name, Qt.Key.Key_End)
    QTest.keyClicks(name, " Diaz")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    row = panel.model.row_of(people[1])
    qtbot.waitUntil(lambda: panel.model.row_data(row) and panel.model.row_data(row)["full_name"]
                    == "Berta Ruiz Diaz", timeout=10000)
    assert ctx.fd.participants.get(people[1]).full_name == "Berta Ruiz Diaz"
    assert resets == []  # changed in place
    assert panel.current_id() == people[1] and editor.record_id == people[1] and not editor.is_dirty()
    assert activity_updates == []  # a save of the person's own fields: the activities were not read again
    assert [r["title"] for r in editor.activities.model.rows] == ["Fair trial workshop"]
    assert "Berta Ruiz Diaz" in [after for _entry, _field, _before, after in editor.history.model.rows]  # read again

    # Another person opened (Down in the list), then this one again (Up): read as usual
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: editor.record_id == people[2], timeout=10000)
    settle(qtbot, ctx)
    assert editor.activities.model.rows == []
    QTest.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: editor.record_id == people[1], timeout=10000)
    settle(qtbot, ctx)
    assert [r["title"] for r in editor.activities.model.rows] == ["Fair trial workshop"]
