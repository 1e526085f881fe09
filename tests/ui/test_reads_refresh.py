"""A view is read again when a write touches a table its own reads read (issue 17: reads say what they read, no view
lists tables). A follow-up note typed on the Follow-up tab shows at once in the What was done tab beside it, which
reads the notes through the thread service; the Lessons and Due pages, read before, are read again the next time
they show, and the Lessons page then lists the note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import open_tab, press_in, settle

from app.services.store.seed import country_id


def test_a_note_typed_on_another_page_refreshes_the_thread_lessons_and_due(open_window, field_profile,
                                                                                          qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        fd.recommendations.create({"text": "Adopt a national human rights action plan.",
                                   "country_id": country_id("GT")})
    window, ctx = open_window(field_profile, "lessons")
    lessons = window.current_page
    qtbot.waitUntil(lambda: not lessons.freshness.stale and lessons.count.text() != "")
    assert lessons.model.rowCount() == 0
    _side(qtbot, window, "Due")
    due = window.current_page
    qtbot.waitUntil(lambda: due.summary is not None)
    assert not due.freshness.stale

    press_in(qtbot, window, "Ctrl+5")
    qtbot.waitUntil(lambda: window.current_key == "recommendations")
    page = window.current_page
    view, model = page.panel.view, page.panel.view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 1)).center())
    thread = page.editor.thread
    open_tab(qtbot, page.editor.tabs, thread)

    def cells() -> list[str]:
        return [thread.model.index(n, 0).data() for n in range(thread.model.rowCount())]

    qtbot.waitUntil(lambda: "Follow-up notes: 0" in cells(), timeout=10000)
    unrelated = {"participant", "training", "enrollment"}  # what a training's sheet writes
    assert thread.reads.isdisjoint(unrelated) and due.freshness.reads.isdisjoint(unrelated)

    timeline = page.editor.timeline
    open_tab(qtbot, page.editor.tabs, timeline)
    qtbot.waitUntil(timeline.add_button.isEnabled)
    qtbot.mouseClick(timeline.add_button, Qt.MouseButton.LeftButton)
    dialog = timeline.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.ok_button.isEnabled())
    note = dialog.form.inputs["note"].focus_widget
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(note, "The ministry drafted the plan with civil society.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Follow-up notes: 1" in cells(), timeout=10000)  # read again while on another tab
    settle(qtbot, ctx)
    assert due.freshness.stale and lessons.freshness.stale  # not shown: read again when they are
    with qtbot.waitSignal(due.data_shown, timeout=10000):
        _side(qtbot, window, "Due")
    assert not due.freshness.stale
    _side(qtbot, window, "Lessons")
    qtbot.waitUntil(lambda: lessons.model.rowCount() == 1, timeout=10000)
    assert "civil society" in lessons.model.index(0, 3).data()


def _side(qtbot, window, title: str) -> None:
    """A click on a page's name in the side bar."""
    sidebar = window.sidebar
    item = next(sidebar.item(n) for n in range(sidebar.count()) if sidebar.item(n).text() == title)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
