"""Programme management in the window: a request recorded, moved through its statuses (only the statuses that may
follow are offered; a decision needs its reasons; the services' refusal shows beside its field), assessed
criterion by criterion, and ranked; a project's results framework, budget execution and status; the dashboard's
programme tiles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from uihelpers import choose, click, enter, open_tab, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id, criterion_id
from app.services.store.transitions import history


def save_and_wait(qtbot, ctx, editor):
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        assert editor.save_button.isEnabled()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)


def offered(dialog) -> list[str]:
    combo = dialog.form.inputs["status"].widget
    return [combo.itemData(n) for n in range(combo.count())]


def test_request_flow_status_changes_and_decision(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "requests")
    page, fd = window.current_page, ctx.fd
    editor = page.editor
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    assert not editor.status_line.isVisible() and form.inputs["status"].widget.isEnabled()
    type_text(qtbot, form.inputs["requesting_authority"].widget, "Ministerio de Gobernación")
    type_text(qtbot, form.inputs["title"].widget, "x")
    type_text(qtbot, form.inputs["title"].widget, "")
    assert form.errors["title"].text() == "Subject is required." and not editor.save_button.isEnabled()
    type_text(qtbot, form.inputs["title"].widget, "Training of the civil police")
    enter(qtbot, form.inputs["received_date"], date(2026, 1, 12))
    save_and_wait(qtbot, ctx, editor)
    [rid] = fd.requests.ids()
    assert fd.requests.get(rid).country_id == country_id("GT")
    assert "Status: Received, since" in editor.status_line.label.text()
    assert not form.inputs["status"].widget.isEnabled(), "once saved, the status changes by a dated transition"

    qtbot.mouseClick(editor.status_line.button, Qt.MouseButton.LeftButton)  # Change status…
    dialog = editor.status_line.dialog
    assert offered(dialog) == ["under_assessment", "declined", "withdrawn"]
    choose(qtbot, dialog.form.inputs["status"].widget, "declined")
    assert not dialog.ok_button.isEnabled()
    assert "Give the reasons" in dialog.form.errors["decision_reasons"].text()
    enter(qtbot, dialog.form.inputs["transition_date"], date(2026, 1, 2))  # before the request was received
    enter(qtbot, dialog.form.inputs["decision_reasons"], "Covered by the UNDP rule of law programme.")
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    assert dialog.isVisible() and "before the request's last status change" in \
        dialog.form.errors["transition_date"].text()
    enter(qtbot, dialog.form.inputs["transition_date"], date(2026, 2, 3))
    enter(qtbot, dialog.form.inputs["note"], "Decided with the Resident Coordinator.")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    request = fd.requests.get(rid)
    assert (request.status, request.decision_date) == ("declined", date(2026, 2, 3))
    assert [(t["to_status"], t["made_by"], t["note"]) for t in history(fd, "assistance_request", rid)] == [
        ("received", "tester", ""), ("declined", "tester", "Decided with the Resident Coordinator.")]
    assert "Status: Declined, since" in editor.status_line.label.text()
    assert not editor.status_line.button.isEnabled(), "a declined request is closed"
    assert form.inputs["decision_reasons"].widget.toPlainText() == "Covered by the UNDP rule of law programme."
    history_tab = editor.history_tab
    assert [r["to_status"] for r in history_tab.model.rows] == ["received", "declined"]
    assert not history_tab.add_button.isVisible() and history_tab.edit_button.text() == "&View\u2026"


def test_assessing_a_criterion_changes_the_total_and_keeps_the_evidence(open_window, qtbot):
    window, ctx = open_window("field", "requests")
    page, fd = window.current_page, ctx.fd
    rid = fd.requests.create({"title": "Prison reform", "requesting_authority": "Ministry of Justice",
                              "country_id": country_id("MW"), "received_date": "2026-01-10"})
    page.panel.refresh()
    settle(qtbot, ctx)
    page.open_record(rid)
    settle(qtbot, ctx)
    tab = page.editor.priority
    assert tab.total.text() == "Total 16.7 out of 100: ranked 1 of 1 open requests."  # least developed: 3 x 2 / 36
    names = [r["name"] for r in tab.model.rows]
    row = names.index("Country in transition to democracy")
    assert tab.model.rows[row]["basis"] == "From the evidence"
    dialog = tab.assess(row)
    enter(qtbot, dialog.form.inputs["score"], 2)
    enter(qtbot, dialog.form.inputs["note"], "New constitution adopted in 2025.")
    click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    [score] = fd.request_scores.rows(fd.request_scores.ids())
    assert (score["criterion_id"], score["score"], score["note"]) == (criterion_id("transition"), 2,
                                                                      "New constitution adopted in 2025.")
    assert tab.total.text().startswith("Total 33.3 out of 100")
    assert tab.model.rows[row]["basis"] == "Assessed by staff (the evidence suggests 0)"
    least = names.index("Least developed country")
    tab.view.selectRow(least)
    assert "On the UN list of least developed countries." in tab.evidence.text()


def test_the_ranking_view_lists_open_requests_and_opens_one(open_window, qtbot):
    window, ctx = open_window("demo", "requests")
    page, fd = window.current_page, ctx.fd
    page.show_ranking()
    settle(qtbot, ctx)
    rows = page.ranking.model.rows
    open_count = fd.requests.count(ListQuery(filters={"status": ["received", "under_assessment",
                                                                 "needs_assessment_planned", "assessed",
                                                                 "project_proposed"]}))
    assert len(rows) == open_count and [r["rank"] for r in rows] == list(range(1, open_count + 1))
    assert rows[0]["total"] >= rows[-1]["total"]
    assert any(r["tie_text"].startswith("Same total") for r in rows)
    assert page.ranking.count.text() == f"{open_count} open requests"
    page.ranking.view.selectRow(2)
    settle(qtbot, ctx)
    assert page.editor.record_id == rows[2]["id"]


def test_project_results_framework_budget_and_status(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "projects")
    page, fd = window.current_page, ctx.fd
    pid = fd.projects.create({"code": "GT-2026-01", "title": "Support to the PDH", "start_date": "2026-01-01",
                              "end_date": "2027-12-31"})
    fd.project_budgets.create({"project_id": pid, "year": 2026, "funding_source": "voluntary_fund",
                               "budget_usd": 100000, "expenditure_usd": 40000})
    page.panel.refresh()
    settle(qtbot, ctx)
    page.open_record(pid)
    settle(qtbot, ctx)
    editor = page.editor
    assert [r["rate"] for r in editor.budget.model.rows] == [40.0]
    qtbot.mouseClick(editor.status_line.button, Qt.MouseButton.LeftButton)  # Change status…
    dialog = editor.status_line.dialog
    assert offered(dialog) == ["approved", "closed"], "pipeline goes to approved (or is closed), never to ongoing"
    assert "decision_reasons" not in dialog.form.inputs
    enter(qtbot, dialog.form.inputs["transition_date"], date(2026, 1, 5))
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    assert fd.projects.get(pid).status == "approved" and "Status: Approved" in editor.status_line.label.text()

    results = editor.results
    click(qtbot, results.results.add_button)
    dialog = results.results.dialog
    choose(qtbot, dialog.form.inputs["level"].widget, "expected_result")
    enter(qtbot, dialog.form.inputs["statement"], "The PDH handles complaints in every department.")
    with qtbot.waitSignal(results.results.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    results.results.view.selectRow(0)
    settle(qtbot, ctx)
    assert results.indicators_title.text() == "Indicators of: The PDH handles complaints in every department."
    click(qtbot, results.indicators.add_button)
    dialog = results.indicators.dialog
    type_text(qtbot, dialog.form.inputs["name"].widget, "Departmental offices")
    enter(qtbot, dialog.form.inputs["baseline"], 4)
    enter(qtbot, dialog.form.inputs["target"], 4)
    assert "must differ from the baseline" in dialog.form.errors["target"].text() and not dialog.ok_button.isEnabled()
    enter(qtbot, dialog.form.inputs["target"], 22)
    with qtbot.waitSignal(results.indicators.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert results.indicators.model.rows[0]["progress"] == "Not measured yet"
    results.indicators.view.selectRow(0)
    settle(qtbot, ctx)
    click(qtbot, results.values.add_button)
    dialog = results.values.dialog
    type_text(qtbot, dialog.form.inputs["period"].widget, "2026 H1")
    enter(qtbot, dialog.form.inputs["measured_on"], date(2026, 6, 30))
    enter(qtbot, dialog.form.inputs["value"], 13)
    with qtbot.waitSignal(results.indicators.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    progress = results.indicators.model.rows[0]["progress"]
    assert progress == "50 % \u2013 On track", progress  # half the way, a quarter of the time gone
    assert results.results.model.rows[0]["indicators"] == "1 on track"
    assert results.indicators.selected_row() == 0, "the chosen indicator stays chosen"


def test_project_sustainability_fields(open_window, qtbot):
    window, ctx = open_window("field", "projects")
    editor, fd = window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["code"].widget, "GT-2026-02")
    type_text(qtbot, form.inputs["title"].widget, "Victims' reparation")
    enter(qtbot, form.inputs["start_date"], date(2026, 3, 1))
    enter(qtbot, form.inputs["exit_date"], date(2026, 1, 1))
    assert "exit date cannot come before" in form.errors["exit_date"].text()
    enter(qtbot, form.inputs["exit_date"], date(2028, 6, 30))
    type_text(qtbot, form.inputs["national_partner"].widget, "Programa Nacional de Resarcimiento")
    save_and_wait(qtbot, ctx, editor)
    project = fd.projects.get(editor.record_id)
    assert (project.national_partner, project.exit_date) == ("Programa Nacional de Resarcimiento", date(2028, 6, 30))


def test_criteria_are_shown_everywhere_and_weighted_at_headquarters(open_window, make_ctx, hq_profile, qtbot):
    from app.ui.shell.main_window import MainWindow

    window, ctx = open_window("field", "requests")
    view = window.current_page.criteria
    open_tab(qtbot, window.current_page.views, view)
    settle(qtbot, ctx)
    assert [r["shown_name"] for r in view.model.rows][:2] == ["Country in transition to democracy",
                                                              "Least developed country"]
    assert not view.add_button.isVisible() and view.edit() is None  # a field office reads them only

    hq = make_ctx(hq_profile)
    hq_window = MainWindow(hq, start_page="requests")
    qtbot.addWidget(hq_window)
    hq_window.show()
    view = hq_window.current_page.criteria
    open_tab(qtbot, hq_window.current_page.views, view)
    settle(qtbot, hq)
    assert view.edit_button.isVisible()
    view.view.selectRow(0)
    dialog = view.edit()
    enter(qtbot, dialog.form.inputs["weight"], 5)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, hq)
    assert hq.fd.priority_criteria.get(criterion_id("transition")).weight == 5
    assert view.model.rows[0]["weight"] == 5
    hq_window.close()
