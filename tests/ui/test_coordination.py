"""The coordination register in the window: before planning a training for judges in Guatemala, the request shows
that UNDP runs a justice programme there and the EU plans judicial training next year, and Enter opens the EU's
activity on the Coordination page; a partner is recorded by typing (shown the similar one first), and an activity
with a currency that does not exist is refused beside its field, then saved once corrected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import choose_menu_action, open_tab, press_in, settle, type_text

from app.services.store.query import ListQuery
from app.services.store.seed import country_id


def test_others_working_on_a_request_for_training_judges_in_guatemala(open_window, qtbot):
    window, ctx = open_window("demo", "requests")
    page = window.current_page
    found = ctx.fd.requests.ids(ListQuery(filters={"country_id": country_id("GT")}, search="judges prosecutors"))
    [request] = [r for r in found if "prosecutors" in ctx.fd.requests.get_row(r)["title"]]  # not the 2021 one
    page.open_record(request)
    settle(qtbot, ctx)
    others = page.editor.others
    open_tab(qtbot, page.editor.tabs, others)
    qtbot.waitUntil(lambda: others.model.rowCount() >= 2)
    rows = [[others.model.index(r, c).data() for c in range(4)] for r in range(others.model.rowCount())]
    assert rows[0][:3] == ["UNDP", "Access to justice and rule of law programme", "Existing"]
    eu = next(n for n, row in enumerate(rows) if row[0] == "EU")
    assert rows[eu][2] == "Planned" and rows[eu][3].endswith("2028")
    assert "Others working on this" in others.note.text()
    qtbot.mouseClick(others.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=others.view.visualRect(others.model.index(eu, 1)).center())
    qtbot.keyClick(others.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "coordination"
    editor = window.current_page.activities.editor
    assert editor.form.inputs["title"].value().startswith("Judicial training on fair trial standards")
    assert editor.form.inputs["currency"].value() == "EUR"


def test_a_partner_and_its_activity_are_recorded_by_typing(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        fd.partners.create({"name": "United Nations Development Programme", "acronym": "UNDP"})
    window, ctx = open_window(field_profile, "coordination")
    coordination = window.current_page
    settle(qtbot, ctx)
    open_tab(qtbot, coordination.tabs, coordination.partners)
    press_in(qtbot, window, "Ctrl+N")
    editor = coordination.partners.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    type_text(qtbot, inputs["acronym"].widget, "undp")
    qtbot.waitUntil(lambda: editor.similar.isVisible(), timeout=10000)
    assert "UNDP \u2013 United Nations Development Programme" in editor.similar.text()
    type_text(qtbot, inputs["acronym"].widget, "AJG")
    type_text(qtbot, inputs["name"].widget, "Asociación de Jueces por la Integridad")
    qtbot.waitUntil(lambda: not editor.similar.isVisible(), timeout=10000)
    inputs["kind"].widget.setFocus()
    QTest.keyClicks(inputs["kind"].widget, "NGO")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        press_in(qtbot, window, "Ctrl+S")
    settle(qtbot, ctx)
    [saved] = ctx.fd.partners.matching_rows(ListQuery(filters={"acronym": "AJG"}), ["name", "kind"])
    assert (saved["name"], saved["kind"]) == ("Asociación de Jueces por la Integridad", "ngo")

    open_tab(qtbot, coordination.tabs, coordination.activities)
    press_in(qtbot, window, "Ctrl+N")
    editor = coordination.activities.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    picker = inputs["partner_id"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "Asoc")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == saved["id"]
    type_text(qtbot, inputs["title"].widget, "Peer network of judges")
    type_text(qtbot, inputs["amount"].widget, "25000")
    type_text(qtbot, inputs["currency"].widget, "QQQ")
    qtbot.waitUntil(lambda: "is not a currency code" in editor.form.errors["currency"].text())
    assert not editor.save_button.isEnabled()
    type_text(qtbot, inputs["currency"].widget, "gtq")
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [activity] = ctx.fd.partner_activities.matching_rows(ListQuery(filters={"partner_id": saved["id"]}),
                                                         ["title", "amount", "currency", "stage", "country_id"])
    assert (activity["title"], activity["amount"], activity["currency"], activity["stage"]) == \
        ("Peer network of judges", 25000.0, "GTQ", "existing")
    assert activity["country_id"] == ctx.refs.office_country(ctx.office)


def test_importing_a_partner_matrix_from_the_page(open_window, field_profile, qtbot, monkeypatch, tmp_path):
    from openpyxl import Workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    wb = Workbook()
    ws = wb.active
    ws.append(["Partner", "Acronym", "Kind of partner", "Title", "Country", "Existing or planned", "Thematic areas"])
    ws.append(["European Union", "EU", "Donor", "Judicial training", "GT", "Planned", "Administration of justice"])
    ws.append(["UN Women", "", "UN agency", "Reparations", "XX", "Existing", ""])
    sheet = tmp_path / "matrix.xlsx"
    wb.save(sheet)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window, ctx = open_window(field_profile, "coordination")
    settle(qtbot, ctx)
    qtbot.waitUntil(window.actions_.import_.isEnabled)
    choose_menu_action(qtbot, window, window.actions_.import_)  # File > Import from Excel
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "has problems; nothing was imported" in told[0] and "Row 3, Country:" in told[0]
    assert ctx.fd.partners.count() == 0 and ctx.fd.partner_activities.count() == 0
    ws.delete_rows(3)
    wb.save(sheet)
    choose_menu_action(qtbot, window, window.actions_.import_)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    settle(qtbot, ctx)
    assert told[1] == "Imported 1 partner and 1 activity."
    [activity] = ctx.fd.partner_activities.matching_rows(ListQuery(), ["title", "stage"])
    assert (activity["title"], activity["stage"]) == ("Judicial training", "planned")
    qtbot.waitUntil(lambda: window.current_page.activities.panel.model.rowCount() == 1)
