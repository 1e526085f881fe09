"""Trainings: the editor's flow, enrollment by search as you type (with the possible-duplicate hint), the attendance
grid (typed scores and attendance: test_grids.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import choose, choose_menu_action, enter, open_tab, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id


def new_training(window, qtbot, ctx, title="Fair trial standards", days=3):
    editor = window.current_page.editor
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["title"].widget, title)
    enter(qtbot, form.inputs["start_date"], date(2025, 5, 5))
    enter(qtbot, form.inputs["end_date"], date(2025, 5, 4 + days))
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        assert editor.save_button.isEnabled()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    return editor


def test_training_create_refuse_edit_delete(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "trainings")
    editor, fd = window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["title"].widget, "Workshop")
    enter(qtbot, form.inputs["start_date"], date(2025, 5, 5))
    enter(qtbot, form.inputs["end_date"], date(2026, 6, 1))
    assert form.errors["end_date"].text() == "An activity can last at most 366 days."
    assert not window.actions_.save.isEnabled()
    enter(qtbot, form.inputs["end_date"], date(2025, 5, 6))
    choose(qtbot, form.inputs["form"].widget, "workshop")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [tid] = fd.trainings.ids()
    assert fd.trainings.get(tid).form == "workshop" and fd.trainings.get(tid).country_id == country_id("GT")
    choose(qtbot, form.inputs["status"].widget, "completed")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    assert fd.trainings.get(tid).status == "completed"
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    choose_menu_action(qtbot, window, window.actions_.delete)
    settle(qtbot, ctx)
    assert fd.trainings.count() == 0


def test_enrollment_search_as_you_type_and_new_participant_with_duplicate_hint(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "trainings")
    fd = ctx.fd
    known = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "High Court of Malawi"})
    editor = new_training(window, qtbot, ctx)
    tab = editor.enrollment
    open_tab(qtbot, editor.tabs, tab)
    picker = tab.picker
    assert not tab.enrol_button.isEnabled()
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000) as shown:
        type_text(qtbot, picker.widget, "chik")
        picker.search_now()
    assert shown.args == [1]
    picker.choose_row(0)
    assert tab.enrol_button.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [r["full_name"] for r in tab.model.rows] == ["Chikondi Banda"]
    assert tab.count.text().startswith("1 participant ")
    # enrolling the same person again is refused, with the reason
    picker.choose(known, "Chikondi Banda")
    qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "already enrolled" in tab.message.text() and tab.message.isVisibleTo(tab)

    dialog = tab.add_new()
    assert not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.duplicates.checked, timeout=10000):
        type_text(qtbot, dialog.form.inputs["full_name"].widget, "Banda Chikondi")
        type_text(qtbot, dialog.form.inputs["organisation"].widget, "high court of malawi")
        dialog.duplicates.check_now()
    assert dialog.duplicates.isVisibleTo(dialog) and "Possible duplicate" in dialog.duplicates.text()
    type_text(qtbot, dialog.form.inputs["full_name"].widget, "Tiwonge Phiri")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert sorted(r["full_name"] for r in tab.model.rows) == ["Chikondi Banda", "Tiwonge Phiri"]
    assert fd.participants.count() == 2

    dialogs.answers = [QMessageBox.StandardButton.Yes]
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert fd.enrollments.count() == 1 and fd.participants.count() == 2


def test_attendance_grid_participants_by_days(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    fd = ctx.fd
    editor = new_training(window, qtbot, ctx, days=3)
    tid = editor.record_id
    people = [fd.participants.create({"full_name": name}) for name in ("Ana", "Luz")]
    for pid in people:
        fd.enrollments.create({"training_id": tid, "participant_id": pid})
    tab = editor.attendance
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.reload()
    model = tab.model
    assert (model.rowCount(), model.columnCount()) == (2, 4)  # two people, three days and the total
    assert model.headerData(0, Qt.Orientation.Vertical) == "Ana"
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    # a click on the cell marks Ana present on day 2; it is saved at once
    open_tab(qtbot, editor.tabs, tab)
    rect = tab.view.visualRect(model.index(0, 1))
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    tab.view.initViewItemOption(option)
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tab.view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tab.view)
    with qtbot.waitSignal(ctx.changed, timeout=10000):
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    settle(qtbot, ctx)
    ana = fd.enrollments.ids(ListQuery(filters={"participant_id": people[0]}))[0]
    assert fd.enrollments.get(ana).attendance == [None, True]
    # everyone present on the first day, in one step
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(model.index(1, 0)).center())
    with qtbot.waitSignal(ctx.changed, timeout=10000):
        qtbot.mouseClick(tab.all_present, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert fd.enrollments.get(ana).attendance == [True, True]
    assert [fd.enrollments.get(e).attendance for e in fd.enrollments.ids()] == [[True, True], [True]]
    assert model.index(0, 3).data() == "2 / 3"
    assert tab.view.currentIndex().row() == 1, "the keyboard position survives the reload"
