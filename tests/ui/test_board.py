"""The Board page at headquarters: a session is recorded by typing, then a member, an adopted recommendation and a
decision on a project through its tabs; what was saved is read back through the services; the project editor's
Board tab shows the decision; the session's Board pack opens from its editor. A field office shows a session that
headquarters sent, with its members and the decision on its project, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from uihelpers import choose_menu_action, open_tab, press_in, settle, type_text

from app.services.store.query import ListQuery
from app.services.store.seed import country_id


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_date(qtbot, date_input, text: str) -> None:
    type_text(qtbot, date_input.edit, text)


def test_headquarters_records_a_session_and_its_parts(open_window, hq_profile, qtbot, dialogs):
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as fd:
        project = fd.projects.create({"code": "GT-2026-07", "title": "Judicial training", "country_id":
                                      country_id("GT"), "funding_source": "voluntary_fund"})
        rec = fd.recommendations.create({"text": "Support the national institution's regional offices.",
                                         "source": "board_of_trustees", "country_id": country_id("GT"),
                                         "issued_date": date(2026, 2, 13)})
    window, ctx = open_window(hq_profile, "board")
    page = window.current_page
    assert window.current_key == "board" and page.can("new")
    press_in(qtbot, window, "Ctrl+N")
    editor = page.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    number = inputs["number"].widget
    number.setFocus()
    number.selectAll()
    QTest.keyClicks(number, "41")
    type_text(qtbot, inputs["title"].widget, "Forty-first session")
    type_date(qtbot, inputs["start_date"], "2026-02-09")
    type_date(qtbot, inputs["end_date"], "2026-02-13")
    type_text(qtbot, inputs["place"].widget, "Geneva")
    inputs["agenda"].widget.setFocus()
    QTest.keyClicks(inputs["agenda"].widget, "The Fund's position.")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        click(qtbot, editor.save_button)
    settle(qtbot, ctx)
    [session] = ctx.fd.board_sessions.matching_rows(ListQuery(), ["number", "title", "start_date", "end_date",
                                                                  "place", "agenda", "owner_office"])
    assert (session["number"], session["title"], session["start_date"], session["end_date"], session["place"],
            session["agenda"], session["owner_office"]) == (41, "Forty-first session", date(2026, 2, 9),
                                                            date(2026, 2, 13), "Geneva", "The Fund's position.", "*")

    members = editor.members
    open_tab(qtbot, editor.tabs, members)
    click(qtbot, members.add_button)
    dialog = members.dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.form.inputs["full_name"].widget, "Amara Diallo")
    country = dialog.form.inputs["country_id"].widget
    country.setFocus()
    QTest.keyClicks(country, "Senegal")
    role = dialog.form.inputs["role"].widget
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Up)  # member -> chair
    with qtbot.waitSignal(members.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [member] = ctx.fd.board_members.matching_rows(ListQuery(), ["session_id", "full_name", "country_id", "role"])
    assert (member["session_id"], member["full_name"], member["country_id"], member["role"]) == \
        (session["id"], "Amara Diallo", country_id("SN"), "chair")

    adopted = editor.adopted
    open_tab(qtbot, editor.tabs, adopted)
    qtbot.waitUntil(lambda: bool(adopted.choices))
    click(qtbot, adopted.add_button)
    dialog = adopted.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.inputs["recommendation_id"].widget.currentText().startswith("Support the national")
    with qtbot.waitSignal(adopted.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [link] = ctx.fd.board_adoptions.matching_rows(ListQuery(), ["recommendation_id", "session_id"])
    assert (link["recommendation_id"], link["session_id"]) == (rec, session["id"])
    assert adopted.model.rows[0]["text"] == "Support the national institution's regional offices."

    decisions = editor.decisions
    open_tab(qtbot, editor.tabs, decisions)
    click(qtbot, decisions.add_button)
    dialog = decisions.dialog
    qtbot.waitUntil(dialog.isVisible)
    picker = dialog.form.inputs["project_id"]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "Judicial")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    amount = dialog.form.inputs["amount_usd"].widget
    amount.setFocus()
    amount.selectAll()
    QTest.keyClicks(amount, "150000")
    dialog.form.inputs["note"].widget.setFocus()
    QTest.keyClicks(dialog.form.inputs["note"].widget, "Endorsed as proposed.")
    with qtbot.waitSignal(decisions.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    [decision] = ctx.fd.board_decisions.matching_rows(ListQuery(), ["project_id", "session_id", "decision",
                                                                    "amount_usd", "note"])
    assert (decision["project_id"], decision["session_id"], decision["decision"], decision["amount_usd"],
            decision["note"]) == (project, session["id"], "endorsed", 150000.0, "Endorsed as proposed.")

    assert editor.reports.isEnabled() and editor.reports.text() == "Board pack\u2026"
    with qtbot.waitSignal(editor.reports.clicked):
        click(qtbot, editor.reports)
    with qtbot.waitSignal(editor.reports.dialog.preview.shown, timeout=30000):
        pass
    assert editor.reports.dialog.preview.report.request.record_id == session["id"]
    editor.reports.dialog.close()

    dialogs.answers = [QMessageBox.StandardButton.Yes]  # Record > Delete…: refused while decisions name the session
    choose_menu_action(qtbot, window, window.actions_.delete)
    qtbot.waitUntil(lambda: bool(dialogs.of("warning")))
    assert "adopted recommendations and decisions first" in dialogs.of("warning")[-1][2]
    assert not ctx.fd.board_sessions.get_row(session["id"])["deleted"]

    # the next session is numbered after the last one recorded
    press_in(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: editor.mode == "new" and editor.form.inputs["number"].value() == 42, timeout=5000)
    assert not editor.is_dirty(), "a number given, not typed: leaving asks nothing"

    sidebar = window.sidebar
    item = next(sidebar.item(n) for n in range(sidebar.count()) if sidebar.item(n).text() == "Projects")
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_key == "projects")
    settle(qtbot, ctx)
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")  # the first (only) project
    qtbot.waitUntil(lambda: page.editor.record_id == project)
    settle(qtbot, ctx)
    board_tab = page.editor.board
    open_tab(qtbot, page.editor.tabs, board_tab)
    qtbot.waitUntil(lambda: len(board_tab.model.rows) == 1)
    row = board_tab.model.rows[0]
    assert (row["session_title"], row["decision"], row["amount_usd"]) == ("Forty-first session", "endorsed",
                                                                         150000.0)
    assert not board_tab.add_button.isEnabled(), "decisions are recorded on the Board page"


def test_a_field_office_reads_the_board_page_only(open_window, net, qtbot):
    from app.services.programme import board

    gt, hq = net["GT-01"], net["HQ"]
    project = gt.projects.create({"code": "GT-2026-07", "title": "Judicial training", "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    sid = board.create_session(hq, {"number": 41, "title": "Forty-first session", "start_date": date(2026, 2, 9),
                                    "end_date": date(2026, 2, 13), "place": "Geneva"})
    board.add_member(hq, sid, {"full_name": "Amara Diallo", "country_id": country_id("SN"), "role": "chair"})
    board.record_decision(hq, sid, {"project_id": project, "decision": "deferred", "note": "To the next session."})
    net.sync("HQ", "GT-01")
    net.close()

    window, ctx = open_window(net.root / "GT-01", "board")
    page = window.current_page
    assert window.current_key == "board" and not page.can("new")
    # nothing to create here, and the empty editor does not invite to (Ctrl+N does nothing at an office)
    assert page.editor.placeholder.text() == ("Kept by headquarters; it arrives with headquarters' bundles.\n\n"
                                              "Choose a record in the list.")
    press_in(qtbot, window, "Ctrl+PgDown")  # the first (only) session
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id == sid)
    settle(qtbot, ctx)
    assert not editor.writable and editor.banner.isVisible() and not editor.save_button.isEnabled()
    for part in (editor.members, editor.adopted, editor.decisions):
        open_tab(qtbot, editor.tabs, part)
        settle(qtbot, ctx)
        assert not part.add_button.isEnabled(), part
    assert [r["project_code"] for r in editor.decisions.model.rows] == ["GT-2026-07"]
    open_tab(qtbot, editor.tabs, editor.members)
    assert [r["full_name"] for r in editor.members.model.rows] == ["Amara Diallo"]


def test_an_office_s_empty_board_and_fund_say_where_they_come_from_and_grants_where_they_are_added(open_window,
                                                                                                   qtbot):
    """The review: an office's Board page was an empty page; the Grants page gave no hint that grants are added on a
    project's Grants tab. In Spanish: the empty Board and Fund say headquarters keeps them and sends them, and the
    Grants page says where grants are added."""
    window, ctx = open_window("field", "board", language="es")
    kept = "Lo lleva la sede; llega con los paquetes de la sede."
    assert window.current_page.editor.placeholder.text().startswith(kept)
    sidebar = window.sidebar
    for key, title in (("fund", "Fondo"), ("grants", "Subvenciones")):
        item = next(sidebar.item(n) for n in range(sidebar.count()) if sidebar.item(n).text() == title)
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
        qtbot.waitUntil(lambda key=key: window.current_key == key)
        settle(qtbot, ctx)
    page = window.page("fund")
    assert page.donors.editor.placeholder.text().startswith(kept)
    hint = window.current_page.hint
    assert hint.isVisible() and "pestaña Subvenciones de un proyecto" in hint.text()
