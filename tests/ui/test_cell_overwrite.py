"""Values typed in place (a training's score cell, a project's budget cell, a review's synthesis, headquarters'
retention months) save with the values the person started from, as a form does: a value another person saved
meanwhile (on the same database, through another connection) is replaced, as the later save would be in sync, and is
kept as a conflict to review, said as a record edit's is. Only keys and clicks reach the widgets; what was saved is
read back through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from uihelpers import open_tab, press_in, settle

from app.models.ids import reference_id
from app.services import FieldDesk
from app.services.store.seed import country_id
from app.sync.conflicts import list_conflicts

SAID = "Two people changed {} at the same time; the later save is in effect and the value it replaced"


def _type_in_cell(qtbot, grid, row: int, column: int, text: str) -> None:
    index = grid.model().index(row, column)
    grid.window().activateWindow()  # as the window manager does (a page made meanwhile may have taken it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is grid.window(), timeout=5000)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid and grid.currentIndex() == index)
    for character in text:
        QTest.keyClick(QApplication.focusWidget(), character)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _kept(fd, table: str, record_id: str, field: str):
    [conflict] = [c for c in list_conflicts(fd) if (c.table, c.record_id, c.field) == (table, record_id, field)]
    assert conflict.kind == "concurrent_edit"
    assert conflict.describe().startswith(SAID.format(conflict.field_label.lower()))
    return conflict.mine, conflict.theirs


def test_cells_and_a_synthesis_typed_over_a_value_saved_meanwhile_keep_it_as_a_conflict(open_window, field_profile,
                                                                                          qtbot):
    with FieldDesk.open(field_profile) as fd:
        training = fd.trainings.create({"title": "Fair trial standards", "start_date": date(2025, 5, 5),
                                        "end_date": date(2025, 5, 6), "country_id": country_id("GT")})
        enrollment = fd.enrollments.create({"training_id": training, "participant_id": fd.participants.create(
            {"full_name": "Ana Lopez"}), "pre_score": 10})
        project = fd.projects.create({"code": "GT-2025-01", "title": "Ombudsman"})
        line = fd.project_budgets.create({"project_id": project, "year": 2025, "budget_usd": 1000,
                                          "expenditure_usd": 0, "funding_source": "regular_budget"})
        review = fd.reviews.create({"title": "Country review", "kind": "country", "status": "in_progress",
                                    "country_ids": [country_id("GT")], "synthesis": "First thoughts."})
    window, ctx = open_window(field_profile, "trainings")
    fd = ctx.fd

    # a score typed in the grid, after another person set it
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(training)
    scores = editor.scores
    open_tab(qtbot, editor.tabs, scores)
    qtbot.waitUntil(lambda: scores.model.rowCount() == 1)
    fd.enrollments.update(enrollment, {"pre_score": 20})  # elsewhere, meanwhile: this sheet still shows 10
    _type_in_cell(qtbot, scores.view, 0, 1, "40")
    qtbot.waitUntil(lambda: fd.enrollments.get(enrollment).pre_score == 40, timeout=10000)
    settle(qtbot, ctx)
    assert _kept(fd, "enrollment", enrollment, "pre_score") == (40, 20)
    _type_in_cell(qtbot, scores.view, 0, 1, "45")  # typed again over its own save: nothing more to keep
    qtbot.waitUntil(lambda: fd.enrollments.get(enrollment).pre_score == 45, timeout=10000)
    settle(qtbot, ctx)
    assert all(c.mine != 45 for c in list_conflicts(fd))

    # a budget cell of a project's part grid
    press_in(qtbot, window, "Ctrl+7")
    qtbot.waitUntil(lambda: window.current_key == "projects")
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(project)
    budget = editor.budget
    open_tab(qtbot, editor.tabs, budget)
    qtbot.waitUntil(lambda: budget.model.rowCount() == 1)
    fd.project_budgets.update(line, {"budget_usd": 1200})  # elsewhere, meanwhile
    _type_in_cell(qtbot, budget.view, 0, 2, "1500")
    qtbot.waitUntil(lambda: fd.project_budgets.get(line).budget_usd == 1500, timeout=10000)
    settle(qtbot, ctx)
    assert _kept(fd, "project_budget", line, "budget_usd") == (1500, 1200)

    # a review's synthesis
    sidebar = window.sidebar
    item = next(sidebar.item(n) for n in range(sidebar.count()) if sidebar.item(n).text() == "Reviews")
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_key == "reviews")
    editor = window.current_page.editor
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.load(review)
    synthesis = editor.synthesis
    open_tab(qtbot, editor.tabs, synthesis)
    qtbot.waitUntil(lambda: synthesis.text.toPlainText() == "First thoughts.")
    fd.reviews.update(review, {"synthesis": "Their thoughts."})  # elsewhere, meanwhile
    qtbot.mouseClick(synthesis.text.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClick(synthesis.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(synthesis.text, " And mine.")
    with qtbot.waitSignal(synthesis.saved, timeout=10000):
        qtbot.mouseClick(synthesis.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert fd.reviews.get(review).synthesis == "First thoughts. And mine."
    assert _kept(fd, "review", review, "synthesis") == ("First thoughts. And mine.", "Their thoughts.")


def test_retention_months_typed_over_months_saved_meanwhile_keep_them_as_a_conflict(open_shell, hq_profile, qtbot):
    shell, _window, ctx = open_shell(hq_profile)
    preferences = shell.open_preferences()
    settle(qtbot, ctx)
    bar = preferences.sections.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    rule = reference_id("retention_rule", "manual_backups")
    ctx.fd.retention_rules.update(rule, {"months": 6})  # another headquarters user, meanwhile
    box = preferences.retention.months["manual_backups"]
    assert box.value() == 12
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "18")
    ok = preferences.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
    settle(qtbot, ctx)
    assert ctx.fd.retention_rules.get(rule).months == 18
    assert _kept(ctx.fd, "retention_rule", rule, "months") == (18, 6)
