"""The Lessons page: typing a word lists the findings, evaluation lessons and follow-up notes that mention it, a
filter narrows them, and Enter opens the record a lesson comes from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import settle

from app.services.store.seed import country_id, theme_id


def test_typing_a_word_lists_the_lessons_and_enter_opens_one(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        mission = fd.missions.create({"title": "Needs assessment in Malawi", "country_id": country_id("MW"),
                                      "start_date": date(2025, 3, 1), "end_date": date(2025, 3, 9)})
        fd.mission_findings.create({"mission_id": mission, "thematic_area_id": theme_id("nhri"),
                                    "text": "No plan for the hand-over of the regional offices."})
        project = fd.projects.create({"code": "BA-2021-00", "title": "Ombudsman", "country_id": country_id("BA")})
        fd.project_evaluations.create({"project_id": project, "evaluation_date": date(2024, 2, 1),
                                       "lessons": "Plan the hand-over from the first year."})
        rec = fd.recommendations.create({"text": "Train prison staff.", "country_id": country_id("RU")})
        fd.followup_notes.create({"recommendation_id": rec, "note_date": date(2026, 5, 2), "status": "in_progress",
                                  "note": "Курсы переданы учебному центру."})
    window, ctx = open_window(field_profile, "lessons")
    page = window.current_page
    settle(qtbot, ctx)
    assert page.count.text() == "3 found"
    QTest.keyClicks(page.search, "hand-over")
    qtbot.waitUntil(lambda: page.count.text() == "2 found" and not ctx.tasks.busy and not page._timer.isActive())
    assert [page.model.index(r, 4).data() for r in range(2)] == ["Needs assessment in Malawi", "BA-2021-00 Ombudsman"]
    page.year.setFocus()
    for _ in range(page.year.findData(2024)):
        qtbot.keyClick(page.year, Qt.Key.Key_Down)
    settle(qtbot, ctx)
    assert page.count.text() == "1 found" and page.model.index(0, 1).data() == "Evaluation"
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(0, 3)).center())
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "projects" and window.current_page.editor.record_id == project


def test_a_new_project_shows_the_lessons_from_before_in_its_country_and_themes(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        mission = fd.missions.create({"title": "Needs assessment in Malawi", "country_id": country_id("MW"),
                                      "start_date": date(2025, 3, 1), "end_date": date(2025, 3, 9)})
        fd.mission_findings.create({"mission_id": mission, "thematic_area_id": theme_id("nhri"),
                                    "text": "No plan for the hand-over of the regional offices."})
        fd.mission_findings.create({"mission_id": mission, "thematic_area_id": theme_id("education"),
                                    "text": "Teachers lack materials."})
        project = fd.projects.create({"code": "MW-2027-01", "title": "Commission", "country_id": country_id("MW"),
                                      "theme_ids": [theme_id("nhri")]})
    window, ctx = open_window(field_profile, "projects")
    page = window.current_page
    page.open_record(project)
    settle(qtbot, ctx)
    lessons = page.editor.lessons
    assert lessons.model.rowCount() == 1 and lessons.model.index(0, 2).data().startswith("No plan for the hand-over")
    from PySide6.QtWidgets import QTabWidget

    tabs = next(w for w in page.editor.findChildren(QTabWidget) if w.indexOf(lessons) >= 0)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(lessons)).center())
    assert lessons.isVisible()
    qtbot.mouseClick(lessons.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lessons.view.visualRect(lessons.model.index(0, 2)).center())
    qtbot.keyClick(lessons.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "missions" and window.current_page.editor.record_id == mission
