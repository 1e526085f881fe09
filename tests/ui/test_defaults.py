"""Defaults a person would expect, and a layout that holds still: a meeting's date within its mission's dates, a
training's language the office's usual one (a site setting in Preferences), and no widget moving when a grid's
message or summary line changes. Only key presses and clicks reach the widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import settle

from app.services.profile import site_settings
from app.services.store.seed import country_id
from app.ui.widgets.children import day_within


def focused():
    return QApplication.focusWidget()


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def press(sequence: str) -> None:
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(focused(), combination.key(), combination.keyboardModifiers())


def test_the_day_of_a_part_falls_within_its_parents_dates():
    start, end = date(2026, 3, 10), date(2026, 3, 14)
    assert day_within(start, end, today=date(2026, 3, 12)) == date(2026, 3, 12)
    assert day_within(start, end, today=date(2026, 5, 1)) == start
    assert day_within(start, end, today=date(2026, 1, 1)) == start
    assert day_within(None, end, today=date(2026, 5, 1)) == end
    assert day_within(start, None, today=date(2026, 5, 1)) == start
    assert day_within(None, None) is None


def test_a_meeting_added_to_a_past_mission_defaults_to_the_missions_first_day(open_window, qtbot):
    window, ctx = open_window("field", "missions")
    start = date.today() - timedelta(days=40)
    mid = ctx.fd.missions.create({"title": "Needs assessment", "country_id": country_id("GT"), "start_date": start,
                                  "end_date": start + timedelta(days=4)})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(mid)
    settle(qtbot, ctx)
    meetings = editor.parts[1]
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(meetings)).center())
    settle(qtbot, ctx)
    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    dialog = meetings.dialog
    assert dialog.form.inputs["meeting_date"].value() == start
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_new_training_speaks_the_offices_usual_language(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    # chosen in Preferences (test_report_settings covers it): the write announces the setting it changed
    with qtbot.waitSignal(ctx.changed, timeout=10000, check_params_cb=lambda tables: "local_setting" in tables):
        ctx.write(lambda fd: site_settings.set_training_language(fd, "es"))
    settle(qtbot, ctx)
    active(qtbot, window)
    press("Ctrl+N")
    editor = window.current_page.editor
    assert editor.form.inputs["language"].value() == "es"
    with pytest.raises(site_settings.SettingRefused, match="not a training language"):
        site_settings.set_training_language(ctx.fd, "klingon")
    assert site_settings.training_language(ctx.fd) == "es"


def test_a_grid_message_moves_nothing(open_window, qtbot):
    window, ctx = open_window("field", "trainings")
    fd = ctx.fd
    tid = fd.trainings.create({"title": "Workshop", "country_id": country_id("GT"), "start_date": date(2025, 5, 5),
                               "end_date": date(2025, 5, 6)})
    fd.enrollments.create({"training_id": tid, "participant_id": fd.participants.create({"full_name": "Ana"})})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(tid)
    settle(qtbot, ctx)
    active(qtbot, window)
    tab = editor.scores
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(tab)).center())
    settle(qtbot, ctx)
    grid = tab.view
    index = tab.model.index(0, 1)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
    before = (grid.geometry(), tab.averages.geometry())
    for key in "400":
        QTest.keyClick(focused(), key)
    press("Tab")
    assert tab.message.text()
    QApplication.processEvents()
    assert (grid.geometry(), tab.averages.geometry()) == before


def test_the_budget_summary_growing_a_line_moves_nothing(open_window, qtbot):
    window, ctx = open_window("field", "projects")
    fd = ctx.fd
    pid = fd.projects.create({"code": "GT-2025-01", "title": "Ombudsman"})
    fd.project_budgets.create({"project_id": pid, "year": 2025, "budget_usd": 1000, "expenditure_usd": 250,
                               "funding_source": "regular_budget"})
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(pid)
    budget = editor.budget
    bar = editor.tabs.tabBar()
    with qtbot.waitSignal(budget.loaded, timeout=10000):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(budget)).center())
        budget.reload()
    QApplication.processEvents()
    assert budget.isVisible()
    before = (budget.view.geometry(), budget.add_button.geometry())
    assert "\n" not in budget.totals.text()
    fd.project_budgets.create({"project_id": pid, "year": 2026, "budget_usd": 2000, "expenditure_usd": 0,
                               "funding_source": "regular_budget"})
    budget.reload()  # a colleague's line, read again: the summary gains a line, by year
    qtbot.waitUntil(lambda: "\n" in budget.totals.text(), timeout=10000)
    QApplication.processEvents()
    assert (budget.view.geometry(), budget.add_button.geometry()) == before
