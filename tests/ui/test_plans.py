"""The Plans page by keyboard and mouse: a national action plan is created, an action added whose recommendation and
project are found by typing in the dialog's searchable lists (only the plan's country's are offered, projects
covering it among several countries too; Enter ticks the first one shown without closing the dialog), and everything
read back through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import open_tab, press_in, settle, type_text

from app.services.programme.action_plans import actions_answering
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, region_id


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_into(qtbot, widget, text: str) -> None:
    click(qtbot, widget)
    QTest.keyClicks(widget, text)


def type_date(qtbot, field, typed: str) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    QTest.keyClicks(field.edit, typed)
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)


def test_a_plan_and_an_action_answering_a_recommendation(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        torture = fd.recommendations.create({"text": "Criminalise torture in line with the Convention",
                                             "country_id": country_id("GT"), "document_symbol": "CAT/C/GTM/CO/7",
                                             "paragraph": "12"})
        fd.recommendations.create({"text": "Protect journalists", "country_id": country_id("GT"),
                                   "document_symbol": "A/HRC/48/8", "paragraph": "111.40"})
        fd.recommendations.create({"text": "Malawi's own", "country_id": country_id("MW"),
                                   "document_symbol": "CAT/C/MWI/CO/1", "paragraph": "12"})
        project = fd.projects.create({"code": "GT-JUS", "title": "Justice", "country_id": country_id("GT")})
        fd.projects.create({"code": "GT-EDU", "title": "Education", "country_id": country_id("GT")})
        # projects that work in Guatemala among several countries, whatever their host (the rule accepts them)
        central_america = [country_id(c) for c in ("SV", "GT", "HN")]
        fd.projects.create({"code": "CA-REG", "title": "Regional", "country_id": country_id("SV"),
                            "scope": "regional", "region_ids": [region_id("013")], "country_ids": central_america})
        fd.projects.create({"code": "GT-HOST", "title": "Hosted", "country_id": country_id("GT"),
                            "scope": "interregional", "country_ids": [country_id("SV"), country_id("MW")]})
        fd.projects.create({"code": "SV-ONE", "title": "Elsewhere", "country_id": country_id("SV")})
    window, ctx = open_window(field_profile, "plans")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+N")
    editor = page.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    type_text(qtbot, inputs["title"].widget, "Plan Nacional de Acción 2025-2027")
    type_date(qtbot, inputs["period_start"], "1/1/2025")
    type_date(qtbot, inputs["period_end"], "12/31/2027")
    type_into(qtbot, inputs["coordinating_body"].widget, "COPADEH")
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        click(qtbot, editor.save_button)
    settle(qtbot, ctx)
    fd = ctx.fd
    plan = fd.action_plans.get_row(editor.record_id)
    assert (plan["country_id"], plan["period_start"], plan["period_end"], plan["status"], plan["owner_office"]) == (
        country_id("GT"), date(2025, 1, 1), date(2027, 12, 31), "drafting", "GT-01")

    section = editor.actions
    open_tab(qtbot, editor.tabs, section)
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    fields = dialog.form.inputs
    type_into(qtbot, fields["text"].widget, "Adopt the law criminalising torture")
    type_into(qtbot, fields["responsible"].widget, "Congreso")
    type_date(qtbot, fields["deadline"], "6/30/2026")
    answers, supported = fields["recommendation_ids"], fields["project_ids"]
    qtbot.waitUntil(lambda: answers.loaded and supported.loaded, timeout=10000)
    offered = [answers.model.item(n).text() for n in range(answers.model.rowCount())]
    assert len(offered) == 2 and not any("MWI" in text for text in offered), "only the plan's country's"
    projects_offered = [supported.model.item(n).text().split(" \u2013 ")[0] for n in range(supported.model.rowCount())]
    assert projects_offered == ["CA-REG", "GT-EDU", "GT-HOST", "GT-JUS"], "working in the plan's country"
    type_into(qtbot, answers.filter, "gtm 12")
    assert answers.shown_rows() == [offered.index(next(t for t in offered if "GTM" in t))]
    QTest.keyClick(answers.filter, Qt.Key.Key_Return)
    type_into(qtbot, supported.filter, "jus")
    QTest.keyClick(supported.filter, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in a search ticks, it does not close the dialog"
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)

    [action] = fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan["id"]}),
                                            ["text", "responsible", "deadline", "status", "recommendation_ids",
                                             "project_ids"])
    assert (action["text"], action["responsible"], action["deadline"], action["status"]) == (
        "Adopt the law criminalising torture", "Congreso", date(2026, 6, 30), "not_started")
    assert (action["recommendation_ids"], action["project_ids"]) == ([torture], [project])
    assert [a.id for a in actions_answering(fd, torture)] == [action["id"]]
    assert section.model.rows[0]["answers"] == 1 and section.model.rows[0]["warning"] == "Overdue."  # June 2026 is past


def test_importing_a_plan_s_actions_from_its_actions_tab(open_window, field_profile, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.services import FieldDesk
    from app.services.programme.action_plans import create_plan
    from app.spreadsheets.plans import write_template

    with FieldDesk.open(field_profile) as fd:
        fd.recommendations.create({"text": "Criminalise torture", "country_id": country_id("GT"),
                                   "document_symbol": "CAT/C/GTM/CO/7", "paragraph": "12"})
        plan = create_plan(fd, {"country_id": country_id("GT"), "title": "Plan Nacional",
                                "period_start": date(2025, 1, 1)})
    sheet = tmp_path / "actions.xlsx"
    write_template(sheet)
    wb = load_workbook(sheet)
    wb.active.append(["Adopt the law", "Congress", "2026-06-30", "", "In progress", "CAT/C/GTM/CO/7 ¶ 12"])
    wb.active.append(["Train judges", "", "", "", "", "CAT/C/GTM/CO/7 ¶ 99"])
    wb.save(sheet)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: told.append(a[2]) or QMessageBox.StandardButton.Yes)
    window, ctx = open_window(field_profile, "plans")
    page = window.current_page
    page.open_record(plan)
    settle(qtbot, ctx)
    editor = page.editor
    section = editor.actions
    open_tab(qtbot, editor.tabs, section)
    qtbot.waitUntil(section.import_button.isEnabled)
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told[0].startswith("actions.xlsx: 1 new, 0 already recorded, 1 with problems.")
    assert "Row 3, Recommendations it answers:" in told[0] and ctx.fd.plan_actions.count() == 0
    wb.active.delete_rows(3)
    wb.save(sheet)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, section.import_button)
        qtbot.waitUntil(lambda: len(told) == 3, timeout=10000)
    settle(qtbot, ctx)
    assert told[1].startswith("actions.xlsx: 1 new, 0 already recorded, 0 with problems.")
    assert told[2] == "Actions imported: 1."
    [action] = ctx.fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan}), ["text", "status"])
    assert (action["text"], action["status"]) == ("Adopt the law", "in_progress")
    assert [r["text"] for r in section.model.rows] == ["Adopt the law"]


def test_an_overdue_action_on_the_dashboard_opens_its_plan_on_the_actions_tab(open_window, field_profile, qtbot):
    from datetime import timedelta

    from app.services import FieldDesk
    from app.services.programme.action_plans import add_action, create_plan

    with FieldDesk.open(field_profile) as fd:
        plan = create_plan(fd, {"country_id": country_id("GT"), "title": "Plan Nacional",
                                "period_start": date(2025, 1, 1)})
        add_action(fd, plan, {"text": "Publish the detention statistics", "status": "delayed",
                              "deadline": date.today() - timedelta(days=10)})
    window, ctx = open_window(field_profile, "dashboard")
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 1, timeout=10000)
    assert panel.table.model().index(0, 1).data() == "Plan action"
    view = panel.table
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    QTest.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    editor = window.current_page.editor
    assert window.current_key == "plans" and editor.record_id == plan and editor.tabs.currentWidget() is editor.actions
