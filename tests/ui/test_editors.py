"""Per entity, the user's flow: create (after a refused save), edit, delete with confirmation; and each record's
parts: a mission's team, meetings, findings and recommendations, a project's budget, a recommendation's
follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import choose, choose_menu_action, click, enter, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id, stakeholder_type_id, theme_id


def save_and_wait(qtbot, ctx, editor):
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        assert editor.save_button.isEnabled()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)


def delete_with_confirmation(window, qtbot, ctx, dialogs):
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    choose_menu_action(qtbot, window, window.actions_.delete)
    settle(qtbot, ctx)
    assert dialogs.of("question"), "deleting asks first"


def check_list(form, key, values):
    model = form.inputs[key].model
    for n in range(model.rowCount()):
        item = model.item(n)
        if item.data(0x0100) in values:
            from PySide6.QtCore import Qt

            item.setCheckState(Qt.CheckState.Checked)


def test_expert_flow(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "experts")
    editor, fd = window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["email"].widget, "not an address")
    type_text(qtbot, form.inputs["full_name"].widget, "x")
    type_text(qtbot, form.inputs["full_name"].widget, "")
    assert form.errors["full_name"].text() == "Full name is required."
    assert not editor.save_button.isEnabled()
    type_text(qtbot, form.inputs["full_name"].widget, "Judge Marguerite Lefèvre")
    type_text(qtbot, form.inputs["email"].widget, "m.lefevre@example.org")
    type_text(qtbot, form.inputs["languages"].widget, "fr, en")
    check_list(form, "expertise_ids", {theme_id("justice")})
    save_and_wait(qtbot, ctx, editor)
    [eid] = fd.experts.ids()
    expert = fd.experts.get(eid)
    assert expert.languages == ["fr", "en"] and expert.expertise_ids == [theme_id("justice")]
    type_text(qtbot, form.inputs["organisation"].widget, "Cour de cassation")
    save_and_wait(qtbot, ctx, editor)
    assert fd.experts.get(eid).organisation == "Cour de cassation"
    delete_with_confirmation(window, qtbot, ctx, dialogs)
    assert fd.experts.count() == 0


def test_project_flow_with_budget_lines(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "projects")
    editor, fd = window.current_page.editor, ctx.fd
    fd.projects.create({"code": "GT-2025-01", "title": "Existing"})
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    type_text(qtbot, form.inputs["code"].widget, "GT-2025-01")
    type_text(qtbot, form.inputs["title"].widget, "Strengthening the ombudsman")
    enter(qtbot, form.inputs["start_date"], date(2025, 3, 1))
    enter(qtbot, form.inputs["end_date"], date(2025, 1, 1))
    assert "before the start date" in form.errors["end_date"].text() and not editor.save_button.isEnabled()
    enter(qtbot, form.inputs["end_date"], date(2027, 12, 31))
    assert editor.save_button.isEnabled()
    # the code is taken: only the database knows; the message comes back beside the field
    with qtbot.waitSignal(editor.save_refused, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "already used" in form.errors["code"].text() and fd.projects.count() == 1
    type_text(qtbot, form.inputs["code"].widget, "GT-2025-02")
    save_and_wait(qtbot, ctx, editor)
    pid = editor.record_id
    assert fd.projects.get(pid).end_date == date(2027, 12, 31)

    budget = editor.budget
    click(qtbot, budget.add_button)
    dialog = budget.dialog
    enter(qtbot, dialog.form.inputs["budget_usd"], 120000)
    enter(qtbot, dialog.form.inputs["expenditure_usd"], 30000)
    enter(qtbot, dialog.form.inputs["year"], 2025)
    with qtbot.waitSignal(budget.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(r["year"], r["budget_usd"]) for r in budget.model.rows] == [(2025, 120000.0)]
    assert "25 %" in budget.totals.text()
    # the same year and source again: refused beside the field, the dialog stays open
    click(qtbot, budget.add_button)
    dialog = budget.dialog
    enter(qtbot, dialog.form.inputs["year"], 2025)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dialog.isVisible() and "already" in dialog.form.errors["funding_source"].text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    delete_with_confirmation(window, qtbot, ctx, dialogs)
    assert fd.projects.count() == 1 and fd.project_budgets.count() == 0


def test_mission_flow_with_team_meetings_findings_and_recommendations(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "missions")
    editor, fd = window.current_page.editor, ctx.fd
    expert = fd.experts.create({"full_name": "Kwame Mensah"})
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    assert not editor.tabs.isTabEnabled(1), "parts wait until the mission is saved"
    type_text(qtbot, form.inputs["title"].widget, "Needs assessment on justice")
    enter(qtbot, form.inputs["request_date"], date(2025, 5, 1))
    enter(qtbot, form.inputs["start_date"], date(2025, 4, 1))
    assert form.errors["start_date"].text() == "The mission cannot start before the request was received."
    enter(qtbot, form.inputs["start_date"], date(2025, 6, 2))
    enter(qtbot, form.inputs["end_date"], date(2025, 6, 9))
    save_and_wait(qtbot, ctx, editor)
    mid = editor.record_id
    assert fd.missions.get(mid).country_id == country_id("GT") and editor.tabs.isTabEnabled(1)

    team = editor.team
    click(qtbot, team.add_button)
    dialog = team.dialog
    enter(qtbot, dialog.form.inputs["role"], "Roster expert")
    assert "Name a staff member" in dialog.form.errors["staff_name"].text() and not dialog.ok_button.isEnabled()
    picker = dialog.form.inputs["expert_id"]
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_text(qtbot, picker.widget, "kwa")
        picker.search_now()
    picker.choose_row(0)
    assert picker.value() == expert and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(team.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert team.model.rows[0]["expert_id:name"] == "Kwame Mensah"

    meetings = editor.meetings
    click(qtbot, meetings.add_button)
    dialog = meetings.dialog
    type_text(qtbot, dialog.form.inputs["organisation"].widget, "Procuraduría de los Derechos Humanos")
    choose(qtbot, dialog.form.inputs["stakeholder_type_id"].widget, stakeholder_type_id("nhri"))
    enter(qtbot, dialog.form.inputs["women_met"], 3)
    with qtbot.waitSignal(meetings.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fd.meetings.get(meetings.model.rows[0]["id"]).women_met == 3

    findings = editor.findings
    click(qtbot, findings.add_button)
    dialog = findings.dialog
    choose(qtbot, dialog.form.inputs["thematic_area_id"].widget, theme_id("justice"))
    enter(qtbot, dialog.form.inputs["text"], "Case backlog of four years.")
    with qtbot.waitSignal(findings.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert findings.model.rows[0]["text"] == "Case backlog of four years."

    recommendations = editor.recommendations
    click(qtbot, recommendations.add_button)
    dialog = recommendations.dialog
    assert dialog.form.inputs["country_id"].value() == country_id("GT")
    enter(qtbot, dialog.form.inputs["text"], "Adopt a plan to reduce the backlog.")
    with qtbot.waitSignal(recommendations.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [rid] = fd.recommendations.ids()
    assert fd.recommendations.get(rid).mission_id == mid and fd.recommendations.get(rid).issued_date == date(2025, 6, 9)

    # remove a part, asked first
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    team.view.selectRow(0)
    with qtbot.waitSignal(team.loaded, timeout=10000):
        qtbot.mouseClick(team.remove_button, Qt.MouseButton.LeftButton)
    assert fd.mission_members.count() == 0
    delete_with_confirmation(window, qtbot, ctx, dialogs)
    assert fd.missions.count() == 0 and fd.meetings.count() == 0 and fd.mission_findings.count() == 0


def test_recommendation_follow_up_sets_the_status(open_window, qtbot, dialogs):
    window, ctx = open_window("field", "recommendations")
    page, editor, fd = window.current_page, window.current_page.editor, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    form = editor.form
    enter(qtbot, form.inputs["text"], "Adopt a national human rights action plan.")
    choose(qtbot, form.inputs["source"].widget, "upr")
    save_and_wait(qtbot, ctx, editor)
    rid = editor.record_id
    timeline = editor.timeline
    click(qtbot, timeline.add_button)
    dialog = timeline.dialog
    choose(qtbot, dialog.form.inputs["status"].widget, "implemented")
    enter(qtbot, dialog.form.inputs["note"], "Published in the official gazette.")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert fd.recommendations.get(rid).status == "implemented"
    assert editor.form.inputs["status"].value() == "implemented"
    row = page.panel.model.row_of(rid)
    assert page.panel.model.index(row, 5).data() == "Implemented"
    delete_with_confirmation(window, qtbot, ctx, dialogs)
    assert fd.recommendations.count() == 0 and fd.followup_notes.count(ListQuery(include_deleted=True)) == 1


def test_another_offices_record_opens_read_only(open_window, qtbot, hq_profile, make_ctx):
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as hq:
        hq.participants.create({"full_name": "Someone"}, owner_office="MW-01")
    window, ctx = open_window(hq_profile, "participants")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert page.editor.writable  # headquarters may change any office's records
    window.close()
    # the same record at a field office that does not own it
    import shutil

    field_copy = hq_profile.parent / "field-copy"
    shutil.copytree(hq_profile, field_copy)
    with FieldDesk.open(field_copy) as fd, fd.writing() as w:
        from sqlalchemy import text

        w.conn.execute(text("UPDATE local_setting SET value = '\"field\"' WHERE key = 'role'"))
    window, ctx = open_window(field_copy, "participants")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert not page.editor.writable and "MW-01" in page.editor.banner.text()
    assert not window.actions_.delete.isEnabled()
    assert page.editor.form.inputs["full_name"].widget.isReadOnly()
