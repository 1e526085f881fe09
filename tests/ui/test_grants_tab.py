"""The project editor's Grants tab, as a field officer uses it: a grant's tranche due opens the project on its Grants
tab from the dashboard; the grant says in words what is overdue; tranche 2 is recorded paid by ticking Paid and
typing the date; the officer is then told the narrative report alone is overdue, and closes the grant. The Grants
page filtered by status and to the overdue, a grant opened from it; the grants report made from the Reports page
with only the overdue."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import press_in, settle

from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from app.services.store.transitions import history, transition


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_row(qtbot, view, row: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())


def test_a_field_officer_records_tranche_two_paid_and_is_told_the_report_is_overdue(open_window, field_profile,
                                                                                      qtbot):
    from app.services import FieldDesk

    today = date.today()
    with FieldDesk.open(field_profile) as fd:
        project = fd.projects.create({"code": "GT-2026-04", "title": "Justicia", "country_id": country_id("GT")})
        fd.grants.create({"project_id": project, "grantee_name": "Asociación Pop No'j", "amount": 5000})  # listed first
        grant = fd.grants.create({"project_id": project, "grantee_name": "Colectivo Madre Tierra",
                                  "amount": 30000})
        transition(fd, "grant_award", grant, "approved", on=today - timedelta(days=120))
        transition(fd, "grant_award", grant, "active", on=today - timedelta(days=100))
        fd.grant_tranches.create({"grant_id": grant, "number": 1, "amount": 15000, "paid": True,
                                  "due_date": today - timedelta(days=90), "paid_date": today - timedelta(days=90)})
        second = fd.grant_tranches.create({"grant_id": grant, "number": 2, "amount": 10000,
                                           "due_date": today - timedelta(days=20)})
        fd.grant_reports.create({"grant_id": grant, "kind": "narrative", "due_date": today - timedelta(days=30)})
    window, ctx = open_window(field_profile, "dashboard")
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 2)
    texts = [panel.table.model().index(r, 2).data() for r in range(2)]
    assert texts == ["Colectivo Madre Tierra (GT-2026-04) \u2013 Narrative report",
                     "Colectivo Madre Tierra (GT-2026-04) \u2013 tranche 2"]
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.table.model().index(1, 2)).center())
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    page = window.current_page
    tab = page.editor.grants
    assert window.current_key == "projects" and page.editor.record_id == project
    assert tab.isVisible(), "a grant's tranche due opens on the Grants tab"
    qtbot.waitUntil(lambda: tab.grant_id == grant)  # the grant the item is about, not the first listed
    assert [r["grantee_name"] for r in tab.grants.model.rows] == ["Asociación Pop No'j", "Colectivo Madre Tierra"]
    qtbot.waitUntil(lambda: tab.state.text().startswith("Paid USD\u00a015,000 of USD\u00a030,000."))
    assert tab.status_line.label.text().startswith("Status: Active, since ") and tab.status_line.button.isEnabled()
    click_row(qtbot, tab.grants.view, 1)
    qtbot.keyClick(tab.grants.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.grants.dialog is not None and tab.grants.dialog.isVisible())
    assert not tab.grants.dialog.form.inputs["status"].widget.isEnabled(), "its status changes on the status line"
    qtbot.keyClick(tab.grants.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.grants.dialog.isVisible())
    assert "Warning: the tranches add up to USD\u00a025,000, not the grant's USD\u00a030,000." in tab.state.text()
    assert "Overdue: Narrative report, due " in tab.state.text() and "Tranche 2, due " in tab.state.text()
    assert [tab.grants.model.index(r, 5).data() for r in range(2)] == ["", "2 overdue"]
    assert [tab.tranches.model.index(r, 4).data() for r in range(2)] == ["Paid", "Overdue"]

    click_row(qtbot, tab.tranches.view, 1)
    qtbot.keyClick(tab.tranches.view, Qt.Key.Key_Return)
    dialog = tab.tranches.dialog
    qtbot.waitUntil(dialog.isVisible)
    inputs = dialog.form.inputs
    paid_on = today - timedelta(days=2)
    click(qtbot, inputs["paid_date"].edit)
    QTest.keyClicks(inputs["paid_date"].edit, paid_on.isoformat())
    assert not dialog.ok_button.isEnabled(), "a paid date without Paid ticked is refused"
    assert "Tick “Paid”, or clear the paid date." in dialog.summary.text() + " ".join(
        e.text() for e in dialog.form.errors.values())
    click(qtbot, inputs["paid"].widget)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    row = ctx.fd.grant_tranches.get_row(second)
    assert (row["paid"], row["paid_date"]) == (True, paid_on)
    qtbot.waitUntil(lambda: "Tranche 2" not in tab.state.text())
    assert "Overdue: Narrative report, due " in tab.state.text()
    assert tab.grants.model.index(1, 5).data() == "1 overdue"
    assert [tab.tranches.model.index(r, 4).data() for r in range(2)] == ["Paid", "Paid"]

    # The grant is closed on the status line (a dated change, as a project's): a closed grant owes nothing.
    click(qtbot, tab.status_line.button)
    qtbot.waitUntil(lambda: tab.status_line.dialog is not None and tab.status_line.dialog.isVisible())
    change = tab.status_line.dialog
    combo = change.form.inputs["status"].widget
    assert [combo.itemText(i) for i in range(combo.count())] == ["Closed", "Cancelled"]
    click(qtbot, combo)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Home)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    click(qtbot, change.ok_button)
    qtbot.waitUntil(lambda: not change.isVisible())
    settle(qtbot, ctx)
    assert [(h["from_status"], h["to_status"]) for h in history(ctx.fd, "grant_award", grant)][-1] == (
        "active", "closed")
    qtbot.waitUntil(lambda: tab.status_line.label.text().startswith("Status: Closed, since "))
    assert "Overdue" not in tab.state.text() and not tab.status_line.button.isEnabled()


def test_the_grants_page_filters_by_status_and_the_overdue_and_opens_a_grant_on_its_project(open_window, qtbot):
    window, ctx = open_window("demo", "grants")
    page = window.current_page
    settle(qtbot, ctx)
    names = lambda: [page.model.index(r, 0).data() for r in range(page.model.rowCount())]  # noqa: E731
    assert len(names()) == 4 and page.count.text() == "Grants shown: 4"
    click(qtbot, page.overdue)
    settle(qtbot, ctx)
    assert "Colectivo Madre Tierra" in names()
    assert not any(n.startswith("Vaša prava") for n in names()), "a closed grant owes nothing"
    row = names().index("Colectivo Madre Tierra")
    late = page.model.index(row, 6).data()
    assert late.startswith("Narrative report (days late: ") and "; Tranche 2 (days late: " in late
    click(qtbot, page.overdue)
    settle(qtbot, ctx)
    assert len(names()) == 4
    # The status filter, from the keyboard: Alt+S, then the last status (cancelled), the one above (closed), all.
    press_in(qtbot, window, "Alt+S")
    assert QApplication.focusWidget() is page.status
    for key, expected in ((Qt.Key.Key_End, []), (Qt.Key.Key_Up, ["Vaša prava BiH"])):
        qtbot.keyClick(page.status, key)
        settle(qtbot, ctx)
        assert names() == expected and page.count.text() == f"Grants shown: {len(expected)}"
    qtbot.keyClick(page.status, Qt.Key.Key_Home)
    settle(qtbot, ctx)
    assert len(names()) == 4
    row = names().index("Colectivo Madre Tierra")
    click_row(qtbot, page.table, row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    projects = window.current_page
    tab = projects.editor.grants
    assert window.current_key == "projects" and tab.isVisible()
    qtbot.waitUntil(lambda: tab.grant_id is not None and "Overdue: Narrative report" in tab.state.text())
    chosen = tab.grants.model.rows[tab.grants.view.currentIndex().row()]
    assert chosen["grantee_name"] == "Colectivo Madre Tierra" and tab.grant_id == chosen["id"]
    assert tab.grants.model.rows[0]["grantee_name"] != chosen["grantee_name"], "the grant asked for, not the first"


def test_the_grants_report_from_the_reports_page_with_only_the_overdue(open_window, qtbot):
    window, ctx = open_window("demo", "reports")
    page = window.current_page
    kind = page.inputs["kind"].widget
    row = next(i for i in range(kind.count()) if kind.itemData(i) == "grants")
    qtbot.mouseClick(kind, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kind.view().isVisible())
    qtbot.keyClick(kind.view(), Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(kind.view(), Qt.Key.Key_Down)
    qtbot.keyClick(kind.view(), Qt.Key.Key_Return)
    overdue = page.inputs["overdue"].widget
    assert page.inputs["kind"].value() == "grants" and overdue.isVisibleTo(page) and not overdue.isChecked()
    click(qtbot, overdue)
    with qtbot.waitSignal(page.preview.shown, timeout=30000):
        click(qtbot, page.generate_button)
    report = page.preview.report
    text = " ".join(" ".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(report.data)).pages).split())
    assert report.request.overdue and "only grants with something overdue" in text
    assert "Colectivo Madre Tierra" in text and "Procuraduría" not in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_grants_page_writes_amounts_as_the_reports_do(open_window, qtbot, lang):
    """Screen and paper write an amount the same way (Babel's currency formatter, the ISO code where the language puts
    it: "USD 30,000", "30 000 USD"), in the same digits (Latin in Arabic too, as CLDR has it)."""
    from app.reports.i18n import Translator

    window, ctx = open_window("demo", "grants", language=lang)
    page = window.current_page
    settle(qtbot, ctx)
    shown = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    grants = ctx.fd.service("grant_award").matching_rows(ListQuery(), ["amount", "currency"])
    paper = sorted(Translator(lang).currency(g["amount"], g["currency"]) for g in grants)
    assert len(shown) == 4 and sorted(shown) == paper, (shown, paper)
