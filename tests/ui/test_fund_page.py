"""The Fund page at headquarters: a contribution recorded through the keyboard shows in the Fund's position; a
saved allocation beyond the year's receipts says so under its form; at an office the Fund is read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget
from uihelpers import open_tab, press_in, settle, type_text

from app.services.store.query import ListQuery
from app.services.store.seed import country_id


def received_2026(page) -> str:
    model = page.position.years
    rows = [y for y in model.rows if y.year == 2026]
    return model.data(model.index(model.rows.index(rows[0]), 2)) if rows else ""


def test_a_contribution_typed_in_changes_the_position(open_window, hq_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as fd:
        norway = fd.donors.create({"name": "Norway", "kind": "government", "country_id": country_id("NO")})
        fd.exchange_rates.create({"currency": "NOK", "effective_date": date(2026, 1, 1), "units_per_usd": 10.0})
        fd.contributions.create({"donor_id": norway, "year": 2026, "amount": 100_000.0, "currency": "USD",
                                 "status": "received", "receipt_date": date(2026, 2, 1)})
        project = fd.projects.create({"code": "GT-26", "title": "Justicia", "country_id": country_id("GT")})
    window, ctx = open_window(hq_profile, "fund")
    page = window.current_page
    open_tab(qtbot, page.tabs, page.position)
    qtbot.waitUntil(lambda: received_2026(page) == "100,000")

    open_tab(qtbot, page.tabs, page.contributions)
    editor = page.contributions.editor
    press_in(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    qtbot.waitUntil(lambda: inputs["donor_id"].widget.count() == 2)  # "—" and Norway, read on the worker
    inputs["donor_id"].widget.setFocus()
    qtbot.keyClick(inputs["donor_id"].widget, Qt.Key.Key_Down)
    type_text(qtbot, inputs["year"].widget.lineEdit(), "2026")
    type_text(qtbot, inputs["amount"].widget.lineEdit(), "500000")
    type_text(qtbot, inputs["currency"].widget, "nok")
    inputs["status"].widget.setFocus()
    qtbot.keyClick(inputs["status"].widget, Qt.Key.Key_Down)  # pledged -> received
    QTest.keyClicks(inputs["receipt_date"].focus_widget, "2026-03-01")
    press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [row] = ctx.fd.contributions.matching_rows(ListQuery(filters={"currency": ["NOK"]}),
                                               ["donor_id", "year", "amount", "status", "receipt_date"])
    assert (row["donor_id"], row["year"], row["amount"], row["status"], row["receipt_date"]) == \
        (norway, 2026, 500_000, "received", date(2026, 3, 1))
    open_tab(qtbot, page.tabs, page.position)
    qtbot.waitUntil(lambda: received_2026(page) == "150,000")  # 100 000 USD + 500 000 NOK at 10

    # 200 000 allocated against 150 000 received: saved, and said plainly
    open_tab(qtbot, page.tabs, page.allocations)
    editor = page.allocations.editor
    press_in(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    type_text(qtbot, inputs["year"].widget.lineEdit(), "2026")
    type_text(qtbot, inputs["amount_usd"].widget.lineEdit(), "200000")
    picker = inputs["project_id"]
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "Justi")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() == project)
    press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    qtbot.waitUntil(editor.warnings.isVisible)
    assert "more than the 150,000 USD received" in editor.warnings.text()
    assert ctx.fd.fund_allocations.count() == 1

    # the project's Budget tab lists what it received, read-only
    press_in(qtbot, window, "Ctrl+7")
    qtbot.waitUntil(lambda: window.current_key == "projects")
    projects = window.current_page
    view = projects.panel.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: projects.editor.record_id == project)
    budget = projects.editor.budget
    open_tab(qtbot, next(t for t in projects.editor.findChildren(QTabWidget) if t.indexOf(budget) >= 0), budget)
    received = budget.allocations.model
    qtbot.waitUntil(lambda: received.rowCount() == 1)
    assert [received.data(received.index(0, c)) for c in range(2)] == ["2026", "200,000"]


def test_an_office_reads_the_fund(open_window, qtbot):
    window, ctx = open_window("field", "fund")
    page = window.current_page
    open_tab(qtbot, page.tabs, page.donors)
    assert not window.actions_.new.isEnabled()
    press_in(qtbot, window, "Ctrl+N")
    settle(qtbot, ctx)
    assert page.donors.editor.mode == "empty"
    assert window.actions_.export.isEnabled() and window.actions_.search.isEnabled(), "what the page's note says"


def test_the_fund_report_from_the_reports_page_takes_a_year(open_window, qtbot):
    from test_every_report import generate, pdf_text, pick

    window, ctx = open_window("field", "reports")
    page = window.current_page
    pick(qtbot, page.inputs["kind"].widget, "The Voluntary Fund")
    year = page.inputs["year"].widget
    assert year.isVisibleTo(page)
    type_text(qtbot, year, "26")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.problem.isVisible() and "Write a year, such as 2026" in page.problem.text()
    type_text(qtbot, year, "2026")
    report = generate(qtbot, page)
    assert report.request.year == 2026 and "Year 2026" in pdf_text(report.data)
