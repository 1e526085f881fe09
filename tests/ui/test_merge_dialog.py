"""Merging two records of one person from the Participants page, with the mouse and the keyboard: both records side
by side, a value chosen per field, the enrolments' fate shown before, the merge read back through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from uihelpers import settle

from app.models.ids import reference_id
from app.services import ListQuery


def test_merge_side_by_side_chosen_with_the_keyboard(open_window, qtbot):
    window, ctx = open_window("field", "participants")
    fd = ctx.fd
    training = fd.trainings.create({"title": "Fair trial standards", "country_id": reference_id("country", "GT"),
                                    "start_date": date(2026, 5, 4), "end_date": date(2026, 5, 5)})
    keep = fd.participants.create({"full_name": "Ivan Petrov", "organisation": "Supreme Court"})
    other = fd.participants.create({"full_name": "Иван Петров", "organisation": "Supreme Court",
                                    "position": "Judge"})
    fd.enrollments.create({"training_id": training, "participant_id": other, "pre_score": 60})
    fellowship = fd.fellowships.create({"participant_id": other, "cohort": "2026 Minorities Fellowship, Russian "
                                        "section", "country_id": reference_id("country", "GT")})
    page = window.current_page
    page.open_record(keep)
    settle(qtbot, ctx)
    editor = page.editor
    qtbot.waitUntil(editor.merge_button.isEnabled, timeout=5000)
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.other["id"] == other, timeout=10000)
    assert "Fair trial standards: the enrolment moves to the kept record" in dialog.enrolments.text()
    assert "Fellowships that move to the kept record: 1" in dialog.enrolments.text()
    names = dialog.groups["full_name"]
    assert [names.button(i).text() for i in (0, 1)] == ["Ivan Petrov", "Иван Петров"]
    assert dialog.groups["position"].checkedId() == 1  # the kept record has none: the other's is offered
    # The keyboard: the first field's choice has focus; Right takes the other's name; Enter merges.
    qtbot.waitUntil(lambda: names.button(0).hasFocus(), timeout=5000)
    QTest.keyClick(names.button(0), Qt.Key.Key_Right)
    assert names.checkedId() == 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=10000)  # merged, closed and gone
    settle(qtbot, ctx)
    person, merged = fd.participants.get(keep), fd.participants.get(other)
    assert (person.full_name, person.position) == ("Иван Петров", "Judge")
    assert merged.deleted and merged.merged_into == keep
    enrolled = fd.enrollments.ids(ListQuery(filters={"training_id": training}))
    assert [r["participant_id"] for r in fd.enrollments.rows(enrolled, ["participant_id"])] == [keep]
    assert fd.fellowships.get_row(fellowship)["participant_id"] == keep
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10000)
    assert editor.record_id == keep
