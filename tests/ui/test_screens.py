"""Every screen opens on an empty and on a demo profile, and the window around them works from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from uihelpers import open_page, press_in, settle, type_text

from app.ui.shell.pages import PAGES

KEYS = [entry.key for entry in PAGES]
# Headquarters' records an office receives only by bundle: the demo of a field office has none yet.
FROM_HEADQUARTERS = {"board"}


@pytest.mark.parametrize("profile", ["field", "demo"])
def test_every_page_opens_and_shows_its_data(open_window, qtbot, dialogs, profile):
    window, ctx = open_window(profile, "dashboard")
    for key in KEYS:
        open_page(qtbot, window, key)
        page = window.current_page
        settle(qtbot, ctx)
        assert window.stack.currentWidget() is page and page.isVisible()
        assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == key
        panel = getattr(page, "panel", None)
        if panel is not None:
            assert panel.model.ready
            assert (panel.model.rowCount() > 0) == (profile == "demo" and key not in FROM_HEADQUARTERS), key
            assert panel.count.text()
    assert dialogs.seen == []


def test_the_dashboard_shows_figures_and_charts(open_window, qtbot):
    window, ctx = open_window("demo", "dashboard")
    page = window.current_page
    if page.figures is None or page.charts.count() == 0:
        with qtbot.waitSignal(page.data_shown, timeout=10000):
            pass
    assert page.figures["activities"] > 0 and int(page.cards["people"].value.text().replace(",", "")) > 0
    from PySide6.QtCharts import QChartView

    titles = {view.chart().title() for view in page.findChildren(QChartView)}
    assert titles == {"Activities and participants per quarter", "Participants by sex",
                      "Participants by target group", "Recommendations by follow-up status", "Missions by status",
                      "Open requests by status", "Projects by stage", "Indicators on and off track",
                      "Activities by thematic area"}
    # the activities by thematic area, counted by hand (all years, cancelled ones left out)
    from collections import Counter

    counted = Counter()
    for row in ctx.fd.trainings.rows(ctx.fd.trainings.ids(), ["deleted", "status", "theme_ids"]):
        if not row["deleted"] and row["status"] != "cancelled":
            counted.update(ctx.refs.name("thematic_area", t) for t in set(row["theme_ids"] or []))
    [themes] = [v.chart() for v in page.findChildren(QChartView) if v.chart().title() == "Activities by thematic area"]
    [series] = themes.series()
    bars, [axis] = series.barSets()[0], [a for a in themes.axes() if hasattr(a, "categories")]
    assert {label: int(bars.at(i)) for i, label in enumerate(axis.categories())} == counted and len(counted) > 3
    open_requests = sum(page.figures["requests"].values())
    assert open_requests > 0 and page.cards["requests"].value.text() == str(open_requests)
    assert "not yet confirmed by headquarters" in page.sync_box.findChild(type(page.cards["people"].caption)).text()


def test_the_dashboard_on_an_empty_profile_says_nothing_is_recorded(open_window, qtbot):
    window, ctx = open_window("field", "dashboard")
    page = window.current_page
    if page.charts.count() == 0:
        with qtbot.waitSignal(page.data_shown, timeout=10000):
            pass
    assert page.cards["activities"].value.text() == "0"
    texts = [w.text() for w in page.findChildren(type(page.cards["people"].caption))]
    assert texts.count("Nothing recorded yet.") == 9


def test_window_title_names_office_and_profile(open_window):
    window, ctx = open_window("field", "participants")
    assert "GT-01" in window.windowTitle() and str(ctx.fd.folder.path) in window.windowTitle()


def test_shortcuts_reach_every_page_and_the_record_actions(open_window, qtbot):
    window, ctx = open_window("demo", "dashboard")
    assert len(KEYS) >= 10
    for n, key in enumerate(KEYS[:10]):  # Ctrl+1 to Ctrl+9, then Ctrl+0 (pages after the tenth have none)
        digit = Qt.Key.Key_0 if n == 9 else Qt.Key(Qt.Key.Key_1 + n)
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == key
    shortcuts = {name: action.shortcut().toString() for name, action in window.actions_.record_actions().items()}
    assert shortcuts == {"new": "Ctrl+N", "save": "Ctrl+S", "delete": "Del", "next": "Ctrl+PgDown",
                         "previous": "Ctrl+PgUp", "search": "Ctrl+F", "export": "Ctrl+E",
                         "import": "Ctrl+I"}


def test_export_to_excel_writes_the_filtered_list(open_window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window, ctx = open_window("demo", "participants")
    page = window.current_page
    type_text(qtbot, page.panel.search, "Иван")
    model = page.panel.model  # the rows shown are the search's (not those of "Ива", still counted while typing)
    qtbot.waitUntil(lambda: model.shown_query.search == "Иван" and not model.busy and 0 < model.rowCount() < 300)
    expected = page.panel.model.rowCount()
    target = tmp_path / "people"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert window.actions_.export.isEnabled()
    press_in(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    sheet = load_workbook(tmp_path / "people.xlsx", read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == expected + 1 and all("Иван" in " ".join(str(c) for c in r if c) for r in rows[1:])
    assert "people.xlsx" in told[0]


def test_next_and_previous_record_walk_the_list(open_window, qtbot):
    window, ctx = open_window("demo", "experts")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    first = page.editor.record_id
    assert first == page.panel.model.record_id(0)
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert page.editor.record_id == page.panel.model.record_id(1)
    press_in(qtbot, window, "Ctrl+PgUp")
    settle(qtbot, ctx)
    assert page.editor.record_id == first
