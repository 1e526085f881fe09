"""The grids of a training typed into as a spreadsheet: scores and attendance typed across the whole grid at once
(Tab and Enter between cells), at a person's pace too (the saves answering between keys never take the focus away),
Esc cancelling a cell, a column pasted from a spreadsheet filling the cells down, and Arabic's reading order. Only key
presses and clicks reach the widgets; what was saved is read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import settle

from app.services import ListQuery
from app.services.store.seed import country_id

PEOPLE = ("Ana Lopez", "Luz Perez", "Rosa Diaz")
KEYS = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}


def focused():
    return QApplication.focusWidget()


def type_keys(text: str) -> None:
    """``QTest.keyClicks`` of the whole sequence, each key to the widget that has the focus when it is pressed."""
    for character in text:
        QTest.keyClick(focused(), KEYS.get(character, character))


@pytest.fixture
def training(open_window, qtbot):
    def open_(language="en"):
        window, ctx = open_window("field", "trainings", language)
        fd = ctx.fd
        tid = fd.trainings.create({"title": "Fair trial standards", "start_date": date(2025, 5, 5),
                                   "end_date": date(2025, 5, 7), "country_id": country_id("GT")})
        enrollments = [fd.enrollments.create({"training_id": tid, "participant_id": fd.participants.create(
            {"full_name": name})}) for name in PEOPLE]
        editor = window.current_page.editor
        with qtbot.waitSignal(editor.loaded, timeout=10000):
            editor.load(tid)
        settle(qtbot, ctx)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        return window, ctx, editor, enrollments
    return open_


def open_tab(qtbot, ctx, editor, tab):
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(tab)).center())
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(PEOPLE))


def click_cell(qtbot, grid, row, column):
    index = grid.model().index(row, column)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
    qtbot.waitUntil(lambda: focused() is grid and grid.currentIndex() == index)


def answered(qtbot, ctx, tab):
    """Until what was typed is saved and the sheet read again."""
    qtbot.waitUntil(lambda: not tab._pending and not tab._in_flight, timeout=10000)
    settle(qtbot, ctx)


def scores(ctx, enrollments):
    got = [ctx.fd.enrollments.get(e) for e in enrollments]
    return [(g.pre_score, g.post_score, g.evaluation_score, g.certificate_issued) for g in got]


def test_scores_typed_across_the_whole_grid_are_saved_and_shown(training, qtbot):
    window, ctx, editor, enrollments = training()
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 0, 1)
    # pre-test, post-test, evaluation, certificate (1 = issued) for each person; Enter moves on like Tab
    type_keys("40\t75\t5\t1\t" "55.5\n80\t4\t\t" "30\t60\n3\t1\n")
    answered(qtbot, ctx, tab)
    assert scores(ctx, enrollments) == [(40, 75, 5, True), (55.5, 80, 4, False), (30, 60, 3, True)]
    assert focused() is tab.view, "the focus stays in the grid"
    model = tab.model
    assert [model.index(1, c).data() for c in (1, 2, 3, 4)] == ["55.5", "80", "+24.5", "4"]
    assert "average evaluation 4.0 / 5" in tab.averages.text() and "2 certificates issued" in tab.averages.text()


def test_scores_typed_at_a_persons_pace_keep_the_focus_in_the_grid(training, qtbot):
    window, ctx, editor, enrollments = training()
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 0, 1)
    for keys in ("40\t", "7", "5\t", "5\t", "\t", "60\t", "7", "0\t", "4\t"):
        type_keys(keys)
        answered(qtbot, ctx, tab)  # each save answered before the next key: the sheet is read again under the typing
        assert focused() is tab.view or tab.view.isAncestorOf(focused()), f"focus went to {focused()}"
    assert [s[:3] for s in scores(ctx, enrollments)] == [(40, 75, 5), (60, 70, 4), (None, None, None)]
    assert window.current_page.panel.search.text() == ""


def test_esc_cancels_a_cell_and_bad_input_is_named(training, qtbot):
    window, ctx, editor, enrollments = training()
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 0, 1)
    type_keys("40\t")
    answered(qtbot, ctx, tab)
    click_cell(qtbot, tab.view, 0, 1)
    type_keys("99")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is tab.view and tab.model.index(0, 1).data() == "40"
    type_keys("140\t")
    answered(qtbot, ctx, tab)
    assert "from 0 to 100" in tab.message.text()
    assert scores(ctx, enrollments)[0][0] == 40


def test_a_pasted_column_fills_the_cells_down(training, qtbot):
    window, ctx, editor, enrollments = training()
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 0, 2)
    QGuiApplication.clipboard().setText("12\n15\n9\n")  # copied in a spreadsheet, pasted with Ctrl+V
    with qtbot.waitSignal(ctx.changed, timeout=10000):
        QTest.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert [s[1] for s in scores(ctx, enrollments)] == [12, 15, 9]
    assert [tab.model.index(r, 2).data() for r in range(3)] == ["12", "15", "9"]


def test_attendance_typed_across_the_grid(training, qtbot):
    window, ctx, editor, enrollments = training()
    tab = editor.attendance
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 0, 0)
    type_keys("1\t1\t0\t" "1\t \n0\n" "1\t1\t1")
    answered(qtbot, ctx, tab)
    got = [ctx.fd.enrollments.get(e).attendance for e in enrollments]
    assert got == [[True, True, False], [True, True, False], [True, True, True]]  # space: not recorded -> present
    assert focused() is tab.view
    assert tab.model.index(0, 3).data() == "2 / 3"
    type_keys("\t")  # from the last cell, Tab goes on to the next widget
    assert focused() is tab.all_present
    assert ctx.fd.enrollments.count(ListQuery(filters={"training_id": editor.record_id})) == 3


def test_arabic_grid_moves_right_to_left(training, qtbot):
    window, ctx, editor, enrollments = training("ar")
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    grid = tab.view
    assert grid.isRightToLeft()
    click_cell(qtbot, grid, 0, 1)
    type_keys("40\t")
    assert grid.currentIndex().column() == 2
    pre, post = (grid.visualRect(tab.model.index(0, c)).x() for c in (1, 2))
    assert post < pre, "the next cell in reading order is on the left"
    type_keys("75\t")
    answered(qtbot, ctx, tab)
    assert scores(ctx, enrollments)[0][:2] == (40, 75)


def test_budget_lines_typed_in_place(open_window, qtbot):
    window, ctx = open_window("field", "projects")
    fd = ctx.fd
    pid = fd.projects.create({"code": "GT-2025-01", "title": "Ombudsman"})
    lines = [fd.project_budgets.create({"project_id": pid, "year": year, "budget_usd": 1000, "expenditure_usd": 0,
                                        "funding_source": "regular_budget"}) for year in (2025, 2026)]
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(pid)
    settle(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    budget = editor.budget
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(budget)).center())
    settle(qtbot, ctx)
    rows = {r["id"]: n for n, r in enumerate(budget.model.rows)}
    first = rows[lines[0]]
    click_cell(qtbot, budget.view, first, 2)
    type_keys("1500.5\t750\t")  # budget, then expenditure, then on to the next line's budget
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: fd.project_budgets.get(lines[0]).expenditure_usd == 750, timeout=10000)
    assert fd.project_budgets.get(lines[0]).budget_usd == 1500.5
    assert focused() is budget.view and budget.view.currentIndex() == budget.model.index(1 - first, 2)
    qtbot.waitUntil(lambda: budget.model.rows[first]["rate"] == 50.0)  # read again: the execution rate follows
    type_keys("abc\t")
    assert "number" in budget.message.text()


def test_delete_on_a_cell_that_cannot_change_never_deletes_the_activity(training, qtbot, dialogs):
    window, ctx, editor, enrollments = training()
    for tab, column in ((editor.scores, 0), (editor.attendance, 3)):  # a participant's name, an attendance total
        open_tab(qtbot, ctx, editor, tab)
        click_cell(qtbot, tab.view, 0, column)
        QTest.keyClick(focused(), Qt.Key.Key_Delete)
        QTest.keyClick(focused(), Qt.Key.Key_Backspace)
        settle(qtbot, ctx)
        assert dialogs.of("question") == [], "Delete in a grid asked to delete the record"
        assert focused() is tab.view
    assert not ctx.fd.trainings.get(editor.record_id).deleted
    assert len(ctx.fd.enrollments.ids(ListQuery(filters={"training_id": editor.record_id}))) == 3


def test_ctrl_s_while_a_cell_is_typed_saves_the_cell_and_the_record(training, qtbot):
    window, ctx, editor, enrollments = training()
    title = editor.form.inputs["title"].focus_widget
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    QTest.keyClick(focused(), Qt.Key.Key_End)
    QTest.keyClicks(focused(), " II")
    tab = editor.scores
    open_tab(qtbot, ctx, editor, tab)
    click_cell(qtbot, tab.view, 1, 2)
    type_keys("75")  # the cell is still being typed in
    assert focused() is not tab.view and tab.view.isAncestorOf(focused())
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scores(ctx, enrollments)[1][1] == 75, timeout=10000)
    qtbot.waitUntil(lambda: ctx.fd.trainings.get(editor.record_id).title == "Fair trial standards II", timeout=10000)
    answered(qtbot, ctx, tab)
    assert tab.model.index(1, 2).data() == "75"
    assert focused() is tab.view
