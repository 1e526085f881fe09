"""A write announces what it really changed (issue 17): a follow-up note added with the mouse names only its own
table where it is saved, yet its rule sets the recommendation's status, and the Recommendations list, which watches
no other table, shows the new status because the write announced the recommendation it changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import open_tab, settle

from app.services.store.seed import country_id


def test_a_follow_up_note_refreshes_the_recommendations_list_through_the_status_its_rule_set(
        open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        rid = fd.recommendations.create({"text": "Adopt a national human rights action plan.",
                                         "country_id": country_id("GT")})
    window, ctx = open_window(field_profile, "recommendations")
    page = window.current_page
    view, model = page.panel.view, page.panel.view.model()
    status = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Status")

    def status_shown() -> str:
        return model.index(0, status).data()

    qtbot.waitUntil(lambda: model.rowCount() == 1 and status_shown() == "Not started")
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(model.index(0, 1)).center())
    timeline = page.editor.timeline
    open_tab(qtbot, page.editor.tabs, timeline)
    qtbot.waitUntil(timeline.add_button.isEnabled)
    qtbot.mouseClick(timeline.add_button, Qt.MouseButton.LeftButton)
    dialog = timeline.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.ok_button.isEnabled())  # "In progress", dated today
    with qtbot.waitSignal(ctx.changed, timeout=10000) as announced:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {"followup_note", "recommendation"} <= announced.args[0]
    qtbot.waitUntil(lambda: status_shown() == "In progress")
    settle(qtbot, ctx)
    assert ctx.fd.recommendations.get(rid).status == "in_progress"
