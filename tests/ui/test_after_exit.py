"""The project editor's "After the exit" tab: a closed project shows when its checks fall; a check is recorded by
typing and clicking, and is then no longer due; a second check at the same months is refused beside its field and
nothing is saved; the check's changes show in the project's History tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget
from uihelpers import settle

from app.services.programme.due import due_items
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from app.services.store.transitions import transition


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def show_tab(qtbot, editor, widget) -> None:
    tabs = next(w for w in editor.findChildren(QTabWidget) if w.indexOf(widget) >= 0)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert widget.isVisible()


def test_a_check_is_recorded_through_the_tab(open_window, field_profile, qtbot, monkeypatch, tmp_path):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        project = fd.projects.create({"code": "MW-2022-01", "title": "Prisons", "country_id": country_id("MW"),
                                      "start_date": date(2022, 1, 1), "end_date": date(2024, 12, 31),
                                      "exit_date": date(2025, 3, 31), "national_partner": "Prison service"})
        for status in ("approved", "ongoing", "completed", "closed"):
            transition(fd, "project", project, status, on=date(2024, 12, 31))
    window, ctx = open_window(field_profile, "dashboard")
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 2)  # the 6- and 12-month checks, overdue
    assert panel.table.model().index(0, 2).data() == "MW-2022-01 Prisons \u2013 6 months after the exit"
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.table.model().index(0, 2)).center())
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    page = window.current_page
    section = page.editor.after_exit
    assert window.current_key == "projects" and page.editor.record_id == project
    assert section.isVisible(), "a check due opens on the After the exit tab"
    assert section.plan.text().startswith("Exit on ") and "6 months (" in section.plan.text()
    assert "24 months (" in section.plan.text() and "recorded" not in section.plan.text()
    assert sorted(i.detail for i in due_items(ctx.fd, horizon_days=800) if i.kind == "sustainability_check") == \
        ["12", "24", "6"]

    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    inputs = dialog.form.inputs
    assert inputs["months_after"].value() == 6, "the first check not yet recorded is offered"
    inputs["partner_running"].widget.setFocus()
    qtbot.keyClick(inputs["partner_running"].widget, Qt.Key.Key_Down)  # sustained -> partly
    click(qtbot, inputs["budget_line"].widget)
    inputs["notes"].widget.setFocus()
    QTest.keyClicks(inputs["notes"].widget, "The hand-over held; two trainers left.")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    [check] = ctx.fd.sustainability_checks.matching_rows(ListQuery(filters={"project_id": project}),
        ["months_after", "partner_running", "budget_line", "staff_in_post", "notes"])
    assert (check["months_after"], check["partner_running"], check["budget_line"], check["staff_in_post"],
            check["notes"]) == (6, "partly", True, False, "The hand-over held; two trainers left.")
    qtbot.waitUntil(lambda: "6 months (" in section.plan.text() and "recorded" in section.plan.text())
    assert sorted(i.detail for i in due_items(ctx.fd, horizon_days=800) if i.kind == "sustainability_check") == \
        ["12", "24"]

    # The same months again: refused beside its field, nothing saved.
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    spin = dialog.form.inputs["months_after"].widget
    assert spin.value() == 12
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "6")
    click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    shown = dialog.summary.text() + " ".join(e.text() for e in dialog.form.errors.values())
    assert dialog.isVisible() and "check at 6 months after the exit is already recorded" in shown
    assert ctx.fd.sustainability_checks.count() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # The evidence seen, as a file kept on the check itself.
    assert not section.evidence_button.isEnabled(), "no check chosen"
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=section.view.visualRect(section.view.model().index(0, 0)).center())
    click(qtbot, section.evidence_button)
    evidence = section.evidence
    qtbot.waitUntil(evidence.isVisible)
    budget_page = tmp_path / "Budget law 2025, line 14.pdf"
    budget_page.write_bytes(b"%PDF-1.4 the national budget line")
    # the desktop's own file chooser answers with the file the officer picked
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(budget_page)], "")))
    settle(qtbot, ctx)  # the check's files read (none yet)
    click(qtbot, evidence.files.add_button)
    qtbot.waitUntil(lambda: evidence.files.model.rowCount() == 1, timeout=10000)
    [kept] = ctx.fd.attachments.matching_rows(ListQuery(filters={"record_table": "sustainability_check"}),
                                              ["record_id", "filename"])
    assert (kept["record_id"], kept["filename"]) == (check["id"], "Budget law 2025, line 14.pdf")
    qtbot.keyClick(evidence, Qt.Key.Key_Escape)

    history = page.editor.history
    show_tab(qtbot, page.editor, history)
    settle(qtbot, ctx)
    fields = {history.model.index(r, 4).data() for r in range(history.model.rowCount())}
    assert "After the exit: Notes" in fields and "After the exit: Months after the exit" in fields


def test_the_dashboard_tile_counts_closed_projects_sustained_at_twelve_months(open_window, qtbot):
    window, ctx = open_window("demo", "dashboard")
    page = window.current_page
    card = page.cards["sustained"]
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    assert card.caption.text() == "closed projects sustained at 12 months"
    assert card.value.text() == "2 of 3", "Bosnia and Herzegovina and Guatemala sustained at 12 months, Mongolia not"
    country = page.country
    country.setFocus()
    qtbot.keyClicks(country, "Mongolia")
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: card.value.text() == "0 of 1", timeout=10000)


def test_headquarters_sets_the_months_of_the_checks(open_window, hq_profile, qtbot):
    from app.services.store.seed import due_rule_id

    window, ctx = open_window(hq_profile, "due")
    page = window.current_page
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog = page.rules
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    row = names.index("Sustainability check")  # rules added later (the grants') may come after it
    assert dialog.model.index(row, 3).data() == "6, 12, 24"
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len(names) - 1 - row):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    edit = dialog.dialog
    months = edit.form.inputs["check_months"].widget
    months.setFocus()
    months.selectAll()
    QTest.keyClicks(months, "six")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    shown = edit.summary.text() + " ".join(e.text() for e in edit.form.errors.values())
    assert "Write whole months from 1 to 120" in shown and edit.isVisible()
    assert ctx.fd.due_rules.get(due_rule_id("sustainability_check")).check_months == "6, 12, 24"
    months.selectAll()
    QTest.keyClicks(months, "12, 36")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ctx.fd.due_rules.get(due_rule_id("sustainability_check")).check_months == "12, 36"
    qtbot.waitUntil(lambda: dialog.model.index(row, 3).data() == "12, 36")
