"""What is due in the window: the dashboard's Due panel and the status bar's count, the Due page's groups, and each
item opened on its record with Enter or a double-click (real input events)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import open_page, settle

from app.models.due import DUE_RULES
from app.services.store.seed import country_id


def row_centre(view, row: int):
    return view.visualRect(view.model().index(row, 2)).center()


def double_click(qtbot, view, row: int) -> None:
    """What a mouse sends for a double-click: a click, then the second press as a double-click (QTest's
    mouseDClick alone sends only the latter, which a view ignores without the press before it)."""
    pos = row_centre(view, row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_due_items_are_counted_grouped_and_opened_on_their_records(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    today = date.today()
    with FieldDesk.open(field_profile) as fd:
        mission = fd.missions.create({"title": "Mission to Malawi", "country_id": country_id("MW"),
                                      "status": "report_drafted", "start_date": today - timedelta(days=60),
                                      "end_date": today - timedelta(days=50)})
        request = fd.requests.create({"title": "Prison reform", "requesting_authority": "Ministry of Justice",
                                      "country_id": country_id("GT"), "received_date": today - timedelta(days=87)})
    window, ctx = open_window(field_profile, "dashboard")
    settle(qtbot, ctx)
    panel = window.current_page.due_panel
    assert panel.counts.text() == "1 overdue, 1 this week, 0 this month"
    assert [panel.table.model().index(r, 1).data() for r in range(2)] == ["Mission report", "Decision on a request"]
    assert panel.table.model().index(0, 3).data() == "Malawi"
    status = window.overdue_label  # counted once the first page has drawn its data
    qtbot.waitUntil(lambda: status.isVisible() and status.text() == "Overdue: 1", timeout=10000)

    # Enter on the panel's first row opens the mission
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(panel.table, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "missions" and window.current_page.editor.record_id == mission

    # the status bar's count opens the Due page; a double-click opens the request
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    page = window.current_page
    assert window.current_key == "due"
    assert [page.boxes[k].title() for k in ("overdue", "this_week", "this_month")] == [
        "Overdue (1)", "This week (1)", "This month (0)"]
    week = page.tables["this_week"]
    double_click(qtbot, week, 0)
    settle(qtbot, ctx)
    assert window.current_key == "requests" and window.current_page.editor.record_id == request

    # a decision recorded elsewhere takes the request off the list and the count follows
    from app.services.store.transitions import transition

    ctx.write(lambda fd: transition(fd, "assistance_request", request, "withdrawn", on=today))
    settle(qtbot, ctx)
    open_page(qtbot, window, "due")
    settle(qtbot, ctx)
    assert page.boxes["this_week"].title() == "This week (0)" and status.text() == "Overdue: 1"


def test_headquarters_changes_a_rule_and_a_field_office_only_reads_them(open_window, hq_profile, qtbot):
    from app.services.store.seed import due_rule_id

    window, ctx = open_window("field", "due")
    rules = window.current_page
    qtbot.mouseClick(rules.rules_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = rules.rules
    assert dialog.model.rowCount() == len(DUE_RULES) == 12 and not dialog.edit_button.isVisible()
    assert "Synthesis of a review" in [dialog.model.index(r, 0).data() for r in range(11)]
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.dialog is None, "a field office cannot change headquarters' rules"
    dialog.close()

    window, ctx = open_window(hq_profile, "due")
    page = window.current_page
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = page.rules
    assert dialog.edit_button.isVisible() and dialog.model.index(0, 0).data() == "Mission report"
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    edit = dialog.dialog
    days = edit.form.inputs["days"].widget
    days.setFocus()
    days.selectAll()
    QTest.keyClicks(days, "10")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.fd.due_rules.get(due_rule_id("mission_report")).days == 10
    qtbot.waitUntil(lambda: dialog.model.index(0, 1).data() == "10")


def test_a_missions_recommendations_due_together_open_on_its_recommendations_tab(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    today = date.today()
    with FieldDesk.open(field_profile) as fd:
        mission = fd.missions.create({"title": "Mission to Malawi", "country_id": country_id("MW"),
                                      "status": "report_final", "start_date": today - timedelta(days=200),
                                      "end_date": today - timedelta(days=195)})
        for n in range(4):
            fd.recommendations.create({"text": f"Recommendation {n}.", "country_id": country_id("MW"),
                                       "mission_id": mission, "issued_date": today - timedelta(days=190)})
    window, ctx = open_window(field_profile, "dashboard")
    settle(qtbot, ctx)
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 1, timeout=10000)
    assert panel.table.model().index(0, 1).data() == "Follow-up review"
    assert panel.table.model().index(0, 2).data() == "Mission to Malawi \u2013 recommendations: 4"
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(panel.table, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    editor = window.current_page.editor
    assert window.current_key == "missions" and editor.record_id == mission
    assert editor.tabs.currentWidget() is editor.recommendations and editor.recommendations.isVisible()
