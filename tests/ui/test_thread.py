"""The thread in the window: a Guatemalan recommendation is found by the list's search and opened with the mouse,
its "What was done" tab is reached with the keyboard (Ctrl+Tab), and Return on a project there opens the project on
the Projects page, whose "Recommendations" tab lists the recommendation and opens it again; the follow-through filter
leaves out the recommendations a project answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import open_tab, settle

from app.services.programme.thread import thread_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id


def _demo_chain(fd):
    """A Guatemalan recommendation whose thread runs to indicators, one of them off track (the demo's chain)."""
    for rid in fd.recommendations.ids(ListQuery(filters={"country_id": country_id("GT")})):
        thread = thread_of(fd, rid)
        statuses = [r.status for r in thread.section("indicators").rows]
        if thread.ids("requests") and thread.ids("missions") and "off_track" in statuses:
            return rid, thread
    raise AssertionError("the demo has no Guatemalan chain with an indicator off track")


def _click_row(qtbot, view, row: int, column: int = 0) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, column)).center())


def test_what_was_done_opens_the_project_and_the_project_lists_the_recommendation(open_window, qtbot):
    window, ctx = open_window("demo", "recommendations")
    page, fd = window.current_page, ctx.fd
    rid, thread = _demo_chain(fd)
    words = " ".join(fd.recommendations.get_row(rid)["text"].split()[:6])
    page.focus_search()
    QTest.keyClicks(page.panel.search, words)
    qtbot.waitUntil(lambda: 0 <= page.panel.proxy.row_of(rid) < page.panel.model.rowCount() < 20, timeout=10000)
    view = page.panel.view
    view.scrollTo(view.model().index(page.panel.proxy.row_of(rid), 0))
    _click_row(qtbot, view, page.panel.proxy.row_of(rid))
    qtbot.waitUntil(lambda: page.editor.record_id == rid, timeout=10000)
    settle(qtbot, ctx)

    editor = page.editor
    editor.form.inputs["text"].widget.setFocus()
    for _ in range(editor.tabs.indexOf(editor.thread)):  # Details -> Follow-up -> What was done
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.thread
    panel = editor.thread
    qtbot.waitUntil(lambda: panel.model.rowCount() > 5, timeout=10000)
    cells = [panel.model.index(n, 0).data() for n in range(panel.model.rowCount())]
    projects = thread.section("projects").rows
    assert f"Projects that answer it: {len(projects)}" in cells
    assert f"Requests for assistance that cite it: {len(thread.ids('requests'))}" in cells
    statuses = [panel.model.index(n, 3).data() for n in range(panel.model.rowCount())]
    assert "Off track" in statuses
    project_row = cells.index(projects[0].title)
    _click_row(qtbot, panel.view, project_row)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "projects"
    projects_page = window.current_page
    qtbot.waitUntil(lambda: projects_page.editor.record_id == projects[0].record_id, timeout=10000)

    answered = projects_page.editor.answered
    open_tab(qtbot, projects_page.editor.tabs, answered)
    qtbot.waitUntil(lambda: any(r["id"] == rid for r in answered.model.rows), timeout=10000)
    back = next(n for n, r in enumerate(answered.model.rows) if r["id"] == rid)
    _click_row(qtbot, answered.view, back)
    qtbot.keyClick(answered.view, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "recommendations"
    qtbot.waitUntil(lambda: window.current_page.editor.record_id == rid, timeout=10000)


def test_an_empty_thread_says_so_and_the_follow_through_filter_finds_it(open_window, qtbot):
    window, ctx = open_window("field", "recommendations")
    page, fd = window.current_page, ctx.fd
    lone = fd.recommendations.create({"text": "Ratify the optional protocol", "country_id": country_id("GT")})
    answered = fd.projects.create({"code": "GT-1", "title": "Detention", "country_id": country_id("GT")})
    fd.recommendations.create({"text": "Monitor places of detention", "country_id": country_id("GT"),
                               "project_ids": [answered]})
    settle(qtbot, ctx)
    bar = page.panel.filter_bar
    if not bar.isVisible():
        qtbot.mouseClick(page.panel.filter_button, Qt.MouseButton.LeftButton)
    combo = bar.combos["follow_through"]
    if not combo.isVisible():  # waiting behind "More filters" in a narrow list
        qtbot.mouseClick(bar.more_button, Qt.MouseButton.LeftButton)
    assert combo.isVisible()
    combo.setFocus()
    QTest.keyClicks(combo, "No project")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1 and page.panel.model.row_of(lone) == 0, timeout=10000)
    _click_row(qtbot, page.panel.view, 0)
    qtbot.waitUntil(lambda: page.editor.record_id == lone, timeout=10000)
    open_tab(qtbot, page.editor.tabs, page.editor.thread)
    panel = page.editor.thread
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 10, timeout=10000)
    cells = [panel.model.index(n, 0).data() for n in range(panel.model.rowCount())]
    assert "No project answers this recommendation yet." in cells
    assert "Projects that answer it: 0" in cells


def test_the_priority_tab_names_the_mechanism_symbol_and_paragraph_in_french(open_window, qtbot):
    from datetime import date

    from app.services.store.seed import theme_id, treaty_body_id

    window, ctx = open_window("field", "requests", language="fr")
    page, fd = window.current_page, ctx.fd
    fd.recommendations.create({"text": "Criminaliser la torture.", "source": "treaty_body",
                               "treaty_body_id": treaty_body_id("CAT"), "country_id": country_id("MW"),
                               "thematic_area_id": theme_id("justice"), "document_symbol": "CAT/C/MWI/CO/1",
                               "paragraph": "12", "issued_date": date(2024, 5, 1)})
    rid = fd.requests.create({"title": "Prisons", "requesting_authority": "Ministère de la justice",
                              "country_id": country_id("MW"), "received_date": date(2026, 1, 10),
                              "theme_ids": [theme_id("justice")]})
    page.focus_search()
    QTest.keyClicks(page.panel.search, "Prisons")
    qtbot.waitUntil(lambda: page.panel.proxy.row_of(rid) == 0, timeout=10000)
    _click_row(qtbot, page.panel.view, 0)
    qtbot.waitUntil(lambda: page.editor.record_id == rid, timeout=10000)
    tab = page.editor.priority
    open_tab(qtbot, page.editor.tabs, tab)
    qtbot.waitUntil(lambda: bool(tab.model.rows), timeout=10000)
    row = next(n for n, r in enumerate(tab.model.rows) if "CAT/C/MWI/CO/1" in str(r.get("evidence", "")))
    _click_row(qtbot, tab.view, row, 2)
    qtbot.waitUntil(lambda: "\u2022 CAT, CAT/C/MWI/CO/1 par. 12, 01/05/2024 : Criminaliser la torture."
                    in tab.evidence.text(), timeout=5000)
