"""A view is read again when a write touches a table its own reads read (issue 17: reads say what they read, no view
lists tables). A follow-up note added on the Follow-up tab shows at once in the What was done tab beside it, which
reads the notes through the thread service; the Due page, read before, is read again the next time it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import open_tab, press_in, settle

from app.services.store.seed import country_id


def test_a_note_added_on_another_tab_refreshes_the_thread_and_makes_the_due_page_stale(open_window, field_profile,
                                                                                          qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        fd.recommendations.create({"text": "Adopt a national human rights action plan.",
                                   "country_id": country_id("GT")})
    window, ctx = open_window(field_profile, "due")
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
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Follow-up notes: 1" in cells(), timeout=10000)  # read again while on another tab
    settle(qtbot, ctx)
    assert due.freshness.stale  # not shown: read again when it is
    sidebar = window.sidebar
    item = next(sidebar.item(n) for n in range(sidebar.count()) if sidebar.item(n).text() == "Due")
    with qtbot.waitSignal(due.data_shown, timeout=10000):
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
    assert not due.freshness.stale
